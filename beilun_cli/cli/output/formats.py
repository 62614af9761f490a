"""Formats written as records arrive: a JSON array, JSON Lines, TSV, CSV and Markdown.

Each yields text a piece at a time, so a whole fact base never has to be held as one string.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from beilun_cli.cli.output import fields
from beilun_cli.cli.output.text import markdown_text, neutralise, to_json

# (header, field, language) of one column: 'both' may split a bilingual field in two.
Column = tuple[str, str, str]


def project(record: Any, chosen: Sequence[str] | None) -> Any:
    """The record, or only the chosen fields of it, in the chosen order ('claim.en': one language)."""
    return record if chosen is None else {name: fields.value(record, name) for name in chosen}


def columns(names: Sequence[str], lang: str, *, split_bilingual: bool) -> list[Column]:
    """(header, field, language) per output column; 'both' may split a bilingual field in two, and
    a name such as 'claim.en' is that field in that language whatever --lang says."""
    layout = []
    for name in names:
        field, own_lang = fields.split(name)
        if own_lang is not None:
            layout.append((name, field, own_lang))
        elif fields.kind(name).bilingual and lang == "both" and split_bilingual:
            layout += [(f"{name}.zh", name, "zh"), (f"{name}.en", name, "en")]
        else:
            layout.append((name, name, lang))
    return layout


def json_array(items: Iterable[Any]) -> Iterator[str]:
    """The text of to_json(list(items)), item by item."""
    empty = True
    for item in items:
        # Indented one level, as in the array: JSON strings hold no raw newline to disturb.
        yield ("[\n  " if empty else ",\n  ") + to_json(item).replace("\n", "\n  ")
        empty = False
    yield "[]\n" if empty else "\n]\n"


def json_lines(items: Iterable[Any]) -> Iterator[str]:
    for item in items:
        yield to_json(item, indent=None) + "\n"


def tsv(records: Iterable[Any], layout: Sequence[Column], *, header: bool = False) -> Iterator[str]:
    """One line per record, a header line first if asked; control characters made visible (a tab
    never splits a cell)."""
    if header:
        yield "\t".join(neutralise(name) for name, _, _ in layout) + "\n"
    for record in records:
        yield (
            "\t".join(
                neutralise(fields.cell(name, fields.value(record, name), lang)) for _, name, lang in layout
            )
            + "\n"
        )


def csv(
    records: Iterable[Any], layout: Sequence[Column], *, on_terminal: bool, spreadsheet: bool = False
) -> Iterator[str]:
    """A header row, then one row per record.

    CSV is an interchange format: text goes through exactly, quoted where needed, into a file
    or pipe. On a terminal it is read by eye, so there controls are made visible.

    For a `spreadsheet` (--format excel) the file is made for a person's spreadsheet, not a
    program: a UTF-8 byte-order mark first (without one, Excel in a Chinese locale reads the
    file as GBK), every cell quoted and CRLF line ends (Excel's own CSV), and a text cell a
    spreadsheet would run as a formula prefixed with an apostrophe (see `_inert_in_spreadsheet`).
    """
    import csv as csv_module
    import io

    text = neutralise if on_terminal else str
    buffer = io.StringIO()
    if spreadsheet:
        buffer.write("\ufeff")
        # Every cell quoted: a separator inside one (`;` in locales that split on it) never
        # starts a new cell, which could begin with a formula.
        writer = quoted = csv_module.writer(buffer, lineterminator="\r\n", quoting=csv_module.QUOTE_ALL)
    else:
        writer = csv_module.writer(buffer, lineterminator="\n")
        # With \n line ends the csv module leaves a lone \r unquoted, and readers end the row
        # there: a row holding one is quoted in full.
        quoted = csv_module.writer(buffer, lineterminator="\n", quoting=csv_module.QUOTE_ALL)
    writer.writerow([header for header, _, _ in layout])
    for record in records:
        row = [text(fields.cell(name, fields.value(record, name), lang)) for _, name, lang in layout]
        if spreadsheet:
            named = zip(row, layout, strict=True)
            row = [_inert_in_spreadsheet(cell, fields.value(record, name)) for cell, (_, name, _) in named]
        (quoted if any("\r" in value for value in row) else writer).writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()  # the header alone, when there is no record


# What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert_in_spreadsheet(cell: str, value: Any) -> str:
    """The cell as a spreadsheet should take it: text that starts like a formula (=HYPERLINK(…),
    +cmd|…, @SUM(…)) prefixed with an apostrophe, which makes it text. A number stays a number:
    -5 in `value` is the number a spreadsheet reads, never a formula, and an apostrophe would make
    it text that sums and sorts wrongly."""
    number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    return "'" + cell if cell.startswith(_FORMULA_STARTS) and not number else cell


def markdown(records: Iterable[Any], layout: Sequence[Column]) -> Iterator[str]:
    """A Markdown (GitHub) table for documents: values as a person reads them, numbers right-aligned."""
    rows = (
        [fields.cell(name, fields.value(record, name), lang, readable=True) for _, name, lang in layout]
        for record in records
    )
    numeric = [fields.kind(name).numeric for _, name, _ in layout]
    return markdown_table([header for header, _, _ in layout], rows, numeric)


def markdown_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[bool] = ()
) -> Iterator[str]:
    """Rows of plain text as a Markdown table, a line at a time; `numeric` columns right-aligned."""
    right = list(numeric) + [False] * (len(headers) - len(numeric))
    yield "| " + " | ".join(markdown_text(header) for header in headers) + " |\n"
    yield "| " + " | ".join("--:" if aligned else "---" for aligned in right) + " |\n"
    for row in rows:
        yield "| " + " | ".join(markdown_text(text) for text in row) + " |\n"
