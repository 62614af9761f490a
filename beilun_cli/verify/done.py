"""A whole claimed done where the article gives only a part of it done: "all 2.3 million m² have
already been renovated", where the works launched cover 2.3 million m² and more than 1 million
are renovated so far; 1000套全部交付, of 1,000 planned and a first batch of 600. The claim's
figure is the total's, which the article states; that all of it is done is what a fact of the
same subject refutes, a smaller figure in the same unit that is a part reached: done so far
(累计, 截至目前, to date) or a first batch."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.figures import fact_amount
from beilun_cli.verify.grounding import HOME
from beilun_cli.verify.order import Ordered
from beilun_cli.verify.rules import CONTRARY_STATUS, FIGURE_ENTAILED, REFUTED, SUPPORTED, Verdict
from beilun_cli.verify.slots import fact_text

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# The claim says the whole is done: all of it, every one, in full.
_ALL = Lazy(
    r"全部|全都|所有|悉数|统统|均已|都已|\ball\b|\bevery\b|\bentire(?:ly)?\b|\bwhole\b|\bfully\b"
    r"|\bcompletely\b|\bin full\b",
    re.IGNORECASE,
)
# A fact's figure of a part reached: so far, to date, in all until now, the first batch.
PART_REACHED = Lazy(
    r"累计|截至目前|截至\S{0,8}已|第一批|首批|\bso far\b|\bto date\b|\bcumulative(?:ly)?\b|\bfirst batch\b",
    re.IGNORECASE,
)


class Done(Ordered):
    """A judge that tells a whole claimed done from the part the article says is."""

    def _only_part_done(self, verdict: Verdict) -> Verdict | None:
        """The claim refuted (CONTRARY_STATUS) when it says all of a figure is done, reached or
        delivered, and a fact of its figure's subject gives a smaller part reached; or None."""
        if verdict.verdict != SUPPORTED or verdict.rule != FIGURE_ENTAILED or "negated" in self.claim.markers:
            return None
        if not self.claim.stage.reached or _ALL.search(self.readable) is None:
            return None
        for whole in verdict.evidence:
            part = self._part_reached(whole)
            if part is not None:
                assert whole["quantity"] is not None and part["quantity"] is not None
                reason = (
                    f"status: the article gives {part['quantity']['written']} done of "
                    f"{whole['quantity']['written']}, the claim all of it: {part['claim']['en']}"
                )
                return self._result(REFUTED, reason, part, whole, rule=CONTRARY_STATUS)
        return None

    def _part_reached(self, whole: FactRecord) -> FactRecord | None:
        """A fact of the same subject (search's candidates) whose figure, in the whole's unit and
        smaller, is a part reached; a whole that is itself a part reached has none."""
        # The subject of a deed (the renovation), not the place every figure is of (Beilun).
        if (
            whole["quantity"] is None
            or whole["subject"] in (None, *HOME)
            or PART_REACHED.search(own_statement(whole))
        ):
            return None
        unit, _, amount = fact_amount(whole)
        for candidate in self.candidates.values():
            part = candidate.record
            if part["id"] == whole["id"] or part["subject"] != whole["subject"] or part["quantity"] is None:
                continue
            part_unit, _, part_amount = fact_amount(part)
            if part_unit == unit and part_amount < amount and PART_REACHED.search(own_statement(part)):
                return part
        return None


def own_statement(record: FactRecord) -> str:
    """A fact's own statement (its claims; its quote may give the other figure too)."""
    return fact_text(record).replace(record["quote"], "")
