"""How a Chinese claim's words are cut. The index reads Chinese as pairs of characters, so a claim
also yields pairs that stand across two of its words (片长 of 一片长11.5公里, 章称 of 文章称, 并升 of
并升级): no word of the claim, and nothing a fact must hold. A pair is across words when each of
its characters belongs to a word beside it that is accounted for: grounded by the evidence, a
classifier with its numeral (一片, 一名), a particle, or a word of one character that needs no grounding (称,
并, 得; 长 of a length figure). The words of one character are the lexicon's (grounding.toml's
classes, units.toml's `implied`), not a list of this module's."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.residue import (
    CLASSIFIER_PAIR,
    CLASSIFIERS,
    COUNTING,
    FUNCTION_CHARACTERS,
    LISTING_CHARACTERS,
    occurrences,
)

if TYPE_CHECKING:
    from beilun_cli.search.ranking import PostingSource

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


def explained_characters(terms: Sequence[str], knows: Callable[[str], bool]) -> set[str]:
    """The characters of a claim's pairs that some fact holds: a pair no fact holds is two words'
    edges when one of its characters is already part of a word (国际|机场: 际机), and a word of its
    own when neither is (机场)."""
    return {char for term in terms if len(term) == 2 and not term.isascii() and knows(term) for char in term}


def weighted_terms(
    terms: Sequence[str],
    source: PostingSource,
    concept_words: dict[str, set[str]],
    proper: Collection[str],
    explained: Collection[str],
) -> dict[str, float]:
    """A claim's terms that say something, each weighted by how rare it is in the base: no number,
    counted classifier (一条), lone Chinese character or pair with a particle (聚的, 是一), and no
    term no fact holds unless it still tells something (`telling`)."""
    count = max(source.count, 1)
    weights: dict[str, float] = {}
    for term in terms:
        if term.replace(".", "").isdigit() or CLASSIFIER_PAIR.match(term):
            continue
        if len(term) == 1 and not term.isascii():
            continue  # a character left between two names: a word's edge, not a word
        if len(term) == 2 and any(char in FUNCTION_CHARACTERS for char in term):
            continue  # 聚的, 是一: a word's edge and a particle, rarely a word of its own
        # An English word no fact uses weighs as its concept's when facts use another word of
        # it (footpath: trail); Chinese concept words are found inside the facts' own runs.
        concepts = [c for c, words in concept_words.items() if term in words and term.isascii()]
        found = len(source.postings(term)) or sum(len(source.postings(c)) for c in concepts)
        if not found and not telling(term, source.knows, proper, explained):
            continue
        weights[term] = math.log(1 + (count - found + 0.5) / (found + 0.5))
    return weights


def telling(
    term: str, knows: Callable[[str], bool], proper: Collection[str], explained: Collection[str]
) -> bool:
    """Whether a word no fact holds still tells something: a name (an English word written with a
    capital, one of `proper`), Chinese with a character the base never uses, or a pair of
    characters no other pair of the claim explains (机场, 民政; `explained`). Other such words are a
    reporter's own (goods) or a pair across two words (际机): they decide nothing."""
    if term.isascii():
        return any(word.startswith(term) for word in proper)
    if not all(knows(char) for char in term):
        return True
    return len(term) == 2 and not any(char in explained for char in term)


def content_terms(terms: Sequence[str], weights: dict[str, float]) -> list[str]:
    """The claim's words that a supporting fact must ground: its weighted words, and its words no
    fact holds (railway, Suzhou): a word of the claim's own is a thing it states. Not a Chinese
    pair with a particle or 等 (上海 of 在上海 is one, 在上 is not)."""
    content = list(weights)
    for term in terms:
        if term in weights or not term.isalpha():
            continue
        if term.isascii():
            if len(term) > 2:
                content.append(term)
        elif len(term) == 2 and not CLASSIFIER_PAIR.match(term):
            if not any(char in FUNCTION_CHARACTERS or char in LISTING_CHARACTERS for char in term):
                content.append(term)
    return content
