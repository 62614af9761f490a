"""Membership: a claim that says something is one of a set (X is one of / among the Ys, X是Y之一)
or the only member of one (只涉及住房), against a fact that lists the set's members.

- "One of" says item ∈ set. It is entailed where the fact names the item as a member of the set,
  in a list (A、B、C, “甲”“乙”, A, B and C) or on its own (Beilun hosted X: X is among the events
  it hosted): the item's and the set's words are grounded as any claim's are, and the marker needs
  no statement of its own. A fact that says "the only one" states the contrary (contrary.py).
- The set's noun may name only its members (its items, areas, 内容, 方面: the lexicon's
  member_nouns, markers.toml): where the fact lists members, the noun says what the list says.
- "Only" of one member of a list the fact gives with others (只涉及住房, where it lists 住房、
  教育、医疗…): the article names it among others, refuted."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from beilun_cli import lexicon
from beilun_cli.read import markers
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# What separates a Chinese list's members: 、, quotation marks side by side (“甲”“乙”), and before
# the last one 和, 及, 与, 以及.
_MEMBER_SEPARATOR = Lazy(r"、|[”\"]\s*[“\"]|以及|和|及|与")
# A list's marks: 、 between members, or quoted names side by side.
_LISTING = Lazy(r"、|”\s*“")
_CLAUSE_END = Lazy(r"[,，。;；:：()（）!?！？]")
# What a list's last member carries after it: 等 and what follows (等多个方面入手).
_AFTER_LAST = Lazy(r"等.*$")


def enumerates(text: str) -> bool:
    """Whether a fact's Chinese words list members: two or more side by side (A、B, “甲”“乙”)."""
    return _LISTING.search(text) is not None


class MemberList(NamedTuple):
    """A list of a fact's Chinese words: its members as written (the first may hold the words
    before it, 从住房; the last loses its 等 and what follows), and whether it is closed (no 等)."""

    members: tuple[str, ...]
    closed: bool


def zh_lists(text: str) -> list[MemberList]:
    """The lists of a Chinese text's clauses."""
    found = []
    for clause in _CLAUSE_END.compiled.split(text):
        if not _LISTING.search(clause):
            continue
        items = [item.strip(" “”\"'") for item in _MEMBER_SEPARATOR.compiled.split(clause)]
        closed = _AFTER_LAST.search(items[-1]) is None
        items[-1] = _AFTER_LAST.compiled.sub("", items[-1])
        members = tuple(item for item in items if item)
        if len(members) >= 2:
            found.append(MemberList(members, closed))
    return found


def closed_sizes(text: str, claimed: str) -> set[int]:
    """How many members each list a fact's Chinese words close (no 等) has, of those that hold a
    member a Chinese claim (`claimed`) names: the set a claim counts (“人文之美”是四美之一) is one
    whose member it names. An English claim's member is not matched with a Chinese list."""
    return {
        len(found.members)
        for found in zh_lists(text)
        if found.closed and any(_named(member, claimed, at == 0) for at, member in enumerate(found.members))
    }


# The set a claim says something is one of: the words after "one of" or "among" (its count, if
# any, among the first few), or those before 之一 back to its copula.
_EN_SET = Lazy(r"\b(?:one of|among)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)")
_ZH_SET = Lazy(r"(?:是|为|属于)([^是为,，。;；]{1,30}?)(?:之一|中的一)")


_ZH_COUNTED = Lazy(r"[个大项条种类家所座支名位批套件]|.$")


def one_of_count(text: str) -> int | None:
    """The count a claim gives the set it says something is one of (one of the four beauties,
    十大工程之一), or None."""
    from beilun_cli.read.numerals import chinese_numbers, english_numbers

    for match in (*_EN_SET.finditer(text.casefold()), *_ZH_SET.finditer(text)):
        said = match.group(1)
        english = said.isascii()
        numbers = english_numbers(said, words=True) if english else chinese_numbers(said, characters=True)
        # A Chinese count is of the set's noun: a classifier or 大 after it (十大工程), or the noun's
        # one character (四美之一), not a name's numeral (三强三快).
        counts = [
            int(n.amount)
            for n in numbers
            if n.amount >= 2 and n.amount == int(n.amount) and (english or _ZH_COUNTED.match(said, n.end))
        ]
        if counts:
            return counts[0]
    return None


def _named(member: str, said: str, first: bool) -> str:
    """How a claim's words name a member of a list, or "": by its last four characters or all of
    it; the first member by its last two or three too, as it may hold a verb or a preposition
    before it (住房 of 从住房)."""
    sizes = (4, 3, 2) if first else (4,)
    ends = (member[-size:] for size in sizes if len(member) >= max(size, 2))
    return next((end for end in ends if end in said), "")


def only_listed_member(record: FactRecord, claimed: str) -> str:
    """The member of a list of the fact's Chinese words that the claim (`claimed`, casefolded) says
    "only" of, where the list names it among others the claim does not name (只涉及住房, of 从住房、
    教育、医疗…等多个方面), or ""."""
    spans = markers.marker_spans(claimed, "only")
    if not spans:
        return ""
    said = f"{record['claim']['zh']} {record['quote']}"
    for _, end in spans:
        clause = _CLAUSE_END.compiled.split(claimed[end:], maxsplit=1)[0]
        for members, _ in zh_lists(said):
            named = [_named(member, clause, at == 0) for at, member in enumerate(members)]
            said_of = [written for written in named if written]
            if len(said_of) == 1 and len(members) > 1:
                return said_of[0]
    return ""


@cache
def member_terms() -> frozenset[str]:
    """The terms of the lexicon's member nouns, as a claim's terms are (stems, pairs)."""
    from beilun_cli.verify.paraphrase import word_terms

    words = (word for lang in ("zh", "en") for word in lexicon.member_nouns(lang))
    return frozenset(term for word in words for term in word_terms(word))
