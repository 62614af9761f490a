"""beilun sources: the articles the facts quote, with their bibliographic records."""

from __future__ import annotations

import typer

from beilun_cli.invocation import catalog
from beilun_cli.options import FieldsOpt, FormatOpt, HeaderOpt, JsonOpt, LangOpt, output

SOURCE_FIELDS = (
    "id",
    "outlet",
    "title",
    "published",
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
SOURCE_COLUMNS = ("id", "outlet", "title", "published", "reporters", "facts")


def list_sources(
    ctx: typer.Context,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "both",
    header: HeaderOpt = False,
) -> None:
    """List the sources: outlet, title, publication time, reporters, editor and fact counts.

    Examples:

        beilun sources

        beilun sources --json | jq '.[0].reporters'
    """
    out = output(ctx, fmt, as_json, fields, lang, SOURCE_FIELDS, header)
    out.records(catalog(ctx).sources(), SOURCE_COLUMNS)
