"""Closed sets of siblings: a list a fact closes (no 等, "and others") whose members share an
affix (“青年北仑”“数字北仑”“美丽北仑”三大工程: 北仑, Youth/Digital/Beautiful Beilun: Beilun;
“生态之美”“品质之美”…: 之美). A name of the claim's with that affix that is none of the members
(“智造北仑”, Green Beilun) is a sibling outside the set: the article names all the set's members,
so a claim that counts it in (the three programmes are Youth, Digital and Green Beilun; Green
Beilun is one of them) is refuted, and one that denies it (Healthy Beilun is not one of them) is
supported. The affix is the members' own, found in the fact's words: no list of names is kept."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.members import zh_lists

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A Chinese sibling is a coined name, quoted as the set's members are (“智造北仑”): unquoted, two
# characters before the affix are as often a time or a verb (当前北仑, 发展北仑), no name.
_ZH_OPEN = '“"'
_ZH_CLOSE = '”"'
# Characters no modifier holds: a copula, a negation, particles (不是北仑 is no name).
_ZH_NOT_MODIFIER = Lazy(r"[“”\"、,，和及与是为:：;；。不非的了在也都把被将就 ]")
# Words before an English affix that are no modifier of a name (the Beilun, in Beilun).
_NOT_MODIFIER = frozenset(
    "the a an in of and or for to by with at on from as is are was were its his her their this that".split()
)
_SHORTEST_AFFIX = 2  # characters of a Chinese affix (北仑, 之美); an English one is a word


class ClosedSet:
    """The members of a closed list of siblings (Chinese casefolded, English as named) and their affixes:
    Chinese (a suffix the Chinese members share) and English (a last word the English names of
    the members' entities share, "" when they have none). A plain class: a NamedTuple costs a
    one-shot `check` its definition at start-up."""

    __slots__ = ("members", "english", "affix", "english_affix")

    def __init__(
        self, members: tuple[str, ...], english: tuple[str, ...], affix: str, english_affix: str
    ) -> None:
        self.members = members
        self.english = english
        self.affix = affix
        self.english_affix = english_affix


def closed_sets(record: FactRecord, names_of: Callable[[str], Sequence[str]]) -> list[ClosedSet]:
    """The closed lists of siblings of a fact's Chinese claim, with the English names of the
    members that are its entities (`names_of` gives an entity's names, Chinese first)."""
    found = []
    for members, affix in _sibling_lists(record["claim"]["zh"]):
        english: list[str] = []
        for member in members:
            for entity in record["entities"]:
                names = names_of(entity)
                if names and names[0] == member:
                    english += [name for name in names[1:] if name.isascii()]
        lasts = {name.split()[-1] for name in english if " " in name}
        english_affix = lasts.pop() if len(lasts) == 1 else ""
        members_folded = tuple(member.casefold() for member in members)
        found.append(ClosedSet(members_folded, tuple(english), affix, english_affix))
    return found


@lru_cache(maxsize=4096)
def _sibling_lists(zh: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The closed lists of a fact's Chinese claim whose members share an affix, with it; kept for
    the next claim (`check -` meets the same facts line after line)."""
    found = []
    for listed in zh_lists(zh):
        affix = os.path.commonprefix([member[::-1] for member in listed.members])[::-1]
        if listed.closed and len(affix) >= _SHORTEST_AFFIX and affix not in listed.members:
            found.append((listed.members, affix))
    # A quotation that lists items across its clauses (“责任意识强、落实行动快,服务意识强、…”):
    # closed by its quotation marks, its items that share an affix are a set of siblings.
    for quoted in _QUOTED_LIST.finditer(zh):
        items = [item for item in _QUOTED_ITEM.compiled.split(quoted.group(1)) if item]
        by_end: dict[str, list[str]] = {}
        for item in items:
            by_end.setdefault(item[-_SHORTEST_AFFIX:], []).append(item)
        for members in by_end.values():
            affix = os.path.commonprefix([member[::-1] for member in members])[::-1]
            if len(members) > 1 and affix not in members and (tuple(members), affix) not in found:
                found.append((tuple(members), affix))
    return tuple(found)


# A quotation of items separated by 、 or commas, and one item of it.
_QUOTED_LIST = Lazy(r"“([^“”]+[、,，][^“”]+)”")
_QUOTED_ITEM = Lazy(r"[、,，]")


def siblings(claimed: str, found: ClosedSet) -> list[str]:
    """The names of a claim (as written) with the set's affix that are none of its members: a
    quoted Chinese modifier as long as a member's before the affix (“智造北仑”), an English one of capitalised
    words before the English affix (Green Beilun), not a possessive's (Beilun's) nor a district's."""
    outside: list[str] = []
    lengths = {len(member) - len(found.affix) for member in found.members}
    for match in re.finditer(re.escape(found.affix), claimed):
        for length in lengths:
            start = match.start() - length
            name = claimed[start : match.end()]
            if (
                start >= 0
                and re.fullmatch(r"[\u4e00-\u9fff]+", name)
                and not _ZH_NOT_MODIFIER.search(name[:length])
                and _quoted_item(claimed, start, match.end())
                and name.casefold() not in found.members
                and lexicon.place(name[:length]) is None
            ):
                outside.append(name)
    if found.english_affix:
        affix = re.escape(found.english_affix)
        pattern = rf"((?:\b[A-Z][\w-]*\s+){{1,2}}){affix}\b(?!['’]|\s+District)"
        for match in re.finditer(pattern, claimed):
            words = match.group(1).split()
            while words and words[0].casefold() in _NOT_MODIFIER:
                words = words[1:]
            if not words or any(word.casefold() in _NOT_MODIFIER or lexicon.place(word) for word in words):
                continue
            name = " ".join([*words, found.english_affix])
            if name.casefold() not in {member.casefold() for member in found.english}:
                outside.append(name)
    return outside


def _quoted_item(claimed: str, start: int, end: int) -> bool:
    """Whether a claim's name from `start` to `end` is quoted (“智造北仑”), or an item of a quoted
    list (“纪律意识强、整改落实快”): a quotation mark, 、 or a comma on each side, inside quotation
    marks."""
    before = claimed[start - 1] if start > 0 else " "
    after = claimed[end : end + 1]
    if before in _ZH_OPEN and after in _ZH_CLOSE:
        return True
    opened = claimed[:start].count("“") > claimed[:start].count("”")
    return opened and before in f"{_ZH_OPEN}、,，" and after in f"{_ZH_CLOSE}、,，"


def quotation_of(claimed: str, name: str) -> str:
    """The quotation a claim writes a name in (“纪律意识强、整改落实快” of 纪律意识强), or the name."""
    at = claimed.find(name)
    start, end = claimed.rfind("“", 0, max(at, 0)), claimed.find("”", at + len(name))
    if at < 0 or start < 0 or end < 0 or "”" in claimed[start:at]:
        return name
    return claimed[start + 1 : end]


def outsider_of(
    record: FactRecord, claimed: str, names_of: Callable[[str], Sequence[str]], latin: bool
) -> tuple[str, str] | None:
    """The members of a closed set of siblings of a fact, written in the claim's language (Chinese
    unless `latin`), and the first sibling the claim names outside it; or None."""
    for found in closed_sets(record, names_of):
        outside = siblings(claimed, found)
        if outside:
            listed = ", ".join(found.english) if latin and found.english else "、".join(found.members)
            return listed, outside[0]
    return None


def names_member(claimed: str, record: FactRecord, names_of: Callable[[str], Sequence[str]]) -> bool:
    """Whether a claim names a member of a closed set of siblings of the fact, in either language."""
    folded = claimed.casefold()
    return any(
        member.casefold() in folded
        for found in closed_sets(record, names_of)
        for member in (*found.members, *found.english)
    )
