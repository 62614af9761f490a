"""Spans of time a claim derives from the article's dated events: the days between two ("17
days after applications opened", 从开放申购到摇号相隔17天, "less than four years passed between"),
or since one to now or to the claim's own time (截至本文发表时已满32年, 到2019年已经三十多年)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import ClaimedValue, Interval
from beilun_cli.verify.grounding import COVERED_WITH_MEASURE, HOME
from beilun_cli.verify.periods import last_place
from beilun_cli.verify.slots import is_event
from beilun_cli.verify.two_measures import Compares, fits_time

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# The day a text was published, said in words: when the article came out, at the time of writing.
PUBLICATION = (
    r"\bwhen (?:the|this) (?:article|report|story) (?:came out|was published|appeared|ran)\b"
    r"|\b(?:by|at) the time (?:of )?(?:the|this) (?:article|report|story)(?: (?:came out|was published))?\b"
    r"|\b(?:as of|at the time of|by the time of) (?:publication|writing)\b"
    r"|距(?:今|离?(?:本文|文章|该文|报道)?(?:发表|发稿|刊发))"
    r"|\bbefore (?:the|this) (?:article|report|story)(?: (?:came out|was published|appeared|ran))?\b"
    r"|(?:截至|截止|到)?(?:本文|文章|该文|报道)?(?:发表|发稿|刊发|刊登)时"
    # The article's own appearance, one end of a span (the article came out two days after…).
    r"|\b(?:the|this) (?:article|report|story) (?:came out|was published|appeared|ran)\b"
)
# Words that say how a figure is got from its operands (had held it for, since then, 至今已, accounted
# for, made up): no operand must hold them. Not words no fact must hold elsewhere: a claim decided
# by its words alone still needs them grounded.
OPERAND_WORDS = Lazy(
    r"\b(?:in use|use|existed|held|for|since|then|accounted|accounts?|accounting"
    r"|ma(?:de|kes?|king)(?: up)?|up)\b|至今|迄今|如今|已经?|现在",
    re.IGNORECASE,
)
# A span completed: 满32年, a full 32 years.
_FULL = Lazy(r"满\s*$|\ba full\s*$|\bfully\s*$", re.IGNORECASE)
# The word of a span after an event, and before one. In Chinese the event named just before it is
# the one the span counts from (A后N天B, B在A N天后; B在A前N年); in English the one after
# "after" or "before" (B came N days after A), and the one before "later" or "earlier".
_AFTER = Lazy(r"\b(?:after|later)\b|后", re.IGNORECASE)
_BEFORE = Lazy(r"\b(?:before|earlier)\b|前", re.IGNORECASE)
_ANCHOR_BEFORE_WORD = Lazy(r"later|earlier|[后前]", re.IGNORECASE)
# A span figure of days, weeks, months or years before now (11年前, three weeks ago): a span to
# the day the text was published. Not a year (2019年前: before 2019).
AGO = (
    r"\bago\b|(?<![\d〇零○])\d{1,3}(?:\.\d+)?\s*(?:多)?(?:天|周|个星期|个月|年)前"
    r"|[一二两三四五六七八九十百几半]+多?(?:天|周|个星期|个月|年)前"
)
# A span between two events, either first: "passed between A and B", 相隔, 从A到B.
_BETWEEN = Lazy(r"\bbetween\b|\bapart\b|相隔|间隔|相距|从.{1,24}?到", re.IGNORECASE)
# A span from one event to now, or to the claim's time: 已满32年, 到2019年已经使用了三十多年, so far.
# In English, a perfect tense held for a span (had been in use for 32 years, has held its title
# for), or the day of publication (when the article came out).
# A span so far, its figure after 已 (已有26年, 已近五年, 已经三十二年了).
SO_FAR = (
    r"已(?:经|有|近|逾|超过?|满)*(?=\s*(?:约|近|超过|不到|将近)?\s*[\d一二两三四五六七八九十半几]+\s*多?"
    r"(?:天|周|个星期|个月|年))"
)
_SINCE = Lazy(
    r"已经?满|已经|至今|迄今|截至|截止|如今|现在|发表时|发稿时"
    r"|\bso far\b|\bas of\b|\bby now\b|\bnow\b|\btoday\b|"
    + AGO
    + "|"
    + SO_FAR
    + r"|\b(?:has|have|had)\b(?:(?!\b(?:after|before|later|between)\b)[^.])*\bfor\b|"
    + PUBLICATION,
    re.IGNORECASE,
)
# The article's own appearance named as one end of a span (the article came out two days after…).
_PUBLISHED = Lazy(r"\b(?:the|this) (?:article|report|story) (?:came out|was published|appeared|ran)\b", re.I)
# The Nth anniversary of an event: a day of its own, the event's day N years on (the 32nd
# anniversary of the renaming of 1987-09-14 is 2019-09-14).
_ANNIVERSARY = Lazy(r"\b(\d{1,3})(?:st|nd|rd|th) anniversary\b", re.I)
_ORDER_WORD = Lazy(r"\b(?:after|before)\b", re.I)
# The unit of a span, written after its number.
_SPAN_UNIT = Lazy(
    r"\s*(?:(?P<day>days?|天)|(?P<month>months?|个月)|(?P<year>years?|年|周年)|(?P<week>weeks?|周|个?星期))",
    re.IGNORECASE,
)
DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}


class Spans(Compares):
    """A judge that finds the events a span of time is between."""

    def _events(self, *, years: bool = False) -> list[FactRecord]:
        """The two most relevant events dated to the day or the month (with `years`, to the year
        too: a span of years), for a span; a state the article dates now (至今) is none."""
        found = sorted(
            (
                candidate
                for candidate in self.candidates.values()
                if is_event(candidate.record, years=years) and candidate.coverage >= COVERED_WITH_MEASURE / 2
            ),
            key=lambda c: (-c.coverage, c.rank or 99),
        )
        records: list[FactRecord] = []
        self.event_coverage: list[float] = []
        for candidate in found:
            as_of = candidate.record["as_of"]
            assert as_of is not None
            if all(r["as_of"] and r["as_of"]["start"] != as_of["start"] for r in records):
                records.append(candidate.record)
                self.event_coverage.append(candidate.coverage)
            if len(records) == 2:
                break
        return records

    def _spanned(self, unit: str | None = None) -> tuple[list[FactRecord], Interval] | None:
        """The events a span is between, and the days between them: two dated events (in the
        order the claim's words say, unless it says between, 相隔); or one, and now (已满32年: the
        publication day of its source) or the claim's own time (到2019年), for a span since it.
        A span of years (the claim's `unit`) is also between events dated to the year, counted in
        whole years as the news counts them (2008 is 11 years before 2019)."""
        spanned = self._spanned_days(years=unit == "year")
        if spanned is None or unit != "year":
            return spanned
        events, days = spanned
        ends = [r["as_of"]["start"] for r in events if r["as_of"] is not None]
        if len(ends) == 1:
            ends.append(self._now_end(events[0]))
        if min(len(end) for end in ends) > 4:
            return spanned
        whole = DAYS["year"] * abs(int(ends[0][:4]) - int(ends[1][:4]))
        return events, Interval(whole, whole)

    def _spanned_days(self, *, years: bool) -> tuple[list[FactRecord], Interval] | None:
        since = _SINCE.search(self.readable) is not None
        if since and (ends := [t for t in self.claim.times if not t.relative]):
            # The claim's time is where a span since an event ends (到2019年已经使用了三十多年),
            # not the event's: the event is sought without it too.
            unended = self.readable
            for time in ends:
                unended = unended.replace(time.written, " ")
            self.seek_also(unended)
        events = self._events(years=years)
        if not events:
            return None
        if since:
            # One event the claim is about, held by as much of it as a figure's fact is; not
            # two as near it (a span since which?).
            event = self._event_since(events)
            if event is None:
                return None
            as_of = event["as_of"]
            assert as_of is not None
            times = [t for t in self.claim.times if not t.relative and not fits_time(t, event)]
            if len(times) > 1:
                return None
            start, end = (times[0].start, times[0].end) if times else (self._published(event),) * 2
            began, ended = as_of["start"], as_of["end"]
            if (anniversary := _ANNIVERSARY.search(self.readable)) is not None:
                began, ended = (_years_on(day, int(anniversary.group(1))) for day in (began, ended))
            days = _days_from(began, ended, first_day(start), last_day(end))
            return [event], self._published_first(days)
        if len(events) != 2 or not (_BETWEEN.search(self.readable) or self._in_time_order(events)):
            return None
        return events, _days_between(events)

    def _published_first(self, days: Interval) -> Interval:
        """The days from an event to the article, or from the article to the event where the
        claim names the article before "before" (the article came out two days before it)."""
        published = _PUBLISHED.search(self.readable)
        word = _ORDER_WORD.search(self.readable, published.end()) if published is not None else None
        if word is None or word.group().casefold() != "before":
            return days
        return Interval(-days.high, -days.low, days.high_open, days.low_open)

    def _event_since(self, events: list[FactRecord]) -> FactRecord | None:
        """The one event a span since it is of: held by more of the claim's words than any other,
        and by as much of them as a figure's fact is; else by the words it grounds."""
        for grounded in (False, True):
            shares = [self._held_share(record, grounded=grounded) for record in events]
            best = max(range(len(events)), key=lambda i: shares[i])
            if any(shares[i] >= shares[best] - 1e-9 for i in range(len(events)) if i != best):
                return None  # two as near it: a span since which?
            if shares[best] >= COVERED_WITH_MEASURE:
                return events[best]
        return None

    def _held_share(self, record: FactRecord, *, grounded: bool = False) -> float:
        """The share of the claim's words a fact holds, but the words of the span (截至本文发表时,
        已满, had passed since): they are no fact's. With `grounded`, a word the fact grounds
        another way counts too (born, of a fact that says founded)."""
        rest = self.claim.rest
        if len(rest) == len(self.readable):
            characters = list(rest)
            spans = [*self.operation_spans(), *(found.span() for found in OPERAND_WORDS.finditer(rest))]
            for start, end in spans:
                characters[start:end] = " " * (end - start)
            rest = "".join(characters)
        weights = self._claim_terms(rest)
        total = sum(weights.values())
        terms = self.candidates[record["id"]].terms
        if grounded:
            terms = terms | (set(self.content) - set(self._ungrounded([record])))
        held = [term for term in weights if term in terms]
        # One tie (the name, of a fact that 'named' something) binds no event to the claim: two
        # words, or a word and an entity the claim names (北仑区得名: 得名 and Beilun).
        named = [entity for entity in self.claim.entities if entity in record["entities"]]
        # Nor an event of another thing than the claim names (the Xiaojia River's, of Huashuo's).
        others = [e for e in self.claim.entities if e not in HOME and not self._mentions(record, e)]
        if len(held) + len(named) < 2 or others:
            return 0.0
        return sum(weights[term] for term in held) / total if total else 0.0

    def _now_end(self, event: FactRecord) -> str:
        """The end of a span since an event, ISO: the claim's own time, or the publication day."""
        times = [t for t in self.claim.times if not t.relative and not fits_time(t, event)]
        return times[0].start if times else self._published(event)

    def _now_written(self, event: FactRecord) -> str:
        """The end of a span since an event: the claim's own time, or the publication day."""
        times = [t for t in self.claim.times if not t.relative and not fits_time(t, event)]
        return times[0].written if times else f"{self._published(event)} (publication)"

    def _in_time_order(self, events: list[FactRecord]) -> bool:
        """Whether the claim names two events in the order its span says. The word of the span
        (after, 后, before, 前) tells which event it counts from, by where the claim names it (see
        _AFTER), and whether the other came later or earlier. Without such a word (从A到B, has
        held it for), the earlier is named first in Chinese, the later in English."""
        places = self._event_places(events)
        first = [min(found, default=-1) for found in places]
        if max(first) < 0 or first[0] == first[1]:
            return False
        found = [m for m in (_AFTER.search(self.readable), _BEFORE.search(self.readable)) if m is not None]
        if not found:
            if min(first) < 0:
                return False
            earlier, later = events if first[0] < first[1] else events[::-1]
            earlier_at, later_at = (r["as_of"]["start"] if r["as_of"] else "" for r in (earlier, later))
            return (earlier_at > later_at) == self.latin
        word = min(found, key=lambda m: m.start())
        anchor = _anchor(
            places, word.start(), word.end(), _ANCHOR_BEFORE_WORD.fullmatch(word.group()) is not None
        )
        if anchor is None:
            # Neither is named on the side of the word it counts from: the one not named is it
            # (the claim names the other elsewhere), or else the one the claim is not about
            # (named first: "the lottery, of the youth apartments, came 17 days after").
            unnamed = [i for i in range(2) if first[i] < 0]
            anchor = unnamed[0] if len(unnamed) == 1 else (1 if first[0] < first[1] else 0)
        counted_from, other = events[anchor], events[1 - anchor]
        from_at, other_at = (r["as_of"]["start"] if r["as_of"] else "" for r in (counted_from, other))
        return other_at > from_at if _AFTER.fullmatch(word.group()) else other_at < from_at

    def _event_places(self, events: list[FactRecord]) -> list[list[int]]:
        """Where the claim names each of two events: by what the other does not hold (see
        _named_at), by a word only one grounds, or a word only one's own statement says (a quote
        may tell another day's event: 开放申购 beside the lottery)."""
        named = self._named_at(events, [])
        content = set(self.content)
        grounded = [content - set(self._ungrounded([record])) for record in events]
        stated = [self._terms("", r["claim"]["zh"], r["claim"]["en"]) & content for r in events]
        folded = self.readable.casefold()
        places: list[list[int]] = []
        for mine in range(2):
            theirs = 1 - mine
            own = (grounded[mine] - grounded[theirs]) | (stated[mine] - stated[theirs])
            written = [self._written(term).strip("'“”").casefold() for term in own]
            found = {m.start() for said in written if said for m in re.finditer(re.escape(said), folded)}
            places.append(sorted(found | ({named[mine]} if named[mine] >= 0 else set())))
        return places


def _anchor(places: list[list[int]], start: int, end: int, before_word: bool) -> int | None:
    """Which of two events a span counts from: the one named nearest the span's word on the side
    it names it (before 后 and "later", after "after"); None when neither is named there."""
    if before_word:
        near = [max((at for at in found if at < start), default=-1) for found in places]
        if max(near) < 0 or near[0] == near[1]:
            return None
        return 0 if near[0] > near[1] else 1
    after = [min((at for at in found if at >= end), default=-1) for found in places]
    if max(after) < 0 or after[0] == after[1]:
        return None
    if min(after) < 0:
        return 0 if after[0] >= 0 else 1
    return 0 if after[0] < after[1] else 1


def span_unit(value: ClaimedValue, rest: str) -> str | None:
    """The unit of a claimed span (day, week, month or year), or None for a figure of no span."""
    after = rest[value.span[1] :] if value.unit is None else ""
    found = _SPAN_UNIT.match(after) if after else None
    if found is None and value.unit in ("years", "months"):
        return value.unit[:-1]
    return found.lastgroup if found is not None else None


def span_interval(value: ClaimedValue, rest: str) -> Interval | None:
    """A claimed span in days (17 days, less than four years, 三十多年), or None for no span."""
    unit = span_unit(value, rest)
    if unit is None:
        return None
    interval = value.interval
    days = DAYS[unit]
    # 满32年, a full 32 years: at least that many, however many more.
    if value.qualifier == quantities.EXACT and _FULL.search(rest[: value.span[0]]):
        return Interval(value.amount * days, quantities.INFINITY)
    # A whole number of days states every digit: 17 days is 17, not 16.5 to 17.5.
    if unit == "day" and value.qualifier == quantities.EXACT:
        return Interval(value.amount, value.amount)
    # About five years (weeks, months) is any span that rounds to five (4.7 years), about thirty
    # any that rounds to thirty (32 years); nearly five is short of five, by half a year at most.
    whole = value.written == int(value.written)
    if unit != "day" and value.qualifier == quantities.ABOUT and whole and value.written:
        half = last_place(int(value.written)) / 2 * value.amount / value.written
        interval = Interval(min(interval.low, value.amount - half), max(interval.high, value.amount + half))
    if unit != "day" and value.qualifier == quantities.NEARLY and whole:
        interval = Interval(min(interval.low, value.amount - 0.5), value.amount, high_open=True)
    return Interval(interval.low * days, interval.high * days, interval.low_open, interval.high_open)


def _days_between(events: list[FactRecord]) -> Interval:
    """The days from the earlier event to the later, from any day of each (a month's event may be
    on any of its days)."""
    spans = sorted((r["as_of"]["start"], r["as_of"]["end"]) for r in events if r["as_of"] is not None)
    (start, end), (later_start, later_end) = spans
    return _days_from(start, end, first_day(later_start), last_day(later_end))


def _days_from(start: str, end: str, first: str, last: str) -> Interval:
    """The days from any day of start..end (an ISO day or month) to any day of first..last."""
    from datetime import date  # here: a check without a span needs no datetime

    earliest, latest = date.fromisoformat(first_day(start)), date.fromisoformat(last_day(end))
    return Interval(
        float((date.fromisoformat(first) - latest).days), float((date.fromisoformat(last) - earliest).days)
    )


def _years_on(when: str, years: int) -> str:
    """An ISO year, month or day `years` on (1987-09-14 is 2019-09-14 32 years on; 29 February
    falls on the 28th)."""
    moved = f"{int(when[:4]) + years:04d}{when[4:]}"
    return moved.replace("-02-29", "-02-28") if len(moved) == 10 else moved


def first_day(when: str) -> str:
    """The first day of a year, a month or a day, ISO (2019 is 2019-01-01)."""
    return {4: f"{when}-01-01", 7: f"{when}-01"}.get(len(when), when)


def last_day(when: str) -> str:
    """The last day of a year, a month or a day, ISO (2019-02 is 2019-02-28)."""
    import calendar

    if len(when) == 4:
        return f"{when}-12-31"
    if len(when) == 7:
        year, month = int(when[:4]), int(when[5:])
        return f"{when}-{calendar.monthrange(year, month)[1]:02d}"
    return when
