"""The picture slot: a claim of a picture of the article (文章配图展示的是…, one photo caption
reads…) states what a caption says, so only a caption's fact (tagged `photo`) holds it; a fact of
the text grounds none of its picture words, whatever else it grounds (配 of 配套 is no 配图).

A picture named by its place among the article's pictures (文章第一张图片, the last photo:
read/picture_places.py) is the caption printed there, the captions in the article's order: a
caption there holds the place's ordinal (first, second, third), one printed elsewhere is another
picture, which contradicts it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.picture_places import place_named, place_written

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

_PICTURE = Lazy(lexicon.picture_pattern(), re.IGNORECASE)  # grounding.toml, [pictures]


def unpictured(text: str, records: Sequence[FactRecord]) -> list[str]:
    """The picture words a claim writes when none of `records` is a caption's fact (none when
    one is, or when it writes none)."""
    tag = lexicon.picture_tag()
    if any(tag in record["tags"] for record in records):
        return []
    return [found.casefold() for found in _PICTURE.findall(text)][:1]


def captions(base: Catalog) -> list[FactRecord]:
    """The captions of the article's pictures, in the order the article prints them."""
    from beilun_cli.store.catalog import Filters

    found = [fact for fact in base.fact_records(Filters()) if lexicon.picture_tag() in fact["tags"]]
    return sorted(found, key=lambda fact: fact["source"]["paragraph"])


@lru_cache(maxsize=2)
def _caption_ids(base: Catalog) -> tuple[str, ...]:
    """The captions' ids in the order the article prints them, read once a base (check -)."""
    return tuple(caption["id"] for caption in captions(base))


def at_place(base: Catalog, text: str, record: FactRecord) -> bool | None:
    """Whether `record` is the caption of the picture `text` names by its place (文章第一张图片:
    the first caption the article prints); None when the text names no picture by its place or
    the record is no caption."""
    placed = places(base, text, record)
    return None if placed is None else placed[0] == placed[1]


def places(base: Catalog, text: str, record: FactRecord) -> tuple[int, int] | None:
    """The place of the picture `text` names by its place and the place of the caption `record`
    (each from 1, in the order the article prints them; the last is the count); None when the
    text names no picture by its place or the record is no caption."""
    if lexicon.picture_tag() not in record["tags"]:
        return None
    place = place_named(text)
    if place is None:
        return None
    every = _caption_ids(base)
    own = every.index(record["id"]) + 1 if record["id"] in every else 0
    return (place if place > 0 else len(every) + 1 + place), own


def placed_words(base: Catalog, text: str, records: Sequence[FactRecord], missing: list[str]) -> list[str]:
    """The words of `missing` left once the words that name a picture by its place (the last
    photo, 最后一张图片) are taken by the place slot, which a caption among `records` fills (the
    caption printed there holds it, one printed elsewhere contradicts it)."""
    written = place_written(text)
    if not written or all(places(base, text, record) is None for record in records):
        return missing
    return [term for term in missing if term.casefold() not in written]
