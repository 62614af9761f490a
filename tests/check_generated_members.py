"""Membership claims generated from every fact whose own claim lists members of a kind, for
tests/check_generated.py (docs/check.md, "One of a set"):

- each member of a Chinese list closed with 等 (绿色石化、汽车制造、集成电路等重点产业) said to be one
  of its kind (汽车制造是北仑的重点产业之一): supported, as the list says it;
- each member said to be the kind's only one (北仑的重点产业只有汽车制造): refuted, the article
  names it among others;
- a member of another fact's list said to be one of this kind: not-enough-info (an open list never
  refutes an outsider);
- each member of an English list a kind opens (key industries such as A, B and C) said to be one of
  them or among them: supported; the next list's member said so: not-enough-info;
- each member of a quoted list a count closes (“青年北仑”“数字北仑”“美丽北仑”三大工程) said to be one
  of them: supported; one of one more: refuted, a wrong count; a member of another quoted list said
  to be one of them: never supported (refuted where the list's fact is the one found, as its
  members are all known).

The lists are found here by the facts' texts, not by the checker's reader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from check_generated_synonyms import NOT_SUPPORTED

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A Chinese list closed with 等, its count if any, and its kind: a noun of two to four characters
# that a particle or a punctuation mark ends (等重点产业, 等20个红色教育基地).
_ZH_LIST = re.compile(
    r"([^,，。;；:：()（）]+)等(?:\d+[个家项条]|[多一]?[个大批项])?[“\"]?([\u4e00-\u9fff]{2,4}?)"
    r"(?=[也的与于和在”\",，。、]|$)"
)
# An English list a kind opens: the kind's last two words, then its members.
_EN_LIST = re.compile(r"\b([a-z-]+ [a-z-]+) (?:such as|including) ([^.;:]+)")
_EN_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# Words before a kind that are not its own (on key industries, developing new rural businesses).
_NOT_KIND = re.compile(r"^(?:on|in|of|for|to|is|are|has|the|a|an|accelerating|developing)\s+")


_NOUN_ENDS = "业目态作能地品区馆"


class MemberList(NamedTuple):
    fact: FactRecord
    members: list[str]  # the first, which may hold the words before it, left out
    kind: str


def zh_lists(records: Sequence[FactRecord]) -> list[MemberList]:
    found = []
    for record in records:
        for match in _ZH_LIST.finditer(record["claim"]["zh"]):
            items = [item.strip("“”") for item in re.split(r"、|和|及", match.group(1)) if item.strip("“”")]
            kind = match.group(2)
            # A kind is a noun (重点产业, 新型业态, 功能), not the verb after a list (倾力打造, 入手).
            if len(items) >= 3 and kind[-1] in _NOUN_ENDS:
                found.append(MemberList(record, items[1:], kind))
    return found


def en_lists(records: Sequence[FactRecord]) -> list[MemberList]:
    found = []
    for record in records:
        for match in _EN_LIST.finditer(record["claim"]["en"]):
            members = []
            for item in _EN_SEPARATOR.split(match.group(2)):
                if len(item.split()) > 3 or re.search(r"\b(?:is|are|Beilun)\b", item):
                    break  # the list has ended (…, Beilun is strengthening)
                members.append(item.strip())
            kind = _NOT_KIND.sub("", match.group(1))
            # A kind of things, in the plural (key industries), not a state (under construction).
            if len(members) >= 3 and " " in kind and kind.endswith("s"):
                found.append(MemberList(record, members, kind))
    return found


def outsiders(lists: Sequence[MemberList], at: int, said: str) -> list[str]:
    """The members of the list after the `at`th that the text `said` of its fact does not write:
    outsiders to that list."""
    return [member for member in lists[(at + 1) % len(lists)].members if member not in said]


def member_of_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every member of every list. An entity's only is the
    only-listed family's (check_generated_lists.py)."""
    named = {name for entity_names in names.values() for name in entity_names}
    lists = zh_lists(records)
    for at, (record, members, kind) in enumerate(lists):
        others = outsiders(lists, at, record["claim"]["zh"] + record["quote"])
        for member in members:
            yield record["id"], "member-one-of", "zh", f"{member}是北仑的{kind}之一", SUPPORTED
            if member not in named:
                yield record["id"], "member-only", "zh", f"北仑的{kind}只有{member}", REFUTED
        for other in others[:1]:
            yield record["id"], "member-outsider", "zh", f"{other}是北仑的{kind}之一", NOT_ENOUGH_INFO
    english = en_lists(records)
    for at, (record, members, kind) in enumerate(english):
        others = outsiders(english, at, record["claim"]["en"])
        for other in others[:1]:
            claim = f"{other[0].upper()}{other[1:]} is one of Beilun's {kind}."
            yield record["id"], "member-outsider", "en", claim, NOT_ENOUGH_INFO
        for member in members:
            named = member[0].upper() + member[1:]
            yield record["id"], "member-one-of", "en", f"{named} is one of Beilun's {kind}.", SUPPORTED
            yield record["id"], "member-among", "en", f"{named} is among Beilun's {kind}.", SUPPORTED


# A quoted list a count closes, and the noun it counts (“青年北仑”“数字北仑”“美丽北仑”三大工程).
COUNTED = re.compile(r"((?:“[^”]{2,12}”[、和]?){2,})([二三四五六七八九十])(大|个|项)([\u4e00-\u9fff]{2})")
QUOTED = re.compile(r"“([^”]{2,12})”")
ZH_DIGITS = "零一二三四五六七八九十"


def counted_member_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every member of every quoted list a count closes. An
    outsider is no entity's name: another entity is the other-entity families'."""
    named = {name for entity_names in names.values() for name in entity_names}
    quoted = [QUOTED.findall(record["claim"]["zh"]) for record in records]
    for record in records:
        zh = record["claim"]["zh"]
        for match in COUNTED.finditer(zh):
            members = QUOTED.findall(match.group(1))
            count = ZH_DIGITS.index(match.group(2))
            if len(members) != count:
                continue
            counted = match.group(3) + match.group(4)
            more = ZH_DIGITS[count + 1] + counted
            for member in members:
                yield (
                    record["id"],
                    "member-of-counted",
                    "zh",
                    f"“{member}”是北仑的{match.group(2)}{counted}之一",
                    SUPPORTED,
                )
                yield record["id"], "member-count-moved", "zh", f"“{member}”是北仑的{more}之一", REFUTED
            strangers = [
                m for found in quoted for m in found if m not in zh and len(m) >= 3 and m not in named
            ]
            for stranger in strangers[:2]:
                claim = f"“{stranger}”是北仑的{match.group(2)}{counted}之一"
                # Refuted where the fact of the list is the one found (not another fact that names
                # the outsider): never supported.
                yield record["id"], "counted-outsider", "zh", claim, NOT_SUPPORTED
