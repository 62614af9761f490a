"""beilun topics: the topics that index the fact base."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FormatOpt, HeaderOpt, JsonOpt, NamesLangOpt, output

TOPIC_FIELDS = ("id", "name", "facts")
FieldsOpt = Annotated[
    str | None,
    typer.Option("--fields", help="Comma-separated fields to output: id, name, facts.", metavar="FIELDS"),
]


def list_topics(
    ctx: typer.Context,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: NamesLangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """List topics: Chinese and English names, and fact counts.

    Examples:

        beilun topics

        beilun topics --json | jq -r '.[].id'
    """
    out = output(ctx, fmt, as_json, fields, language(ctx, lang, default="both"), TOPIC_FIELDS, header)
    out.records(catalog(ctx).topics(), TOPIC_FIELDS)
