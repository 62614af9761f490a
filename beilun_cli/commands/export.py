"""beilun export: the whole fact base in one machine-readable file."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.catalog import Filters
from beilun_cli.errors import UsageError
from beilun_cli.fields import FACT_FIELDS
from beilun_cli.invocation import catalog
from beilun_cli.options import FieldsOpt, LangOpt, output


def export_facts(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json, jsonl, csv or tsv.", metavar="FORMAT")
    ] = "json",
    fields: FieldsOpt = None,
    lang: LangOpt = "both",
) -> None:
    """Export every fact: JSON by default, or jsonl, csv, tsv.

    Examples:

        beilun export > facts.json

        beilun export --format csv > facts.csv

        beilun export --format jsonl | jq -c 'select(.value != null)'
    """
    if fmt == "table":
        raise UsageError("export writes json, jsonl, csv or tsv; for a table use 'beilun list'")
    out = output(ctx, fmt, False, fields, lang, FACT_FIELDS)
    out.records(catalog(ctx).fact_records(Filters()), FACT_FIELDS)
