"""BM25 over postings: what the scorer reads (a PostingSource of PostingLists) and how it
scores, best first, ties broken by fact order, with exact MaxScore pruning when only the best
few are wanted."""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_left
from collections.abc import Container, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol

    class PostingSource(Protocol):
        """What the scorer reads: postings in memory (Postings) or in the persistent index."""

        @property
        def count(self) -> int:
            """How many facts there are."""
            ...

        @property
        def norms(self) -> Sequence[float]:
            """BM25's length normalisation of each fact, by fact position (see length_norms)."""
            ...

        def postings(self, term: str) -> PostingList:
            """The facts holding `term`, in fact order, with how often each holds it."""
            ...

        def knows(self, term: str) -> bool:
            """Whether any fact holds `term`."""
            ...

        @property
        def patterns(self) -> Sequence[tuple[str, str]]:
            """(pattern, term) of every word of a concept or a measure: see postings.concept_patterns."""
            ...

        def pinyin(self, key: str) -> Sequence[str]:
            """The Chinese names of the entities whose pinyin is `key` (zhangrenya -> 张人亚)."""
            ...


# BM25's usual constants: term-frequency saturation and length normalisation.
K1 = 1.2
B = 0.75

# Scores are compared at this precision, so that a different summation (a persistent index,
# another platform) cannot reorder equal scores: ties always fall back to fact order.
SCORE_DIGITS = 6


def length_norms(lengths: Sequence[int]) -> tuple[float, ...]:
    """K1 * (1 - B + B * length / average length) for each fact: computed once, when indexing."""
    if not lengths:
        return ()
    average = sum(lengths) / len(lengths)
    return tuple(K1 * (1 - B + B * length / average) for length in lengths)


class PostingList:
    """The facts holding one term, in fact order, and how often each holds it: two arrays made
    from the flat array the index stores (position, frequency, position, ...) by slicing, not
    as a tuple a fact. The term 北仑 of a 100,000-fact base is held by 80,000 facts; a query
    reads it whole but looks up a handful of them (`frequency`)."""

    __slots__ = ("positions", "frequencies")

    def __init__(self, flat: array[int]) -> None:
        self.positions = flat[0::2]
        self.frequencies = flat[1::2]

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.positions, self.frequencies, strict=True)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, PostingList | list | tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PostingList({list(self)!r})"

    def frequency(self, position: int) -> int:
        """How often the fact at `position` holds the term: 0 when it does not."""
        at = bisect_left(self.positions, position)
        return self.frequencies[at] if at < len(self.positions) and self.positions[at] == position else 0


NO_POSTINGS = PostingList(array("I"))


class Ranked:
    """One fact position with its score and the query terms it matched, in query order.

    The terms are found when first asked for: a query over a large base scores thousands of
    facts and shows ten. A plain class: a dataclass or NamedTuple costs more start-up time to
    define."""

    __slots__ = ("position", "score", "_terms", "_matches")

    def __init__(self, position: int, score: float, terms: tuple[str, ...] | _Matches) -> None:
        self.position = position
        self.score = score
        self._terms = terms if isinstance(terms, tuple) else None
        self._matches = terms if not isinstance(terms, tuple) else None

    @property
    def terms(self) -> tuple[str, ...]:
        if self._terms is None:
            assert self._matches is not None
            self._terms = self._matches.of(self.position)
        return self._terms


class _Matches:
    """The postings of each scored term: which terms a hit matched is looked up when asked for."""

    __slots__ = ("held",)

    def __init__(self) -> None:
        self.held: list[tuple[str, PostingList]] = []

    def of(self, position: int) -> tuple[str, ...]:
        return tuple(term for term, entries in self.held if entries.frequency(position))


def rank(
    source: PostingSource, terms: Sequence[str], weights: Mapping[str, float] | None = None
) -> list[Ranked]:
    """BM25 of every fact holding a query term: best first, equal scores in fact order.

    A term's `weights` (1 when not given) scales what it adds.
    """
    return best(source, terms, weights)[0]


