"""Claims over two facts: a figure the article gives only as the result of arithmetic on two of
its figures (or on one figure of two members: imports and exports 双双 over 10 billion), decided
from those figures.

- sum: "imports plus exports exceeded 20 billion", "A, B and C together", 合计, 加起来;
- ratio: "is 2.5 times", 是…的N倍;
- share: "the first batch was 60% of the 1,000 planned", 占…的四成;
- average: "21 projects average 150 million each" (a total over a count), 平均;
- span: "17 days after applications opened", "less than four years after it was approved".

The operands are the two most relevant facts with a figure of the operation's kind (or dated
events, for a span); a figure the claim states of an operand (the 1,000 planned) must be one that
fact entails. Supported (ARITHMETIC_HOLDS) when every value the computed figure allows is one the
claim allows and the two facts ground every content word; refuted (ARITHMETIC_FAILS) when no value
is allowed by both, on the same two facts. A claim of arithmetic that one fact's figure seems to
contradict is never refuted by it (that figure is an operand, not the result): not-enough-info
(ARITHMETIC_UNDECIDED).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli.read import claims, quantities
from beilun_cli.read.quantities import ClaimedValue, Interval
from beilun_cli.verify import comparisons
from beilun_cli.verify.averages import PER_EACH, PER_MEASURE, per_measure, told_together
from beilun_cli.verify.comparisons import RATIO_TO_ONE, fact_interval
from beilun_cli.verify.figures import claimed_figure, fact_amount
from beilun_cli.verify.grounding import COVERED_WITH_MEASURE
from beilun_cli.verify.operands import Operands, is_length
from beilun_cli.verify.operations import (
    AMONG,
    AVERAGE,
    BEFORE,
    COUNTED,
    MULTIPLE,
    OPERATING,
    OPERATIONS_BY_NAME,
    RATIO,
    REMAINDER,
    SHARE,
    SHARE_OF,
    SPAN,
    SUM,
    SUMMED,
    multiple_bound,
    multiple_interval,
    operation,
)
from beilun_cli.verify.periods import spans_time
from beilun_cli.verify.remainders import said_new
from beilun_cli.verify.rules import (
    ALTERNATIVE,
    ARITHMETIC_FAILS,
    ARITHMETIC_HOLDS,
    ARITHMETIC_UNDECIDED,
    CONTRARY_STATUS,
    EQUIVALENT,
    FIGURE_ENTAILED,
    FIGURE_EXCLUSIVE,
    FIGURE_UNDECIDED,
    NO_FIGURE,
    NOT_ENOUGH_INFO,
    OTHER_TIME,
    REFUTED,
    SUPPORTED,
    Verdict,
    slot_row,
)
from beilun_cli.verify.slots import fact_text
from beilun_cli.verify.spans import DAYS, span_interval, span_unit
from beilun_cli.verify.totals import EACH, just_past

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


class Derived(Operands):
    """A judge that decides figures derived from two facts."""

    def _derived(self, answer: Verdict) -> Verdict:
        """The verdict on a claim of arithmetic, in place of `answer` (what its figures give one by
        one) when two facts decide it, or when one fact's figure would refute it."""
        way = operation(self.readable)
        # No arithmetic without the figure it yields (之后 with no span of days or years).
        if way is None or "negated" in self.claim.markers:
            return answer
        if self._result_value(way) is None:
            if way == REMAINDER and answer.verdict == SUPPORTED and len(self.claim.values) > 1:
                # What is left of a whole, of figures none of which is told apart as the rest:
                # the whole's own figure supports nothing of it.
                reason = "a remainder of two figures: no one figure of the claim is what is left"
                return Verdict(
                    self.claim.text, NOT_ENOUGH_INFO, reason, answer.evidence, ARITHMETIC_UNDECIDED
                )
            return answer
        # A sum the article states as a total (a combined total of over 50 billion) is that total.
        # Supported so only where no figure of the article was found for it (the figure's own
        # path would have judged its markers and stage).
        found = answer.rule in (NO_FIGURE, FIGURE_UNDECIDED)
        total = self._stated_total(way, found) if answer.verdict != REFUTED else None
        if total is not None:
            return total
        # A span the article states as a length (30多年 of development), restated.
        result = self._result_value(way)
        # Whatever one fact's figure or words say (80岁以上 is an age, no span of 10 years; 70年来
        # is stated, but not 80 years).
        length = self._stated_length(result) if way == SPAN and result is not None else None
        if length is not None:
            # The figure itself deciding as the length does is the figure's verdict.
            same = answer.verdict == length.verdict and answer.evidence[:1] == length.evidence[:1]
            return answer if same else length
        # A multiple (14倍, ten times) is no count: one fact's figure that fits it supports nothing.
        # Nor is a count an average of it (8 companies, for more than two projects each), but a
        # figure the article gives as an average, or per unit, is the figure itself. Nor does a
        # fact that states an event state a span since it (8个月前), but a period's own length.
        if (
            answer.verdict == SUPPORTED
            and (way != AVERAGE or all(self._averaged(r) for r in answer.evidence))
            and way not in (RATIO, REMAINDER, BEFORE)
            and (way != SPAN or any(is_length(r) for r in answer.evidence))
        ):
            return answer
        # One operand's figure is no refutation of the result, but a share the article gives as
        # a share (6% of the land) is the figure itself: it decides, not two counts.
        shared = way == SHARE and any(
            r["quantity"] is not None and fact_amount(r)[0] == quantities.SHARE for r in answer.evidence
        )
        if shared and answer.verdict == REFUTED:
            return answer
        decided = self._decide(way)
        if decided is not None:
            return decided
        # Nor is a total the article states as one (a combined total investment of 64 billion).
        # Nor is a figure each member has, which the figure's own comparison took as their total.
        summed = way == SUM and any(
            SUMMED.search(fact_text(r)) or EACH.search(r["quantity"]["written"] if r["quantity"] else "")
            for r in answer.evidence
        )
        # Nor is an average the article gives as one, or per the unit the claim says (147万元 per mu).
        averaged = way == AVERAGE and any(self._averaged(r) for r in answer.evidence)
        # Nor is a span the article gives as a length of time (30多年 of development, 十年).
        lasted = way == SPAN and any(is_length(r) for r in answer.evidence)
        given = shared or summed or averaged or lasted
        if (answer.rule in (FIGURE_EXCLUSIVE, OTHER_TIME, CONTRARY_STATUS) and not given) or (
            answer.verdict == SUPPORTED
        ):
            reason = f"a {way} of two figures: one figure of the article neither makes nor unmakes it"
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, answer.evidence, ARITHMETIC_UNDECIDED)
        return answer

    def _stated_total(self, way: str, unjudged: bool) -> Verdict | None:
        """A sum claimed against the most relevant fact that states a total of the sum's unit,
        for the claim's entities and time: refuted when no value is allowed by both; supported
        when every value the total allows is the claim's and the fact grounds every word of the
        claim but those of the sum (together worth 6.6 billion yuan, of 累计总投资66亿元); None
        otherwise (what the operands make decides)."""
        result = self._result_value(way) if way == SUM else None
        if result is None:
            return None
        for candidate in sorted(self.candidates.values(), key=lambda c: (-c.coverage, c.rank or 99)):
            record = candidate.record
            if (
                record["quantity"] is None
                or candidate.coverage < COVERED_WITH_MEASURE
                or fact_amount(record)[0] != result.unit
                or not SUMMED.search(fact_text(record))
                or self._entity_conflict(record) is not None
                or self._time(record) is not None
            ):
                continue
            written = record["quantity"]["written"]
            if unjudged and result.interval.contains(fact_interval(record)) and self._anchored([record]):
                reason = f"the article gives a total of {written}; the claim says {claimed_figure(result)}"
                return self._result(SUPPORTED, reason, record, rule=FIGURE_ENTAILED)
            if result.interval.meets(fact_interval(record)):
                return None
            reason = f"the article gives a total of {written}; the claim says {claimed_figure(result)}"
            return self._result(REFUTED, reason, record, rule=FIGURE_EXCLUSIVE)
        return None

    def _decide(self, way: str) -> Verdict | None:
        result = self._result_value(way)
        if result is None:
            return None
        stated = [value for value in self.claim.values if value.span != result.span]
        if way == SPAN:
            spanned = self._spanned(span_unit(result, self.claim.rest))
            if spanned is None:
                return None
            found: list[FactRecord] | None = spanned[0]
            derived: Interval | None = spanned[1]
            claimed = span_interval(result, self.claim.rest)
        else:
            found = self._operands(way, result, stated)
            derived = _apply(way, found) if found is not None else None
            per = per_measure(self.readable) if way == AVERAGE else None
            if derived is not None and per is not None:  # per square metre: per the unit said
                derived = Interval(
                    derived.low * per[1], derived.high * per[1], derived.low_open, derived.high_open
                )
            claimed = result.interval if way != SHARE or result.unit is not None else None
            if way == SUM and claimed is not None:  # a total only just past its figure
                claimed = just_past(claims.reading_form(self.readable), result, claimed)
            if way == RATIO:
                claimed = multiple_interval(result)
        if found is None or derived is None or claimed is None:
            return None
        if way == SHARE and not stated and len(found) == 2 and self._whole_and_part(found) == found:
            # A whole and the part reached of it, found by words alone: the part's share.
            found = found[::-1]
            derived = _apply(way, found)
            if derived is None:
                return None
        if way == SHARE and derived.low > 100 and claimed.high <= 100 and not stated:
            # A part larger than its whole, of two facts found by words alone: no part and its
            # whole (570 of 8 companies). Of a figure the claim gives (60% of the first batch, of
            # the 1,000 planned), the claim has the two the wrong way round.
            return None
        operands = found
        if not self._anchored(operands):
            return None
        if len(operands) == 1:  # one event, and now
            figures = f"{_written(operands[0], way)} and {self._now_written(operands[0])}"
        elif operands[0] is operands[1]:  # one figure of two members each
            figures = f"{_written(operands[0], way)} for each of two"
            operands = operands[:1]
        else:
            figures = " and ".join(_written(record, way) for record in operands)
        said = f"{way}: the article gives {figures}, which make {_shown(derived, way)}"
        if claimed.contains(derived):
            self.derivation = (self._figure_said(result), _shown(derived, way, self.chinese))
            return self._result(
                SUPPORTED,
                f"{said}; the claim says {claimed_figure(result)}",
                *operands,
                rule=ARITHMETIC_HOLDS,
            )
        if not claimed.meets(derived):
            self.derivation = (self._figure_said(result), _shown(derived, way, self.chinese))
            return self._result(
                REFUTED, f"{said}, not {claimed_figure(result)}", *operands, rule=ARITHMETIC_FAILS
            )
        return None

    def _result_value(self, way: str) -> ClaimedValue | None:
        """The claim's figure the operation yields: the one before "times" or 倍, the percentage
        of a share, the one before days or years of a span, the figure in the operands' unit of a
        sum or an average (the last so written)."""
        rest = self.claim.rest
        values = self.claim.values
        if way == RATIO:
            found = next(
                (v for v in values if re.match(rf"\s*(?:{MULTIPLE})|{RATIO_TO_ONE}", rest[v.span[1] :])),
                None,
            )
            if found is not None and found.qualifier == quantities.EXACT:
                found = multiple_bound(found, claims.reading_form(self.readable))
            return found if found is not None else comparisons.multiple_word(self.readable)
        if way == SHARE:
            share = next((v for v in values if v.unit == quantities.SHARE), None)
            return quantities.share_value(claims.reading_form(self.readable), share) if share else None
        if way == SPAN:  # not a period the claim's time is (用了七年时间, 7年来)
            spans = [v for v in values if span_interval(v, rest) is not None]
            return next((v for v in spans if not spans_time(self.readable, v)), None)
        if way == REMAINDER:
            return self._remainder_value(values)
        if way == BEFORE:
            # The count outside the words of the additions (six, of "before the two additions").
            words = OPERATIONS_BY_NAME[BEFORE].search(claims.reading_form(self.readable))
            counts = [v for v in values if v.unit in (None, quantities.COUNT, quantities.PEOPLE)]
            outside = [v for v in counts if words is None or not words.start() <= v.span[0] < words.end()]
            if len(outside) > 1:
                # The tally before the year is not the new ones said beside it (eight, of "eight
                # before 2018 and added two more last year"): those are the new ones' figure.
                outside = [v for v in outside if not said_new(claims.reading_form(self.readable), v)]
            return outside[-1] if len(outside) == 1 else None
        if way == AVERAGE and len(values) > 1 and (unstated := self._remainder_value(values)) is not None:
            return unstated  # 200 employees each, of the companies in that 6.7 km² area
        if way == AVERAGE and (per := re.search(PER_MEASURE, claims.reading_form(self.readable), re.I)):
            # 85 companies per square kilometre, 每平方公里85家: the figure said per a unit of another
            # fact, before per in English, after 每 in Chinese.
            if per.group().startswith("每"):
                said = [v for v in values if v.span[0] >= per.end()][:1]
            else:
                said = [v for v in values if v.span[1] <= per.start()][-1:]
            if said:
                return said[0]
        measured = [
            v
            for v in values
            if v.unit not in (None, quantities.SHARE, quantities.COUNT, quantities.PEOPLE, quantities.YEARS)
        ]
        if measured:
            return measured[-1]
        if way == SUM:
            # A sum of counts (17 and 14 companies, 相加为31家): the count after the sum's word.
            words = OPERATIONS_BY_NAME[SUM].search(claims.reading_form(self.readable))
            after = [v for v in values if words is not None and v.span[0] >= words.start()]
            return after[-1] if after and after[-1].unit in COUNTED else None
        if way != AVERAGE:
            return None
        # So many of one thing to each of another (每家企业不止两个项目): the count after 每, each.
        each = PER_EACH.search(rest)
        return next(
            (v for v in values if each and v.span[0] >= each.end() and v.unit in (None, quantities.COUNT)),
            None,
        )

    def _candidates(self, way: str, result: ClaimedValue) -> list[FactRecord]:
        """The facts with a figure that may be an operand, the most relevant first."""
        found = []
        # A share's whole is often named by no word of the part's but its own (the youth
        # apartments planned for the year): each must still be named, and both ground the claim.
        least = COVERED_WITH_MEASURE / 2 if way == SHARE else COVERED_WITH_MEASURE
        covered = self._operand_coverage()
        for candidate in self.candidates.values():
            record = candidate.record
            coverage = max(candidate.coverage, covered[record["id"]])
            if record["quantity"] is None or coverage < least:
                continue
            unit = fact_amount(record)[0]
            if way == SUM and unit != result.unit and not (result.unit is None and unit in COUNTED):
                continue
            if way == SHARE and unit == quantities.SHARE:
                continue
            if self._time(record) is not None and not self._dated_elsewhere(record):
                continue
            # A fact whose measure the claim names by more of its words comes first (the share of
            # the population, not the fact that tells it beside the share of output).
            named = sum(1 for term in self._measure_terms(record) if term in self.content)
            found.append(((-named, -coverage, candidate.rank or 99), record))
        found.sort(key=lambda row: row[0])
        return [record for _, record in found]

    def _dated_elsewhere(self, record: FactRecord) -> bool:
        """Whether some time of the claim fits the fact (the claim's other times date the other)."""
        as_of = record["as_of"]
        return as_of is None or any(t.meets(as_of["start"], as_of["end"]) for t in self.claim.times)

    def _operands(
        self, way: str, result: ClaimedValue, stated: list[ClaimedValue]
    ) -> list[FactRecord] | None:
        """The two facts the operation takes, in the order the claim names them (one for a sum of
        a fact's two members), or None when they cannot be told."""
        found = self._candidates(way, result)
        if (
            way == SUM
            and found
            and EACH.search(found[0]["quantity"]["written"] if found[0]["quantity"] else "")
        ):
            first = found[0]
            if self._entails_all(stated, [first]):
                return [first, first]
        if way == SUM and (named := self._named_pair()) is not None and comparisons.alike(*named):
            # Two measures the claim names as written (A数与B数相加为19家): their facts.
            return named if self._entails_all(stated, named) else None
        if way in (BEFORE, REMAINDER):
            remainder = (
                self._before_operands(found) if way == BEFORE else self._remainder_operands(found, result)
            )
            if remainder is None:
                return None
            pair = remainder
            # Of what it counts (enterprises worth 10 billion yuan or more), the counts are figures.
            stated = [v for v in stated if v.unit in (None, quantities.COUNT, quantities.PEOPLE)]
        elif way == AVERAGE:
            averaged = self._average_operands(found, result, stated)
            if averaged is None:
                return None
            pair = averaged
        elif way == RATIO and (named := self._ratio_pair(result, stated)) is not None:
            pair = named
        elif way in (RATIO, SHARE) and (tally := self._tally_in_claim_order(found)) is not None:
            pair = tally
        elif way in (RATIO, SHARE):
            # Two figures of one unit (a share of areas, not of a count by an area): of the units
            # the most relevant facts come in, the first whose two facts the claim tells apart.
            units = [fact_amount(r)[0] for r in found]
            groups = [
                [r for r, u in zip(found, units, strict=True) if u == unit] for unit in dict.fromkeys(units)
            ]
            tried = (self._ordered_pair(way, group, stated, result) for group in groups if len(group) > 1)
            ordered = next((told for told in tried if told is not None), None)
            if ordered is None:
                return None
            pair = ordered
        else:
            if len(found) < 2:
                return None
            pair = found[:2]
            if way == SUM and min(self._named_at(pair, stated)) < 0:
                return None
            if way == SUM and any(self._of_each(record) for record in pair):
                # A bound each member of a list has (20亿元以上的项目) is no total to add to another.
                return None
        return pair if self._entails_all(stated, pair) else None

    def _ordered_pair(
        self, way: str, found: list[FactRecord], stated: list[ClaimedValue], result: ClaimedValue
    ) -> list[FactRecord] | None:
        """The two most relevant of facts of one unit (of one subject, when two of the first
        few are), the numerator first, or None."""
        pair = next(iter(told_together(found[:1], found[1:4])), found[:2])
        ordered = self._in_claim_order(pair, stated, result)
        if ordered is None and way == SHARE:
            # Named in no order the claim's words tell: the part reached, of its whole.
            whole_part = self._whole_and_part(found[:3])
            ordered = whole_part[::-1] if whole_part is not None else None
        return ordered

    def _ratio_pair(self, result: ClaimedValue, stated: list[ClaimedValue]) -> list[FactRecord] | None:
        """The two facts a ratio sets side by side, the numerator first: two measures named as
        written; else, on each side of the multiple (before it and after it in English: A is
        more than double B; before 是 or 接近 and between it and the multiple in Chinese: A是B的5倍),
        the measure most of one of whose names' words it holds, or the one fact with a figure that
        holds most of its words and every entity it names (华朔科技's capacity, 雪龙集团's)."""
        named = self._named_pair() if not stated else None
        if named is not None and comparisons.in_ratio(*named):
            return named
        text = self.readable
        start, end = result.span
        if not self.chinese:
            sides = text[:start], text[end:]
        else:
            split = max(text.rfind(word, 0, start) for word in ("是", "为", "相当于", "接近", "达"))
            if split < 0:
                return None
            sides = text[:split], text[split:start]

        def terms(part: str) -> frozenset[str]:
            return frozenset(self._terms("", part))

        first, second = (comparisons.side_measure(self.measure_names, side, terms) for side in sides)
        pair = self._measures_pair([first, second]) if first and second and first != second else None
        if pair is None or not comparisons.in_ratio(*pair):
            facts = [self._side_fact(side, first) for side in sides]
            pair = [facts[0], facts[1]] if facts[0] and facts[1] and facts[0] is not facts[1] else None
        return pair if pair is not None and comparisons.in_ratio(*pair) else None

    def _entails_all(self, stated: list[ClaimedValue], operands: list[FactRecord]) -> bool:
        """Whether each figure the claim states besides the result is one an operand entails, or
        another fact of an operand's own subject (the companies in that 6.7 km² area: the area of
        the community whose companies and employees are the operands)."""
        named = self._subject_figures(operands, stated)
        for value in stated:
            if not any(value.interval.contains(fact_interval(record)) for record in [*operands, *named]):
                return False
        return True

    def _in_claim_order(
        self, pair: list[FactRecord], stated: list[ClaimedValue], result: ClaimedValue
    ) -> list[FactRecord] | None:
        """Two facts in the order the claim names them (the numerator first), or None when the
        claim does not name each (a second fact that adds nothing the claim says is no operand).
        A figure the claim states of one of them, written after the result, is the denominator
        ("60% of the 1,000"); otherwise each stands where the claim first says what it alone
        holds."""
        where = self._named_at(pair, stated)
        if min(where) < 0:
            return None
        figures = [
            any(v.interval.contains(fact_interval(record)) for v in stated) and record is not pair[1 - i]
            for i, record in enumerate(pair)
        ]
        if figures[0] != figures[1] and result.span[0] >= 0:
            known = 0 if figures[0] else 1
            denominator = where[known] > result.span[0]
            first = 1 - known if denominator else known
            return [pair[first], pair[1 - first]]
        if where[0] == where[1]:
            return None
        ordered = pair if where[0] < where[1] else pair[::-1]
        # 计划推出的青年公寓中,第一批占六成: the whole named first, among (中) which the part is.
        earlier, later = sorted(where)
        if AMONG.search(self.readable[earlier:later]) and SHARE_OF.search(self.readable[later:]):
            ordered = ordered[::-1]
        return ordered

    def operation_spans(self) -> list[tuple[int, int]]:
        """Where the claim writes the words of its comparison or its arithmetic: no fact must
        hold them."""
        spans = super().operation_spans()
        if operation(self.readable) is not None:
            spans += [found.span() for found in OPERATING.finditer(self.readable)]
        return spans

    def alignment(self, verdict: Verdict) -> list[dict[str, str | None]]:
        rows = super().alignment(verdict)
        if verdict.rule in (ARITHMETIC_HOLDS, ARITHMETIC_FAILS) and self.derivation is not None:
            relation = EQUIVALENT if verdict.rule == ARITHMETIC_HOLDS else ALTERNATIVE
            rows.append(slot_row("arithmetic", *self.derivation, relation))
        return rows


