"""Times a claim writes as periods or parts of others: 7年来 (a period named by its start), a
day without its year beside a year, a relative time moved to another source's date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.times import ClaimedTime
from beilun_cli.verify.slots import claimed_when, when_of

if TYPE_CHECKING:
    from beilun_cli.base.records import TimeRecord
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


def misfit(
    times: list[ClaimedTime],
    as_of: TimeRecord | None,
    published: str,
    read_against: str,
    *,
    undated: bool = False,
) -> str | None:
    """Why a claim's times (read against the date `read_against`) do not fit a fact's time
    (`as_of`, of a source `published` that day), or None when they do. A fact without a time
    holds at publication; a count over a period holds at its end. A picture's caption without a
    time (`undated`) dates nothing: the picture may be of any day before publication."""
    if as_of is None and undated and times:
        return f"the article does not say when; the claim says {claimed_when(times[0])}"
    if as_of is None:
        start, end = published[:4], published
    elif as_of["precision"] == "period":
        start = end = as_of["end"]
    else:
        start, end = as_of["start"], as_of["end"]
    for time in (time.against(published, read_against) for time in times):
        # A period (自1984年以来, since 1949) is named by where it starts as well as where
        # it ends: a claim that names its start dates it as the fact does.
        if (
            as_of is not None
            and as_of["precision"] == "period"
            and time.within(as_of["start"], as_of["start"])
        ):
            continue
        # A claim's span that holds the fact's day (8月上旬 for 8月9日) is entailed by it; one
        # that holds a fact's period (January to September for the first half) is not.
        holds = len(time.start) == len(start) == len(end) and start == end and time.start <= start <= time.end
        if as_of is None:
            # A fact without a time says how things stood when it was published: a claim's
            # time must hold that day (今年, this month), not only precede it (今年3月).
            day = published[: len(time.start)]
            if not time.start <= day <= time.end[: len(day)]:
                return f"the article dates it as of {published}; the claim says {claimed_when(time)}"
            continue
        if not time.within(start, end) and not holds:
            when = when_of(as_of) if as_of else f"as of {published}"
            return f"the article dates it {when}; the claim says {claimed_when(time)}"
    return None
