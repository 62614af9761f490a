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

import re
from collections.abc import Sequence
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
    before it, 从住房; the last loses its 等 and what follows), whether it is closed (no 等), and
    the size it gives its set (等20个, A、B两方面, or a closed list's members), 0 for none."""

    members: tuple[str, ...]
    closed: bool
    size: int
    after: str  # the clause's words after the list (三大工程为依托)


# The count after a list (等20个, 两方面, 三大): its numeral, before a classifier or 大.
_COUNT = Lazy(r"^等?([\d两二三四五六七八九十]+)[个家项条座所名位支种类大方]")


def zh_lists(text: str) -> list[MemberList]:
    """The lists of a Chinese text's clauses."""
    from beilun_cli.read.numerals import chinese_numbers

    found = []
    for clause in _CLAUSE_END.compiled.split(text):
        if not _LISTING.search(clause):
            found += _counted_pair(clause)
            continue
        items = [_unquoted(item) for item in _MEMBER_SEPARATOR.compiled.split(clause)]
        after = _AFTER_LAST.search(items[-1])
        items[-1] = _AFTER_LAST.compiled.sub("", items[-1])
        members = tuple(item for item in items if item)
        if len(members) < 2:
            continue
        # A closed list's count follows its last member (A、B两方面); an open one's, its 等.
        tail = after.group() if after is not None else clause[clause.rfind(members[-1]) + len(members[-1]) :]
        counted = _COUNT.search(tail) or _counted_by_head(tail, members)
        numbers = chinese_numbers(counted.group(1), characters=True) if counted is not None else []
        count = int(numbers[0].amount) if numbers else (len(members) if after is None else 0)
        found.append(MemberList(members, after is None, count, tail.lstrip('”"')))
    return found


# A count right after a list's last member (A和B两方面, A与B两大), which closes it.
_PAIR_COUNT = Lazy(r"(?<=[\u4e00-\u9fff”\"])([两二三四五六七八九十]|\d+)(?:个|大|项|条|种|类|方面)")
_PAIR_JOINER = Lazy(r"以及|和|及|与")


def _counted_pair(clause: str) -> list[MemberList]:
    """A list of a clause without 、 whose members 和, 及 or 与 join and a count after the last closes
    (培育引进数字经济新产业和推进现有产业数字化改造两方面: two), as many as it joins; or none."""
    from beilun_cli.read.numerals import chinese_numbers

    for counted in _PAIR_COUNT.finditer(clause):
        items = [_unquoted(item) for item in _PAIR_JOINER.compiled.split(clause[: counted.start()])]
        numbers = chinese_numbers(counted.group(1), characters=True)
        members = tuple(item for item in items if item)
        if numbers and len(members) == numbers[0].amount >= 2 and all(len(item) >= 2 for item in members):
            return [MemberList(members, True, len(members), clause[counted.start() :])]
    return []


# The count after a list by the noun its members end with (“生态之美”“品质之美”三美: 美).
_COUNT_BY_HEAD = "^等?([\\d两二三四五六七八九十]+){}"


_NUMERAL_FIRST = Lazy(r"[\d两二三四五六七八九十]")


def _counted_by_head(tail: str, members: Sequence[str]) -> re.Match[str] | None:
    """The count after a list whose members all end with one character, named by it (三美)."""
    heads = {member[-1] for member in members}
    if len(heads) != 1 or not "\u4e00" <= next(iter(heads)) <= "\u9fff":
        return None
    return re.match(_COUNT_BY_HEAD.format(re.escape(heads.pop())), tail)


def counted_list_conflict(said: str, claimed: str) -> tuple[int, int] | None:
    """(the claim's count, the fact's) where a Chinese claim lists members and counts them (推进的是
    “生态之美”“品质之美”“人文之美”三美), and a closed list of the fact's (its Chinese words `said`)
    holds them all with another count (the four beauties): the claim says its set has N members."""
    for mine in zh_lists(claimed):
        # Counted by a numeral after the list (a closed list's size is its members' otherwise).
        if not mine.closed or not mine.size or not _NUMERAL_FIRST.match(mine.after):
            continue
        for theirs in zh_lists(said):
            if not theirs.closed or not theirs.size or theirs.size == mine.size:
                continue
            if all(any(_named(item, member, False) for item in theirs.members) for member in mine.members):
                return mine.size, theirs.size
    return None


def _unquoted(item: str) -> str:
    """A list's item without the words a quotation leaves outside it (以“责任意识强: 责任意识强;
    推动工作快”为主题: 推动工作快)."""
    if "“" in item:
        item = item.rsplit("“", 1)[1]
    if "”" in item:
        item = item.split("”", 1)[0]
    return item.strip(" \"'")


def set_sizes(text: str, claimed: str, names: Sequence[str], *, named_set: bool = False) -> set[int]:
    """The sizes of the sets a fact's Chinese words list (a closed list's members, or the count it
    gives, 等20个), of those that hold a member the claim names (`claimed`, casefolded, as a Chinese
    claim names it; or by one of `names`, its entities' names in both languages): the set a claim
    counts (“人文之美”是四美之一, one of Beilun's 20 red education bases) is one whose member it names."""
    folded = [name.casefold() for name in names if len(name) > 1]
    sizes = set()
    for found in zh_lists(text):
        named = [
            bool(_named(member, claimed, False)) or any(name in member.casefold() for name in folded)
            for member in found.members
        ]
        # A list whose members the claim names all is the member itself (“创新意识强、推动工作快”
        # of a theme of three such pairs), not the set.
        # A set told apart from another the member is in (吉利汽车 among the 17 backbone enterprises
        # and among two leading ones): the words after the list, if any, are the claim's too.
        if named_set and found.after and found.after[:2] not in claimed:
            continue
        if found.size and any(named) and not all(named):
            sizes.add(found.size)
    return sizes


# A Chinese claim's member and the set it says it is one of (“生态之美”是北仑的三大工程之一).
_ZH_MEMBER_OF = Lazy(r"^(.{2,30}?)(?:是|为|属于)([^是为,，。;；]{1,30}?)(?:之一|中的一)")


def outsider(said: str, claimed: str) -> tuple[str, tuple[str, ...]] | None:
    """The member a Chinese claim says is one of a set a fact closes and names after its members
    (“青年北仑”“数字北仑”“美丽北仑”三大工程), the claim counting as many, where the fact's list does
    not hold it, with the list's members, or None: a closed list whose members are all known
    excludes another."""
    match = _ZH_MEMBER_OF.search(claimed)
    count = one_of_count(claimed) if match is not None else None
    if match is None or count is None:
        return None
    member, kind = _unquoted(match.group(1)), match.group(2)
    for found in zh_lists(said):
        # The set is the one the claim names: the fact's words after the list (三大工程) are its.
        named_set = found.after[:4]
        if not found.closed or found.size != count or len(named_set) < 4 or named_set not in kind:
            continue
        if len(member) >= 2 and not any(_named(item, member, False) for item in found.members):
            return member, found.members
    return None


def count_conflict(said: str, claimed: str, names: Sequence[str]) -> tuple[int, int] | None:
    """The count a claim gives the set it says a member is one of, and the size of the set a fact
    lists with that member (its Chinese words `said`), where they differ (one of five, of four)."""
    count = one_of_count(claimed)
    sizes = set_sizes(said, claimed, names, named_set=True) if count is not None else set()
    return (count, min(sizes)) if count is not None and sizes and count not in sizes else None


# The set a claim says something is one of: the words after "one of" or "among" (its count, if
# any, among the first few), or those before 之一 back to its copula.
_EN_SET = Lazy(r"\b(?:one of|among)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)")
_ZH_SET = Lazy(r"(?:是|为|属于)([^是为,，。;；]{1,30}?)(?:之一|中的一)")


_MOST_MEMBERS = 1000
_ZH_COUNTED = Lazy(r"[个大项条种类家所座支名位批套件]|.$")


def one_of_count(text: str) -> int | None:
    """The count a claim gives the set it says something is one of (one of the four beauties,
    十大工程之一), or None."""
    from beilun_cli.read.numerals import chinese_numbers, english_numbers

    folded = text.casefold()
    for match in (*_EN_SET.finditer(folded), *_ZH_SET.finditer(text)):
        said = match.group(1)
        english = said.isascii()
        # An English number read to its end, past the words taken (worth 2 billion: no count of 2).
        numbers = (
            [n for n in english_numbers(folded[match.start(1) :], words=True) if n.start < len(said)]
            if english
            else chinese_numbers(said, characters=True)
        )
        # A Chinese count is of the set's noun: a classifier or 大 after it (十大工程), or the noun's
        # one character (四美之一), not a name's numeral (三强三快).
        # A count of members is a small whole number, not a scale (hundred-billion-yuan-scale).
        counts = [
            int(n.amount)
            for n in numbers
            if 2 <= n.amount <= _MOST_MEMBERS
            and n.amount == int(n.amount)
            and not said[n.end : n.end + 1] == "-"
            and (english or _ZH_COUNTED.match(said, n.end))
        ]
        if counts:
            return counts[0]
    return None


def _named(member: str, said: str, first: bool) -> str:
    """How a claim's words name a member of a list, or "": by its last four characters or all of
    it; the first member by its last two or three too, as it may hold a verb or a preposition
    before it (住房 of 从住房)."""
    sizes = (4, 3, 2) if first else (4,)
    ends = [member[-size:] for size in sizes if len(member) >= size] or [member]
    return next((end for end in ends if len(end) >= 2 and end in said), "")


def only_listed_member(record: FactRecord, claimed: str) -> str:
    """The member of a list of the fact's Chinese words that the claim (`claimed`, casefolded) says
    "only" of, where the list names it among others the claim does not name (只涉及住房, of 从住房、
    教育、医疗…等多个方面), or ""."""
    spans = markers.marker_spans(claimed, "only")
    if not spans:
        return ""
    if claimed.isascii():
        return _only_en_member(record["claim"]["en"], claimed, spans)
    said = f"{record['claim']['zh']} {record['quote']}"
    for _, end in spans:
        clause = _CLAUSE_END.compiled.split(claimed[end:], maxsplit=1)[0]
        for members, *_ in zh_lists(said):
            named = [_named(member, clause, at == 0) for at, member in enumerate(members)]
            said_of = [at for at, written in enumerate(named) if written]
            if len(said_of) == 1 and len(members) > 1:
                member = members[said_of[0]]
                # Its longest end the claim writes (从培育引进数字经济新产业, of 只从培育引进…).
                return next(member[at:] for at in range(len(member)) if member[at:] in clause)
    return ""


# An English series of three members or more: "A, B, C and D", "A, B, C and other Xs".
_EN_CLAUSE_END = Lazy(r"[.;:()]")
_EN_LAST = Lazy(r",?\s+and\s+")


def en_series(text: str) -> list[tuple[str, ...]]:
    """The series of an English text (casefolded), each member as written: a clause's parts at
    its commas, the last two at their "and"; a last "other Xs" names the kind, no member. The
    first part holds the words before the series (…rules address housing)."""
    found = []
    for clause in _EN_CLAUSE_END.compiled.split(text.casefold()):
        parts = [part.strip(" “”\"'") for part in clause.split(",")]
        if len(parts) < 3 or not _EN_LAST.compiled.search(parts[-1]):
            continue
        parts[-1:] = [part.strip(" “”\"'") for part in _EN_LAST.compiled.split(parts[-1], maxsplit=1)]
        members = tuple(part for part in parts if part and not part.startswith("other "))
        found.append(members)
    return found


def _only_en_member(said: str, claimed: str, spans: Sequence[tuple[int, int]]) -> str:
    """The member of an English series of a fact's (`said`) that an English claim's only is said
    of, named by its last word in the only's clause (limited to housing support alone, of
    housing, education, healthcare… and other aspects), where it names no other, or ""."""
    from beilun_cli.verify.lists import only_clause

    for _, end in spans:
        clause = only_clause(claimed, end)
        for members in en_series(said):
            named = [m for m in members if re.search(rf"\b{re.escape(m.split()[-1][:5])}", clause)]
            if len(named) == 1 and len(members) > 1:
                return named[0].split()[-1] if named[0] is members[0] else named[0]
    return ""


@cache
def member_terms() -> frozenset[str]:
    """The terms of the lexicon's member nouns, as a claim's terms are (stems, pairs)."""
    from beilun_cli.verify.paraphrase import word_terms

    words = (word for lang in ("zh", "en") for word in lexicon.member_nouns(lang))
    return frozenset(term for word in words for term in word_terms(word))


def states_membership(said: str, claimed: str, names: Sequence[str], stated: set[str]) -> bool:
    """Whether a fact (its Chinese words `said`, the markers it states) states the membership a
    claim's one-of says (`claimed`, casefolded, naming entities by `names`), where it does not say
    one of or several itself: of a set the claim does not count, any fact naming the member does
    (the words grounded tell); of one it counts (one of the four beauties), a set of that many."""
    if not _names_member(said, claimed):
        return False
    count = one_of_count(claimed)
    return count is None or "several" in stated or count in set_sizes(said, claimed, names)


def _names_member(said: str, claimed: str) -> bool:
    """Whether a fact's Chinese words name the member a Chinese claim says is one of a set (its
    words before 是…之一): by its last characters, or as the claim names one of the fact's lists' members
    (北仑的集成电路产业, of 集成电路). Another word of the fact's is no member (个人发展 is none of
    生态建设、“五水共治”…等各项工作, whatever words of it the fact holds elsewhere)."""
    match = _ZH_MEMBER_OF.search(claimed)
    if match is None:
        return True  # an English claim's member is grounded by its words
    member, said = _unquoted(match.group(1)), said.casefold()  # the claim is casefolded (LNG二期)
    unquoted = said.replace("“", "").replace("”", "")
    # The member's head noun, its last characters, as a list member is named (推进智能化技改, of
    # 实施智能化技改).
    if len(member) < 2 or _named(member, unquoted, False):
        return True
    return any(_named(item, member, False) for found in zh_lists(said) for item in found.members)


def rank_of_one(claimed: set[str], stated: set[str]) -> bool:
    """Whether the claim gives its subject a rank (first, earliest, largest) the fact gives a set
    it is one of (全国最早的…之一, one of the earliest): the very first is not stated of one of the
    first (`stated` are the article's own words' markers; an only of one of is contrary.py's)."""
    ranks = {"first", "second", "third", "largest", "most", "highest", "longest", "earliest"}
    return "one-of" in stated and "one-of" not in claimed and bool(stated & ranks) and bool(claimed & ranks)
