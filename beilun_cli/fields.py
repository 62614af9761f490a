"""The fields beilun outputs, defined once: each name with its kind, which says how a cell shows it.

JSON carries values as they are; tables, TSV and CSV show each field through its kind's
formatter. Listing commands choose among these names for their columns and for `--fields`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The fields of a fact record, in the order JSON, CSV and --fields use them (records.FactRecord).
FACT_FIELDS = (
    "id",
    "topic",
    "claim",
    "quote",
    "value",
    "unit",
    "quantity",
    "as_of",
    "entities",
    "tags",
    "source",
)


def tidy_number(number: float) -> float | int:
    """114646000000.0 -> 114646000000: readers should not see a spurious .0."""
    if isinstance(number, float) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


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


def _bilingual(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if lang == "both":
        return f"{value['zh']} / {value['en']}"
    return str(value[lang])


def _time(value: Any, lang: str) -> str:
    if value is None:
        return ""
    span = value["start"] if value["start"] == value["end"] else f"{value['start']}..{value['end']}"
    return f"{span} ({value['precision']})"


def _quantity(value: Any, lang: str) -> str:
    return "" if value is None else str(value["written"])


def _location(value: Any, lang: str) -> str:
    return "" if value is None else f"{value['id']} ¶{value['paragraph']}"


class Kind:
    """How a field's value becomes a cell: its formatter, and how a table treats the column."""

    __slots__ = ("format", "numeric", "short", "bilingual")

    def __init__(
        self,
        format: Callable[[Any, str], str],
        *,
        numeric: bool = False,
        short: bool = False,
        bilingual: bool = False,
    ) -> None:
        self.format = format
        self.numeric = numeric  # right-aligned
        self.short = short  # keeps its natural width in a table (ids are copied and pasted)
        self.bilingual = bilingual  # --lang picks zh, en or both


PROSE = Kind(_plain)
LIST = Kind(_plain)
KEY = Kind(_plain, short=True)
NUMBER = Kind(_plain, numeric=True, short=True)
BILINGUAL = Kind(_bilingual, bilingual=True)
TIME = Kind(_time, short=True)
QUANTITY = Kind(_quantity)
LOCATION = Kind(_location)

# Every field any record has, with its kind. A name means one thing in every record.
FIELDS: dict[str, Kind] = {
    "id": KEY,
    "topic": KEY,
    "kind": KEY,
    "unit": KEY,
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
    "source": LOCATION,
    "entities": LIST,
    "tags": LIST,
    "aliases": LIST,
}


def kind(name: str) -> Kind:
    return FIELDS.get(name, PROSE)


def cell(name: str, value: Any, lang: str) -> str:
    """The value of field `name` as plain text for a table, TSV or CSV cell (before neutralising)."""
    return kind(name).format(value, lang)
