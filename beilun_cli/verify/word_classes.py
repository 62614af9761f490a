"""Classes of words grounded by what the evidence says of a slot of their own, not by a word it
uses: a class of people by age (a teenager) where the evidence gives an age within its years
(17岁), a verb of wanting (wants to salute, 希望…献礼) where the evidence says the same verb as a
purpose (… to salute, ,以…献礼), and where in the article a thing stands (The article opens with)
where the evidence stands there. The words are the vocabulary's (grounding.toml, `age_classes`,
`generations`, `wanting` and `positions`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# An age the evidence gives: 17岁, a 17-year-old, aged 80, 80 years old.
_AGE = Lazy(r"(\d{1,3})\s*(?:周岁|岁)|(\d{1,3})-year-old|\baged (\d{1,3})\b|\b(\d{1,3}) years old\b")
# The verb after a verb of wanting in the claim (wants to salute, is keen to build).
_WANTED_VERB = r"\b{}\s+to\s+([a-z]{{3,}})\b"


def aged(term: str, classes: list[tuple[frozenset[str], int, int]], said: str) -> bool:
    """Whether a claim's term is of a class of people by age and the evidence (`said`) gives an
    age within the class's years."""
    years = [(low, high) for terms, low, high in classes if term in terms]
    if not years:
        return False
    ages = [int(next(group for group in match.groups() if group)) for match in _AGE.finditer(said)]
    return any(low <= age <= high for low, high in years for age in ages)


def wanted(
    term: str, wanting: list[tuple[str, frozenset[str]]], purpose: tuple[str, ...], said: str, claimed: str
) -> bool:
    """Whether a claim's term is a verb of wanting it writes before "to" and a verb, and the
    evidence (`said`, casefolded) says that verb after a word of purpose (to, in order to)."""
    for word, terms in wanting:
        if term not in terms:
            continue
        for match in re.finditer(_WANTED_VERB.format(re.escape(word)), claimed):
            verb = match.group(1)
            if any(re.search(rf"\b{re.escape(before)}\s+{verb}\b", said) for before in purpose):
                return True
    return False


def generation(term: str, said: str, claimed: str) -> bool:
    """Whether a claim's term is a decade it writes as a generation (post-80s) and the evidence
    (`said`, casefolded) names that generation (80后, post-80s)."""
    if re.fullmatch(r"\d0s", term) is None:
        return False
    prefix, suffix = lexicon.generation_affixes()
    decade = term[:-1]
    if f"{prefix}{term}" not in claimed:
        return False
    return f"{decade}{suffix}" in said or f"{prefix}{term}" in said


# Where a Chinese clause ends: what a verb of wanting governs, and a purpose, run to it.
_CLAUSE_END = Lazy(r"[,，。;；:：!?！？]")
# Particles and function characters: a pair holding one is two words' edges (的成, 以更).
_FUNCTION = frozenset(lexicon.stop_words("zh"))


def wanted_zh(term: str, said: str, claimed: str) -> bool:
    """Whether a claim's Chinese term is a verb of wanting it writes (希望) and the evidence
    (`said`) says, after a word of purpose (,以, 为了, 力争), a clause that shares a word with what
    the claim's clause says after the verb: the deed aimed at, not one said done."""
    verbs, purposes = lexicon.wanting_words_zh()
    for verb in (verb for verb in verbs if term in _pairs(verb) and verb in claimed):
        wanted = {pair for at in _after(claimed, verb) for pair in _pairs(at)}
        aimed = {pair for purpose in purposes for at in _after(said, purpose) for pair in _pairs(at)}
        if wanted & aimed:
            return True
    return False


def _after(text: str, word: str) -> list[str]:
    """The clauses that follow each time a text writes a word, to the clause's end."""
    clauses = []
    start = text.find(word)
    while start >= 0:
        rest = text[start + len(word) :]
        end = _CLAUSE_END.compiled.search(rest)
        clauses.append(rest[: end.start()] if end else rest)
        start = text.find(word, start + 1)
    return clauses


def _pairs(text: str) -> set[str]:
    """A Chinese text's pairs of characters that hold no particle (献礼, 成绩; not 的成)."""
    return {
        text[at : at + 2]
        for at in range(len(text) - 1)
        if all("\u4e00" <= char <= "\u9fff" and char not in _FUNCTION for char in text[at : at + 2])
    }


def placed(
    term: str, claimed: str, records: Sequence[FactRecord], last_paragraph: Callable[[str], int]
) -> bool:
    """Whether a claim's term is of where in the article a thing stands, said of the article
    (The article opens with, 文章开头的), and one of the evidence stands there: in its source's
    first paragraph (opening) or its last (closing, `last_paragraph` of a source's id)."""
    for place, pattern in _positions().items():
        if term not in _position_terms()[place] or pattern.search(claimed) is None:
            continue
        for record in records:
            source = record["source"]
            first = 1 if place == "opening" else last_paragraph(source["id"])
            if source["paragraph"] == first:
                return True
    return False


@cache
def _position_terms() -> dict[str, frozenset[str]]:
    from beilun_cli.search.analysis import index_terms

    def terms(word: str) -> list[str]:  # as a claim's terms are: stems, or Chinese pairs
        return index_terms(word) if word.isascii() else [word[at : at + 2] for at in range(len(word) - 1)]

    return {
        place: frozenset(term for word in words for term in terms(word))
        for place, words in lexicon.position_words().items()
    }


@cache
def _positions() -> dict[str, re.Pattern[str]]:
    """Per place in the article, its words said of the article's text: the article opens with,
    文章开头, 文中结尾处."""
    sources = lexicon.article_sources()
    patterns = {}
    for place, words in lexicon.position_words().items():
        zh = "|".join(re.escape(word) for word in words if not word.isascii())
        en = "|".join(re.escape(word) for word in words if word.isascii())
        zh_sources = "|".join(re.escape(word) for word in sources if not word.isascii())
        en_sources = "|".join(re.escape(word) for word in sources if word.isascii())
        patterns[place] = re.compile(rf"(?:{zh_sources})的?(?:{zh})|\b(?:{en_sources})(?:'s)?\s+(?:{en})\b")
    return patterns
