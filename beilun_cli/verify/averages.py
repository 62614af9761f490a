"""Averages of two facts' figures (arithmetic's AVERAGE): a total over a count ("21 projects
average 150 million each"), so many of one thing to each of another (平均每家企业不止两个项目), a
count per unit of a figure the claim states (85 companies per square kilometre of that 6.7 km²
area); and whether a fact gives its figure as an average itself (平均, per mu)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli.read import claims, quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import ClaimedValue
from beilun_cli.verify import comparisons
from beilun_cli.verify.comparisons import fact_interval
from beilun_cli.verify.figures import fact_amount
from beilun_cli.verify.grounding import HOME
from beilun_cli.verify.slots import fact_text
from beilun_cli.verify.spans import Spans

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A figure per a measure of another fact (3,000 yuan per square metre of his flat, 每平方米): the
# first's total over the second's figure.
PER_MEASURE = (
    r"\bper\s+(?:square\s+(?:metre|meter|kilometre|kilometer)|sq\.?\s*m|m²|km²|mu|hectare)\b"
    r"|每平方米|每平米|每平方公里"
)
# What an average is counted per: 每家企业, each company.
PER_EACH = Lazy(r"每|\beach\b|\bper\b", re.IGNORECASE)
# How a claim says what a fact's figure is counted per (its amount unit's "-per-" part).
_PER_WORDS = {
    "mu": ("mu", "亩"),
    "person": ("person", "capita", "人均", "每人"),
    "m2": ("square met", "m²", "平方米"),
}
_AVERAGED = Lazy(r"平均|[年亩人]均|\baverage\b", re.IGNORECASE)


class Averages(Spans):
    """A judge that finds the operands of an average."""

    def _averaged(self, record: FactRecord) -> bool:
        """Whether a fact gives its figure as an average (平均, 年均, on average), or per the unit
        the claim counts per (147万元 per mu, for "per mu")."""
        if _AVERAGED.search(fact_text(record)):
            return True
        quantity = record["quantity"]
        per = quantity["amount_unit"].partition("-per-")[2] if quantity else ""
        said = self.readable.casefold()
        return bool(per) and any(word in said for word in _PER_WORDS.get(per, (per,)))

    def _average_operands(
        self, found: list[FactRecord], result: ClaimedValue, stated: list[ClaimedValue]
    ) -> list[FactRecord] | None:
        """The total and the count an average divides: a total of the result's unit (named by
        it: "worth roughly 160 million yuan each") over a count the claim names by what the total
        does not hold; or, for so many of one thing to each of another (平均每家企业不止两个项目),
        the count of what the figure counts over the count of what follows 每 or each."""
        counted = (None, quantities.COUNT, quantities.PEOPLE)
        measure = per_measure(self.readable)
        if result.unit in counted and measure is None:
            each = PER_EACH.search(self.readable)
            if each is None:
                return None
            text = self.readable
            names = self.measure_names
            if each.start() >= result.span[1]:
                # 300 volunteers per team: what the figure counts, per what follows; 200 employees
                # each: per what the claim is about before it (companies), a count too.
                what = text[result.span[0] : each.start()]
                stop = re.search(r"[,，。;；]|\.\s|\.?$", text[each.end() :])
                after = text[each.end() : each.end() + (stop.start() if stop else 0)]
                per = after if after.strip() else text[: result.span[0]]
                names = {m: n for m, n in names.items() if self._counted_measure(m)}
            else:
                stop = re.search(r"[,，。;；.]|$", text[result.span[1] :])
                what = text[result.span[1] : result.span[1] + (stop.start() if stop else 0)]
                per = text[each.end() : result.span[0]]

            def terms(part: str) -> frozenset[str]:
                return frozenset(self._terms("", part))

            numerator = comparisons.side_measure(names, what, terms)
            denominator = comparisons.side_measure(names, per, terms)
            if numerator is None or denominator is None or numerator == denominator:
                return None
            return self._counted_together(numerator, denominator)
        if measure is not None and result.unit in counted:
            told = self._counted_in(measure[0], stated, result)
            if told is not None:
                return told
        # So many companies per km²: a count over an area.
        units = counted[1:] if result.unit in counted else (result.unit,)
        totals = [r for r in found if fact_amount(r)[0] in units]
        counts = [r for r in found if fact_amount(r)[0] in ((measure[0],) if measure else counted[1:])]
        if totals and not counts and measure is not None:
            # 折合每平方米: per a square metre of what the total is of (his flat), the one fact
            # of the total's own subject in that unit, named by the unit alone.
            counts = self._of_subject(totals[0], measure[0])
            if len(counts) == 1:
                return [totals[0], counts[0]]
        if not totals or not counts:
            return None
        # A total and a count told of one thing (33.3亿元 and the 21 projects of one symposium)
        # before the most relevant of each, which may be of two.
        pair = next(iter(told_together(totals[:3], counts[:3])), [totals[0], counts[0]])
        return pair if self._named_at(pair, stated)[1] >= 0 else None

    def _of_subject(self, record: FactRecord, unit: str) -> list[FactRecord]:
        """The candidates with a figure in `unit` of a fact's own subject (not the place every
        figure is of), undated or of the claim's time."""
        subject = record["subject"]
        if subject in (None, *HOME):
            return []
        return [
            c.record
            for c in self.candidates.values()
            if c.record["subject"] == subject
            and c.record["quantity"] is not None
            and fact_amount(c.record)[0] == unit
            and self._time(c.record) is None
        ]

    def _counted_measure(self, measure: str) -> bool:
        """Whether the base's figures of a measure are counts (of companies, of people)."""
        records = self.catalog.valued_facts([measure])
        return bool(records) and all(
            fact_amount(r)[0] in (quantities.COUNT, quantities.PEOPLE) for r in records
        )

    def _counted_in(
        self, unit: str, stated: list[ClaimedValue], result: ClaimedValue
    ) -> list[FactRecord] | None:
        """A count per unit of a figure the claim states (85 companies per km² of that 6.7 km²
        area): the one fact of that figure, and the count told with it (570 companies within
        6.7 km², not its 100,000 employees) of what the claim counts, the words between the
        count and per."""
        measured = [
            candidate.record
            for candidate in self.candidates.values()
            if candidate.record["quantity"] is not None
            and fact_amount(candidate.record)[0] == unit
            and any(v.interval.contains(fact_interval(candidate.record)) for v in stated)
        ]
        if len(measured) != 1 or measured[0]["quantity"] is None:
            return None
        written = measured[0]["quantity"]["written"]
        after = claims.reading_form(self.readable)[result.span[1] :]
        end = re.search(PER_MEASURE + r"|[,，。;；.]|$", after, re.IGNORECASE)
        counted = set(self._terms("", after[: end.start()])) if end else set()
        counts = [
            candidate.record
            for candidate in self.candidates.values()
            if candidate.record["quantity"] is not None
            and fact_amount(candidate.record)[0] in (quantities.COUNT, quantities.PEOPLE)
            and written in fact_text(candidate.record)
            and self._time(candidate.record) is None
            and counted
            and counted <= candidate.terms
        ]
        if len(counts) > 1:  # of several told with it, the one counted in what the claim counts
            counts = [
                r
                for r in counts
                if r["quantity"] and any(r["quantity"]["amount_unit"].startswith(t) for t in counted)
            ]
        return [counts[0], measured[0]] if len(counts) == 1 else None

    def _counted_together(self, numerator: str, denominator: str) -> list[FactRecord] | None:
        """One count of each measure, told of one thing: the one pair that fits the claim's time
        and entities whose facts share their date, or one of which states the other's figure (21
        projects signed by 8 companies; not 70 key projects over 570 companies of a park)."""
        pairs = []
        for top in self.catalog.valued_facts([numerator]):
            for bottom in self.catalog.valued_facts([denominator]):
                if any(self._time(r) is not None for r in (top, bottom)):
                    continue
                if any(fact_amount(r)[0] not in (quantities.COUNT, quantities.PEOPLE) for r in (top, bottom)):
                    continue
                written = [r["quantity"]["written"] if r["quantity"] else "" for r in (top, bottom)]
                dated = top["as_of"] is not None and top["as_of"] == bottom["as_of"]
                if dated or written[0] in fact_text(bottom) or written[1] in fact_text(top):
                    pairs.append([top, bottom])
        return pairs[0] if len(pairs) == 1 and self._fit_together(pairs[0]) else None


def per_measure(text: str) -> tuple[str, float] | None:
    """The unit class and the size (in it) of what a figure is said per: per square metre is
    (m², 1), 每平方公里 (m², 1,000,000); None for none."""
    found = re.search(PER_MEASURE, text, re.IGNORECASE)
    if found is None:
        return None
    said = found.group().casefold().removeprefix("per").removeprefix("每").strip()
    values, _ = quantities.read_values(f"1 {said}", [], True)
    if not values or values[0].unit is None:
        return None
    return values[0].unit, values[0].amount


def told_together(firsts: list[FactRecord], seconds: list[FactRecord]) -> list[list[FactRecord]]:
    """The pairs of two facts, one of each list in its order, of one subject (not the place
    every figure is of): two figures told of one thing, an arithmetic's likeliest operands."""
    return [
        [first, second]
        for first in firsts
        for second in seconds
        if first is not second
        and first["subject"] not in (None, *HOME)
        and first["subject"] == second["subject"]
    ]
