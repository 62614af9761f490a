"""beilun article: a source's text paragraph by paragraph, in Chinese, English or both."""

from __future__ import annotations

import re
from typing import Annotated

import typer

from beilun_cli.base.errors import NotFoundError, UsageError
from beilun_cli.cli.completion import complete_source
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FormatOpt, JsonOpt, lang_option, output, whole_number

PARAGRAPH_FIELDS = ("paragraph", "zh", "en")
LangOpt = Annotated[
    str | None,
    lang_option("Language of the paragraphs", "both"),
]
_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


def _range(text: str | None) -> tuple[int, int | None]:
    """--para N or N-M as (first, last); no --para is every paragraph."""
    if text is None:
        return 1, None
    match = _RANGE.match(text)
    if match is None:
        raise UsageError(f"--para takes N or N-M, e.g. 14 or 13-15, not '{text}'")
    first = whole_number(match.group(1), "--para")
    last = whole_number(match.group(2), "--para") if match.group(2) else first
    if first < 1 or last < first:
        raise UsageError(f"--para {text}: paragraphs are numbered from 1, and a range runs upwards")
    return first, last


def show_article(
    ctx: typer.Context,
    source_id: Annotated[
        str | None,
        typer.Argument(
            metavar="SOURCE",
            help="A source id (see 'beilun sources'); default: the only one.",
            autocompletion=complete_source,
        ),
    ] = None,
    para: Annotated[
        str | None,
        typer.Option("--para", "-p", help="Only paragraph N, or paragraphs N-M.", metavar="N[-M]"),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    """Read the article, paragraph by paragraph, numbered as facts cite them (source ¶N).

    The English is the fact base's own translation, sentence by sentence.

    Examples:

        beilun article --para 14

        beilun article --para 13-15 --lang en

        beilun article --json | jq -r '.[] | "\\(.paragraph)\\t\\(.en)"'
    """
    first, last = _range(para)
    lang = language(ctx, lang, default="both")
    base = catalog(ctx)
    source = base.source(source_id)
    columns = {"zh": ("paragraph", "zh"), "en": ("paragraph", "en"), "both": PARAGRAPH_FIELDS}[lang]
    out = output(ctx, fmt, as_json, None, lang, PARAGRAPH_FIELDS)
    found = base.paragraphs(source["id"], first, last)
    if not found:
        raise NotFoundError(f"source '{source['id']}' has paragraphs 1 to {source['paragraphs']}")
    rows = [{"paragraph": row["paragraph"], "zh": row["zh"], "en": row["en"]} for row in found]
    out.records(rows, columns)
