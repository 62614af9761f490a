"""Open lists: the members a fact's statement names of a group it does not close (中国女排等多支国家队,
several national teams including the women's volleyball team). A list that closes with 等 or
names its members "including", "such as", "and other" says there are more than the named ones:

- an "only" the claim says of a named member, or of the group's kind (只给中国女排一支国家队提供过
  集训, the only national team), counts one where the article counts several: refuted;
- a figure the fact gives the group (50多场次 for all the teams) is not the member's alone: a
  claim that gives it to the member is not entailed (verify/figures.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from beilun_cli.read import markers
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue

# A Chinese clause closing with 等 (not 等级, 等于, 等待, 等同), then the group's count and kind:
# 中国女排等多支国家队, 绿色石化、汽车制造等重点产业, 禹洲集团等3个项目.
_ZH_LIST = Lazy(
    r"([^,，。;；:：()（）]+?)等(?![级于待同候])"
    r"(?:[多数几两一二三四五六七八九十百\d]+[个支家项名位种所座条批套只件])?"
    r"(?:[^\u4e00-\u9fff]?)([\u4e00-\u9fff]{2,3})"
)
# The particles a kind's characters stop at (等大项目: 大项目; 等多支国家队: 国家队).
_ZH_KIND_END = Lazy(r"[的也与于和在及是为]")
# English: "several Xs, including A", "such as A", "A and other Xs" ("among others" may close a
# list of anything before it, and is not read).
_EN_INCLUDING = Lazy(
    r"\b(?:several|many|various|a number of|multiple)\s+([a-z' -]+?)s?,?\s+(?:including|such as)\s+([^.;:]+)"
)
_EN_OTHER = Lazy(r"([^.;:,]+?)\s+and (?:several |many |various )?other\s+([a-z' -]+?)s?\b")
_SERIES_SEPARATOR = Lazy(r"[、，,]")
_LAST_SEPARATOR = Lazy(r"\band\b|和|及|与")


class OpenList(NamedTuple):
    """The members a statement names of a group (each as written, casefolded) and the group's kind
    ("国家队", "national team"; "" when it names none)."""

    members: tuple[str, ...]
    kind: str


def open_lists(statement: str) -> list[OpenList]:
    """The open lists of a fact's own statement (its Chinese and English claims)."""
    return list(_open_lists(statement))


@lru_cache(maxsize=4096)
def _open_lists(statement: str) -> tuple[OpenList, ...]:
    """open_lists, kept for the next claim: `check -` meets the same facts line after line
    (bounded, so memory stays flat over any number of lines)."""
    folded = statement.casefold()
    found: list[OpenList] = []
    for match in _ZH_LIST.finditer(folded):
        kind = _ZH_KIND_END.compiled.split(match.group(2))[0]
        found.append(OpenList(_members(match.group(1)), kind if len(kind) >= 2 else ""))
    for match in _EN_INCLUDING.finditer(folded):
        found.append(OpenList(_members(match.group(2)), match.group(1).strip()))
    for match in _EN_OTHER.finditer(folded):
        found.append(OpenList(_members(match.group(1)), match.group(2).strip()))
    return tuple(found)


def _members(text: str) -> tuple[str, ...]:
    """A list's members: split at 、 (and commas), the last also at 和, 及, "and" (A、B和C等); a list
    without 、 at those words too (A和B等). The first holds the words before it (已服务中国女排)."""
    parts = _SERIES_SEPARATOR.compiled.split(text)
    parts[-1:] = _LAST_SEPARATOR.compiled.split(parts[-1])
    items = (item.strip(" “”\"'") for item in parts)
    return tuple(item for item in items if item)


def listed_member(lists: Sequence[OpenList], names: Sequence[str]) -> str | None:
    """The name (of `names`, one entity's) that one of the lists holds as a member, or None."""
    for found in lists:
        for name in names:
            folded = name.casefold()
            # A member ends with its name (已服务中国女排: the verb before the first is no member).
            if len(folded) > 1 and any(member.endswith(folded) for member in found.members):
                return name
    return None


