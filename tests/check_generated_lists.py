"""Claims generated from every fact whose own Chinese claim names an entity in an open list (A、B等
多支国家队, 张人亚党章学堂、开发开放展览馆等20个红色教育基地), for tests/check_generated.py:

- the first member said to be the only one (只有中国女排, the list's other members and its 等
  dropped): refuted, the article names it among others;
- the first member alone, with the fact's figure (the list's other members and its 等 dropped):
  never supported, the figure is the group's; not-enough-info;
- of a list closed without 等 (以博地影秀城、华生设计巢为代表), its first member replaced by another
  entity of its kind: refuted.

The list is found here by the fact's text and the entity's name, not by the checker's reader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


# After a list's last member: 等, then its count (多支, 20个, 一大批) if any.
_CLOSING = re.compile(r"[”\"]?等(?:[多数几一]?大?[批支个家项名座]|\d+[个家项名座])?")


def list_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each fact's first listed entity."""
    for record in records:
        zh = record["claim"]["zh"]
        first = _first_member(zh, record["entities"], names)
        if first is None:
            continue
        name, start, end, closing = first
        # The first member kept, the others and the closing 等 dropped.
        alone = zh[:end] + zh[closing.end() :]
        yield record["id"], "only-listed", "zh", zh[:start] + "只有" + alone[start:], REFUTED
        quantity = record["quantity"]
        number = re.search(r"\d+(?:\.\d+)?", quantity["written"]) if quantity else None
        if number is not None and number.group() in alone:
            yield record["id"], "listed-member-figure", "zh", alone, NOT_ENOUGH_INFO


def _first_member(
    zh: str, entities: Sequence[str], names: Mapping[str, Sequence[str]]
) -> tuple[str, int, int, re.Match[str]] | None:
    """The entity named first in a list of the claim that closes with 等: its name, where it is
    written, and the list's closing."""
    found = []
    for entity in entities:
        name = names.get(entity, [""])[0]
        at = zh.find(name) if len(name) > 1 else -1
        if at < 0:
            continue
        closing = _CLOSING.search(zh, at + len(name))
        # Only members between it and the closing: no clause ends before it.
        if closing is None or re.search(r"[,，。;；()（）]", zh[at : closing.start()]):
            continue
        between = zh[at + len(name) : closing.start()]
        if between and not between.startswith(("、", "”、")):
            continue
        found.append((at, name, closing))
    if not found:
        return None
    at, name, closing = min(found, key=lambda item: item[0])
    # The first member: no other member before it (、 just before its start).
    if zh[:at].rstrip("“").endswith("、"):
        return None
    return name, at, at + len(name), closing


def closed_list_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): of a list a fact's Chinese claim closes without 等 (以
    博地影秀城、华生设计巢为代表), its first member replaced by another entity of its kind: refuted."""
    for record in records:
        zh = record["claim"]["zh"]
        written = [(zh.find(names[e][0]), e) for e in record["entities"] if len(names.get(e, [""])[0]) > 1]
        written = sorted((at, e) for at, e in written if at >= 0)
        for (at, first), (next_at, second) in zip(written, written[1:], strict=False):
            end = at + len(names[first][0])
            clause = re.split(r"[,，。;；()（）]", zh[next_at:], maxsplit=1)[0]
            if zh[end:next_at] not in ("、", "和") or kinds.get(first) != kinds.get(second) or "等" in clause:
                continue
            if kinds.get(first) == "place":
                continue  # a place in the stead of another is the sibling-place family's
            other = next(
                (e for e in sorted(kinds) if kinds[e] == kinds[first] and e not in record["entities"]), None
            )
            if other is not None and len(names[other][0]) > 1:
                yield record["id"], "closed-list-member", "zh", zh[:at] + names[other][0] + zh[end:], REFUTED
            break
