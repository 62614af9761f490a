"""Sibling lists: two facts that each list members of a kind, the kinds siblings of one family
(互联网内外贸易平台…云计算等数字服务业, 智能芯片…智能制造等数字制造业: digital services and digital
manufacturing, 数字…业 both). The article puts each member in its own kind: a member of one list
claimed for the sibling kind (云计算是数字制造业, cloud computing as a digital manufacturing sector) is
a member in the wrong one of two lists, refuted. The kinds are read from the facts' own words."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A Chinese list's kind after its 等, to the end of its clause (等数字服务业。); an English one before
# "such as" (digital services such as).
_ZH_KIND = Lazy(r"等([\u4e00-\u9fff]{3,8})(?=[。,，;；]|$)")
_EN_KIND = Lazy(r"\b([a-z]+ [a-z]+) such as\b")


class Kinds:
    """What tells two sibling kinds apart, each fact's own in each language (服务 and 制造,
    services and manufacturing), with the fact's kind as written (数字服务业). A plain class: a
    NamedTuple costs a one-shot `check` its definition at start-up."""

    __slots__ = (
        "own_zh",
        "other_zh",
        "own_en",
        "other_en",
        "written",
        "other_written",
        "written_en",
        "other_written_en",
    )

    def __init__(
        self, zh: tuple[str, str], en: tuple[str, str], written: tuple[str, str], written_en: tuple[str, str]
    ) -> None:
        self.own_zh, self.other_zh = zh
        self.own_en, self.other_en = en
        self.written, self.other_written = written
        self.written_en, self.other_written_en = written_en


def sibling_kinds(own: FactRecord, other: FactRecord) -> Kinds | None:
    """The words that tell apart the kinds two facts list members of, when they are siblings: of
    one length, sharing a head and an end (数字服务业 and 数字制造业), and in English two words
    sharing the first (digital services, digital manufacturing); or None."""
    mine, theirs = list_kind(own), list_kind(other)
    if mine is None or theirs is None:
        return None
    (a, mine_en), (b, theirs_en) = mine, theirs
    head = os.path.commonprefix([a, b])
    end = os.path.commonprefix([a[::-1], b[::-1]])[::-1]
    if a == b or len(a) != len(b) or len(head) < 2 or not end or len(head) + len(end) >= len(a):
        return None
    (first, own_en), (second, other_en) = mine_en.split(), theirs_en.split()
    if first != second or own_en == other_en:
        return None
    own_zh, other_zh = a[len(head) : len(a) - len(end)], b[len(head) : len(b) - len(end)]
    return Kinds((own_zh, other_zh), (own_en, other_en), (a, b), (mine_en, theirs_en))


def list_kind(record: FactRecord) -> tuple[str, str] | None:
    """The kind a fact lists members of, in Chinese and English (数字服务业, digital services), or
    None when its claims list none."""
    return _list_kind(record["claim"]["zh"], record["claim"]["en"])


@lru_cache(maxsize=4096)
def _list_kind(zh: str, en: str) -> tuple[str, str] | None:
    """list_kind, kept for the next claim (`check -` meets the same facts line after line)."""
    found, found_en = _ZH_KIND.search(zh), _EN_KIND.search(en.casefold())
    return (found.group(1), found_en.group(1)) if found and found_en else None


def claims_kind(claimed: str, kinds: Kinds, other: bool) -> bool:
    """Whether a claim (casefolded) names the other kind (`other`) or the fact's own, by the word
    that tells it apart (制造, manufacturing; an English one by its first five letters)."""
    zh, en = (kinds.other_zh, kinds.other_en) if other else (kinds.own_zh, kinds.own_en)
    return zh in claimed or re.search(rf"\b{re.escape(en[:5])}", claimed) is not None


def listed_words(record: FactRecord, latin: bool, english: Sequence[str] = ()) -> str:
    """The words of a fact's list (casefolded): the Chinese before its 等 in that clause, or the
    English after "such as", of its claim and of the article's `english` sentences it stands in
    (digital film and television production, where its claim says TV)."""
    if latin:
        said = [text.casefold() for text in (record["claim"]["en"], *english)]
        return " ".join(text[found.end() :] for text in said if (found := _EN_KIND.search(text)))
    zh = record["claim"]["zh"]
    found = _ZH_KIND.search(zh)
    return re.split(r"[。,，;；]", zh[: found.start()])[-1] if found else ""


def kinds_written(records: Sequence[FactRecord], latin: bool) -> tuple[str, str] | None:
    """The kinds (as the facts write them, in English when `latin`) of the first two of `records`,
    when siblings: the fact's own and the one a claim puts its member in."""
    kinds = sibling_kinds(records[0], records[1]) if len(records) > 1 else None
    if kinds is None:
        return None
    return (kinds.written_en, kinds.other_written_en) if latin else (kinds.written, kinds.other_written)


_SHORTEST_SHARED = 2  # characters a claim's run must share with a list to be one of its members


def listed_spans(claimed: str, listed: str) -> set[int]:
    """The positions of a Chinese claim (casefolded) inside a run of two characters or more that a
    fact's list words also write (云计算 of 文章把云计算列为…): where the claim names a member."""
    covered: set[int] = set()
    at = 0
    while at < len(claimed):
        end = at + _SHORTEST_SHARED
        if claimed[at:end] not in listed:
            at += 1
            continue
        while end < len(claimed) and claimed[at : end + 1] in listed:
            end += 1
        covered.update(range(at, end))
        at = end
    return covered


def of_listed(term: str, listed: str, claimed: str, named: set[int]) -> bool:
    """Whether a Chinese term of a claim is of the member it names: written in the list, or a pair
    of characters astride the member's edge (算列 of 云计算列为, 作归 of 数字影视制作归在: its other
    half is a word of its own, judged as such)."""
    if term.isascii():
        return False
    if term in listed:
        return True
    return any(
        at in named or at + len(term) - 1 in named
        for at in (found.start() for found in re.finditer(re.escape(term), claimed))
    )
