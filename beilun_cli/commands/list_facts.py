"""beilun list: facts, narrowed by topic, entity, unit, value or year."""

from __future__ import annotations

import typer

from beilun_cli.catalog import Filters
from beilun_cli.errors import NotFoundError
from beilun_cli.fields import FACT_COLUMNS, FACT_FIELDS
from beilun_cli.invocation import catalog, language, note_cut
from beilun_cli.options import (
    EntityOpt,
    FieldsOpt,
    FormatOpt,
    HeaderOpt,
    JsonOpt,
    LangOpt,
    LimitOpt,
    MaxOpt,
    MinOpt,
    TopicOpt,
    UnitOpt,
    YearOpt,
    output,
)


def list_facts(
    ctx: typer.Context,
    topic: TopicOpt = None,
    entity: EntityOpt = None,
    unit: UnitOpt = None,
    minimum: MinOpt = None,
    maximum: MaxOpt = None,
    year: YearOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """List facts, narrowed by topic, entity, unit, value or year.

    Examples:

        beilun list --topic economy

        beilun list --unit 亿元 --min 20 --json

        beilun list --year 2018 --lang zh | head -5
    """
    lang = language(ctx, lang, [entity, *(topic or ())])
    out = output(ctx, fmt, as_json, fields, lang, FACT_FIELDS, header)
    chosen = Filters(topic=topic, entity=entity, unit=unit, minimum=minimum, maximum=maximum, year=year)
    base = catalog(ctx)
    shown = out.records(
        base.fact_records(chosen, limit),
        FACT_COLUMNS,
        filtered=("topic",) if topic and len(topic) == 1 else (),
    )
    note_cut(ctx, shown, limit, lambda: base.count(chosen))
    if not shown:
        raise NotFoundError("no fact matches these filters", zh="没有符合这些条件的事实")
