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

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


# After a list's last member: 等, then its count (多支, 20个, 一大批) if any.
_CLOSING = re.compile(r"[”\"]?等(?:[多数几一]?大?[批支个家项名座]|\d+[个家项名座])?")


def list_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], readings: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each fact's first listed entity. A figure each
    member has (its measure read `each`: 20亿元以上的项目有…) is the member's own, not the group's:
    check_generated_each.py gives it to each member."""
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
        of_each = readings.get(record["measure"] or "") == "each"
        if number is not None and number.group() in alone and not of_each:
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


# A name the article never writes, put in a list in the stead of a member: the list is unstated.
_UNKNOWN = "“东海明珠”"


def shared_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(facts, family, lang, claim, verdict) of lists spread over several facts, each member its
    own fact: the facts whose Chinese claims say one thing of names of one kind (北仑成功举办了…),
    and the entities named by a quotation and one kind's noun (“花香柴桥”文明示范线). Their
    names said in one claim, joined by 和, by 、 or (quoted) side by side: supported; with a
    name the article never writes among them: not-enough-info."""
    said: dict[tuple[str, str | None], list[str]] = {}
    for record in records:
        zh = record["claim"]["zh"]
        for entity in record["entities"]:
            name = names.get(entity, [""])[0]
            if len(name) > 1 and zh.count(name) == 1:
                said.setdefault((zh.replace(name, "{}"), kinds.get(entity)), []).append(name)
    for (form, _), members in sorted(said.items()):
        # Not inside a quotation (“飞天奖”颁奖典礼): “A和B” would be one name.
        if len(members) > 1 and "“{}”" not in form:
            yield from _listed(form, sorted(members))
    nouns: dict[str, list[str]] = {}
    for entity in sorted(kinds):
        quoted = re.fullmatch(r"(“[^”]+”)(.+)", names.get(entity, [""])[0])
        if quoted is not None:
            nouns.setdefault(quoted.group(2), []).append(quoted.group(1))
    for noun, members in sorted(nouns.items()):
        if len(members) > 1:
            yield from _listed(f"文中提到的{noun}有{{}}。", members)


def _listed(form: str, members: Sequence[str]) -> Iterator[tuple[str, str, str, str, str]]:
    """A claim `form` of several members in each way a list is written, and with a member the
    article never writes in the stead of the last."""
    ident = "+".join(members)
    ways = [(members[:2], "和"), (members, "、")] if len(members) > 2 else [(members, "和")]
    if all(member.startswith("“") for member in members):
        ways.append((members, ""))
    unknown = _UNKNOWN + re.sub(r"^“[^”]*”", "", members[-1])[-3:]
    for listed, joint in ways:
        for names, verdict, family in (
            (listed, SUPPORTED, "shared-list"),
            ([*listed[:-1], unknown], NOT_ENOUGH_INFO, "shared-list-unknown"),
        ):
            written = joint.join(names[:-1]) + ("和" if joint == "、" else joint) + names[-1]
            yield ident, family, "zh", form.format(written), verdict


# The verbs and prepositions a list's first member may follow in its clause (从住房、教育…, 发展…):
# an only goes before them (只从住房入手), said of the member.
_BEFORE_FIRST = ("从", "发展", "包括", "涉及", "推进", "打造", "有")
# What closes a list after its last member: 等 and its count and kind, or a count (两方面, 三大).
_LIST_END = re.compile(r"等[^,，。;；]*?(?=[入着为的,，。;；]|$)|[两三四五六七八九十]+(?:个|大|项)?方面")


def only_member_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): of each list (A、B、C等, of three or more members; A和B
    两方面, two a count closes) a fact's Chinese claim writes after one of _BEFORE_FIRST, an only
    said of its first member alone (只从住房入手, the others and the list's closing dropped):
    refuted, the article names it among others."""
    for record in records:
        zh = record["claim"]["zh"]
        for clause in re.finditer(r"[^,，。;；]+", zh):
            text = clause.group()
            parts = text.split("、")
            counted = re.search(r"和[^和]+?[两三四五六七八九十]+(?:个|大|项)?方面", text)
            if len(parts) == 1 and counted is not None:
                parts = [text[: counted.start()], text[counted.start() + 1 :]]  # A和B两方面
            elif len(parts) < 3:
                continue
            lead = next((verb for verb in _BEFORE_FIRST if verb in parts[0]), None)
            if lead is None or parts[0].endswith(lead) or re.search(r"[现拥具所没]有", parts[0]):
                continue
            at = clause.start() + parts[0].rfind(lead)
            first_end = clause.start() + len(parts[0])
            closing = _LIST_END.search(parts[-1])
            if closing is None:
                continue  # the last member's end is unknown (人口、空间、产业结构调整: of 结构调整)
            list_end = clause.start() + len(text) - len(parts[-1]) + closing.end()
            claim = zh[:at] + "只" + zh[at:first_end] + zh[list_end:]
            yield record["id"], "only-one-of-listed", "zh", claim, REFUTED
            break
