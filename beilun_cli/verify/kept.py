"""What check reads of the facts' words that stays the same from one claim to the next, kept for
it: `check -` meets the same facts line after line. Each cache is bounded, so memory stays flat
over any number of lines."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

# The concepts' patterns of the last base a claim was checked against (the patterns list itself,
# kept alive here, and those of its pairs that are a concept's): a thousand pairs filtered once
# a process, not once a claim.
_CONCEPTS: list[tuple[Sequence[tuple[str, str]], list[tuple[str, str]]]] = []


def concept_patterns(patterns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (pattern, term) pairs of a base's patterns that find a concept's words, not a measure's."""
    from beilun_cli.search import analysis

    if not _CONCEPTS or _CONCEPTS[0][0] is not patterns:
        concepts = [(found, term) for found, term in patterns if term.startswith(analysis.CONCEPT)]
        _CONCEPTS[:] = [(patterns, concepts)]
    return _CONCEPTS[0][1]


@lru_cache(maxsize=4096)
def kept_signature(text: str) -> str:
    """A fact's text as concepts' words are found in it, kept for the next claim."""
    from beilun_cli.search import analysis

    return analysis.signature(text)


@lru_cache(maxsize=4096)
def name_terms(name: str) -> tuple[str, ...]:
    """A name's query terms (stemmed English words), kept: every claim looks for the same names."""
    from beilun_cli.search import analysis

    return analysis.query_terms(name)


@lru_cache(maxsize=4096)
def name_heads(name: str) -> tuple[str, ...]:
    """The first four letters of each word of an English name: a text that lacks one of them
    cannot state the name, told before stemming anything."""
    return tuple(word[:4] for word in name.split())
