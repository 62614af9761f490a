"""beilun sources: the articles the facts quote, with their bibliographic records."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FormatOpt, HeaderOpt, JsonOpt, RecordFieldsOpt, lang_option, output

SOURCE_FIELDS = (
    "id",
    "outlet",
    "title",
    "published",
    "about",
    "reporters",
    "byline",
    "photos",
    "editor",
    "language",
    "url",
    "paragraphs",
    "translated",
    "facts",
)
LangOpt = Annotated[
    str | None,
    lang_option("Language of outlets and titles in tables, TSV and CSV", "both"),
]
SOURCE_COLUMNS = ("id", "outlet", "title", "published", "reporters", "facts")


def list_sources(
    ctx: typer.Context,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: RecordFieldsOpt = None,
    lang: LangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """List the sources: outlet, title, publication time, reporters, editor and fact counts.

    Examples:

        beilun sources

        beilun sources --json | jq '.[0].reporters'
    """
    out = output(ctx, fmt, as_json, fields, language(ctx, lang, default="both"), SOURCE_FIELDS, header)
    out.records(catalog(ctx).sources(), SOURCE_COLUMNS)
