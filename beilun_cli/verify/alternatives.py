"""Alternatives: what a claim names in the stead of what its fact names, where one excludes the
other. A place of the rank of the fact's, neither inside the other (南海 for 东海, 镇海 for 北仑,
the Pearl River Delta for the Yangtze's: the lexicon's places and their kinds), or another member
of a set of alternatives of the vocabulary (a leg for an arm: lexicon/data/alternatives.toml).

The claim's member counts as held when search's facts are weighed (a sibling sea must reach the
fact that names 东海), and a claim whose only words the fact does not ground are such a member is
refuted by it; a name of no set (an unknown place, a word) stays unstated."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from beilun_cli import lexicon
from beilun_cli.verify.places import in_its_place, places_in
from beilun_cli.verify.slot_anchor import in_its_clause

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.lexicon.records import Place
    from beilun_cli.store.catalog import Catalog

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# How many of the article's alternatives of a claim's member search is asked with in its stead.
STAND_INS = 3


class Member(NamedTuple):
    """A member of a set of alternatives as a text writes it."""

    written: str
    group: str  # "place", or the name of the set (body-part)
    ident: str  # the place's or the member's id
    place: Place | None
    names: tuple[tuple[str, ...], tuple[str, ...]]  # its Chinese names, its English names


# Bounded, and large enough for every fact's texts of a base the size of the shipped one (with
# and without its quote, in one language or both): `check -` weighs the same facts line after line.
@lru_cache(maxsize=8192)
def members_in(text: str) -> tuple[Member, ...]:
    """The members of sets of alternatives a text writes: the lexicon's places, and the members of
    alternatives.toml (Chinese names as written, English ones as whole words)."""
    # A text of both languages is read as each: its Chinese, and its English (Chinese blanked).
    english = "" if text.isascii() else _NOT_ASCII.sub(" , ", text)
    found = [
        Member(written, "place", where.id, where, (where.zh, where.en))
        for part in (text, english)
        if part
        for written, where in places_in(part)
    ]
    folded = text.casefold()
    for group, ident, zh, en, english_names in _alternatives():
        found += [Member(name, group, ident, None, (zh, en)) for name in zh if name in text]
        found += [
            Member(name, group, ident, None, (zh, en))
            for name, folded_name, whole_word in english_names
            if folded_name in folded and whole_word.search(folded)
        ]
    return tuple(found)


@cache
def _alternatives() -> tuple[
    tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[tuple[str, str, re.Pattern[str]], ...]], ...
]:
    """lexicon.alternatives(), each English name with its casefolded form (looked for first: most
    texts write none) and its pattern as a whole word, compiled once a process."""
    return tuple(
        (
            group,
            ident,
            zh,
            en,
            tuple(
                (name, name.casefold(), re.compile(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])"))
                for name in en
            ),
        )
        for group, ident, zh, en in lexicon.alternatives()
    )


def names_a_member(text: str) -> bool:
    """Whether a text names a member of a set of alternatives.toml (省体育局 of 被省体育局)."""
    return any(member.place is None for member in members_in(text))


def may_name(claim: str, proper: set[str]) -> bool:
    """Whether a claim may name a member of a set besides the places that hold the article's
    home: the start of a Chinese name, a capitalised English word (`proper`, casefolded) or a
    member's English word; told without reading the world's places."""
    chinese, english = _member_heads()
    # A Chinese head stands in the claim where one of its substrings of the head's length is one.
    if proper or any(
        claim[at : at + size] in heads for size, heads in chinese for at in range(len(claim) - size + 1)
    ):
        return True
    # Words as written, and hyphenated as one (district-level).
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", claim.casefold())) | set(
        re.findall(r"[a-z]+", claim.casefold())
    )
    return not english.isdisjoint(words)


@cache
def _member_heads() -> tuple[tuple[tuple[int, frozenset[str]], ...], frozenset[str]]:
    """lexicon.member_heads(): the Chinese ones by their length, and the English ones."""
    heads = lexicon.member_heads()
    chinese = [head for head in heads if not head.isascii()]
    sizes = sorted({len(head) for head in chinese})
    return (
        tuple((size, frozenset(head for head in chinese if len(head) == size)) for size in sizes),
        frozenset(head for head in heads if head.isascii()),
    )


def exclusive(one: Member, other: Member) -> bool:
    """Whether two members exclude each other: places of one rank neither inside the other, or
    two members of one set."""
    if one.place is not None and other.place is not None:
        return lexicon.alternative_places(one.place, other.place)
    return one.place is None and other.place is None and one.group == other.group and one.ident != other.ident


def _entails(inner: Member, outer: Member) -> bool:
    """Whether naming `inner` says `outer` too: the same member, or a place inside it (北仑 says
    浙江; 中国 does not say 江苏)."""
    if inner.place is not None and outer.place is not None:
        return lexicon.within(inner.ident, outer.ident)
    return inner.group == outer.group and inner.ident == outer.ident


def facts_text(record: FactRecord, latin: bool, *, quoted: bool = True) -> str:
    """A fact's statement in the claim's languages (an English claim may write Chinese too),
    with its quote unless not `quoted`: what names its members."""
    chinese = f"{record['claim']['zh']} {record['quote']}" if quoted else record["claim"]["zh"]
    return f"{chinese} {record['claim']['en']}" if latin else chinese


def swapped(claim: str, records: Sequence[FactRecord], latin: bool) -> list[tuple[Member, Member]]:
    """(the claim's member, the fact's) for each member of the claim the facts do not name,
    nor one that holds it or lies in it, where they name an alternative of it that the claim does
    not name: 南海 where the fact says 东海, a leg where it says an arm."""
    if not members_in(claim):
        return []  # a claim that names no member puts none in another's stead
    said = " ".join(facts_text(record, latin) for record in records)
    own = " ".join(facts_text(record, latin, quoted=False) for record in records)
    return list(_swapped(claim, said, own))


@lru_cache(maxsize=4096)
def _swapped(claim: str, said: str, own_words: str) -> tuple[tuple[Member, Member], ...]:
    """swapped, of the facts' texts with their quotes (`said`) and without (`own_words`): kept,
    as grounding weighs a candidate again once it counts words said another way."""
    claimed = members_in(claim)
    stated = members_in(said)
    # A member of a set is the fact's own claims' (its quote may hold another clause's: 市级 of
    # 17家企业入围市级…, beside the fact's 国家级).
    own = members_in(own_words)
    pairs = []
    for mine in claimed:
        held = stated if mine.place is not None else own
        if any(_entails(theirs, mine) for theirs in held):
            continue
        # The fact's member written as the claim's is first: East China Sea for the South's.
        for theirs in sorted(held, key=lambda member: member.written.isascii() != mine.written.isascii()):
            if (
                exclusive(mine, theirs)
                and not any(_entails(other, theirs) for other in claimed)
                and _in_its_place(mine, claim, theirs, said)
            ):
                pairs.append((mine, theirs))
                break
    return tuple(pairs)


def _in_its_place(mine: Member, claim: str, theirs: Member, said: str) -> bool:
    """Whether a place of the claim stands where the fact's does, the same words beside it
    (黄海之滨 for 东海之滨, 黑龙江姑娘 for 吉林姑娘), not one added elsewhere (…, in Shanghai); a
    member of a set, where a word near it is one of the clause of the fact's member (the base
    runs on government funding, for running the base on a market basis), not one in a clause of
    its own (according to the Ministry of Education, …)."""
    if mine.place is None:
        return in_its_clause(mine.written, claim, theirs.written, said)
    if mine.written.isascii():
        return bool(_neighbours(claim, mine.written) & _neighbours(said, theirs.written))
    return in_its_place(mine.written, claim.casefold(), theirs.written.casefold(), said.casefold())


def _neighbours(text: str, name: str) -> set[str]:
    """The content words nearest a name in an English text, on either side, in its clause: the
    first of four letters or more that is no stop word (shore of the East China Sea: shore)."""
    stop = lexicon.stop_words("en")
    found: set[str] = set()
    for at in re.finditer(re.escape(name.casefold()), text.casefold()):
        before = re.split(r"[,;:.!?]", text[: at.start()].casefold())[-1]
        after = re.split(r"[,;:.!?]", text[at.end() :].casefold())[0]
        for words in (reversed(_WORD.findall(before)), iter(_WORD.findall(after))):
            found |= {next((word for word in words if word not in stop), "")}
    return found - {""}


def inside(term: str, rest: str, written: str) -> bool:
    """Whether a term of the claim is written inside a member's words: an English term among
    its words' stems (south of the South China Sea), a Chinese one where it overlaps them in the
    claim (`rest`, its casefolded text with the same offsets): 处南 of 地处南海."""
    from beilun_cli.search import analysis

    if term.isascii():
        return term in analysis.query_terms(written)
    spans = [(at.start(), at.end()) for at in re.finditer(re.escape(written.casefold()), rest)]
    return any(
        start < at.end() and at.start() < stop
        for at in re.finditer(re.escape(term), rest)
        for start, stop in spans
    )


def swapped_terms(
    claim: str, rest: str, record: FactRecord, latin: bool, terms: Iterable[str]
) -> tuple[set[str], int]:
    """The claim's terms (of `terms`) written inside a member that stands in the stead of an
    alternative its fact names, and how many such members: the slot is filled, by another."""
    pairs = swapped(claim, [record], latin)
    inner = {term for term in terms for mine, _ in pairs if inside(term, rest, mine.written)}
    return inner, len(pairs)


def in_the_stead(
    claim: str, rest: str, missing: Sequence[str], records: Sequence[FactRecord], latin: bool
) -> tuple[Member, Member] | None:
    """(the fact's member, the claim's) when every word of the claim the facts do not ground
    (`missing`, maybe none) is written inside a member of the claim that stands in the stead of an
    alternative the facts name (each inside one, of one set or of two: 保留部分乡镇, of 全域撤乡镇):
    the claim puts another in the slot the fact fills."""
    pairs = swapped(claim, records, latin)
    if not all(any(inside(term, rest, mine.written) for mine, _ in pairs) for term in missing):
        return None
    for mine, theirs in pairs:
        if not missing or inside(missing[0], rest, mine.written):
            return theirs, mine
    return None


def stand_ins(claim: str, article_of: Callable[[], str], latin: bool) -> list[str]:
    """The claim with a member the article (casefolded, of `article_of`, asked only when needed)
    never writes replaced by an alternative of it that the article writes, in the claim's language
    (北仑地处东海之滨 for 北仑地处南海之滨): what search is asked besides the claim, so that the
    fact whose slot the claim fills with another member is found."""
    found: list[str] = []
    members = members_in(claim)
    article = article_of() if members else ""
    for mine in members:
        if any(name.casefold() in article for names in mine.names for name in names):
            continue
        others = [other for other in _article_members(article) if exclusive(mine, other)]
        for theirs in others[:STAND_INS]:
            names = theirs.names[1 if latin else 0]
            if names:
                found.append(claim.replace(mine.written, names[0]))
    return found


def stand_in_records(catalog: Catalog, claim: str, latin: bool) -> list[FactRecord]:
    """The facts search finds for the claim's stand-ins (stand_ins) where a member of the claim
    stands in the stead of the fact's: the article is read only when the claim names a member."""
    from beilun_cli.store.catalog import Filters

    found = []
    for text in stand_ins(claim, lambda: catalog.folded_article_text(), latin):
        for hit in catalog.ranked(text, Filters(), STAND_INS, count_matched=False)[0]:
            record = hit.fact.to_dict()
            if swapped(claim, [record], latin):
                found.append(record)
    return found


@lru_cache(maxsize=2)
def _article_members(article: str) -> tuple[Member, ...]:
    """The members the article writes, each once, in both languages."""
    seen: dict[tuple[str, str], Member] = {}
    for member in members_in(article):
        seen.setdefault((member.group, member.ident), member)
    return tuple(seen.values())
