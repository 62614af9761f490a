"""beilun figures: the article's numbers at a glance, charted where they share a unit."""

from __future__ import annotations

import typer

from beilun_cli import render
from beilun_cli.catalog import Filters
from beilun_cli.errors import NotFoundError
from beilun_cli.options import FieldsOpt, FormatOpt, JsonOpt, LangOpt, TopicOpt, output
from beilun_cli.session import catalog
from beilun_cli.shapes import FACT_FIELDS

FIGURE_COLUMNS = ("id", "topic", "quantity", "claim")


def show_figures(
    ctx: typer.Context,
    topic: TopicOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "en",
) -> None:
    """Show the facts that carry numbers; on a terminal, bar charts by shared unit.

    Figures are grouped by topic and normalised unit (yuan, m2, percent, people...) and
    drawn to scale within each group. Pipes and --json get the same facts as rows.

    Examples:

        beilun figures --topic ecology

        beilun figures --format table | less -R

        beilun figures --json | jq -r '.[] | [.id, .quantity.amount, .quantity.amount_unit] | @tsv'
    """
    out = output(fmt, as_json, fields, lang, FACT_FIELDS)
    facts = catalog(ctx).figures(Filters(topic))
    if out.format == "table":
        charted = list(facts)
        if charted:
            render.bar_charts(charted, out)
        found = len(charted)
    else:
        found = render.emit(facts, out, FIGURE_COLUMNS)
    if not found:
        raise NotFoundError("no figures for this topic")
