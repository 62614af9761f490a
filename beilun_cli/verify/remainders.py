"""Remainders of two facts' figures (arithmetic's REMAINDER and BEFORE): what is left of a whole
once a part of it is reached (400 of the 1,000 planned still to come after the first batch of
600), and what a tally stood at before its additions (six, before the two added last year, of a
total of eight). Each is the whole less the part, every value their figures allow; the whole
and its part are facts of one subject and unit, the part a part reached (done.py's: so far, a
first batch) or the tally's new ones."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.averages import Averages
from beilun_cli.verify.comparisons import fact_interval
from beilun_cli.verify.done import PART_REACHED, own_statement
from beilun_cli.verify.figures import fact_amount
from beilun_cli.verify.grounding import COVERED_WITH_MEASURE, HOME

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue

# What is left of a whole: still to come, remaining, left, 还剩, 剩下, 其余. Not 尚未 or "yet to",
# which deny (the negated marker), nor a bare "left" (left behind, on the left).
REMAINDER_WORDS = (
    r"\bstill (?:to (?:come|go|be)|outstanding|remain(?:s|ed|ing)?)\b|\bremain(?:s|ed|ing)?\b(?! the\b)"
    r"|\b(?:were|was|are|is|be) (?:still )?left\b|\bleft (?:to|over)\b|\byet to come\b"
    r"|还剩|剩下|剩余|余下|尚余|其余|减去"
    # The rest besides a part (除第一批外还有400套, apart from the first batch, 400 more).
    r"|除(?:了|去|开)?[^，。,;；]{1,16}(?:以外|之外|外)|\b(?:apart|aside) from\b|\bother than\b|\bexcluding\b"
    r"|\bexcept for\b|\bnot counting\b|\bbeyond (?:the|its|their|these|those)\b"
    r"|\b(?:needed|required|to come) to (?:reach|make up|hit|complete)\b"
    # What is still to come after a part (第一批之后今年还有400套): a figure follows.
    r"|之后[,，]?[^，。,;；]{0,6}还(?:有|要|将|需|剩)(?=[^，。,;；]{0,8}[\d一二两三四五六七八九十百千万])"
)
# The words of a remainder: no fact must hold them.
REMAINDER_OPERATING = (
    r"\bstill\b|\bcome\b|\bgo\b|\bremain\w*|\bleft\b|\bover\b|\bminus\b|\bexcluding\b|\bapart from\b"
    r"|剩|余下|尚余|其余|还(?:有|要|将|需)|除去|扣除|减去|除了|除|以外|之外|外(?=\s*[,，])"
    r"|\baside\b|\bother than\b|\bexcept\b|\bnot counting\b|\banother\b|\bmore\b|\bbeyond\b|之后"
    r"|\bneeded\b|\brequired\b|\breach\b|\bcomplete\b"
)
# A fact that states a total so far, or what was new (the lexicon's tallies): 累计8家, 新增2家.
_TALLY_TOTAL, _TALLY_NEW = (Lazy(dict(lexicon.tally_patterns("stated"))[side]) for side in ("total", "new"))
# How a claim names a tally's total or its new ones (累计, in all; 新增, added).
_SAID_TOTAL, _SAID_NEW = (
    Lazy(dict(lexicon.tally_patterns("asked"))[side], re.IGNORECASE) for side in ("total", "new")
)
_COUNTED = (None, quantities.COUNT, quantities.PEOPLE)


# How near a count the words that say it is of new ones stand (added two, 新增2家; two new).
_NEW_BEFORE_REACH = 12
_NEW_AFTER = Lazy(r"\s*(?:more|new|newly)\b|\s*[家个项座]?(?:新增|新)", re.IGNORECASE)


def said_new(text: str, value: ClaimedValue) -> bool:
    """Whether a count of a claim is said as a tally's new ones: a word of new ones just before
    it in its clause (added two, 去年新增2家) or just after it (two more, 2 new companies)."""
    start, end = value.span
    before = re.split(r"[,，;；。]", text[max(0, start - _NEW_BEFORE_REACH) : start])[-1]
    return _SAID_NEW.search(before) is not None or _NEW_AFTER.match(text, end) is not None


class Remainders(Averages):
    """A judge that finds a whole and the part reached of it."""

    def _remainder_value(self, values: list[ClaimedValue]) -> ClaimedValue | None:
        """The claim's figure of what is left, or of an average: its one figure that no fact it
        names gives (400, of "400 of the 1,000 planned"; the 1,000 is the plan's)."""
        given = [
            candidate.record
            for candidate in self.candidates.values()
            if candidate.record["quantity"] is not None and candidate.coverage >= COVERED_WITH_MEASURE / 2
        ]
        # A bound (fewer than 200) is no fact's figure however many it allows.
        points = (quantities.EXACT, quantities.EXACTLY, quantities.ABOUT)

        def gives(record: FactRecord, value: ClaimedValue) -> bool:
            # A bound is a fact's when the fact gives that very bound (超100万, over 1 million).
            if value.qualifier in points:
                return value.interval.contains(fact_interval(record))
            figure = fact_interval(record)
            return (figure.low, figure.high) == (value.interval.low, value.interval.high)

        left = [
            value
            for value in values
            if value.unit not in (quantities.SHARE, quantities.YEARS)
            and not any(gives(record, value) for record in given)
        ]
        return left[0] if len(left) == 1 else None

    def _remainder_operands(self, found: list[FactRecord], result: ClaimedValue) -> list[FactRecord] | None:
        """The whole and the part reached of it, of the result's unit."""
        units = _COUNTED[1:] if result.unit in _COUNTED else (result.unit,)
        return self._whole_and_part([r for r in found if fact_amount(r)[0] in units])

    def _whole_and_part(self, found: list[FactRecord]) -> list[FactRecord] | None:
        """The most relevant whole and the part reached of it among `found`: facts of one subject
        (not the place every figure is of) and unit, the whole larger, the part reached."""
        for whole in found:
            if whole["subject"] in (None, *HOME) or PART_REACHED.search(own_statement(whole)):
                continue
            for part in found:
                if (
                    part is not whole
                    and part["subject"] == whole["subject"]
                    and fact_amount(part)[0] == fact_amount(whole)[0]
                    and fact_amount(part)[2] < fact_amount(whole)[2]
                    and PART_REACHED.search(own_statement(part))
                ):
                    return [whole, part]
        return None

    def _before_operands(self, found: list[FactRecord]) -> list[FactRecord] | None:
        """A tally's total and its new ones (累计8家, 新增2家), the most relevant of each."""
        # By the fact's own statement: a quote may tell both (新增2家,累计8家).
        totals = [r for r in found if _TALLY_TOTAL.search(own_statement(r))]
        added = [r for r in found if _TALLY_NEW.search(own_statement(r))]
        if not totals or not added or totals[0] is added[0]:
            return None
        return [totals[0], added[0]]

    def _tally_in_claim_order(self, found: list[FactRecord]) -> list[FactRecord] | None:
        """A tally's total and its new ones in the order the claim names them (累计…是新增的四倍:
        the total first), when it names each by a tally's word; None otherwise."""
        pair = self._before_operands(found)
        if pair is None:
            return None
        total, new = _SAID_TOTAL.search(self.readable), _SAID_NEW.search(self.readable)
        if total is None or new is None or total.start() == new.start():
            return None
        return pair if total.start() < new.start() else pair[::-1]