def best(
    source: PostingSource,
    terms: Sequence[str],
    weights: Mapping[str, float] | None = None,
    limit: int | None = None,
    allowed: Container[int] | None = None,
    *,
    count_matched: bool = True,
) -> tuple[list[Ranked], int | None]:
    """The `limit` best facts (all when None) of `rank` among those `allowed` (all when None),
    and how many facts matched at all (None when not `count_matched`: counting them when the
    scoring was pruned means a union of the longest postings, which `ask` and `check` never
    show). Only the best are rounded and sorted: a word of a large base matches tens of
    thousands of facts."""
    count = source.count
    if count == 0:
        return [], 0
    norms = source.norms
    matches = _Matches()
    postings: list[tuple[PostingList, float]] = []
    for term in terms:
        entries = source.postings(term)
        if not entries:
            continue
        holders = len(entries)
        weight = 1.0 if weights is None else weights.get(term, 1.0)
        postings.append((entries, weight * math.log(1 + (count - holders + 0.5) / (holders + 0.5))))
        matches.held.append((term, entries))
    pruned = None if limit is None else _best_of_rare(postings, norms, count, limit, allowed)
    matched: int | None
    if pruned is not None:
        scores = pruned
        matched = None
        if count_matched:
            union: set[int] = set()
            for entries, _ in postings:
                union.update(entries.positions)
            matched = len(union)
    else:
        scores = {}
        for entries, idf in postings:
            get = scores.get
            for position, frequency in entries:
                scores[position] = get(position, 0.0) + idf * frequency * (K1 + 1) / (
                    frequency + norms[position]
                )
        matched = len(scores)
    if allowed is not None:
        scores = {position: score for position, score in scores.items() if position in allowed}
    if limit is not None and len(scores) > limit:
        if limit <= 0:
            return [], matched
        # Scores within a rounding step of the limit-th best may tie with it once rounded.
        floor = heapq.nlargest(limit, scores.values())[-1] - 10**-SCORE_DIGITS
        scores = {position: score for position, score in scores.items() if score >= floor}
    ranked = [Ranked(position, round(score, SCORE_DIGITS), matches) for position, score in scores.items()]
    ranked.sort(key=lambda hit: (-hit.score, hit.position))
    return (ranked if limit is None else ranked[:limit]), matched


# A term held by more than this share of the facts (北仑 in a base about Beilun) is "common":
# its postings are long and its weight small.
COMMON_SHARE = 0.1


def _best_of_rare(
    postings: Sequence[tuple[PostingList, float]],
    norms: Sequence[float],
    count: int,
    limit: int,
    allowed: Container[int] | None,
) -> dict[int, float] | None:
    """The scores of the facts that can be among the `limit` best, without scoring every holder
    of a common term; None when that cannot be shown (then every fact is scored).

    This is MaxScore pruning, exact: a fact holding only common terms scores at most what those
    terms can add (BM25's term-frequency part stays below K1 + 1). When the `limit`-th best of
    the facts holding a rarer term scores more than that, no other fact can reach the best, so
    only those facts are scored, and of them only those whose rarer terms leave them a chance,
    in full (their common terms found by bisection, each score summed in query order as the
    full scoring sums it). A query for Beilun in a base of 100,000 facts about it scored its
    80,000 holders of 北仑 a call; now it scores a few hundred holders of its other words.
    """
    common = {index for index, (entries, _) in enumerate(postings) if len(entries) > count * COMMON_SHARE}
    if not common or len(common) == len(postings) or limit <= 0:
        return None
    # What each rarer term adds to each fact holding it; the facts holding one are the candidates.
    adds: list[dict[int, float] | None] = []
    rare: dict[int, float] = {}
    for index, (entries, idf) in enumerate(postings):
        if index in common:
            adds.append(None)
            continue
        adding = {
            position: idf * frequency * (K1 + 1) / (frequency + norms[position])
            for position, frequency in entries
        }
        adds.append(adding)
        get = rare.get
        for position, value in adding.items():
            rare[position] = get(position, 0.0) + value
    if allowed is not None:
        rare = {position: value for position, value in rare.items() if position in allowed}
    if len(rare) < limit:
        return None
    ceiling = sum(postings[index][1] * (K1 + 1) for index in common)
    # A candidate's rarer terms are a floor of its score and, with the ceiling, a roof: one whose
    # roof is below the `limit`-th best floor cannot be among the best (the margin covers the
    # rounding of sums), so it is not scored in full.
    bar = heapq.nlargest(limit, rare.values())[-1] - ceiling - 2 * 10**-SCORE_DIGITS
    scores: dict[int, float] = {}
    for position, floor in rare.items():
        if floor < bar:
            continue
        score = 0.0
        for (entries, idf), added in zip(postings, adds, strict=True):
            if added is not None:
                if position in added:
                    score += added[position]
                continue
            frequency = entries.frequency(position)
            if frequency:
                score += idf * frequency * (K1 + 1) / (frequency + norms[position])
        scores[position] = score
    if heapq.nlargest(limit, scores.values())[-1] <= ceiling + 10**-SCORE_DIGITS:
        return None  # a fact of common terms only might still rank among the best
    return scores
