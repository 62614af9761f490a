"""The records of the vocabulary, as its look-ups return them. NamedTuples, not dataclasses:
start-up may not pay for the dataclasses module (tests/test_imports.py)."""

from __future__ import annotations

from typing import NamedTuple

# The rows of the generated modules, each a record's fields in order: plain tuples, which load
# without building a class (a NamedTuple class costs a few tenths of a millisecond to define).
UnitRow = tuple[str, str, float, str, tuple[str, ...], tuple[str, ...], str, str, bool, str | None]
QuantifierRow = tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
PlaceRow = tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]]


class Unit(NamedTuple):
    """A unit a number is counted in: 公里/km is 1000 of the dimension m."""

    id: str
    dimension: str  # what it compares in: the id of the dimension's base unit (yuan, m, m2...)
    factor: float  # to the dimension's base unit
    amount_unit: str  # what the fact base stores a figure of this unit in
    zh: tuple[str, ...]  # surfaces after a number, longest first
    en: tuple[str, ...]
    display_zh: str
    display_en: str
    scaled: bool  # written in millions and billions (万, 亿)
    larger: str | None  # the unit an amount of 1000s or more is written in (m -> km)


class Quantifier(NamedTuple):
    """A quantifier and the words that write it, before or after a number, per language."""

    name: str  # as the fact base names a qualifier: nearly, over, at_least...
    display_zh: str
    display_en: str
    zh_before: tuple[str, ...]
    zh_after: tuple[str, ...]
    en_before: tuple[str, ...]
    en_after: tuple[str, ...]


class Place(NamedTuple):
    id: str
    kind: str  # country, province, city, district...
    part_of: str | None
    zh: tuple[str, ...]
    en: tuple[str, ...]
