"""Attributes bound to their names: where one sentence gives two names of one kind each its own
words (在“六争攻坚”当标兵、“三年攀高”争先进, a model in the Six Contests campaign, among the
advanced in the Three-Year Climb campaign), a claim that gives each name the other's words swaps
them, and is refuted (SWAPPED_ATTRIBUTES), though every word of it is grounded.

A word is bound to the one name of its clause (clauses end at punctuation, 、, and, 和: the
words that join names); a clause that names both, or neither, binds nothing (Beilun ranked first
in Ningbo on 10 indicators binds no word to either, so "ten of Beilun's indicators ranked first
in Ningbo" swaps nothing). A claim swaps
two names A and B when it binds a word to A that the fact binds to B only, and another to B
that the fact binds to A only: both ways, so that a word the fact merely repeats elsewhere (a
generic word said once of A in the claim and of B in the fact) decides nothing. A text that
writes two names with no word between them lists them (张人亚党章学堂、北仑开发开放展览馆等20个
基地; Chevron N2, the SMIC project and LNG Phase II): the words beside a list are all its
members', and bound to none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

# Clause ends, in the text with its names masked: punctuation, the enumeration comma, and "and".
_CLAUSE_END = Lazy(r"[，,。；;！？!?：:、()（）]|\band\b|\bas well as\b")
_QUOTES = Lazy(r"[“”\"「」『』《》]")  # not ' nor ’, an apostrophe as often as a quotation mark
_LATIN_WORD = Lazy(r"[a-z][a-z-]*[a-z]")
_HAN_RUN = Lazy(r"[\u4e00-\u9fff]+")

Span = tuple[int, int, str]  # start, end, the entity named there


def name_forms(names: Iterable[str], latin: bool) -> list[str]:
    """The forms a name is written in, casefolded, without quotation marks: an English name also
    without its trailing common nouns ('Six Contests' of 'Six Contests campaign'), its proper part."""
    forms: list[str] = []
    for name in names:
        plain = _QUOTES.sub("", name).strip()
        if len(plain) < 2 or plain.isascii() != latin:
            continue
        forms.append(plain.casefold())
        words = plain.split()
        while len(words) > 1 and words[-1].islower():
            words.pop()
        if latin and len(words) < len(plain.split()):
            forms.append(" ".join(words).casefold())
    return forms


def _mentions(text: str, named: Mapping[str, Sequence[str]], latin: bool) -> list[Span]:
    """Where the text names each entity, the longest name first, none inside another."""
    forms = sorted(
        ((form, entity) for entity, names in named.items() for form in names), key=lambda f: -len(f[0])
    )
    taken = [False] * len(text)
    found: list[Span] = []
    for form, entity in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            bounded = not latin or (
                (start == 0 or not text[start - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
            )
            if bounded and not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                found.append((start, end, entity))
            start = text.find(form, start + 1)
    return sorted(found)


def _joins_names(gap: str, latin: bool) -> bool:
    """Whether the text between two names only joins them: punctuation, or a word that joins
    names (和, 、, and: `words.toml` [conjunctions] names)."""
    for word in lexicon.conjunction_words("names", "en" if latin else "zh"):
        gap = re.sub(rf"\b{re.escape(word)}\b" if latin else re.escape(word), " ", gap)
    return not any(char.isalnum() for char in gap)


def _units(clause: str, offset: int, latin: bool) -> list[tuple[int, int, str]]:
    """The clause's words (English, less its stop words and a plural's s) or pairs of Chinese
    characters, each with its place in the text."""
    if latin:
        stop = lexicon.stop_words("en")
        return [
            (offset + m.start(), offset + m.end(), m.group().removesuffix("s"))
            for m in _LATIN_WORD.finditer(clause)
            if m.group() not in stop
        ]
    pairs = []
    for run in _HAN_RUN.finditer(clause):
        word = run.group()
        pairs += [
            (offset + run.start() + i, offset + run.start() + i + 2, word[i : i + 2])
            for i in range(len(word) - 1)
        ]
    return pairs


def bindings(text: str, named: Mapping[str, Sequence[str]], latin: bool) -> dict[str, set[str]]:
    """Each word of the text and the entities it is bound to (the one its clause names)."""
    text = _QUOTES.sub("", text).casefold()
    mentions = _mentions(text, named, latin)
    if len(mentions) < 2:
        return {}
    for (_, end, _), (start, _, _) in zip(mentions, mentions[1:], strict=False):
        if _joins_names(text[end:start], latin):
            return {}  # two names side by side (A、B等, A, B and C): a list, whose words are all its members'
    masked = list(text)
    for start, end, _ in mentions:
        masked[start:end] = ["\0"] * (end - start)
    plain = "".join(masked)
    bound: dict[str, set[str]] = {}
    start = 0
    joining = lexicon.conjunction_words("names", "en" if latin else "zh")
    ends = [m.span() for m in _CLAUSE_END.finditer(plain)]
    if not latin:  # and 和, 与, 及: a clause of one name ends where another is joined to it
        ends += [(m.start(), m.end()) for word in joining for m in re.finditer(re.escape(word), plain)]
    ends = sorted(ends) + [(len(plain), len(plain))]
    for end, after in ends:
        named_here = {m[2] for m in mentions if start <= m[0] and m[1] <= end}
        if len(named_here) == 1:
            (entity,) = named_here
            for _, _, unit in _units(plain[start:end].replace("\0", " "), start, latin):
                bound.setdefault(unit, set()).add(entity)
        start = after
    return bound


def swapped(
    claim: str, fact_texts: Sequence[str], named: Mapping[str, Sequence[str]], latin: bool
) -> tuple[str, str, str, str] | None:
    """(A, B, a word the claim gives A and the fact B, a word the claim gives B and the fact A),
    of two entities of one kind, `named` by their forms (`name_forms`), or None."""
    claimed = bindings(claim, named, latin)
    if not claimed:
        return None
    stated: dict[str, set[str]] = {}
    for text in fact_texts:
        for unit, entities in bindings(text, named, latin).items():
            stated.setdefault(unit, set()).update(entities)
    crossed: dict[tuple[str, str], str] = {}
    for unit, entities in claimed.items():
        if len(entities) != 1 or unit not in stated:
            continue
        (own,) = entities
        if own not in stated[unit]:
            for other in stated[unit]:
                crossed.setdefault((own, other), unit)
    for (own, other), unit in sorted(crossed.items()):
        back = crossed.get((other, own))
        if back is not None:
            return own, other, unit, back
    return None
