"""beilun timeline: dated facts in time order."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.base.errors import NotFoundError, UsageError
from beilun_cli.cli.invocation import catalog, language, note_cut
from beilun_cli.cli.options import (
    FieldsOpt,
    FormatOpt,
    HeaderOpt,
    JsonOpt,
    LangOpt,
    LimitOpt,
    TopicOpt,
    output,
)
from beilun_cli.cli.output.fields import FACT_COLUMNS, FACT_FIELDS
from beilun_cli.store.arguments import Filters, month_bound


def _year_or_month(value: str | None) -> str | None:
    """A bound as typed, once it is a year or a year-month (catalog.month_bound reads it)."""
    if value is not None:
        try:
            month_bound(value, last=False)
        except UsageError:
            raise typer.BadParameter(
                f"'{value}' is not a year or a year-month, e.g. 2019 or 2019-06"
            ) from None
    return value


FromOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="Only facts reaching this year or month or later: 2018, 2019-06.",
        metavar="YYYY[-MM]",
        callback=_year_or_month,
        show_default=False,
    ),
]
ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        help="Only facts starting in this year or month or earlier: 2019, 2019-06.",
        metavar="YYYY[-MM]",
        callback=_year_or_month,
        show_default=False,
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
    lang: LangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """List dated facts in time order, with the precision of each date.

    Times are resolved against the article's publication date (去年 = 2018) and keep the
    article's own words in as_of.written; precision is day, month, half-year, year or period.

    Examples:

        beilun timeline

        beilun timeline --from 2018 --to 2019 --lang zh

        beilun timeline --from 2019-06 --to 2019-09

        beilun timeline --json | jq -r '.[] | [.as_of.start, .id] | @tsv'
    """
    chosen = Filters(topic=topic, since=first, until=last)
    if chosen.since is not None and chosen.until is not None and chosen.since > chosen.until:
        raise UsageError(f"--from {first} is after --to {last}")
    lang = language(ctx, lang, topic or ())
    out = output(ctx, fmt, as_json, fields, lang, FACT_FIELDS, header)
    base = catalog(ctx)
    facts = base.timeline(chosen, limit)
    # Led by the time, as git log by the date; a narrow terminal keeps the times, rather than the
    # quantities, of a timeline.
    shown = out.records(
        facts,
        FACT_COLUMNS,
        filtered=("topic",) if topic and len(topic) == 1 else (),
        optional=("topic", "quantity"),
        lead=("as_of",),
    )
    note_cut(ctx, shown, limit, lambda: base.count(chosen, dated=True))
    if not shown:
        raise NotFoundError("no dated fact in that range", zh="这个时间范围内没有带日期的事实")
