"""beilun export: the whole fact base in one machine-readable file, or as a SQLite database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from beilun_cli.catalog import Filters
from beilun_cli.errors import OutputError, UsageError
from beilun_cli.fields import FACT_FIELDS
from beilun_cli.invocation import catalog, language
from beilun_cli.options import FieldsOpt, output

EXPORT_FORMATS = ("json", "jsonl", "csv", "tsv", "sqlite")
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Language of bilingual fields in CSV and TSV columns: zh, en or both. Default: "
        "$BEILUN_LANG, the config file's lang, else both.",
        metavar="LANG",
        show_default=False,
    ),
]


def export_facts(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json, jsonl, csv, tsv or sqlite.", metavar="FORMAT")
    ] = "json",
    target: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (whole or not at all); sqlite needs one."),
    ] = None,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Export every fact: JSON by default, or jsonl, csv, tsv, or a SQLite database.

    --format sqlite writes tables facts, topics, entities, fact_entities, sources and
    paragraphs, and a full-text table facts_fts: open it with sqlite-utils, datasette or any
    SQL client.

    Examples:

        beilun export > facts.json

        beilun export --format csv -o facts.csv

        beilun export --format sqlite -o beilun.db && datasette beilun.db

        beilun export --format jsonl | jq -c 'select(.value != null)'
    """
    if fmt == "table":
        raise UsageError("export writes json, jsonl, csv, tsv or sqlite; for a table use 'beilun list'")
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format '{fmt}'; formats are: {', '.join(EXPORT_FORMATS)}")
    if fmt == "sqlite":
        if target is None:
            raise UsageError("--format sqlite writes a database file: give it with -o FILE")
        if fields is not None:
            raise UsageError("--fields does not apply to --format sqlite: the database has every field")
        from beilun_cli.database import write_database

        base = catalog(ctx)
        try:
            write_database(base, target, base.fact_records(Filters()))
        except OSError as error:
            raise OutputError(f"cannot write {target}: {error.strerror or error}") from None
        return
    out = output(ctx, fmt, False, fields, language(ctx, lang, default="both"), FACT_FIELDS)
    facts = catalog(ctx).fact_records(Filters())
    if target is None:
        out.records(facts, FACT_FIELDS)
        return
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as stream:
            out.env = out.env.writing_to(stream)
            out.records(facts, FACT_FIELDS)
        os.replace(temporary, target)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)