def says_only_of(
    claimed: str, only_spans: Sequence[tuple[int, int]], words: Sequence[str], counted: Sequence[str] = ()
) -> bool:
    """Whether an "only" of the claim (`claimed` casefolded, its only-words at `only_spans`) is said
    of one of `words` (a member's names, the group's kind): the word stands after it, in its clause
    (只给中国女排一支国家队, the only national team), not before it (中国女排唯一的集训基地) nor past a
    copula (the only national-level museum is the Zhang Renya school: its only is the museum's), and
    no number above one of `counted` (as written) counts it (只有三支国家队: 多支 may be three)."""
    for _, end in only_spans:
        clause = only_clause(claimed, end)
        for word in (word.casefold() for word in words if len(word) > 1):
            at = _position(clause, word)
            if at is not None and not any(number in clause[:at] for number in counted):
                return True
    return False


# A copula after an only's noun: what follows is said of it (…only museum is X, 唯一的…是X).
_COPULA = re.compile(r"(?<=.)\b(?:is|are|was|were)\b|(?<=.)是")


def only_clause(claimed: str, end: int) -> str:
    """What an only ending at `end` is said of: the words after it in its clause, up to a copula
    (the only national-level museum is X: its only is the museum's)."""
    return _COPULA.split(_clause_after(claimed, end), maxsplit=1)[0]


def _clause_after(text: str, at: int) -> str:
    return re.split(r"[,，。;；:：!?！？]", text[at:], maxsplit=1)[0]


def _position(clause: str, word: str) -> int | None:
    """Where a clause names a word, or None: Chinese as written, an English one by its words'
    starts (national team, national teams)."""
    if not word.isascii():
        at = clause.find(word)
        return at if at >= 0 else None
    found = [re.search(rf"\b{re.escape(part[:5])}", clause) for part in word.split()]
    return min(match.start() for match in found if match) if found and all(found) else None


def only_of_listed(
    record: FactRecord, claimed: str, entity_names: Sequence[Sequence[str]], values: Sequence[ClaimedValue]
) -> Sequence[str]:
    """The member of an open list of the fact's own statement (中国女排等多支国家队) that the claim
    (`claimed`, with the names of each entity it names besides the base's home) says "only" of,
    itself or by the list's kind (只给中国女排一支国家队, the only national team), by its names, or
    none; not when the claim counts more than one (only three national teams: 多支 may be three)."""
    found = open_lists(f"{record['claim']['zh']} {record['claim']['en']}")
    if not found:
        return ()
    folded = claimed.casefold()
    spans = markers.marker_spans(folded, "only")
    counted = [value.text.casefold() for value in values if value.amount > 1]
    kinds = [group.kind for group in found if group.kind]
    for names in entity_names:
        if listed_member(found, names) is not None and says_only_of(folded, spans, [*names, *kinds], counted):
            return names
    return ()


def group_member(record: FactRecord, claimed: str, entity_names: Sequence[Sequence[str]]) -> Sequence[str]:
    """The names of the member of an open list of the fact's own statement that the claim names on
    its own, not as one of a list (等, such as, among, one of), or none: the fact's figure is the
    group's (50多场次 for 中国女排等多支国家队), not that member's."""
    if _LISTING.search(claimed):
        return ()
    # Its quote too: the article may list the group's members where its claim counts them only
    # (张人亚党章学堂…等20个红色教育基地, of 北仑20个红色教育基地).
    found = open_lists(f"{record['claim']['zh']} {record['claim']['en']}") + open_lists(record["quote"])
    members = [names for names in entity_names if listed_member(found, names) is not None]
    # Two members or more named are the group (SMIC N2, Chevron and LNG Phase II together).
    return members[0] if len(members) == 1 else ()


# A claim that names its member as one of a list gives it no group's figure.
_LISTING = Lazy(
    r"等|之一|其中|包括|合计|共计|总计|such as|including|and others|among|one of|etc\b|combined|together"
    r"|in all|in total",
    re.IGNORECASE,
)


# What joins the members of a list: 、, 和, 及, 与, a comma, "and".
_JOINER = r"\s*(?:、|和|及|与|以及|,|，|\band\b|, and\b)\s*"


def closed_list(statement: str, members: Sequence[Sequence[str]]) -> list[int]:
    """Which of `members` (each entity's names) a fact's own statement lists in one closed list:
    two or more joined by 、, 和, "and", with no 等, "including" or "and other" closing or
    opening it (以博地影秀城、华生设计巢为代表: the representatives are those two)."""
    folded = statement.casefold()
    spans: list[tuple[int, int, int]] = []  # start, end, which member
    for at, names in enumerate(members):
        for name in (name.casefold() for name in names if len(name) > 1):
            start = folded.find(name)
            if start >= 0:
                spans.append((start, start + len(name), at))
                break
    spans.sort()
    best: list[int] = []
    run = spans[:1]
    for previous, current in zip(spans, spans[1:], strict=False):
        if re.fullmatch(_JOINER + r"(?:the )?", folded[previous[1] : current[0]]):
            run.append(current)
            continue
        best = _closed(folded, run, best)
        run = [current]
    best = _closed(folded, run, best)
    return best


