"""beilun check: is a statement supported by the article, refuted by it, or not in it?"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from beilun_cli import verdicts
from beilun_cli.errors import UsageError
from beilun_cli.invocation import catalog, language
from beilun_cli.options import FormatOpt, HeaderOpt, JsonOpt, LangOpt, output

CHECK_FIELDS = ("claim", "verdict", "reason", "evidence")
# The exit code of each verdict: a script can test a claim with `if beilun check ...`.
EXIT_CODES = {verdicts.SUPPORTED: 0, verdicts.NOT_ENOUGH_INFO: 1, verdicts.REFUTED: 4}
MAX_CLAIM_CHARS = 1000

ClaimArg = Annotated[
    list[str],
    typer.Argument(
        metavar="CLAIM",
        help="A statement in Chinese or English (no quotes needed); '-' reads one claim a line from stdin.",
        show_default=False,
    ),
]


def _claims(words: list[str]) -> list[str]:
    if words == ["-"]:
        read = [line.strip() for line in sys.stdin.read().splitlines()]
        found = [line for line in read if line]
        if not found:
            raise UsageError("no claim on standard input", "give one claim a line")
        return found
    text = " ".join(words).strip()
    if not text:
        raise UsageError("empty claim", "e.g. beilun check 北仑志愿者超过20万人")
    return [text]


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
    not-enough-info, 4 refuted (several claims: the worst of them).

    Examples:

        beilun check 北仑志愿者超过20万人

        beilun check "Beilun's GDP passed 120 billion yuan in 2018"

        beilun check Beilun has about 170,000 volunteers --json | jq .verdict

        printf '%s\\n' 北仑森林覆盖率40.1% "SMIC invests 64 billion yuan" | beilun check -
    """
    claims = _claims(words)
    long = [claim for claim in claims if len(claim) > MAX_CLAIM_CHARS]
    if long:
        raise UsageError(
            f"a claim is longer than {MAX_CLAIM_CHARS} characters", "check one statement at a time"
        )
    lang = language(ctx, lang, claims)
    out = output(ctx, fmt, as_json, None, lang, CHECK_FIELDS, header)
    base = catalog(ctx)
    # A reason is in the claim's language, or in Chinese with --lang zh.
    results = [verdicts.check(base, claim, "zh" if lang == "zh" else None) for claim in claims]
    out.verdicts([result.to_json() for result in results], many=words == ["-"])
    worst = max(EXIT_CODES[result.verdict] for result in results)
    if worst:
        raise typer.Exit(worst)
