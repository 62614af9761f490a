"""Times a claim writes as periods or parts of others: 7年来 (a period named by its start), a
day without its year beside a year, a relative time moved to another source's date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.times import ClaimedTime

if TYPE_CHECKING:
    from beilun_cli.read.claims import Claim
    from beilun_cli.read.quantities import ClaimedValue


# 7年来, 7年间, over the past 7 years: a period the claim's time is, not a figure it gives.
_PERIOD_AFTER = Lazy(r"^\s*(?:来|间|以来)")
_PERIOD_BEFORE = Lazy(r"\b(?:the|these) (?:past|last)\s*$", re.IGNORECASE)


def spans_time(text: str, value: ClaimedValue) -> bool:
    if value.unit != quantities.YEARS:
        return False
    start, end = value.span
    return bool(_PERIOD_AFTER.match(text[end:]) or _PERIOD_BEFORE.search(text[:start]))


def period_start(text: str, value: ClaimedValue, published: str) -> ClaimedTime:
    """The year a period of the claim (7年来, over the past 7 years) starts in, counted back from
    the article's date."""
    start = str(int(published[:4]) - round(value.amount))
    return ClaimedTime(text[value.span[0] : value.span[1]], start, start, "year", relative=True)


def year_the_days(claim: Claim) -> None:
    """A day the claim gives without a year (2016年端午节(6月7日)) is of the one year it names,
    not of the article's: it was read against the article's date."""
    years = {time.start for time in claim.times if time.precision == "year" and not time.relative}
    if len(years) != 1:
        return
    year = next(iter(years))
    for time in claim.times:
        if time.relative and time.precision in ("day", "month") and time.start[:4] != year:
            time.start = year + time.start[4:]
            time.end = year + time.end[4:]
            time.relative = False
