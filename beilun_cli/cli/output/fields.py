"""The fields beilun outputs, defined once: each name with its kind, which says how a cell shows it.

JSON carries values as they are; tables, TSV and CSV show each field through its kind's
formatter. Listing commands choose among these names for their columns and for `--fields`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from beilun_cli.lexicon.numbers import readable_number, tidy_number

# The fields of a fact record, in the order JSON, CSV and --fields use them (records.FactRecord).
FACT_FIELDS = (
    "id",
    "topic",
    "claim",
    "quote",
    "value",
    "unit",
    "quantity",
    "measure",
    "subject",
    "as_of",
    "entities",
    "tags",
    "source",
)
# Every field of a fact as the columns of a table of them (export's TSV and CSV): the same, with
# the time's precision in a column of its own, as in every listing.
FACT_FIELD_COLUMNS = tuple(
    column for name in FACT_FIELDS for column in ((name, "precision") if name == "as_of" else (name,))
)
# The columns of a fact in every listing (list, search, timeline, figures, entities NAME), unless
# --fields says otherwise: in TSV and CSV always these first, in this order, and what a command
# adds (search's score, figures' measure) after them, so `cut -f1-7` means one thing everywhere.
# Tables and Markdown show value and unit as one `quantity`, as the article wrote it, and the
# claim last, where it can take the rest of the line.
FACT_COLUMNS = ("id", "topic", "claim", "value", "unit", "as_of", "precision")
# Fields a --fields list may name that a fact record holds inside another (as_of.precision).
DERIVED_FACT_FIELDS = ("precision",)
SINGLE_LANGUAGES = ("zh", "en")  # a bilingual field in one of them: claim.zh, claim.en


def _plain(value: Any, lang: str) -> str:
    """A value of no known field: text as it is, numbers without a spurious .0, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(tidy_number(value))  # the shortest exact form: never rounded away
    if isinstance(value, list):
        return ", ".join(_plain(item, lang) for item in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _readable(value: Any, lang: str) -> str:
    return readable_number(value) if isinstance(value, float | int) and not isinstance(value, bool) else ""


def _bilingual(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if lang == "both":
        return f"{value['zh']} / {value['en']}"
    return str(value[lang])


def _time(value: Any, lang: str) -> str:
    """A time for programs: the start, or start..end, alone, so that it sorts (its precision is
    a column of its own)."""
    if value is None:
        return ""
    return value["start"] if value["start"] == value["end"] else f"{value['start']}..{value['end']}"


def _span(value: Any, lang: str) -> str:
    """A time for a person: its span alone, whose digits already say the precision (2019-06), the
    end without what it shares with the start (2019-01..06, the first half of 2019)."""
    if value is None:
        return ""
    start, end = value["start"], value["end"]
    if start == end:
        return str(start)
    first, last = start.split("-"), end.split("-")
    shared = 0
    while len(first) == len(last) and shared < len(last) - 1 and first[shared] == last[shared]:
        shared += 1
    return f"{start}..{'-'.join(last[shared:])}"


def _quantity(value: Any, lang: str) -> str:
    return "" if value is None else str(value["written"])


def _location(value: Any, lang: str) -> str:
    return "" if value is None else f"{value['id']} ¶{value['paragraph']}"


class Kind:
    """How a field's value becomes a cell: its formatters, and how a table treats the column."""

    __slots__ = ("format", "readable", "numeric", "short", "bilingual")

    def __init__(
        self,
        format: Callable[[Any, str], str],
        *,
        readable: Callable[[Any, str], str] | None = None,
        numeric: bool = False,
        short: bool = False,
        bilingual: bool = False,
    ) -> None:
        self.format = format  # for programs (TSV, CSV): exact
        self.readable = readable or format  # for people (tables, Markdown): as written, or rounded
        self.numeric = numeric  # right-aligned
        self.short = short  # keeps its natural width in a table (ids are copied and pasted)
        self.bilingual = bilingual  # --lang picks zh, en or both


PROSE = Kind(_plain)
LIST = Kind(_plain)
KEY = Kind(_plain, short=True)
NUMBER = Kind(_plain, readable=_readable, numeric=True, short=True)
BILINGUAL = Kind(_bilingual, bilingual=True)
TIME = Kind(_time, readable=_span, short=True)
QUANTITY = Kind(_quantity, short=True)
LOCATION = Kind(_location)

# Every field any record has, with its kind. A name means one thing in every record.
FIELDS: dict[str, Kind] = {
    "id": KEY,
    "topic": KEY,
    "kind": KEY,
    "unit": KEY,
    "measure": KEY,
    "subject": KEY,
    "amount_unit": KEY,
    "claim": BILINGUAL,
    "name": BILINGUAL,
    "title": BILINGUAL,
    "outlet": BILINGUAL,
    "quote": PROSE,
    "value": NUMBER,
    "score": NUMBER,
    "facts": NUMBER,
    "paragraph": NUMBER,
    "paragraphs": NUMBER,
    "published": KEY,
    "quantity": QUANTITY,
    "as_of": TIME,
    "precision": KEY,  # of as_of: day, month, half-year, year or period
    "source": LOCATION,
    "entities": LIST,
    "tags": LIST,
    "aliases": LIST,
    "missing": LIST,
    "line": NUMBER,
}


def kind(name: str) -> Kind:
    return FIELDS.get(name, PROSE)


# A fact's prose, last in a table: the one column whose width the terminal's decides.
_LAST = ("claim", "quote")


def for_people(columns: tuple[str, ...], lead: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Default columns as a person reads them: value and unit as one quantity, as written
    (1146.46亿元, 近17万人, 1/6); no precision, which a time's digits already say (2019-06); the
    `lead` columns first (a timeline's time) and a fact's prose last, where it can take the rest of
    a line."""
    if "value" in columns and "unit" in columns:
        columns = tuple(
            dict.fromkeys("quantity" if name == "value" else name for name in columns if name != "unit")
        )
    columns = tuple(name for name in columns if name != "precision" or "as_of" not in columns)
    first = tuple(name for name in lead if name in columns)
    rest = [name for name in columns if name not in first]
    return (
        first
        + tuple(name for name in rest if name not in _LAST)
        + tuple(name for name in rest if name in _LAST)
    )


def names(available: tuple[str, ...]) -> tuple[str, ...]:
    """The names --fields accepts: the fields, and each bilingual one in one language (claim.en),
    as CSV and TSV headers print them, and a time's precision wherever there is a time."""
    derived = DERIVED_FACT_FIELDS if "as_of" in available else ()
    return (
        available
        + derived
        + tuple(f"{name}.{lang}" for name in available if kind(name).bilingual for lang in SINGLE_LANGUAGES)
    )


def split(name: str) -> tuple[str, str | None]:
    """'claim.en' -> ('claim', 'en'); 'claim' -> ('claim', None)."""
    field, _, lang = name.partition(".")
    return (field, lang) if lang in SINGLE_LANGUAGES and kind(field).bilingual else (name, None)


def value(record: Any, name: str) -> Any:
    """The value of field `name` of a record; 'claim.en' is the claim's English, 'precision' the
    precision of its as_of."""
    if name == "precision" and "precision" not in record:
        as_of = record.get("as_of")
        return as_of.get("precision") if isinstance(as_of, dict) else None
    field, lang = split(name)
    found = record.get(field)
    return found.get(lang) if lang is not None and isinstance(found, dict) else found


def cell(name: str, value: Any, lang: str, *, readable: bool = False) -> str:
    """The value of field `name` as plain text for a cell (before neutralising): exact for TSV and
    CSV, `readable` for a person (a table, Markdown)."""
    shown = kind(name)
    return (shown.readable if readable else shown.format)(value, lang)
