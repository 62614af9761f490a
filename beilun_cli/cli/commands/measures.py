"""beilun measures: what the fact base's numbers count, each in one normalised unit."""

from __future__ import annotations

import typer

from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FormatOpt, HeaderOpt, JsonOpt, NamesLangOpt, RecordFieldsOpt, output

MEASURE_FIELDS = ("id", "name", "amount_unit", "facts")


def list_measures(
    ctx: typer.Context,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: RecordFieldsOpt = None,
    lang: NamesLangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """List measures: what values count, in Chinese and English, their unit and fact counts.

    Every fact with a value names one; 'beilun figures --measure ID' charts its figures.

    Examples:

        beilun measures

        beilun measures --json | jq -r '.[] | [.id, .aliases[]] | @tsv'
    """
    out = output(
        ctx, fmt, as_json, fields, language(ctx, lang, default="both"), MEASURE_FIELDS + ("aliases",), header
    )
    out.records(catalog(ctx).measures(), MEASURE_FIELDS)
