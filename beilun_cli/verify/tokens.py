"""How a Chinese claim's words are cut. The index reads Chinese as pairs of characters, so a claim
also yields pairs that stand across two of its words (片长 of 一片长11.5公里, 章称 of 文章称, 并升 of
并升级): no word of the claim, and nothing a fact must hold. A pair is across words when each of
its characters belongs to a word beside it that is accounted for: grounded by the evidence, a
classifier with its numeral (一片, 一名), a particle, or a word of one character that needs no grounding (称,
并, 得; 长 of a length figure). The words of one character are the lexicon's (grounding.toml's
classes, units.toml's `implied`), not a list of this module's."""

from __future__ import annotations

from collections.abc import Callable, Collection

from beilun_cli.verify.residue import (
    CLASSIFIERS,
    COUNTING,
    FUNCTION_CHARACTERS,
    LISTING_CHARACTERS,
    occurrences,
)

Grounded = Callable[[str], bool]


def across_words(term: str, run: str, grounded: Grounded, single: Collection[str]) -> bool:
    """Whether a Chinese pair stands across two words wherever the claim (its rest, `run`) writes
    it: its first character ends an accounted word (the pair before it, or itself a word of one
    character in `single`) and its second begins one (the pair after it, or itself one)."""
    if len(term) != 2 or term.isascii():
        return False
    places = occurrences(run, term)
    return bool(places) and all(
        _accounted(run[at - 1 : at + 1] if at else "", term[0], grounded, single)
        and _accounted(run[at + 1 : at + 3], term[1], grounded, single)
        for at in places
    )


def _accounted(pair: str, char: str, grounded: Grounded, single: Collection[str]) -> bool:
    """Whether a character is part of a word that needs no more grounding: a particle, 等 closing a
    list, a word of one character that needs none, or the pair beside it, grounded or a classifier
    counted by a numeral (一片, 这座, 第一批 whose ordinal the reader took)."""
    if char in single or char in FUNCTION_CHARACTERS or char in LISTING_CHARACTERS:
        return True
    if len(pair) != 2 or pair.isascii():
        return False
    return (pair[0] in COUNTING and pair[1] in CLASSIFIERS) or grounded(pair)


def single_characters(*words: Collection[str]) -> frozenset[str]:
    """The words of one Chinese character among collections of terms (称 of the attribution words,
    长 of those a length figure implies)."""
    return frozenset(
        word for group in words for word in group if len(word) == 1 and "\u4e00" <= word <= "\u9fff"
    )
