"""The search vocabulary's own checks: a concept word, a measure's alias or an entity's alias that
would match what it does not mean.

Two kinds. A word that is ambiguous in itself is a problem of the file that holds it (the loader
rejects it): a single Chinese character, found inside any longer word (长 in 增长); an English
stop word or bare preposition, which the analyzer leaves out or which says nothing (a year is
matched as year); an English word whose stem other words share (found: founded and the past of
find). A Chinese word listed under `whole` is found only as a whole run of Chinese, so it may be
a single character. A word that occurs inside a longer word of the base's own vocabulary, of
another concept, measure or entity (数据 in 大数据, 滨海 in 滨海新区), is reported by `validate`
with the facts it would pull: the vocabulary is the dictionary that says where a word ends.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from beilun_cli.base.model import LoadedBase
from beilun_cli.search import analysis

_HAN = re.compile(f"[{analysis.HAN}]")
_ONLY_HAN = re.compile(f"[{analysis.HAN}]+")

# Prepositions that say where or how, not what: a query holds them about anything (across the
# bay, per person). Snowball's stop list, which the analyzer leaves out, lacks them.
BARE_PREPOSITIONS = frozenset(
    """
    across along alongside amid among around behind beside besides beyond despite inside near
    onto outside past per since throughout toward towards upon via within without
    """.split()
)

# English stems that unrelated words share, each with what else it matches. Search matches
# English by stems, so such a word pulls facts of the other meaning.
SHARED_STEMS = {
    "found": "found is also the past of find",
    "plant": "a plant is also vegetation",
    "save": "to save is also to rescue",
    "promot": "promoted shares its stem with promotion (investment promotion)",
    "attract": "an attraction shares its stem with attracting investment",
    "name": "named is also an honour (命名为)",
    "park": "a park is also an industrial park (园区)",
    "long": "long is also a time (how long)",
    "left": "left is a side and the past of leave",
    "rose": "rose is a flower and the past of rise",
}


def is_chinese(word: str) -> bool:
    """A word of Chinese characters only (what `whole` may mark)."""
    return _ONLY_HAN.fullmatch(analysis.normalise(word)) is not None


def word_problem(word: str, whole: bool = False, phrase: bool = True) -> str | None:
    """Why `word` would match what it does not mean, or None for a word that says what it means.

    `whole`: the word is found only as a whole run of Chinese (see `analysis.pattern`). `phrase`:
    the word is found as a phrase, its words in order (a concept's or a measure's): one word left
    once its stop words are out is then all it matches. An entity's alias is searched as text.
    """
    if _HAN.search(word):
        if len(analysis.normalise(word).strip()) == 1 and not whole:
            return (
                "is a single Chinese character, found inside longer words:"
                " list it under 'whole' or use a longer word"
            )
        return None
    words = analysis.normalise(word).split()
    if not any(char.isalpha() for char in word):
        return None  # a number or a code (246, F4): matched as written
    kept = analysis.signature(word).split()  # stems, stop words left out
    if not kept:
        return "is an English stop word, which search leaves out"
    if phrase and len(kept) == 1 and len(words) > 1:
        return f"is matched as {kept[0]!r} alone: its other words are stop words"
    if len(kept) == 1 and kept[0] in BARE_PREPOSITIONS:
        return "is a bare preposition, found in questions about anything"
    if len(kept) == 1 and kept[0] in SHARED_STEMS:
        return f"shares its stem '{kept[0]}' with unrelated words: {SHARED_STEMS[kept[0]]}"
    return None


# ---------------------------------------------------------------- a word inside a longer one


class Overlap(NamedTuple):
    """A vocabulary word inside a longer word of the vocabulary that means something else, and
    the facts that hold the longer word (the ones it would pull)."""

    word: str
    group: str  # concept 'id' or measure 'id'
    longer: str
    longer_group: str  # concept, measure or entity 'id'
    facts: tuple[str, ...]

    def __str__(self) -> str:
        more = len(self.facts) - 5
        shown = ", ".join(self.facts[:5]) + (f" and {more} more" if more > 0 else "")
        inside = f"{self.word!r} is inside {self.longer!r} ({self.longer_group})"
        return f"{self.group}: {inside}: it would pull {shown}"


def _within(base: LoadedBase) -> dict[str, frozenset[str]]:
    """group -> the longer words inside which its words keep their meaning (`within`)."""
    within = {f"concept '{concept.id}'": concept.within for concept in base.concepts.values()}
    return within | {f"measure '{measure.id}'": measure.within for measure in base.measures.values()}


def _vocabulary(base: LoadedBase) -> list[tuple[str, str, str | None]]:
    """(word, group, pattern) of every word of the vocabulary: concepts, measures, entities."""
    words: list[tuple[str, str, str | None]] = []
    for concept in base.concepts.values():
        group = f"concept '{concept.id}'"
        words += [(word, group, analysis.pattern(word, word in concept.whole)) for word in concept.words]
    for measure in base.measures.values():
        group = f"measure '{measure.id}'"
        names = (measure.name.zh, measure.name.en, *measure.aliases)
        words += [(name, group, analysis.pattern(name, name in measure.whole)) for name in names]
    for entity in base.entities.values():
        words += [(name, f"entity '{entity.id}'", analysis.pattern(name)) for name in entity.names]
    return words


def overlaps(base: LoadedBase) -> list[Overlap]:
    """Each concept word or measure name or alias inside a longer word of another group of the
    vocabulary (the vocabulary says where a word ends: 长 in 增长, 战 in 双城战略), where that
    longer word means something else: a fact holding it says, in its other language, no word of
    the shorter word's group (the translation of 增长 is growth, not a length)."""
    vocabulary = _vocabulary(base)
    within = _within(base)
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, group, found in vocabulary:
        if found is not None:
            groups.setdefault(group, []).append((word, found))
    signed = [
        (
            fact.id,
            analysis.signature(fact.claim.zh) + analysis.signature(fact.quote),
            analysis.signature(fact.claim.en),
        )
        for fact in base.facts
    ]
    result: list[Overlap] = []
    for word, group, found in vocabulary:
        whole_run = found is not None and found.startswith(" ") and _HAN.search(found) is not None
        if found is None or whole_run or group.startswith("entity"):
            continue  # a whole Chinese word is inside no run; an entity's name is its own
        chinese = _HAN.search(word) is not None
        # The group's words in the other language: what a translation of this one would say.
        translated = [pattern for other, pattern in groups[group] if (_HAN.search(other) is None) == chinese]
        for longer, longer_group, longer_found in vocabulary:
            if longer_group == group or longer_found is None or longer in within[group]:
                continue
            inside = f" {longer_found.strip()} "
            if len(inside) <= len(found) or found not in inside or inside.endswith(f"{found.rstrip()} "):
                continue  # not inside, or its head: 爱心公园 is a 公园, Feitian Awards are awards
            pulled = tuple(
                ident
                for ident, zh, en in signed
                if longer_found in (zh if chinese else en)
                and translated
                and not any(pattern in (en if chinese else zh) for pattern in translated)
            )
            if pulled:
                result.append(Overlap(word, group, longer, longer_group, pulled))
    return result
