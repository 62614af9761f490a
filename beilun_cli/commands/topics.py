"""beilun topics: the topics that index the fact base."""

from __future__ import annotations

import typer

from beilun_cli import render
from beilun_cli.options import FieldsOpt, FormatOpt, JsonOpt, LangOpt, output
from beilun_cli.session import catalog

TOPIC_FIELDS = ("id", "name", "facts")


def list_topics(
    ctx: typer.Context,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "both",
) -> None:
    """List topics: Chinese and English names, and fact counts.

    Examples:

        beilun topics

        beilun topics --json | jq -r '.[].id'
    """
    out = output(fmt, as_json, fields, lang, TOPIC_FIELDS)
    render.emit(catalog(ctx).topics(), out, TOPIC_FIELDS)
