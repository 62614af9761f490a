"""beilun topics: the topics that index the fact base."""

from __future__ import annotations

import typer

from beilun_cli.invocation import catalog
from beilun_cli.options import FieldsOpt, FormatOpt, HeaderOpt, JsonOpt, LangOpt, output

TOPIC_FIELDS = ("id", "name", "facts")


def list_topics(
    ctx: typer.Context,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "both",
    header: HeaderOpt = False,
) -> None:
    """List topics: Chinese and English names, and fact counts.

    Examples:

        beilun topics

        beilun topics --json | jq -r '.[].id'
    """
    out = output(ctx, fmt, as_json, fields, lang, TOPIC_FIELDS, header)
    out.records(catalog(ctx).topics(), TOPIC_FIELDS)
