"""Explaining a verdict: each slot of the claim against the evidence's (`alignment`), and the
reason in Chinese from the rule that decided and the slot it decided on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import markers, quantities
from beilun_cli.read.quantities import ClaimedValue
from beilun_cli.verify import pictures
from beilun_cli.verify.alternatives import facts_text, in_the_stead
from beilun_cli.verify.closed_sets import outsider_of
from beilun_cli.verify.comparisons import COMPARISON_WORD
from beilun_cli.verify.entities import ATTRIBUTED_KINDS
from beilun_cli.verify.figures import Figures, claimed_figure, comparable_fact, fact_amount, slip_of
from beilun_cli.verify.grounding import HOME, PLACE_ORDINALS
from beilun_cli.verify.lists import closed_list, only_of_listed
from beilun_cli.verify.members import count_conflict, counted_list_conflict, only_listed_member, outsider
from beilun_cli.verify.named_numbers import renamed
from beilun_cli.verify.places import authority_written
from beilun_cli.verify.rules import (
    ALTERNATIVE,
    ARITHMETIC_FAILS,
    ARITHMETIC_HOLDS,
    ARITHMETIC_UNDECIDED,
    COMPARISON_FAILS,
    COMPARISON_HOLDS,
    CONTRARY_CHANGE,
    CONTRARY_MARKER,
    CONTRARY_STATUS,
    EQUIVALENT,
    FIGURE_ENTAILED,
    FIGURE_EXCLUSIVE,
    FIGURE_UNDECIDED,
    INDEPENDENT,
    LEVEL_FOR_CHANGE,
    MISTAKEN_IDENTITY,
    NARROWER,
    NEGATED,
    NO_FACT,
    NO_FIGURE,
    NOTHING_TO_CHECK,
    OTHER_ENTITY,
    OTHER_MEMBER,
    OTHER_ORDER,
    OTHER_SLOT_VALUE,
    OTHER_TIME,
    PARTLY_STATED,
    PER_UNIT,
    REFUTED,
    SIBLING_PLACE,
    STATED,
    SUPPORTED,
    SWAPPED_ATTRIBUTES,
    UNNAMED_PLACE,
    UNSTATED_ENTITY,
    UNSTATED_MARKER,
    UNSTATED_TIME,
    UNSTATED_WORD,
    Verdict,
    slot_row,
)
from beilun_cli.verify.sibling_lists import kinds_written
from beilun_cli.verify.slots import (
    ADDITIVE,
    article_words,
    fact_per,
    fact_texts,
    is_event,
    span_of,
    status_names,
)

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A claimed figure's quantifier in a Chinese reason: the lexicon's words (超过, 近, 约...).
_CHINESE_QUANTIFIERS = {
    name: lexicon.quantifier_words(name, "zh")
    for name in (
        quantities.OVER,
        quantities.NEARLY,
        quantities.ABOUT,
        quantities.AT_LEAST,
        quantities.UNDER,
        quantities.AT_MOST,
        quantities.MORE_THAN,
        quantities.EXACTLY,
    )
}

# The slot each rule decides on, for its reason.
_DECIDING_SLOTS = {
    ARITHMETIC_HOLDS: "arithmetic",
    ARITHMETIC_FAILS: "arithmetic",
    ARITHMETIC_UNDECIDED: "figure",
    FIGURE_ENTAILED: "figure",
    FIGURE_EXCLUSIVE: "figure",
    FIGURE_UNDECIDED: "figure",
    NO_FIGURE: "figure",
    OTHER_TIME: "time",
    OTHER_ORDER: "order",
    OTHER_SLOT_VALUE: "theme",
    UNSTATED_TIME: "time",
    OTHER_ENTITY: "entity",
    UNSTATED_ENTITY: "entity",
    MISTAKEN_IDENTITY: "entity",
    CONTRARY_STATUS: "status",
    LEVEL_FOR_CHANGE: "change",
    CONTRARY_CHANGE: "change",
    PER_UNIT: "per",
    COMPARISON_HOLDS: "comparison",
    COMPARISON_FAILS: "comparison",
    CONTRARY_MARKER: "marker",
    UNSTATED_MARKER: "marker",
    SIBLING_PLACE: "place",
    OTHER_MEMBER: "word",
    UNNAMED_PLACE: "place",
    UNSTATED_WORD: "word",
}

# The slot, the claim's and the fact's value of the rules that decide on a figure's kind or a
# deed's stage (the fact's per unit and both stages are filled in from the claim and the fact).
_KIND_ROWS = {
    LEVEL_FOR_CHANGE: ("change", "increase", "level"),
    CONTRARY_CHANGE: ("change", "fall", "growth"),
    PER_UNIT: ("per", "total", "per"),
    CONTRARY_STATUS: ("status", "", ""),
}
_CHINESE_KINDS = {
    "increase": "增量",
    "level": "总量",
    "fall": "下降",
    "growth": "增长",
    "total": "总量",
    "per mu": "每亩",
    "per person": "人均",
    "planned": "计划",
    "started or under construction": "开工或在建",
    "completed": "建成或完成",
    "not yet started or under construction": "尚未开工或启动",
    "not yet completed": "尚未建成或完成",
}
# Each rule's reason in Chinese: {claim} and {fact} are the deciding slot's values, {statement}
# the evidence's Chinese claim.
_CHINESE_REASONS = {
    STATED: "原文有此陈述：{statement}",
    FIGURE_ENTAILED: "数字：原文为{fact}，声明为{claim}，相符",
    FIGURE_EXCLUSIVE: "数字：原文为{fact}，声明为{claim}，不符",
    FIGURE_UNDECIDED: "数字：原文为{fact}，声明为{claim}，原文既未证实也未否定",
    NO_FIGURE: "数字：原文没有给出声明中“{claim}”所指的数字",
    UNSTATED_WORD: "未提及：原文没有提到“{claim}”",
    UNNAMED_PLACE: "未提及：原文没有提到{claim}",
    SIBLING_PLACE: "地点：原文为{fact}，声明为{claim}",
    OTHER_MEMBER: "不符：原文为{fact}，声明为{claim}",
    OTHER_ENTITY: "主体：原文说的是{fact}，不是{claim}",
    UNSTATED_ENTITY: "主体：原文没有就{claim}这样说：{statement}",
    MISTAKEN_IDENTITY: "人物：原文所说的不是{claim}：{statement}",
    CONTRARY_STATUS: "进度：原文为{fact}，声明为{claim}：{statement}",
    LEVEL_FOR_CHANGE: "变化：原文给出的是{fact}，声明说成{claim}：{statement}",
    CONTRARY_CHANGE: "变化：原文为{fact}，声明为{claim}：{statement}",
    PER_UNIT: "单位：原文为{fact}的数字，声明说成{claim}：{statement}",
    COMPARISON_HOLDS: "比较：原文为{fact}，声明说{claim}，相符",
    ARITHMETIC_HOLDS: "运算：由原文数字算得{fact}，声明为{claim}，相符：{statement}",
    ARITHMETIC_FAILS: "运算：由原文数字算得{fact}，声明为{claim}，不符：{statement}",
    ARITHMETIC_UNDECIDED: "运算：声明的数字由两项数字算得，原文的{fact}一项既不证实也不否定",
    COMPARISON_FAILS: "比较：原文为{fact}，声明说{claim}，不符",
    OTHER_TIME: "时间：原文为{fact}，声明为{claim}",
    OTHER_ORDER: "顺序：原文为{fact}，声明为{claim}：{statement}",
    SWAPPED_ATTRIBUTES: "对应：声明把原文分别说给两个名称的话互换了：{statement}",
    OTHER_SLOT_VALUE: "不符：原文为{fact}，声明为{claim}：{statement}",
    UNSTATED_TIME: "时间：原文为{fact}，声明为{claim}，原文没有说这一时间的情况",
    CONTRARY_MARKER: "说法：原文为“{fact}”，声明为“{claim}”：{statement}",
    UNSTATED_MARKER: "未提及：原文没有说“{claim}”：{statement}",
    NO_FACT: "原文没有陈述此事",
    PARTLY_STATED: "原文没有陈述其全部内容：{statement}",
    NOTHING_TO_CHECK: "声明没有可核查的内容：请说明所指的对象（北仑的GDP、北仑的志愿者）",
}


class Explained(Figures):
    """A judge that explains its verdicts."""

    def alignment(self, verdict: Verdict) -> list[dict[str, str | None]]:
        """Each slot the claim fills against the evidence's: figures, times, entities, markers,
        places and words the evidence does not ground, and a negation."""
        rows: list[dict[str, str | None]] = []
        evidence = verdict.evidence
        record = evidence[0] if evidence else None
        for value in self.figures:
            fact = next((r for r in evidence if comparable_fact(value, r)), None)
            said = self._figure_said(value)
            if fact is None or fact["quantity"] is None:
                rows.append(slot_row("figure", said, None, INDEPENDENT))
            else:
                written = fact["quantity"]["written"]
                rows.append(slot_row("figure", said, written, self._figure_relation(value, fact)))
        for time in self.claim.times:
            as_of = record["as_of"] if record is not None else None
            if as_of is None:
                rows.append(slot_row("time", time.written, None, INDEPENDENT))
                continue
            assert record is not None
            fits = self._time(record) is None
            exclusive = ALTERNATIVE if is_event(record, years=True) else INDEPENDENT
            rows.append(slot_row("time", time.written, as_of["written"], EQUIVALENT if fits else exclusive))
        for entity in self.claim.entities:
            if entity in HOME or record is None:
                continue
            mine = self._names(entity)[0 if self.chinese else 1 if len(self._names(entity)) > 1 else 0]
            if self._mentions(record, entity):
                rows.append(slot_row("entity", mine, mine, EQUIVALENT))
                continue
            kind = self.kinds.get(entity)
            owners = [
                e for e in record["entities"] if self.kinds.get(e) == kind and e not in self.claim.entities
            ]
            authority = authority_written(self.readable, self._names(entity)) if kind == "place" else None
            acting = [e for e in record["entities"] if self.kinds.get(e) == "organisation"]
            if authority is not None and acting and verdict.rule == OTHER_ENTITY:  # 浙江省政府 for 国务院
                rows.append(slot_row("entity", authority, self._local_name(acting[0]), ALTERNATIVE))
            elif kind in ATTRIBUTED_KINDS and owners:
                rows.append(slot_row("entity", mine, self._local_name(owners[0]), ALTERNATIVE))
            elif verdict.rule == OTHER_ENTITY and (owner := self._slot_owner(record)) is not None:
                rows.append(slot_row("entity", mine, self._local_name(owner), ALTERNATIVE))  # 龙马风情 line
            elif verdict.rule == OTHER_ENTITY and (instead := self._listed_in_stead(record, owners)):
                rows.append(slot_row("entity", mine, self._local_name(instead), ALTERNATIVE))  # 银泰城二期
            elif kind == "place" and (sibling := self._sibling_place(self._names(entity), [record])):
                rows.append(slot_row("entity", sibling[1], sibling[0], ALTERNATIVE))  # 浙江 for 吉林
            else:
                rows.append(slot_row("entity", mine, None, INDEPENDENT))
        counted = counted_list_conflict(article_words(record), self.readable) if record is not None else None
        if counted is not None and verdict.rule == CONTRARY_MARKER:  # 三美, where the fact lists four
            count, size = counted
            mine, theirs = (f"{count}项", f"{size}项") if self.chinese else (f"{count}", f"{size}")
            rows.append(slot_row("marker", mine, theirs, ALTERNATIVE))
        if record is not None:
            stated = markers.marker_words(article_words(record))
            placed = pictures.places(self.catalog, self.readable, record)
            if placed is not None:  # the first photo, where the caption is printed second
                said, own = (f"第{n}张图片" if self.chinese else f"picture {n}" for n in placed)
                rows.append(slot_row("marker", said, own, EQUIVALENT if own == said else ALTERNATIVE))
            for marker, written in markers.marker_words(self.claim.text).items():
                if marker == "negated" or (placed is not None and marker in PLACE_ORDINALS):
                    continue
                listed = (
                    only_of_listed(record, self.readable, self._entity_names(), self.claim.values)
                    if marker == "only"
                    else ()
                )
                item = only_listed_member(record, self.readable.casefold()) if marker == "only" else ""
                if listed or item:  # 只给中国女排, of 中国女排等多支国家队; 只涉及住房, of 住房、教育…
                    member = self._in_claims_language(listed) if listed else item
                    among = f"{member}等" if self.chinese else f"{member} among others"
                    rows.append(slot_row("marker", written, among, ALTERNATIVE))
                    continue
                stead = (
                    in_the_stead(
                        self.readable, self.claim.rest, self._ungrounded([record]), [record], self.latin
                    )
                    if marker == "only" and verdict.rule == CONTRARY_MARKER and self.alternatives
                    else None
                )
                if stead is not None and stead[0].place is None:  # 只有部分, where the fact says 全域
                    rows.append(slot_row("marker", stead[1].written, stead[0].written, ALTERNATIVE))
                    continue
                conflict = (
                    count_conflict(article_words(record), self.readable.casefold(), self._claimed_names())
                    if marker == "one-of"
                    else None
                )
                stranger = (
                    outsider(article_words(record), self.readable.casefold()) if marker == "one-of" else None
                )
                if stranger is not None:  # “生态之美”是三大工程之一, where the fact lists the three
                    rows.append(slot_row("marker", stranger[0], "、".join(stranger[1]), ALTERNATIVE))
                    continue
                if conflict is not None:  # 五美之一, where the fact lists four
                    count, size = conflict
                    mine, theirs = (
                        (f"{count}项{written}", f"{size}项")
                        if self.chinese
                        else (f"{written} {count}", f"{size}")
                    )
                    rows.append(slot_row("marker", mine, theirs, ALTERNATIVE))
                    continue
                # One of a set is the membership the fact states of what it names (members.py).
                if marker in stated or (marker == "one-of" and "only" not in stated):
                    rows.append(slot_row("marker", written, stated.get(marker, written), EQUIVALENT))
                    continue
                family = next((f for f in markers.EXCLUSIVE_MARKERS if marker in f), ())
                other = next((m for m in family if m in stated), None)
                if marker == "only" and "one-of" in stated:
                    other = "one-of"
                elif marker == "one-of" and "only" in stated:
                    other = "only"
                rows.append(
                    slot_row("marker", written, stated[other], ALTERNATIVE)
                    if other is not None
                    else slot_row("marker", written, None, INDEPENDENT)
                )
        added = self._additive() if verdict.rule == UNSTATED_MARKER else None
        if added is not None and not any(row["slot"] == "marker" for row in rows):
            rows.append(slot_row("marker", added.group(), None, INDEPENDENT))  # also, 也
        for place in self.strange_places:
            rows.append(slot_row("place", place, None, INDEPENDENT))
        if evidence and verdict.rule in (UNSTATED_WORD, SIBLING_PLACE, OTHER_MEMBER):
            missing = self._ungrounded(evidence)
            sibling = self._sibling_place(missing, evidence) if verdict.rule == SIBLING_PLACE else None
            stead = in_the_stead(self.readable, self.claim.rest, missing, evidence, self.latin)
            if sibling is None and stead is not None and verdict.rule != UNSTATED_WORD:
                sibling = stead[0].written, stead[1].written
            if sibling is None and verdict.rule == OTHER_MEMBER:  # a name with another number
                sibling = renamed(self.readable, " ".join(facts_text(r, self.latin) for r in evidence))
            if sibling is None and verdict.rule == OTHER_MEMBER:  # a sibling outside a closed set
                sibling = outsider_of(evidence[0], self.readable, self._names, self.latin)
            if sibling is None and verdict.rule == OTHER_MEMBER:  # a member in a sibling kind
                sibling = kinds_written(evidence, self.latin)
            if sibling is not None:
                slot = "place" if verdict.rule == SIBLING_PLACE else "word"
                rows.append(slot_row(slot, sibling[1], sibling[0], ALTERNATIVE))
            rows += [
                slot_row("word", self._written(term).strip("'“”"), None, INDEPENDENT) for term in missing
            ]
        if verdict.rule in (COMPARISON_HOLDS, COMPARISON_FAILS) and len(evidence) == 2:
            figures = [r["quantity"]["written"] if r["quantity"] else "" for r in evidence]
            found = COMPARISON_WORD.search(self.readable)
            relation = EQUIVALENT if verdict.rule == COMPARISON_HOLDS else ALTERNATIVE
            rows.append(slot_row("comparison", found.group() if found else "", " / ".join(figures), relation))
        if verdict.rule in _KIND_ROWS and record is not None:
            rows.append(self._kind_row(verdict.rule, record))
        if verdict.rule == OTHER_SLOT_VALUE and record is not None:  # 海洋生物, of 以港口文化为主题
            from beilun_cli.verify.slot_frames import other_value

            theme = other_value(self.claim.text, fact_texts(record, self.latin), "en" if self.latin else "zh")
            if theme is not None:
                rows.append(slot_row("theme", theme[1], theme[2], ALTERNATIVE))
        if "negated" in self.claim.markers:
            rows.append(slot_row("polarity", "negated", "affirmed", ALTERNATIVE))
        return rows

    def _additive(self) -> re.Match[str] | None:
        """A word that adds the claim's figure to what is known (also, 也), before a figure in its
        clause (也覆盖了70岁到79岁: not 总投资640亿元的…也在稳步推进, an also of another verb)."""
        folded = self.readable.casefold()
        for added in ADDITIVE.finditer(folded):
            clause = re.split(r"[,，。;；:：!?！？]", folded[added.end() :], maxsplit=1)[0]
            if any(value.text.casefold() in clause for value in self.figures):
                return added
        return None

    def _listed_in_stead(self, record: FactRecord, owners: list[str]) -> str | None:
        """The member of the fact's closed list (of `owners`, the fact's entities of the claimed
        one's kind) the claim leaves out, or None."""
        entities = list(record["entities"])
        listed = {
            entities[at] for at in closed_list(record["claim"]["zh"], [self._names(e) for e in entities])
        }
        return next((e for e in owners if e in listed), None)

    def _kind_row(self, rule: str, record: FactRecord) -> dict[str, str | None]:
        """The row of the slot a figure's kind or a deed's stage decided on."""
        slot, claimed, fact = _KIND_ROWS[rule]
        if rule == PER_UNIT:
            quantity = record["quantity"]
            fact = f"per {fact_per(quantity['amount_unit']) if quantity else ''}"
        elif rule == CONTRARY_STATUS:
            claimed, fact = status_names(self.claim.stage, self.claim.markers, record)
        if self.chinese:
            claimed, fact = _CHINESE_KINDS.get(claimed, claimed), _CHINESE_KINDS.get(fact, fact)
        return slot_row(slot, claimed, fact, ALTERNATIVE)

    def _figure_said(self, value: ClaimedValue) -> str:
        """A claimed figure with its quantifier, in the claim's language: 近17万名, nearly 170,000."""
        if not self.chinese:
            return claimed_figure(value)
        quantifier = _CHINESE_QUANTIFIERS.get(value.qualifier, "")
        return value.text if value.text.startswith(quantifier) else f"{quantifier}{value.text}"

    def _local_name(self, entity: str) -> str:
        """An entity's name in the claim's language."""
        names = self._names(entity)
        return names[0] if self.chinese or len(names) < 2 else names[1]

    def chinese_reason(self, verdict: Verdict) -> str:
        """The reason in Chinese, from the rule that decided and the slot it decided on."""
        rule = verdict.rule
        slot = _DECIDING_SLOTS.get(rule)
        rows = [r for r in verdict.alignment if r["slot"] == slot]
        # A refuting slot first: a figure no fact gives (independent) does not refute.
        exclusive = [r for r in rows if r["relation"] == ALTERNATIVE] if verdict.verdict == REFUTED else []
        deciding = exclusive or [r for r in rows if r["relation"] not in (EQUIVALENT, NARROWER)] or rows
        row = deciding[0] if deciding else None
        claimed = row["claim"] if row else ""
        fact = row["fact"] if row else ""
        statement = verdict.evidence[0]["claim"]["zh"] if verdict.evidence else ""
        if rule == NEGATED:
            if verdict.verdict == REFUTED:
                return f"否定：声明否认了原文所说：{statement}"
            if verdict.verdict == SUPPORTED:
                return f"否定：声明否认的正是原文所排除的：{statement}"
            return f"否定：声明为否定句，原文不能判定：{statement}"
        if slot == "time" and not fact:
            return f"时间：原文没有说{claimed}的情况：{statement}"
        reason = _CHINESE_REASONS[rule].format(claim=claimed, fact=fact or "", statement=statement)
        if slot == "figure" and row is not None and fact:
            return self._chinese_figure_notes(reason, verdict, str(claimed))
        return reason

    def _chinese_figure_notes(self, reason: str, verdict: Verdict, claimed: str) -> str:
        """A figure's Chinese reason with the fact's time, a relative time read, and a slip."""
        record = next(r for r in verdict.evidence if r["quantity"] is not None)
        as_of = record["as_of"]
        if as_of is not None:
            span = span_of(as_of["start"], as_of["end"])
            when = span if as_of["written"] in (span, f"{span}年") else f"{as_of['written']}，即{span}"
            reason = reason.replace("，声明为", f"（{when}），声明为", 1)
        value = next((v for v in self.figures if v.text == claimed), None)
        if verdict.rule == FIGURE_EXCLUSIVE and value is not None:
            article, _, _ = self._intervals(value, record)
            converted = value.unit is not None and value.unit != fact_amount(record)[0]
            reason += slip_of(value, article, converted, chinese=True)
        relative = [time for time in self.claim.times if time.relative]
        if verdict.verdict == SUPPORTED and relative:
            time = relative[0]
            reason += f"（“{time.written}”即{time.start}：原文发表于{self.published}）"
        return reason
