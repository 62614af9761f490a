"""Classes of words grounded by what the evidence says of a slot of their own, not by a word it
uses: a class of people by age (a teenager) where the evidence gives an age within its years
(17岁), and a verb of wanting (wants to salute) where the evidence says the same verb as a
purpose (… to salute). The words are the vocabulary's (grounding.toml, `age_classes` and
`generations` and `wanting`)."""

from __future__ import annotations

import re

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

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
