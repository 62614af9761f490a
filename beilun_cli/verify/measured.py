"""Which fact a claimed figure is of, when several facts give one of its unit: the fact of the
measure the claim names (17家 of 骨干企业, not 14家 of 高成长企业 told in the same sentence), and,
of a claim of several figures, the fact that states the claim's other figures too (超过500亿元 of
the projects of 20亿元以上 each decides 不足100亿元 of them, not another project's 66亿元)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue


def other_measure(
    stating: FactRecord,
    refuting: FactRecord,
    named: Sequence[str],
    names: Mapping[str, Sequence[str]],
    text: str,
) -> bool:
    """Whether a fact that fits the claimed figure gives it of another measure than the one the
    claim names: the claim names the refuting fact's measure and not the stating fact's, both of
    one unit (companies of 骨干企业 and companies of 高成长企业). A fact of another unit (ten major
    programmes, beside 70 key projects) may still state the claim's figure in its words; so may a
    measure that is the named one qualified, where the claim writes the qualifier (新增 of
    新增百亿元企业, beside 百亿元企业: 新增两家百亿元企业), by the measures' `names`."""
    stating_quantity, refuting_quantity = stating["quantity"], refuting["quantity"]
    if stating_quantity is None or refuting_quantity is None:
        return False
    return (
        refuting["measure"] in named
        and stating["measure"] not in named
        and stating["measure"] != refuting["measure"]
        and stating_quantity["amount_unit"] == refuting_quantity["amount_unit"]
        and not _qualified(
            names.get(stating["measure"] or "", ()), names.get(refuting["measure"] or "", ()), text
        )
    )


def _qualified(stating: Sequence[str], refuting: Sequence[str], text: str) -> bool:
    """Whether a name of one measure is a name of another with a qualifier the text writes."""
    folded = text.casefold()
    for name in stating:
        for other in refuting:
            if other and other in name and other != name:
                qualifiers = name.replace(other, " ").split()
                if any(len(word) >= 2 and word.casefold() in folded for word in qualifiers):
                    return True
    return False


def states_another(
    record: FactRecord, value: ClaimedValue, figures: Sequence[ClaimedValue], own: float
) -> bool:
    """Whether a fact's own words state a figure of the claim other than `value`, as the claim
    writes it with its unit (20亿元, 2 billion yuan), besides its own figure (`own`, in the claim's
    unit class: a fact that gives the other figure as its own is that figure's, 六分之一 beside
    6%): the fact tells the claim's figures together, so it is the one that decides each of them."""
    # Its own claims, not its quote: a quote may hold the whole sentence, its neighbours' figures
    # too (新增…2家,累计8家;…3家企业…).
    text = f"{record['claim']['zh']} {record['claim']['en']}".casefold()
    if value.text.casefold() in text:
        return False  # it states this figure too, not as its own (6% beside its 1/6): no fact of it
    return any(
        other is not value
        and other.unit is not None
        and other.text.casefold() in text
        and not math.isclose(other.amount, own, rel_tol=1e-6)
        for other in figures
    )
