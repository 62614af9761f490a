"""Which fact a claimed figure is of, when several facts give one of its unit: the fact of the
measure the claim names (17家 of 骨干企业, not 14家 of 高成长企业 told in the same sentence), and,
of a claim of several figures, the fact that states the claim's other figures too (超过500亿元 of
the projects of 20亿元以上 each decides 不足100亿元 of them, not another project's 66亿元)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.slots import fact_text

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue


def other_measure(stating: FactRecord, refuting: FactRecord, named: Sequence[str]) -> bool:
    """Whether a fact that fits the claimed figure gives it of another measure than the one the
    claim names: the claim names the refuting fact's measure and not the stating fact's, both of
    one unit (companies of 骨干企业 and companies of 高成长企业). A fact of another unit (ten major
    programmes, beside 70 key projects) may still state the claim's figure in its words."""
    stating_quantity, refuting_quantity = stating["quantity"], refuting["quantity"]
    if stating_quantity is None or refuting_quantity is None:
        return False
    return (
        refuting["measure"] in named
        and stating["measure"] not in named
        and stating["measure"] != refuting["measure"]
        and stating_quantity["amount_unit"] == refuting_quantity["amount_unit"]
    )


def states_another(
    record: FactRecord, value: ClaimedValue, figures: Sequence[ClaimedValue], own: float
) -> bool:
    """Whether a fact's own words state a figure of the claim other than `value`, as the claim
    writes it with its unit (20亿元, 2 billion yuan), besides its own figure (`own`, in the claim's
    unit class: a fact that gives the other figure as its own is that figure's, 六分之一 beside
    6%): the fact tells the claim's figures together, so it is the one that decides each of them."""
    text = fact_text(record).casefold()
    return any(
        other is not value
        and other.unit is not None
        and other.text.casefold() in text
        and not math.isclose(other.amount, own, rel_tol=1e-6)
        for other in figures
    )
