"""The anchor of a member of a set of alternatives: whether the claim puts it in the slot where
the fact has its own member (教育部表彰 for 中宣部表彰; the base runs on government funding, for
running the base on a market basis), or names it in a clause of its own, beside nothing of the
fact's (according to the Ministry of Education, …; 据教育部消息, …): only the first is an
alternative of the fact's member, the second an unstated detail."""

from __future__ import annotations

import re

from beilun_cli.read.lazy_regex import Lazy

# What ends a clause, in either language.
_CLAUSE_END = Lazy(r"[,;:.!?，；：。！？、]")
_NOT_ASCII = Lazy(r"[^\x00-\x7f]+")
_ASCII = Lazy(r"[\x00-\x7f]+")
# How many terms on each side of the claim's member stand near it: English words, Chinese
# characters (read as bigrams).
NEAR_WORDS = 3
NEAR_CHARACTERS = 4


def in_its_clause(mine: str, claim: str, theirs: str, said: str) -> bool:
    """Whether a term near the claim's member (`mine`), in its clause, is a term of the clause of
    the fact's member (`theirs`) in the fact's text (`said`), neither member's own words counted."""
    near = _near_terms(claim, mine)
    if not near:
        return False
    if mine.isascii() != theirs.isascii():
        # The fact's member written in the other language only (全域, for only some): its words
        # cannot be met across languages, so the fact's text in the claim's language stands for
        # its clause.
        clauses = [_NOT_ASCII.compiled.sub(" , ", said) if mine.isascii() else _ASCII.compiled.sub(" ", said)]
    else:
        clauses = [_clause_around(said, at.start(), at.end()) for at in _found(said, theirs)]
    return any(near & (_terms(clause) - _terms(theirs)) for clause in clauses)


def _near_terms(claim: str, member: str) -> set[str]:
    from beilun_cli.search import analysis

    found: set[str] = set()
    for at in _found(claim, member):
        before = _CLAUSE_END.compiled.split(claim[: at.start()])[-1]
        after = _CLAUSE_END.compiled.split(claim[at.end() :])[0]
        if member.isascii():
            words = analysis.query_terms
            found |= set(words(before)[-NEAR_WORDS:]) | set(words(after)[:NEAR_WORDS])
        else:
            found |= _terms(before[-NEAR_CHARACTERS:]) | _terms(after[:NEAR_CHARACTERS])
    return found - _terms(member)


def _clause_around(text: str, start: int, stop: int) -> str:
    return _CLAUSE_END.compiled.split(text[:start])[-1] + " " + _CLAUSE_END.compiled.split(text[stop:])[0]


def _terms(text: str) -> set[str]:
    from beilun_cli.search import analysis

    return set(analysis.query_terms(text))


def _found(text: str, name: str) -> list[re.Match[str]]:
    return list(re.finditer(re.escape(name.casefold()), text.casefold()))
