"""Places a claim or a fact writes, by the lexicon's names, and whether a claim's place stands
where the fact's does (the first Suzhou Film... for the first Ningbo Film...)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.lexicon.records import Place

# The place the article is about: a claim may name it beside any fact.
HOME = frozenset({"beilun"})
# The kinds of entity whose figures are their own, not the home place's: an area, an investment.
_OWN_EXTENT_KINDS = frozenset({"place", "project"})


def of_another_place(
    text: tuple[str, str],
    subject: str | None,
    kinds: Mapping[str, str],
    names: tuple[Sequence[str], Sequence[str]],
    measures: tuple[Sequence[str], Sequence[str]],
) -> bool:
    """Whether a fact's figure, of `subject`, is another place's than the one the claim gives it
    to. The claim (`text`: its words, and those but its names and figures) writes a measure (of
    `measures`: the fact's names, the claim's) as the home place's own (北仑区陆域面积, Beilun's
    land area; the home's names are the first of `names`), names the fact's subject by no word of
    its names (the second) but the fact's measure's, and the subject is a place or a project of
    its own: the 6.7 km² of Dagang, the 38 km² of an eco zone are no area of Beilun's; a
    programme's count (92 canteens) is Beilun's. Then it neither supports nor refutes."""
    if subject is None or subject in HOME or kinds.get(subject) not in _OWN_EXTENT_KINDS:
        return False
    folded, rest = (written.casefold() for written in text)
    home_names, subject_names = names
    homes = [home.casefold() for home in home_names]
    if not any(
        _homes_measure((folded, rest), home, m.casefold())
        for home in homes
        for m in (*measures[0], *measures[1])
    ):
        return False
    # The fact's measure's words name no subject (年产 of 年产能, of a project named 年产20万套…).
    for measure in sorted((m.casefold() for m in measures[0]), key=len, reverse=True):
        rest = rest.replace(measure, " ")
    return not _own_words(subject_names, home_names) & _own_words([rest], home_names)


def _own_words(names: Sequence[str], home_names: Sequence[str]) -> set[str]:
    """The words of names but the home place's: English words of four letters or more, pairs of
    Chinese characters (大港社区: 大港, 港社, 社区)."""
    home = " ".join(home_names).casefold()
    words: set[str] = set()
    for name in (n.casefold() for n in names):
        words.update(w for w in _ENGLISH_WORD.findall(name) if w not in home)
        words.update(
            a + b
            for a, b in zip(name, name[1:], strict=False)
            if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff" and a + b not in home
        )
    return words


# Between the home place and its measure's name: at most a district's word, a possessive and two
# characters or two words (北仑区陆域面积, Beilun's land area).
_BETWEEN = r"(?:区|district)?(?:的|'s|’s)?\s*(?:[\u4e00-\u9fff]{0,2}|(?:[a-z]+\s+){0,2})"


def _homes_measure(text: tuple[str, str], home: str, measure: str) -> bool:
    """Whether a claim (`text`: its words, and those but its names and figures, casefolded)
    writes the measure as the home place's own, outside any name (企业 of 北仑区重点企业…座谈会,
    a meeting's name, is no measure of Beilun's)."""
    folded, rest = text
    if home not in folded or measure not in rest:
        return False
    pattern = re.escape(home) + _BETWEEN + "(" + re.escape(measure) + ")"
    return any(rest[m.start(1) : m.end(1)] == measure for m in re.finditer(pattern, folded))


_ENGLISH_WORD = Lazy(r"[a-z]{4,}")
# Words that make the place after them a scope: for all of, across, throughout.
_SCOPE_BEFORE = Lazy(
    r"\b(?:for|across|throughout|all of|the whole of|all over|the rest of)\s+"
    r"(?:the\s+)?(?:whole\s+|entire\s+)?$",
    re.IGNORECASE,
)
_KIND_LAST = Lazy(r" (?:Province|City|District|County)$")


def claims_places(text: str, term: str) -> list[tuple[str, Place]]:
    """The places the claim writes that hold one of its terms (Suzhou of suzhou, 上海市 of 上海),
    each with the words that write it."""
    found: list[tuple[str, Place]] = []
    if term.isascii():
        words = [word.removesuffix("'s").removesuffix("’s") for word in re.findall(r"[A-Za-z][\w'’-]*", text)]
        for at, word in enumerate(words):
            if word.casefold().startswith(term[:4]):
                for written in (word, " ".join(words[at : at + 2]), " ".join(words[at : at + 3])):
                    where = lexicon.place(written)
                    if where is not None:
                        found.append((written, where))
        return found
    for at in _occurrences(text, term):
        for start in range(max(at - 3, 0), at + 1):
            for end in range(at + len(term), min(at + 6, len(text)) + 1):
                where = lexicon.place(text[start:end]) if end - start >= 2 else None
                if where is not None:
                    found.append((text[start:end], where))
    return found


def unsaid_place(text: str, term: str, said: str) -> bool:
    """Whether a Chinese pair of a claim (`text`) is part of a place of the lexicon it writes and
    the evidence (`said`, casefolded) does not: 珠三 of 珠三角 where the fact says 长三角 is no two
    words' edges, though 三角 is grounded."""
    return any(name.casefold() not in said for name, _ in claims_places(text, term))


