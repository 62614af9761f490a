"""A figure the article gives each member of a pair or a set (进出口双双突破百亿美元: imports and
exports each over 10 billion US dollars) that a claim says as the members' total (合计, 总额,
combined, in total): the distributive figure is not the collective one. The total is at least
as many times the figure as there are members (two at least; exactly two of 双双 or both), so a
total said past the figure alone is entailed, one just past it (才刚刚突破100亿, only just over) is
refuted, and one in between is undecided."""

from __future__ import annotations

import math
import re
from functools import cache

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import ClaimedValue, Interval

# One figure of each member: 双双, 各, 均 (not 人均 or 年均, an average), each, both.
EACH = Lazy(r"双双|各|(?<![人年平亩户日月])均|\beach\b|\bboth\b", re.IGNORECASE)
# Exactly two members: the total is twice the figure.
_PAIR = Lazy(r"双双|\bboth\b", re.IGNORECASE)
# A bound from below just past its figure reaches at most half again as far (刚刚突破100亿: under 150亿).
_JUST_PAST = 1.5


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    total, just = lexicon.figure_total_patterns()
    return re.compile(total, re.IGNORECASE), re.compile(just, re.IGNORECASE)


def _clause(text: str, value: ClaimedValue) -> str:
    """The clause of the claim (`text`, its reading form) the figure stands in."""
    start = value.span[0]
    low = max((text.rfind(stop, 0, start) for stop in ",，;；。"), default=-1)
    highs = [at for at in (text.find(stop, start) for stop in ",，;；。") if at >= 0]
    return text[low + 1 : min(highs, default=len(text))]


def as_total(
    text: str, value: ClaimedValue, written: str, article: Interval, claimed: Interval
) -> tuple[Interval, Interval] | None:
    """The article's interval and the claim's for a figure the claim (`text`) says as a total of
    members the fact (its quantity `written`) gives one figure each; None when it says no total
    or the fact no figure each."""
    if not EACH.search(written):
        return None
    if not _patterns()[0].search(_clause(text, value)):
        return None
    twice = Interval(
        article.low * 2,
        article.high * 2 if _PAIR.search(written) else math.inf,
        article.low_open,
        article.high_open,
    )
    return twice, just_past(text, value, claimed)


def just_past(text: str, value: ClaimedValue, claimed: Interval) -> Interval:
    """A total's bound from below as the claim (`text`) says it: just past its figure when a
    word says so in its clause (才刚刚突破100亿, only just passed: under half again as much)."""
    if not (math.isinf(claimed.high) and claimed.low > 0 and _patterns()[1].search(_clause(text, value))):
        return claimed
    return Interval(claimed.low, claimed.low * _JUST_PAST, claimed.low_open, False)
