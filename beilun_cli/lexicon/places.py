"""The vocabulary's places: their names, `part_of` chains and kinds (compiled_places.py, loaded
on first use: most commands never read the world's places), and the sets of alternatives."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from beilun_cli.lexicon import compiled

if TYPE_CHECKING:
    from beilun_cli.lexicon.records import Place


@cache
def _places() -> tuple[dict[str, Place], dict[str, Place]]:
    from beilun_cli.lexicon.compiled_places import PLACES
    from beilun_cli.lexicon.records import Place

    by_id = {row[0]: Place(*row) for row in PLACES}
    by_name = {name.casefold(): entry for entry in by_id.values() for name in (*entry.zh, *entry.en)}
    return by_id, by_name


def place(name: str) -> Place | None:
    """The place written `name` (宁波, Ningbo, 宁波市) or of that id (ningbo), else None."""
    by_id, by_name = _places()
    return by_name.get(name.casefold()) or by_id.get(name)


def chinese_places() -> tuple[dict[str, Place], frozenset[str]]:
    """The places by name (casefolded), for place() of names of Chinese characters only (no case
    to fold, no id: ids are Latin), and the first two characters of every name: a text's
    substrings are looked up only where one of them begins."""
    return _places()[1], _place_heads()


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(name[:2] for name in _places()[1])


@lru_cache(maxsize=4096)
def within(inner: str, outer: str) -> bool:
    """Whether `inner` is `outer` or lies inside it, by the part_of chain: 北仑 within 浙江."""
    found, container = place(inner), place(outer)
    by_id = _places()[0]
    while found is not None and container is not None:
        if found.id == container.id:
            return True
        found = by_id.get(found.part_of) if found.part_of else None
    return False


def suffix_led_places() -> tuple[str, ...]:
    """The places' Chinese names that begin with a character of a place's suffix (镇海 with 镇),
    longest first: read without loading the world's places."""
    return compiled.SUFFIX_LED_PLACES


def member_heads() -> tuple[str, ...]:
    """The first two characters of the Chinese names of the members of sets of alternatives (but
    the places that hold the article's home) and their one-word English names: read without
    loading the world's places."""
    return compiled.MEMBER_HEADS


def alternative_places(one: Place, other: Place) -> bool:
    """Whether two places exclude each other: of kinds of one rank (a sea and a sea, a province
    and a municipality, two districts), neither inside the other (东海 and 南海, 北仑 and 镇海)."""
    from beilun_cli.lexicon.compiled_places import PLACE_KINDS

    ranked = any(one.kind in kinds and other.kind in kinds for kinds in PLACE_KINDS)
    return ranked and not within(one.id, other.id) and not within(other.id, one.id)


def alternatives() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """The members of the sets of alternatives (alternatives.toml): (a set, a member, its
    Chinese names, its English names). One member excludes another of its set: an arm, a leg."""
    from beilun_cli.lexicon.compiled_places import ALTERNATIVES

    return ALTERNATIVES


def siblings(name: str) -> tuple[Place, ...]:
    """The other places part of the same place: 宁波 -> 杭州, 温州... (none for a place of nothing)."""
    found = place(name)
    if found is None or found.part_of is None:
        return ()
    return tuple(
        entry for entry in _places()[0].values() if entry.part_of == found.part_of and entry.id != found.id
    )
