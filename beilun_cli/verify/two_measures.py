"""Claims that compare two measures (北仑森林覆盖率比绿化覆盖率低, 绿地率高于绿化覆盖率, green
coverage is higher than the green-space ratio), or say by how much one is more (高出0.5个百分点,
多3家, 3 more than): decided only by the two facts' figures, one of each measure the claim names on
each side of its comparison word, never by how many of its words a fact holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from beilun_cli.read import markers, quantities
from beilun_cli.read.quantities import ClaimedValue
from beilun_cli.verify import comparisons
from beilun_cli.verify.comparisons import Compared, fact_interval
from beilun_cli.verify.explain import Explained
from beilun_cli.verify.figures import claimed_figure, fact_amount
from beilun_cli.verify.grounding import HOME
from beilun_cli.verify.rules import (
    ARITHMETIC_FAILS,
    ARITHMETIC_HOLDS,
    ARITHMETIC_UNDECIDED,
    COMPARISON_FAILS,
    COMPARISON_HOLDS,
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    UNSTATED_MARKER,
    UNSTATED_WORD,
    Verdict,
)
from beilun_cli.verify.slots import stated_markers

if TYPE_CHECKING:
    from collections.abc import Sequence

    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.times import ClaimedTime

DIFFERENCE = "difference"


class Compares(Explained):
    """A judge that decides a comparison of two measures by their figures."""

    derivation: tuple[str, str] | None = None  # the claim's figure and the derived one, for the alignment

    def figure_spans(self) -> list[tuple[int, int]]:
        """Where the claim writes its figures, with their quantifiers (高于1000亿元)."""
        return [value.span for value in self.claim.values]

    def _comparison(self) -> Verdict | None:
        """A claim comparing two measures, decided by their figures when the base gives one of
        each that fits the claim's entities and time, and the claim's other figures are theirs;
        None otherwise (the figures, one by one, then decide, and no fact's words support it)."""
        found = comparisons.compared(self.readable, self.figure_spans())
        if found is None:
            return None
        values = [v for v in self.claim.values if not self.readable.startswith("百分点", v.span[0])]
        by = comparisons.difference_figure(self.readable, found, values)
        picked = self._compared_pair(found)
        if picked is None or not comparisons.alike(picked[0], picked[1]):
            # A difference is no level: no fact's own figure decides it.
            return self._undecided(by, picked or [])
        stated = [v for v in values if v is not by]
        # 绿地率是36.8%: a figure the claim gives a measure must be the fact's.
        if not all(any(v.interval.contains(fact_interval(r)) for r in picked) for v in stated):
            return None
        figures = " and ".join(r["quantity"]["written"] if r["quantity"] else "" for r in picked)
        if by is not None:
            return self._difference(found, by, picked, figures)
        holding = comparisons.holds(found.way, picked[0], picked[1])
        if holding is None:
            # Figures of one unit that may be either way round (over 1 million against about
            # 2.3 million): the article does not make the comparison.
            reason = (
                f"the article does not make this comparison: it gives {figures}, either of which may be more"
            )
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, picked, UNSTATED_MARKER)
        said = f"comparison: the article gives {figures}, which the claim's '{found.word}' "
        if not holding:
            return self._result(REFUTED, said + "reverses", *picked, rule=COMPARISON_FAILS)
        return self._unless_unstated(self._result(SUPPORTED, said + "fits", *picked, rule=COMPARISON_HOLDS))

    def _difference(
        self, found: Compared, by: ClaimedValue, picked: list[FactRecord], figures: str
    ) -> Verdict:
        """How much more or less one measure is than the other: the difference of their figures
        (every value both allow) against the claim's; percentages differ in percentage points
        only (高出0.5%, which may be relative, decides nothing)."""
        unit = fact_amount(picked[0])[0]
        counts = (None, quantities.COUNT, quantities.PEOPLE)
        if unit == quantities.SHARE:
            if not comparisons.in_points(self.readable, by):
                return self._undecided(by, picked)
        elif by.unit != unit and not (by.unit in counts and unit in counts[1:]):
            return self._undecided(by, picked)
        derived = comparisons.difference(found.way, picked[0], picked[1])
        claimed = by.interval
        shown = _shown(derived, unit == quantities.SHARE, self.chinese)
        said = f"difference: the article gives {figures}, which differ by {shown}"
        if derived.low <= 0 < derived.high or derived.high <= 0:
            # The other way round, or either: no difference of the claim's sign holds.
            if derived.high <= 0:
                reason = f"{said} the other way, not {claimed_figure(by)} '{found.word}'"
                return self._result(REFUTED, reason, *picked, rule=ARITHMETIC_FAILS)
            reason = (
                f"the article does not make this comparison: it gives {figures}, either of which may be more"
            )
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, picked, UNSTATED_MARKER)
        self.derivation = (self._figure_said(by), shown)
        if claimed.contains(derived):
            verdict = self._result(
                SUPPORTED, f"{said}; the claim says {claimed_figure(by)}", *picked, rule=ARITHMETIC_HOLDS
            )
            return self._unless_unstated(verdict)
        if not claimed.meets(derived):
            return self._result(REFUTED, f"{said}, not {claimed_figure(by)}", *picked, rule=ARITHMETIC_FAILS)
        return self._undecided(by, picked)

    @overload
    def _undecided(self, by: ClaimedValue, picked: list[FactRecord]) -> Verdict: ...
    @overload
    def _undecided(self, by: None, picked: list[FactRecord]) -> None: ...
    def _undecided(self, by: ClaimedValue | None, picked: list[FactRecord]) -> Verdict | None:
        """Not enough information for a difference (高出0.5个百分点) no pair of figures decides;
        None for a comparison without one (the figures, one by one, then decide)."""
        if by is None:
            return None
        reason = (
            f"a difference of two figures ({claimed_figure(by)}): no pair of the article's figures decides it"
        )
        return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, picked, ARITHMETIC_UNDECIDED)

    def _unless_unstated(self, verdict: Verdict) -> Verdict:
        """A comparison that holds is supported only when the two facts ground the claim's other
        words (in Zhenhai, 地域 of 地域面积 where the fact says it)."""
        if verdict.verdict != SUPPORTED:
            return verdict
        missing = self._ungrounded(verdict.evidence)
        if missing:
            reason = f"unstated: the article does not mention {self._written(missing[0])}"
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, UNSTATED_WORD)
        return verdict

    def _ungrounded(self, records: Sequence[FactRecord]) -> list[str]:
        """The claim's content words the records do not ground, but the words of a comparison or
        an arithmetic the claim makes (比, 高出, 略高一些, than, by, 百分点, 相隔): no fact must hold
        them."""
        missing = super()._ungrounded(records)
        spans = self.operation_spans() if missing else []
        if not spans:
            return missing
        folded = self.readable.casefold()

        def comparing(term: str) -> bool:
            written = term if not term.isascii() else self._written(term).strip("'“”").casefold()
            found = [at for at in range(len(folded)) if folded.startswith(written, at)]
            return bool(found) and all(
                any(start < at + len(written) and at < end for start, end in spans) for at in found
            )

        return [term for term in missing if not comparing(term)]

    def operation_spans(self) -> list[tuple[int, int]]:
        """Where the claim writes the words of its comparison (比, 高出, 略高一些, than, by, 百分点)."""
        if comparisons.compared(self.readable, self.figure_spans()) is None:
            return []
        return comparisons.comparing_spans(self.readable)

    def _named_at(self, pair: list[FactRecord], stated: list[ClaimedValue]) -> list[int]:
        """Where the claim first names each of two facts by what the other does not hold: a
        figure it entails, a time it fits, an entity it names, a word of its measure's names or of
        its own, a marker it states (第一批, 计划); -1 for one the claim does not name so."""
        folded = self.readable.casefold()
        places: list[int] = []
        for mine, theirs in ((pair[0], pair[1]), (pair[1], pair[0])):
            found = [v.span[0] for v in stated if v.interval.contains(fact_interval(mine))]
            found = [
                at
                for at in found
                if not any(v.span[0] == at and v.interval.contains(fact_interval(theirs)) for v in stated)
            ]
            for time in self.claim.times:
                if fits_time(time, mine) and not fits_time(time, theirs):
                    found.append(folded.find(time.written.casefold()))
            said = markers.marker_words(self.readable)
            for marker in stated_markers(mine) - stated_markers(theirs):
                if marker in said:
                    found.append(folded.find(said[marker].casefold()))
            for entity in self.claim.entities:
                if self._mentions(mine, entity) and not self._mentions(theirs, entity):
                    found += [folded.find(n.casefold()) for n in self._names(entity) if len(n) > 1]
            for words in (self._measure_terms, self._fact_terms):
                for term in words(mine) - words(theirs):
                    if term in self.content:
                        found.append(folded.find(self._written(term).strip("'“”").casefold()))
            places.append(min((at for at in found if at >= 0), default=-1))
        return places

    def _measure_terms(self, record: FactRecord) -> frozenset[str]:
        measure = record["measure"] or ""
        names = [n for n in self.measure_names.get(measure, ()) if self.latin or not n.isascii()]
        return frozenset(self._terms(f"measure:{measure}", *names))

    def _fact_terms(self, record: FactRecord) -> frozenset[str]:
        return self.candidates[record["id"]].terms

    def _compared_pair(self, found: Compared) -> list[FactRecord] | None:
        """The two facts a comparison sets side by side: the measure its first side names, then
        the one its second names (after 比, 于 or than)."""
        text = self.readable
        split, end = found.second

        def terms(part: str) -> frozenset[str]:
            return frozenset(self._terms("", part))

        first = comparisons.side_measure(self.measure_names, text[:split], terms)
        second = comparisons.side_measure(self.measure_names, text[split:end], terms)
        if first is not None and second is not None and first != second:
            pair = self._measures_pair([first, second])
            if pair is not None and comparisons.alike(*pair):
                return pair
        # One measure of two (华朔科技's capacity against 雪龙集团's), the second often left
        # unsaid (比雪龙集团项目的高: its capacity): each side's one fact of the first's measure.
        facts = [self._side_fact(text[:split], first), self._side_fact(text[split:end], first)]
        if facts[0] is None or facts[1] is None or facts[0] is facts[1]:
            return None
        return [facts[0], facts[1]]

    def _side_fact(self, side: str, measure: str | None = None) -> FactRecord | None:
        """The one fact with a figure (of `measure`, when given) that fits the claim's time, names
        every entity a side of the claim names, and holds more of the side's words than any other;
        None when two tie."""
        weights = self._claim_terms(side)
        folded = side.casefold()
        named = [
            e
            for e in self.claim.entities
            if e not in HOME and any(len(n) > 1 and n.casefold() in folded for n in self._names(e))
        ]
        scored = []
        for candidate in self.candidates.values():
            record = candidate.record
            if record["quantity"] is None or self._time(record) is not None:
                continue
            if measure is not None and record["measure"] != measure:
                continue
            if not all(self._mentions(record, entity) for entity in named):
                continue
            scored.append((sum(w for t, w in weights.items() if t in candidate.terms), record))
        scored.sort(key=lambda row: -row[0])
        if not scored or scored[0][0] <= 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def _named_pair(self) -> list[FactRecord] | None:
        """The two facts a claim over two measures names by their measures' names (森林覆盖率是
        建成区绿化覆盖率的0.99倍, forest coverage is 0.99 times green coverage), in the order it
        names them; None when it names other than two."""
        named = comparisons.first_named(self.measure_names, list(self.measure_names), self.readable)
        return self._measures_pair(named) if len(named) == 2 else None

    def _measures_pair(self, named: list[str]) -> list[FactRecord] | None:
        """One fact of each of two measures that fits the claim's time and, between them, its
        entities; None when the base gives more than one figure of one."""
        pair: list[FactRecord] = []
        for measure in named:
            records = [r for r in self.catalog.valued_facts([measure]) if self._time(r) is None]
            if len(records) != 1:
                return None
            pair += records
        return pair if self._fit_together(pair) else None

    def _fit_together(self, pair: list[FactRecord]) -> bool:
        """Whether the claim's entities fit two facts taken together: each entity named by one of
        them (国家级 in the second measure's name is no stranger to the first), and no other
        conflict with either (another company, a part given a total)."""
        for mine, theirs in ((pair[0], pair[1]), (pair[1], pair[0])):
            conflict = self._entity_conflict(mine)
            if conflict is not None and (
                conflict[0] != "other"
                or any(
                    not self._mentions(mine, entity) and not self._mentions(theirs, entity)
                    for entity in self.claim.entities
                    if entity not in HOME
                )
            ):
                return False
        return True


def _shown(derived: quantities.Interval, points: bool, chinese: bool) -> str:
    """A difference for a reason: its value or its bounds, in percentage points for percentages."""
    unit = ("个百分点" if chinese else " percentage points") if points else ""

    def number(amount: float) -> str:
        return f"{amount:,.4g}" if abs(amount) < 1000 else f"{amount:,.0f}"

    if abs(derived.high - derived.low) <= 1e-9 * max(abs(derived.high), 1.0):
        return f"{number(derived.low)}{unit}"
    if derived.high == quantities.INFINITY:
        return f"超过{number(derived.low)}{unit}" if chinese else f"over {number(derived.low)}{unit}"
    return f"{number(derived.low)}{'至' if chinese else ' to '}{number(derived.high)}{unit}"


def fits_time(time: ClaimedTime, record: FactRecord) -> bool:
    """Whether a time of the claim fits a fact's date."""
    as_of = record["as_of"]
    return as_of is not None and time.meets(as_of["start"], as_of["end"])
