"""A query -> weighted terms: its own words at weight 1, the same words in `asked` phrasings, the
concepts and measures it names, each below an exact match; a word of letters no fact holds read
as the pinyin of a name. Then `find` ranks the facts by them (see `ranking`)."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from beilun_cli.search.analysis import (
    ASKED,
    CONCEPT,
    content,
    found_terms,
    prepared,
    prepared_terms,
    tokens,
    word_term,
)
from beilun_cli.search.ranking import Ranked, best, rank

if TYPE_CHECKING:
    from beilun_cli.search.ranking import PostingSource

# What a fact is also found by, each weighted below a match of the fact's own words (1):
# the words of its `asked` phrasings, a concept it uses a word of, the measure its value counts.
ASKED_WEIGHT = 0.6
CONCEPT_WEIGHT = 0.5
MEASURE_WEIGHT = 0.5

# The longest key a word of letters is cut into when it spells several names or words.
MAX_PINYIN_KEY = 30


def _pinyin_words(word: str, source: PostingSource) -> list[str]:
    """The Chinese a word of letters spells, as pinyin keys: the word as one key, else cut
    into keys, longest first from its start (zhangrenyadangzhang -> 张人亚, 党章); [] when some
    of it is no key."""
    whole = source.pinyin(word)
    if whole:
        return [" ".join(whole)]
    found: list[str] = []
    start = 0
    while start < len(word):
        for end in range(min(len(word), start + MAX_PINYIN_KEY), start + 3, -1):
            names = source.pinyin(word[start:end])
            if names:
                found.append(" ".join(names))
                start = end
                break
        else:
            return []
    return found


class Query:
    """A query's weighted terms: its own (weight 1), the same in `asked` phrasings, and the
    concepts and measures it names."""

    __slots__ = ("terms", "weights")

    def __init__(self, terms: tuple[str, ...], weights: dict[str, float]) -> None:
        self.terms = terms
        self.weights = weights


def analyze(text: str, source: PostingSource) -> Query:
    """The weighted terms of a query over a posting source.

    A word of letters only that no fact holds is looked up as the pinyin of an entity's name or
    a concept's word (zhangrenya -> 张人亚, zuopengfangzi -> 左鹏 房子) and searched as that.
    """
    normal = spelled(text, source)
    own = prepared_terms(normal)
    weights = dict.fromkeys(own, 1.0)
    weights.update((ASKED + term, ASKED_WEIGHT) for term in own)
    for term in sorted(found_terms(_query_signature(normal), source.patterns)):
        weights.setdefault(term, CONCEPT_WEIGHT if term.startswith(CONCEPT) else MEASURE_WEIGHT)
    return Query(tuple(weights), weights)


def spelled(text: str, source: PostingSource) -> str:
    """A query `prepared`, with each word of letters only that no fact holds and that spells the
    pinyin of an entity's name or a concept's word replaced by that Chinese (zhangrenya -> 张人亚,
    zuopengfangzi -> 左鹏 房子): the text that is searched."""
    normal = prepared(text, source.knows)
    replaced: list[str] = []
    changed = False
    for kind, token in tokens(normal):
        if kind == "word" and token.isascii() and token.isalpha() and len(token) > 3:
            term = word_term(token)
            if term is not None and not source.knows(term) and (names := _pinyin_words(token, source)):
                replaced.append(" ".join(names))
                changed = True
                continue
        replaced.append(token)
    return " ".join(replaced) if changed else normal


def _query_signature(normal: str) -> str:
    """The signature of a query, its Chinese question words left out."""
    pieces = []
    for kind, token in tokens(normal):
        if kind == "han":
            pieces.extend(content(token))
        elif kind == "number":
            pieces.append(token.replace(",", ""))
        elif (term := word_term(token)) is not None:
            pieces.append(term)
    return f" {' '.join(pieces)} "


def find(source: PostingSource, text: str) -> list[Ranked]:
    """The facts matching a query, best first: `analyze`, then `rank`."""
    query = analyze(text, source)
    return rank(source, query.terms, query.weights)


def find_best(
    source: PostingSource,
    text: str,
    limit: int,
    allowed: Container[int] | None = None,
    *,
    count_matched: bool = True,
) -> tuple[list[Ranked], int | None]:
    """The `limit` best facts for a query among those `allowed`, and how many matched at all
    (None when not `count_matched`)."""
    query = analyze(text, source)
    return best(source, query.terms, query.weights, limit, allowed, count_matched=count_matched)
