"""beilun figures: the article's numbers at a glance, charted where they share a measure."""

from __future__ import annotations

import typer

from beilun_cli.base.errors import NotFoundError
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import (
    FieldsOpt,
    FormatOpt,
    HeaderOpt,
    JsonOpt,
    LangOpt,
    MeasureOpt,
    TopicOpt,
    output,
)
from beilun_cli.cli.output.fields import FACT_COLUMNS, FACT_FIELDS
from beilun_cli.store.catalog import Filters

# A fact as every listing shows it, then what it measures and its quantity as written.
FIGURE_COLUMNS = (*FACT_COLUMNS, "measure", "quantity")


def show_figures(
    ctx: typer.Context,
    topic: TopicOpt = None,
    measure: MeasureOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """Show the facts that carry numbers; on a terminal, bar charts by measure.

    Two or more figures of one measure (total investment, area, forest coverage...),
    which the fact base counts in one normalised unit, make a chart drawn to the scale
    of the largest; the lone figures follow by topic as rows, without a bar. Pipes and
    --json get the same facts as rows, by measure.

    Examples:

        beilun figures --topic ecology

        beilun figures --measure total-investment

        beilun figures --measure area --lang zh

        beilun figures --json | jq -r '.[] | [.id, .quantity.amount, .quantity.amount_unit] | @tsv'
    """
    lang = language(ctx, lang, [measure, *(topic or ())])
    out = output(ctx, fmt, as_json, fields, lang, FACT_FIELDS, header)
    base = catalog(ctx)
    facts = base.figures(Filters(topic=topic, measure=measure))
    if out.format == "table":
        charted = list(facts)
        if charted:
            out.charts(charted, {record["id"]: record["name"] for record in base.measures()})
        found = len(charted)
    else:
        found = out.records(facts, FIGURE_COLUMNS)
    if not found:
        topics = " or ".join(f"'{name}'" for name in topic or ())
        asked = [f"topic {topics}"] * bool(topic) + [f"measure '{measure}'"] * bool(measure)
        raise NotFoundError(
            f"no figures for {' and '.join(asked)}" if asked else "this fact base holds no figures",
            zh="没有符合这些条件的数字" if asked else "这个事实库里没有数字",
        )
