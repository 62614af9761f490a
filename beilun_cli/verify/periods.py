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
# "Over seven years, the canteens spread to 92 sites": a sentence that opens on "over" and a
# number of years names the period its statement spans (not "over seven years ago", nor "of").
_OPENING_OVER = Lazy(r"^\s*over\b", re.IGNORECASE)
# "In seven years the canteens have spread to 92 sites": the same, of a statement done (not "In
# two years Beilun will…", a time to come).
_OPENING_IN = Lazy(r"^\s*(?:in|within|during)\s+$", re.IGNORECASE)
_TO_COME = Lazy(r"\b(?:will|shall|plans?|aims?|expects?|going to|is to|are to)\b", re.IGNORECASE)
_NOT_PERIOD_AFTER = Lazy(r"^\s*(?:ago|old|of|later|after|before|earlier)\b", re.IGNORECASE)


def spans_time(text: str, value: ClaimedValue) -> bool:
    if value.unit != quantities.YEARS:
        return False
    start, end = value.span
    return bool(
        _PERIOD_AFTER.match(text[end:]) or _PERIOD_BEFORE.search(text[:start]) or _opens_on_over(text, value)
    )


# The unit of a span of days, weeks or months (17天, three weeks, 六个月), not an anniversary (周年).
_SHORT_SPAN_UNIT = Lazy(r"\s*(?:days?\b|weeks?\b|months?\b|天|周(?!年)|个?星期|个月)", re.IGNORECASE)


# One year as the time a statement holds over (去年一年就新增, 一年平均接待, in a single year):
# the year of the fact's figure, or its rate per year, not a length the article gives.
_ONE_YEAR_AFTER = Lazy(r"\s*(?:就|内|里|中|下来|之内|平均|alone\b)", re.IGNORECASE)
_ONE_YEAR_BEFORE = Lazy(r"(?:\b(?:in|within|during)|年)\s*$", re.IGNORECASE)


def counts_nothing(text: str, value: ClaimedValue) -> bool:
    """Whether a number of the claim is no figure of a fact: a period's length (7年来), one year
    as the time its statement holds over (一年就, in a single year), or a span of days, weeks or
    months (17 days after, three weeks ago), which no fact counts: never a count of apartments or
    companies."""
    return (
        spans_time(text, value)
        or one_year(text, value)
        or (value.unit is None and _SHORT_SPAN_UNIT.match(text, value.span[1]) is not None)
    )


def one_year(text: str, value: ClaimedValue) -> bool:
    """Whether a number of the claim is one year as the time its statement holds over (一年就)."""
    start, end = value.span
    return (
        value.unit == quantities.YEARS
        and value.amount == 1
        and value.qualifier == quantities.EXACT
        and bool(_ONE_YEAR_AFTER.match(text, end) or _ONE_YEAR_BEFORE.search(text[:start]))
    )


def _opens_on_over(text: str, value: ClaimedValue) -> bool:
    """Whether a sentence opens on "over" and this number of years (Over seven years, ...), or on
    "in" and it, of a statement done (In seven years the canteens have spread...)."""
    start, end = value.span
    opens = (not text[:start].strip() and _OPENING_OVER.match(text[start:end]) is not None) or (
        _OPENING_IN.match(text[:start]) is not None and _TO_COME.search(text[end:]) is None
    )
    return opens and _NOT_PERIOD_AFTER.match(text[end:]) is None


def period_misfit(text: str, values: list[ClaimedValue], as_of: TimeRecord | None) -> str | None:
    """Why a period the claim names by its length (六十年来, over the past 60 years) cannot be a
    fact's period (70年来, since 1949), or None: the lengths exclusive at the claim's precision.
    The fact's length is that of its span in whole years either way (1949 to 2019 is 69 or 70
    years, 2012-11 to 2019-09 six or seven)."""
    if as_of is None or as_of["precision"] != "period":
        return None
    start, end = as_of["start"], as_of["end"]
    months = 12 * (int(end[:4]) - int(start[:4])) + _month_of(end) - _month_of(start)
    low, high = (months // 12 - 1, months // 12) if months % 12 == 0 else (months // 12, months // 12 + 1)
    lasted = quantities.Interval(float(max(low, 0)), float(high))
    for value in values:
        # At the precision the claim writes it: 三十年 is 25 to 35 years, 七年 6.5 to 7.5.
        # "Over seven years, ..." names the period's length, not more than it.
        qualifier = quantities.EXACT if _opens_on_over(text, value) else value.qualifier
        claimed = quantities.interval(value.amount, qualifier, value.written)
        if qualifier == quantities.EXACT and value.written == int(value.written):
            half = last_place(int(value.written)) / 2
            claimed = quantities.Interval(value.amount - half, value.amount + half)
        if spans_time(text, value) and not claimed.meets(lasted):
            return f"the article's period is {start} to {end}; the claim says {value.text}"
    return None


def last_place(whole: int) -> int:
    """The place of a whole number's last significant digit: 30 -> 10, 7 -> 1."""
    place = 1
    while whole and whole % 10 == 0:
        whole, place = whole // 10, place * 10
    return place


def _month_of(iso: str) -> int:
    return int(iso[5:7]) if len(iso) >= 7 else 1


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
