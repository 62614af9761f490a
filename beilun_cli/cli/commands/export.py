"""beilun export: the whole fact base in one machine-readable file, or as a SQLite database."""

from __future__ import annotations

import io
from typing import Annotated

import typer

from beilun_cli.base.errors import UsageError
from beilun_cli.cli.completion import choices
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FieldsOpt, lang_option, output
from beilun_cli.cli.output.fields import FACT_FIELD_COLUMNS, FACT_FIELDS
from beilun_cli.store.catalog import Filters

EXPORT_FORMATS = ("json", "jsonl", "csv", "excel", "tsv", "sqlite")
LangOpt = Annotated[
    str | None,
    lang_option("Language of bilingual fields in CSV and TSV columns", "both"),
]


def export_facts(
    ctx: typer.Context,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="json, jsonl, csv, excel, tsv or sqlite.",
            metavar="FORMAT",
            autocompletion=choices(EXPORT_FORMATS),
        ),
    ] = "json",
    # A string, not a Path: Path('') is '.', and Path('dir/') loses the slash that says "directory".
    output_to: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file (whole or not at all; - is stdout); sqlite needs one.",
            metavar="FILE",
        ),
    ] = None,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Export every fact: JSON by default, or jsonl, csv, excel, tsv, or a SQLite database.

    --format excel is CSV to open in a spreadsheet: UTF-8 with a byte-order mark (Chinese reads
    right in Excel in any locale), and a text cell that would run as a formula (=, +, -, @)
    starts with an apostrophe. Plain csv passes every cell through exactly, for programs.

    --format sqlite writes tables facts, topics, entities, fact_entities, sources and
    paragraphs, and a full-text table facts_fts: open it with sqlite-utils, datasette or any
    SQL client.

    Examples:

        beilun export > facts.json

        beilun export --format csv -o facts.csv

        beilun export --format excel -o facts.csv

        beilun export --format sqlite -o beilun.db && datasette beilun.db

        beilun export --format jsonl | jq -c 'select(.value != null)'
    """
    if fmt == "table":
        raise UsageError(
            "export writes json, jsonl, csv, excel, tsv or sqlite; for a table use 'beilun list'"
        )
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format '{fmt}'; formats are: {', '.join(EXPORT_FORMATS)}")
    target = None
    if output_to is not None:
        from beilun_cli.cli.output.files import output_target

        target = output_target(output_to)
    if fmt == "sqlite":
        if target is None:
            raise UsageError("--format sqlite writes a database file: give it with -o FILE")
        if fields is not None:
            raise UsageError("--fields does not apply to --format sqlite: the database has every field")
        from beilun_cli.cli.output.sqlite_export import write_database

        base = catalog(ctx)
        write_database(base, target, base.fact_records(Filters()))
        return
    out = output(ctx, fmt, False, fields, language(ctx, lang, default="both"), FACT_FIELDS)
    facts = catalog(ctx).fact_records(Filters())
    if target is None:
        out.records(facts, FACT_FIELD_COLUMNS)
        return
    from beilun_cli.cli.output.files import written

    with written(target) as file:
        # Not closed here: `written` syncs and renames the file after the last byte.
        stream = io.TextIOWrapper(file, encoding="utf-8", newline="", write_through=True)
        out.env = out.env.writing_to(stream)
        out.records(facts, FACT_FIELD_COLUMNS)
        stream.detach()
