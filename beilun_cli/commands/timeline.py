"""beilun timeline: dated facts in time order."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.catalog import Filters
from beilun_cli.errors import NotFoundError, UsageError
from beilun_cli.fields import FACT_COLUMNS, FACT_FIELDS
from beilun_cli.invocation import catalog
from beilun_cli.options import (
    FieldsOpt,
    FormatOpt,
    HeaderOpt,
    JsonOpt,
    LangOpt,
    LimitOpt,
    TopicOpt,
    output,
)

FromOpt = Annotated[
    int | None,
    typer.Option(
        "--from", help="Only facts reaching this year or later.", min=1000, max=9999, metavar="YEAR"
    ),
]
ToOpt = Annotated[
    int | None,
    typer.Option(
        "--to", help="Only facts starting this year or earlier.", min=1000, max=9999, metavar="YEAR"
    ),
]


def show_timeline(
    ctx: typer.Context,
    first: FromOpt = None,
    last: ToOpt = None,
    topic: TopicOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "en",
    header: HeaderOpt = False,
) -> None:
    """List dated facts in time order, with the precision of each date.

    Times are resolved against the article's publication date (去年 = 2018) and keep the
    article's own words in as_of.written; precision is day, month, half-year, year or period.

    Examples:

        beilun timeline

        beilun timeline --from 2018 --to 2019 --lang zh

        beilun timeline --json | jq -r '.[] | [.as_of.start, .id] | @tsv'
    """
    if first is not None and last is not None and first > last:
        raise UsageError(f"--from {first} is after --to {last}")
    out = output(ctx, fmt, as_json, fields, lang, FACT_FIELDS, header)
    facts = catalog(ctx).timeline(Filters(topic=topic, since=first, until=last), limit)
    # A narrow terminal keeps the times, rather than the quantities, of a timeline.
    shown = out.records(
        facts, FACT_COLUMNS, filtered=("topic",) if topic else (), optional=("topic", "quantity")
    )
    if not shown:
        raise NotFoundError("no dated fact in that range")
