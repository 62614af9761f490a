"""The operands of two-fact arithmetic (arithmetic.py) and what ties them to a claim: each
candidate's share of the claim's words but those of the operation, whether the operands state all
the claim is about, and a length of time the article states itself (30多年 of development), which a
span the claim restates (已走过三十多年的发展历程) is decided by as a figure is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.verify.comparisons import fact_interval
from beilun_cli.verify.figures import claimed_figure, fact_amount
from beilun_cli.verify.grounding import COVERED_WITH_MEASURE, HOME
from beilun_cli.verify.operations import OPERATING
from beilun_cli.verify.paraphrase import figure_terms
from beilun_cli.verify.remainders import Remainders
from beilun_cli.verify.rules import ARITHMETIC_FAILS, ARITHMETIC_HOLDS, REFUTED, SUPPORTED, Verdict
from beilun_cli.verify.spans import OPERAND_WORDS

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue, Interval


class Operands(Remainders):
    """A judge that ties the operands of an arithmetic to the claim."""

    def _operand_coverage(self) -> dict[str, float]:
        """Each candidate's share of the claim's words but those of its operation (还剩, 相加,
        times): no operand holds them, and they weigh as much as the words that name it."""
        rest = OPERATING.sub(lambda found: " " * len(found.group()), self.claim.rest)
        weights = self._claim_terms(rest)
        total = sum(weights.values())
        return {
            ident: sum(w for t, w in weights.items() if t in candidate.terms) / total if total else 0.0
            for ident, candidate in self.candidates.items()
        }

    def _subject_figures(
        self, operands: list[FactRecord], stated: list[ClaimedValue] | None = None
    ) -> list[FactRecord]:
        """The candidates of an operand's own subject (not the place every figure is of) whose
        figure one of the claim's (`stated`, else all its figures) entails."""
        values = self.claim.values if stated is None else stated
        subjects = {r["subject"] for r in operands} - {None, *HOME}
        return [
            c.record
            for c in self.candidates.values()
            if c.record["subject"] in subjects
            and c.record["quantity"] is not None
            and not any(c.record is r for r in operands)
            and any(v.interval.contains(fact_interval(c.record)) for v in values)
        ]

    def _anchored(self, operands: list[FactRecord]) -> bool:
        """Whether the operands state all the claim is about: every entity it names, every content
        word but those of the operation. A figure the claim names their subject by (that 6.7 km²
        area) brings its fact's words."""
        operands = [*operands, *self._subject_figures(operands)]
        for entity in self.claim.entities:
            if entity not in HOME and not any(self._mentions(record, entity) for record in operands):
                return False
        missing = [
            term
            for term in self._ungrounded(operands)
            if not OPERATING.fullmatch(written := self._written(term).strip("'“”"))
            and not OPERAND_WORDS.fullmatch(written)
        ]
        # 套数, 家数: the count of what the operands' figures count (100万套), no word of their own.
        units = "".join(r["quantity"]["written"] for r in operands if r["quantity"])
        missing = [t for t in missing if not (len(t) == 2 and t[1] == "数" and t[0] in units)]
        # 总长, length: the dimension both operands' figures measure, set side by side by the claim.
        if len({fact_amount(r)[0] for r in operands if r["quantity"]}) == 1 and operands[0]["quantity"]:
            dimension = figure_terms(operands[0]["quantity"]["amount_unit"])[0]
            missing = [t for t in missing if t not in dimension]
        # Nor across the edge of an operation's word (数相 of 入围数相加).
        # Nor across the edge of a word of the operands' tie (已走 of 已走过, 至今已).
        unnamed = OPERAND_WORDS.sub(" ", OPERATING.sub(" ", self._without_measure_names(operands)))
        # A pair across the edge of a measure's name (数约 of 企业数约是) is no word of the claim.
        return not any(self._written(term).strip("'“”").casefold() in unnamed for term in missing)

    def _without_measure_names(self, records: list[FactRecord]) -> str:
        """The claim, casefolded, with the names of the records' measures that it uses blanked."""
        text = self.readable.casefold()
        for record in records:
            for name in sorted(self.measure_names.get(record["measure"] or "", ()), key=len, reverse=True):
                text = text.replace(name.casefold(), " ")
        return text

    def _stated_length(self, result: ClaimedValue) -> Verdict | None:
        """A span of years the claim says (已走过三十多年, has come through 20-odd years, 用了十年时间
        才遍布92家) against the most relevant fact that gives a length of time (30多年 of
        development, or its period: 7年来), named by the claim's words but those of the span, and
        stating all the claim is about and its other figures: supported when every value the
        fact's length allows is the claim's, refuted when none is; None otherwise (the span's
        events decide)."""
        if result.unit != quantities.YEARS:
            return None
        covered = self._operand_coverage()
        others = [v for v in self.claim.values if v.span != result.span]
        ranked = sorted(self.candidates.values(), key=lambda c: (-covered[c.record["id"]], c.rank or 99))
        for candidate in ranked:
            record = candidate.record
            length = stated_length(record)
            if (
                length is None
                or covered[record["id"]] < COVERED_WITH_MEASURE / 2
                or self._entity_conflict(record) is not None
                or (is_length(record) and self._time(record) is not None)
                or not all(v.interval.contains(fact_interval(record)) for v in others if record["quantity"])
                or (others and record["quantity"] is None)
                or not self._anchored([record])
            ):
                continue
            written, lasted = length
            said = f"span: the article gives {written}; the claim says {claimed_figure(result)}"
            self.derivation = (self._figure_said(result), written)
            if result.interval.contains(lasted):
                # Grounded already but for the span's own words (已走过, 历程), which no fact holds.
                return self._result(SUPPORTED, said, record, rule=ARITHMETIC_HOLDS)
            if not result.interval.meets(lasted):
                return self._result(REFUTED, said, record, rule=ARITHMETIC_FAILS)
            self.derivation = None
            return None
        return None


def is_length(record: FactRecord) -> bool:
    """Whether a fact's figure is a length of time (30多年 since 1984, 连续两年, 十年), not an age
    (80岁以上)."""
    quantity = record["quantity"]
    return (
        quantity is not None
        and fact_amount(record)[0] == quantities.YEARS
        and "岁" not in quantity["written"]
    )


def stated_length(record: FactRecord) -> tuple[str, Interval] | None:
    """The length of time a fact gives, as written and the years it allows: its figure's (30多年),
    or its period's (7年来, since 2012); None for neither."""
    if is_length(record):
        assert record["quantity"] is not None
        return record["quantity"]["written"], fact_interval(record)
    as_of = record["as_of"]
    if as_of is None or as_of["precision"] != "period":
        return None
    years = [v for v in quantities.read_values(as_of["written"], [], False)[0] if v.unit == quantities.YEARS]
    return (as_of["written"], years[0].interval) if len(years) == 1 else None
