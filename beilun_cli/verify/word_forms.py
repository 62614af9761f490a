"""English words made of a verb the evidence holds and a prefix that adds what the evidence says in
words of its own: rebuild is build where the article says it is built up once again (再度构筑);
and adjectives made of a noun and a suffix that says the noun is what a thing rests on (unit-based,
region-based), whose noun is the word to ground. The prefix, the words and the suffixes are the
vocabulary's (grounding.toml, `again` and `suffixes`)."""

from __future__ import annotations

import re
from functools import cache

from beilun_cli import lexicon

# The shortest verb a prefix is taken off for: shorter ones are other words' ends (re-d, re-al).
SHORTEST_VERB = 4


def repeated(term: str, said: str, held: set[str]) -> bool:
    """Whether a claim's English term (a stem: rebuild, reshap) is a verb of the evidence's (its
    terms `held`) with the prefix of repetition, where the evidence (`said`, casefolded) says the
    deed is done again."""
    prefix, _ = lexicon.again_words()
    if not term.isascii() or not term.startswith(prefix):
        return False
    verb = term[len(prefix) :]
    # Stems of one verb may end a letter apart (reshap of reshaped, shape of shaping).
    if len(verb) < SHORTEST_VERB or not any(
        word == verb or (word.startswith(verb) and len(word) == len(verb) + 1) for word in held
    ):
        return False
    return _again().search(said) is not None


@cache
def _again() -> re.Pattern[str]:
    """The words that say a deed is done again: English as whole words, Chinese as written."""
    _, words = lexicon.again_words()
    said = [rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word) for word in words]
    return re.compile("|".join(said))


def suffixed(term: str, claimed: str) -> bool:
    """Whether a claim's English term (a stem: base of based) is a suffix the claim (casefolded)
    writes after a noun and a hyphen (unit-based): it says the noun is what a thing rests on, and
    the noun is a word of the claim to ground in turn. Never the word alone (a base, focused on)."""
    if not term.isascii():
        return False
    return any(_suffix(suffix).search(claimed) for suffix in _suffixes().get(term, ()))


@cache
def _suffixes() -> dict[str, tuple[str, ...]]:
    """Each suffix by its stem (base: based), as a claim's terms are."""
    from beilun_cli.search.analysis import index_terms

    stems: dict[str, tuple[str, ...]] = {}
    for suffix in lexicon.compound_suffixes():
        for stem in index_terms(suffix):
            stems[stem] = (*stems.get(stem, ()), suffix)
    return stems


@cache
def _suffix(suffix: str) -> re.Pattern[str]:
    return re.compile(rf"[a-z]-{re.escape(suffix)}\b")
