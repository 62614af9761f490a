"""ranking.best with a limit skips scoring every holder of a common term (MaxScore pruning): it
must give exactly what scoring every fact gives, the same facts, scores, order and count."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import hypothesis
from hypothesis import strategies as st

from beilun_cli.search import ranking


class Source:
    """A posting source from a table of term -> positions (term frequency 1 or 2)."""

    def __init__(self, count: int, held: dict[str, list[tuple[int, int]]], norms: list[float]) -> None:
        self.count = count
        self.held = held
        self.norms: Sequence[float] = norms

    def postings(self, term: str) -> ranking.PostingList:
        pairs = self.held.get(term, [])
        return ranking.PostingList(array("I", [number for pair in pairs for number in pair]))

    def knows(self, term: str) -> bool:
        return term in self.held


@st.composite
def bases(draw: st.DrawFn) -> tuple[Source, list[str], int]:
    count = draw(st.integers(min_value=1, max_value=60))
    terms = ["common", "rare", "other", "asked"]
    held: dict[str, list[tuple[int, int]]] = {}
    for term in terms:
        share = 0.9 if term == "common" else draw(st.floats(min_value=0.0, max_value=0.5))
        positions = [p for p in range(count) if draw(st.floats(min_value=0, max_value=1)) < share]
        held[term] = [(p, draw(st.integers(min_value=1, max_value=3))) for p in positions]
    norms = [draw(st.floats(min_value=0.5, max_value=2.5)) for _ in range(count)]
    limit = draw(st.integers(min_value=1, max_value=8))
    return Source(count, held, norms), draw(st.permutations(terms)), limit


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(bases(), st.none() | st.sets(st.integers(min_value=0, max_value=59)))
def test_pruned_best_is_the_full_ranking_cut(
    base: tuple[Source, list[str], int], allowed: set[int] | None
) -> None:
    source, terms, limit = base
    weights = {"asked": 0.6}
    full, matched = ranking.best(source, terms, weights, None, allowed)  # every fact scored
    pruned, pruned_matched = ranking.best(source, terms, weights, limit, allowed)
    assert pruned_matched == matched
    assert [(hit.position, hit.score) for hit in pruned] == [
        (hit.position, hit.score) for hit in full[:limit]
    ]


def test_a_common_term_is_pruned_when_rarer_terms_decide() -> None:
    # 100 facts all holding "beilun"; five holding "forest": the best three are forest facts.
    held = {"beilun": [(p, 1) for p in range(100)], "forest": [(p, 1) for p in range(0, 50, 10)]}
    source = Source(100, held, [1.2] * 100)
    hits, matched = ranking.best(source, ["beilun", "forest"], None, 3)
    assert matched == 100
    assert [hit.position for hit in hits] == [0, 10, 20]
