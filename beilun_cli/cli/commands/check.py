"""beilun check: is a statement supported by the article, refuted by it, or not in it?"""

# No `from __future__ import annotations`: Typer reads the command's annotations on every call,
# and written as strings each would be compiled first (typing.ForwardRef).
from collections.abc import Iterator
from typing import Annotated

import typer

from beilun_cli.cli import inputs
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FormatOpt, HeaderOpt, JsonOpt, LangOpt, output
from beilun_cli.verify import verdicts

CHECK_FIELDS = ("claim", "verdict", "reason", "evidence")
# The exit code of each verdict: a script can test a claim with `if beilun check ...`.
EXIT_CODES = {verdicts.SUPPORTED: 0, verdicts.NOT_ENOUGH_INFO: 1, verdicts.REFUTED: 4}
EMPTY_HINT = "e.g. beilun check 北仑志愿者超过20万人"

ClaimArg = Annotated[
    list[str],
    typer.Argument(
        metavar="CLAIM",
        help="A statement in Chinese or English (no quotes needed); '-' reads one claim a line from stdin.",
        show_default=False,
    ),
]


def check_claims(
    ctx: typer.Context,
    words: ClaimArg,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """Check a statement against the article: supported, refuted, or not-enough-info.

    Prints the verdict, a one-line reason and the facts that decide it, with their quotes.
    Figures are compared at the claim's own precision, in any unit (亿元, billion yuan, km,
    亩, percent, one sixth), with quantifiers (近/nearly, 超/over, 以上/at least, 约/about);
    去年/last year is read against the article's date. Exit code: 0 supported, 1
    not-enough-info, 4 refuted (several claims: the worst of them). '-' reads one claim a line
    from stdin (blank and # lines skipped) and answers each as it is read.

    Examples:

        beilun check 北仑志愿者超过20万人

        beilun check "Beilun's GDP passed 120 billion yuan in 2018"

        beilun check Beilun has about 170,000 volunteers --json | jq .verdict

        printf '%s\\n' 北仑森林覆盖率40.1% "SMIC invests 64 billion yuan" | beilun check -
    """
    batch = words == ["-"]
    claims = inputs.Batch("claim") if batch else None
    texts = claims if claims is not None else (inputs.free_text(words, "claim", EMPTY_HINT),)
    # One claim decides the language of what is shown; a batch's claims are read one by one,
    # so there --lang (or the default) does, and each reason follows its own claim.
    lang = language(ctx, lang, [] if batch else list(texts))
    out = output(ctx, fmt, as_json, None, lang, CHECK_FIELDS, header, paged=not batch)
    base = catalog(ctx)
    status = 0

    def checked() -> Iterator[dict[str, object]]:
        nonlocal status
        for text in texts:
            # A reason is in the claim's language, or in Chinese with --lang zh.
            result = verdicts.check(base, text, "zh" if lang == "zh" else None)
            status = max(status, EXIT_CODES[result.verdict])
            yield result.to_json()

    out.verdicts(checked(), many=batch)
    status = max(status, claims.status if claims is not None else 0)
    if status:
        raise typer.Exit(status)