def places_in(text: str) -> list[tuple[str, Place]]:
    """The lexicon's places a text writes, each with its words: Chinese names of two to five
    characters, English ones of one to three words (the East China Sea)."""
    return list(_places_in(text))


@lru_cache(maxsize=1024)
def _places_in(text: str) -> tuple[tuple[str, Place], ...]:
    """places_in, kept for the next claim: every substring of a fact's words is looked up, and
    `check -` meets the same facts line after line (bounded, so memory stays flat)."""
    found: list[tuple[str, Place]] = []
    if text.isascii():
        words = [word.removesuffix("'s").removesuffix("’s") for word in re.findall(r"[A-Za-z][\w'’-]*", text)]
        spans = [" ".join(words[at : at + size]) for at in range(len(words)) for size in (1, 2, 3)]
    else:
        named, heads = lexicon.chinese_places()
        # Every substring from `at` begins with its first two characters: looked up only where
        # those begin a place's name.
        for run in re.findall(r"[\u4e00-\u9fff]+", text):
            for at in range(len(run)):
                if run[at : at + 2] not in heads:
                    continue
                for size in range(2, 6):
                    where = named.get(run[at : at + size])
                    if where is not None:
                        found.append((run[at : at + size], where))
        return tuple(found)
    for span in spans:
        where = lexicon.place(span)
        if where is not None:
            found.append((span, where))
    return tuple(found)


def in_its_place(mine: str, claim: str, theirs: str, said: str) -> bool:
    """Whether the claim's place stands where the fact's stands: the same words just before or
    just after it (the first Suzhou Film... for the first Ningbo Film...; 杭州市第一批 for
    宁波市第一批), not a place added elsewhere (..., in Shanghai)."""
    mine = mine.casefold()
    width = 4 if mine.isascii() else 2
    at, there = claim.index(mine), said.index(theirs)
    before = claim[max(at - width, 0) : at]
    after = claim[at + len(mine) : at + len(mine) + width]
    fact_before = said[max(there - width, 0) : there]
    fact_after = said[there + len(theirs) : there + len(theirs) + width]
    if bool(before.strip()) and before == fact_before or bool(after.strip()) and after == fact_after:
        return True
    # Or the same word beside it on either side (诞生于上海 for 在北仑诞生): a Chinese pair of
    # characters that are no particles, or an English word of four letters or more.
    near = width + 1
    return bool(
        _beside(claim[max(at - near, 0) : at + len(mine) + near], mine)
        & _beside(said[max(there - near, 0) : there + len(theirs) + near], theirs)
    )


def _beside(window: str, place: str) -> set[str]:
    """The words of a window around a place, but the place: pairs of Chinese characters without a
    particle, English words of four letters or more."""
    rest = window.replace(place, " ")
    if place.isascii():
        return set(_ENGLISH_WORD.findall(rest.casefold()))
    return {
        rest[at : at + 2]
        for at in range(len(rest) - 1)
        if not any(
            char in lexicon.stop_words("zh") or not "\u4e00" <= char <= "\u9fff" for char in rest[at : at + 2]
        )
    }


def _occurrences(text: str, part: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(part), text)]


# The kind of a place (the lexicon's places.toml) a first or an only may hold in, as its scope.
_SCOPE_OF_KIND = {"city": "city", "province": "province", "country": "national"}


