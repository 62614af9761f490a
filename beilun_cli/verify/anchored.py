"""A figure tied to its fact by the fact's subject, where no fact holds enough of the claim's
words: "被救的吉林姑娘当时只有15岁" names the Jilin girl, whose one figure of its kind the
article gives (17岁), in words none of the article's ("当时只有"). Search's words find no fact; the
subject and the figure's dimension do.

A subject's figure decides only when it is the one figure of the claim's dimension the article
gives that subject, or of several the one it agrees with (of 1,000 planned and 600 in a first
batch, neither decides 400, which may be their difference), a count only of what the fact
counts, and when the figure's own unit words name the same measures as the fact's (岁 an age,
as 17岁 is; 五年 no age, as 三年 is none): the measures' aliases (facts/measures.toml) say which.
What the claim says beside it is grounded as for any figure before it is supported (grounding.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.read.claims import reading_form
from beilun_cli.verify.counted import claimed_kind, fact_kinds, other_counted
from beilun_cli.verify.grounding import HOME, Grounding

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue


class SubjectsFigures(Grounding):
    """The facts a figure is of by the claim's subject, for figures.py."""

    def _subjects_figures(
        self, value: ClaimedValue, agrees: Callable[[FactRecord], bool], *, add: bool = True
    ) -> frozenset[str]:
        """The facts a figure no fact's words found is of by the claim's subject, each added to
        the candidates (by no rank of search's) unless not to `add`; of several, those whose figure
        `agrees` with it."""
        kind = claimed_kind(reading_form(self.readable), value)
        subjects = [e for e in self.claim.entities if e not in HOME]
        records = self.catalog.subjects_figures(subjects) if subjects and value.unit else []
        for record in records if add else ():
            self._add(record, None)

        def fits(record: FactRecord) -> bool:
            unit = record["quantity"]["amount_unit"] if record["quantity"] else ""
            # A count says what it counts as the fact does (570家企业): 四个“美” counts no project.
            counts = quantities.fact_unit_class(unit)[0] in (quantities.COUNT, quantities.PEOPLE)
            said = kind is not None and kind in fact_kinds(record)
            # Nothing else named beside the subject (another clause's team, another fact's bay).
            alone = set(subjects) <= set(record["entities"])
            return (
                alone
                and comparable(value, unit, True)
                and not other_counted(kind, record)
                and (said or not counts)
            )

        # Every name of a measure, its units' words among them (岁 of age), which the claim's
        # vocabulary leaves out when they are no word of their own.
        names = {
            measure["id"]: [measure["name"]["zh"], measure["name"]["en"], *measure["aliases"]]
            for measure in self.catalog.measures()
        }
        return subjects_figures(records, value, names, fits, agrees)


def comparable(value: ClaimedValue, amount_unit: str, named: bool) -> bool:
    """Whether a claimed figure may be compared with a fact's of `amount_unit`."""
    unit, _ = quantities.fact_unit_class(amount_unit)
    if value.unit is None:
        # A number without a unit counts things: no share (400,000 of "registered population").
        return unit in (quantities.COUNT, quantities.PEOPLE) or (named and unit != quantities.SHARE)
    if value.unit == unit:
        return True
    return {value.unit, unit} == {quantities.MONEY_YUAN, quantities.MONEY_USD}


def subjects_figures(
    records: Sequence[FactRecord],
    value: ClaimedValue,
    measure_names: dict[str, list[str]],
    comparable: Callable[[FactRecord], bool],
    agrees: Callable[[FactRecord], bool],
) -> frozenset[str]:
    """The ids of the facts among `records` (the figures of the claim's subjects) that a claimed
    figure is of by its subject alone: per subject, those `comparable` with it whose unit words
    name what the claim's do (measure_names: each measure's names and aliases), when it is the
    subject's one such fact, or, of several, the one the claimed figure `agrees` with."""
    claimed = _measures_named(value.text, measure_names)
    by_subject: dict[str, list[FactRecord]] = {}
    for record in records:
        quantity = record["quantity"]
        if quantity is None or record["subject"] is None or not comparable(record):
            continue
        # The figure's words name what the fact's do, or a part of it (岁 of 80岁以上), or
        # neither names anything (五年, 三年).
        named = _measures_named(quantity["written"], measure_names)
        if not claimed <= named or bool(claimed) != bool(named):
            continue
        by_subject.setdefault(record["subject"], []).append(record)
    return frozenset(
        record["id"] for found in by_subject.values() for record in found if len(found) == 1 or agrees(record)
    )


def _measures_named(written: str, measure_names: dict[str, list[str]]) -> frozenset[str]:
    """The measures a figure's own words name (岁, years old: age), by their names and aliases."""
    folded = written.casefold()
    return frozenset(
        measure
        for measure, names in measure_names.items()
        if any(name.casefold() in folded for name in names if name)
    )