def _apply(way: str, operands: list[FactRecord]) -> Interval | None:
    """The interval of the operation on two facts' figures (all positive)."""
    a, b = (fact_interval(record) for record in operands)
    if way == SUM:
        return Interval(a.low + b.low, a.high + b.high, a.low_open or b.low_open, a.high_open or b.high_open)
    if way in (BEFORE, REMAINDER):
        # Never less than none left: a part over a bound leaves at least nothing.
        low = max(a.low - b.high, 0.0)
        return Interval(low, a.high - b.low, a.low_open or b.high_open, a.high_open or b.low_open)
    if b.low <= 0 or a.low < 0:
        return None
    low, high = a.low / b.high, a.high / b.low
    scale = 100.0 if way == SHARE else 1.0  # a share in percent
    return Interval(low * scale, high * scale, a.low_open or b.high_open, a.high_open or b.low_open)


def _written(record: FactRecord, way: str) -> str:
    if record["quantity"] is not None and way != SPAN:
        return record["quantity"]["written"]
    as_of = record["as_of"]
    return as_of["start"] if as_of is not None else ""


def _shown(derived: Interval, way: str, chinese: bool = False) -> str:
    """A derived interval for a reason, in English or Chinese: its value, or its bounds."""
    units = {SHARE: "%", SPAN: "天", RATIO: "倍"} if chinese else {SHARE: "%", SPAN: " days", RATIO: " times"}
    unit = units.get(way, "")
    if way == SPAN and derived.low > 2 * DAYS["year"]:  # years of days, in years
        unit = "年" if chinese else " years"
        scale = DAYS["year"]
        derived = Interval(derived.low / scale, derived.high / scale, derived.low_open, derived.high_open)

    def number(amount: float) -> str:
        return f"{amount:,.3g}" if abs(amount) < 1000 else f"{amount:,.0f}"

    if derived.high == quantities.INFINITY:
        return f"超过{number(derived.low)}{unit}" if chinese else f"over {number(derived.low)}{unit}"
    if abs(derived.high - derived.low) <= 1e-9 * max(abs(derived.high), 1.0):
        return f"{number(derived.low)}{unit}"
    joined = "至" if chinese else " to "
    return f"{number(derived.low)}{joined}{number(derived.high)}{unit}"