def home_scopes(home: list[str], names_of: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """The names of the places a source is set in by the scope each is (city: 宁波, Ningbo;
    province: 浙江; national: 中国), from its home (Catalog.home: beilun, ningbo, zhejiang) and the
    lexicon's part_of beyond it (China), each with its base names (`names_of`) and lexicon names."""
    chain = list(home)
    # The base's chain ends where its entities do (Zhejiang); the lexicon's goes on (China).
    outer = lexicon.place(chain[-1]) if chain else None
    while outer is not None and outer.part_of is not None and outer.part_of not in chain:
        chain.append(outer.part_of)
        outer = lexicon.place(outer.part_of)
    scopes: dict[str, list[str]] = {}
    for entity in chain:
        where = lexicon.place(entity)
        scope = _SCOPE_OF_KIND.get(where.kind) if where is not None else None
        if scope is not None and where is not None:
            scopes.setdefault(scope, []).extend([*names_of(entity), *where.zh, *where.en])
    return scopes


def sibling_place(
    readable: str,
    latin: bool,
    missing: Sequence[str],
    records: Sequence[FactRecord],
    names: Callable[[str], list[str]],
) -> tuple[str, str] | None:
    """(the fact's place, the claim's) when a word no fact grounds (of `missing`) is a place
    that excludes one the facts put the deed in, standing in its stead (杭州 where the article
    says 宁波; 上海 where it says 北仑, which is in 宁波): neither lies inside the other (the
    lexicon's part_of). `readable` is the claim, `latin` whether it is English, `names` an
    entity's names."""
    # The fact's statement in the claim's language: the place it puts the deed in.
    statement = " ".join(record["claim"]["en" if latin else "zh"] for record in records)
    said = statement.casefold()
    claim = readable.casefold()
    theirs = facts_places(records, statement, names)
    for term in missing:
        for mine, where in claims_places(readable, term):
            for name, there in theirs:
                folded = name.casefold()
                exclusive = not lexicon.within(where.id, there.id) and not lexicon.within(there.id, where.id)
                written = folded in said and mine.casefold() in claim and folded not in claim
                if exclusive and written and in_its_place(mine, claim, folded, said):
                    return name, mine
    return None


def broader_place(
    readable: str, term: str, records: Sequence[FactRecord], names: Callable[[str], list[str]]
) -> bool:
    """Whether a word of the claim is a place that holds one the facts name (China, 浙江 where
    the article says 北仑): the fact entails it."""
    said = " ".join(" ".join((r["claim"]["zh"], r["claim"]["en"], r["quote"])) for r in records)
    theirs = facts_places(records, said, names)
    return any(
        lexicon.within(there.id, where.id) and where.id != there.id and not _scope_written(readable, written)
        for written, where in claims_places(readable, term)
        for _, there in theirs
    )


def _scope_written(readable: str, written: str) -> bool:
    """Whether the claim writes a place as the scope of what it says (the vanguard for all of
    China, across Zhejiang), which a narrower place of the fact's does not entail: a deed in
    Beilun is in China, a vanguard for Ningbo is no vanguard for all of China."""
    at = readable.casefold().find(written.casefold())
    return at >= 0 and _SCOPE_BEFORE.search(readable[:at]) is not None


def facts_places(
    records: Sequence[FactRecord], said: str, names: Callable[[str], list[str]]
) -> list[tuple[str, Place]]:
    """The places a text of the facts (`said`) writes: Beilun and its entities' names, and any
    name of the lexicon's places in it."""
    places: list[tuple[str, Place]] = []
    folded = said.casefold()
    for entity in {*HOME, *(entity for record in records for entity in record["entities"])}:
        for name in names(entity):
            found = lexicon.place(name) if name.casefold() in folded else None
            if found is not None:
                places.append((name, found))
    return places + places_in(said)


def authority_written(text: str, names: list[str]) -> str | None:
    """The authority of a place a text names (浙江省政府, the Zhejiang provincial government): one
    of the place's `names` followed by a word of the lexicon's authorities, as written; or None."""
    folded = text.casefold()
    # Zhejiang of Zhejiang Province: a place's English name without its kind, before "provincial".
    bare = [name.rsplit(" ", 1)[0] for name in names if name.isascii() and _KIND_LAST.search(name)]
    for name in sorted({*names, *bare}, key=len, reverse=True):
        start = folded.find(name.casefold())
        while start >= 0:
            end = start + len(name)
            # Of the place's own (Zhejiang's provincial sports bureau) too.
            after = folded[end:].removeprefix("'s").removeprefix("’s").lstrip(" ")
            for word in lexicon.authority_words("en" if name.isascii() else "zh"):
                if after.startswith(word.casefold()):
                    return text[start : end + len(folded[end:]) - len(after) + len(word)]
            start = folded.find(name.casefold(), end)
    return None