def _closed(folded: str, run: Sequence[tuple[int, int, int]], best: list[int]) -> list[int]:
    """The members of a run of two or more when nothing opens it (等 after, including before)."""
    if len(run) < 2 or len(run) <= len(best):
        return best
    after = re.split(r"[,，。;；:：()（）]", folded[run[-1][1] :], maxsplit=1)[0]
    before = folded[max(0, run[0][0] - 16) : run[0][0]]
    if "等" in after or re.match(r"\W*(?:and )?(?:other|others|among|etc)\b", after):
        return best  # more members than these (“六争攻坚、三年攀高”“两整两提”等)
    if re.search(r"(?:including|such as|包括|比如|例如)\W*(?:the )?$", before):
        return best
    return [at for _, _, at in run]


# What "several" counts (多支国家队, several national teams): the noun after the word.
_SEVERAL_NOUN = Lazy(
    r"(?<![\d一二三四五六七八九十百千万])(?:多|几|数)[个条家支项名所座种位]([\u4e00-\u9fff]{2,3})"
    r"|\b(?:several|many)\s+([a-z]+(?: [a-z]+)?)"
)


def several_nouns(text: str) -> list[str]:
    """The nouns a text says there are several of (国家队 of 多支国家队, national teams)."""
    found = []
    for match in _SEVERAL_NOUN.finditer(text.casefold()):
        if match.group(1):
            found.append(_ZH_KIND_END.compiled.split(match.group(1))[0])
            continue
        head = match.group(2).split()[-1]  # counties of "several Zhejiang counties", as one
        found.append(f"{head[:-3]}y" if head.endswith("ies") else head.removesuffix("s"))
    return [noun for noun in found if len(noun) >= 2]


def said_of(text: str, marker: str, nouns: Sequence[str]) -> bool:
    """Whether a text says a marker (only, several) of one of `nouns`: a noun stands after the
    marker's word, in its clause."""
    folded = text.casefold()
    return says_only_of(folded, markers.marker_spans(folded, marker), nouns)


# The words of an only said of a figure (只, 仅, only, just), not of a thing (唯一, the only one).
_FIGURE_ONLY = Lazy(r"只有?|仅仅?有?|only|just")
# What may stand between such an only and its figure: a Chinese verb with its aspect (只捧得过一次,
# 仅签了), or nothing but a space (only three).
_ONLY_TO_FIGURE = Lazy(r"\s*|[\u4e00-\u9fff]{0,3}[过了有是]")


# What may stand between an only and the threshold it draws: a verb (只覆盖, only covers people
# aged), of up to three characters or words.
_ONLY_VERB_TO_FIGURE = Lazy(r"\s*|[\u4e00-\u9fff]{0,3}|\s*(?:[a-z]+\s+){1,3}")


def only_from(text: str, value: ClaimedValue) -> bool:
    """Whether the claim says "only" of the threshold its figure draws (只覆盖90岁以上老人, only
    covers people aged 90 and over): those below it are left out."""
    # Not the markers' only: an only before a figure is no marker of a rank (read_markers).
    folded = text.casefold()
    return any(
        not folded[: found.start()].endswith(("不", "not "))
        and _ONLY_VERB_TO_FIGURE.compiled.fullmatch(folded, found.end(), value.span[0]) is not None
        for found in _FIGURE_ONLY.compiled.finditer(folded, 0, value.span[0])
    )


def only_of_figure(text: str, value: ClaimedValue) -> frozenset[str]:
    """{"only"} when an only of the claim is said of its figure, right before it (only three,
    只有3项, 只捧得过一次: exactly so many, no more), not of a rank of something else (the only
    national team); else nothing."""
    folded = text.casefold()
    for start, end in markers.marker_spans(folded, "only"):
        if not _FIGURE_ONLY.compiled.fullmatch(folded, start, end) or folded[:start].endswith("the "):
            continue
        if _ONLY_TO_FIGURE.compiled.fullmatch(folded, end, value.span[0]):
            return frozenset({"only"})
    return frozenset()
