"""beilun figures: the article's numbers at a glance, charted where they share a unit."""

from __future__ import annotations

import typer

from beilun_cli.catalog import Filters
from beilun_cli.errors import NotFoundError
from beilun_cli.fields import FACT_FIELDS
from beilun_cli.invocation import catalog
from beilun_cli.options import FieldsOpt, FormatOpt, HeaderOpt, JsonOpt, LangOpt, TopicOpt, output

FIGURE_COLUMNS = ("id", "topic", "quantity", "claim")


def show_figures(
    ctx: typer.Context,
    topic: TopicOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "en",
    header: HeaderOpt = False,
) -> None:
    """Show the facts that carry numbers; on a terminal, bar charts by shared unit.

    Two or more figures of one topic in one normalised unit (yuan, percent,
    sets-per-year...) make a chart, drawn to the scale of the largest; a topic's lone
    figures follow as rows, without a bar. Pipes and --json get the same facts as rows.

    Examples:

        beilun figures --topic ecology

        beilun figures --format table | less -R

        beilun figures --json | jq -r '.[] | [.id, .quantity.amount, .quantity.amount_unit] | @tsv'
    """
    out = output(ctx, fmt, as_json, fields, lang, FACT_FIELDS, header)
    facts = catalog(ctx).figures(Filters(topic=topic))
    if out.format == "table":
        charted = list(facts)
        if charted:
            out.charts(charted)
        found = len(charted)
    else:
        found = out.records(facts, FIGURE_COLUMNS)
    if not found:
        raise NotFoundError(f"no figures for topic '{topic}'" if topic else "this fact base holds no figures")
