"""Claims generated for tests/check_generated.py of the span of time from each dated event of the
base to the day the article was published, said as "N years ago", "N years before the article"
(N年前, 距本文发表N年), and from one dated event to another:

- every event the base dates to the day, the month or the year (not a state it dates now, not a
  picture): the span to the publication day said about (约), over (超过, 多) and less than (不到) the
  years it is, in both languages (and to the year of publication, 到2019年已经三十多年, whose year
  is the span's end, no time of the event): supported at the right figure, refuted at one beyond
  it. An
  event of a year is as many whole years before as the news counts (2008 is 11 years before 2019);
  an event of a day is that many days, about so many weeks or months (约三个月前), before when it
  is less than a year;
- every event dated to the day, the article said to come so many days after its last anniversary
  (its day so many whole years on: "the article came out 2 days after its 32nd anniversary"),
  right (supported), three more or before it (refuted);
- every pair of events dated to the day or the year that share an entity besides Beilun: the later
  said to come about the right number of years after the earlier (supported), or less than a year
  after (refuted), and the earlier said to come before the later (not refuted).

The years a claim allows are as check reads them (beilun_cli.read.quantities.interval): "about 32"
is 31.5 to 32.5 years, so a figure the event's own precision leaves open is not generated."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from check_generated_figures import small_numeral, years_before
from check_generated_relations import IN_ORDER

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_YEAR = 365.25
# A state the article dates now (当前, 至今), which no span counts from.
_AS_OF_NOW = re.compile(r"当前|至今|截至|目前|现在|如今")
# The date a claim opens with: 2019年8月26日, / 1987年9月14日, / 2008年, and On 14 September 1987 /
# In 2008 (11 years ago), in English.
_DATE_ZH = re.compile(r"^\s*(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]?\s*")
_DATE_EN = re.compile(
    r"^(?:On \d{1,2} \w+ \d{4}|In (?:\w+ )?\d{4}(?: \([^)]*\))?|On \w+ \d{1,2},? \d{4}),?\s+"
)
# A claim that still names a time once its opening date is gone tells two: left out.
_OTHER_TIME = re.compile(r"\d{4}|年前|去年|今年|本月|截至|\bago\b|\bas of\b|\bthis year\b", re.IGNORECASE)


def span_ago_cases(records: Sequence[FactRecord], published: str) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each dated event said so long before the article."""
    day = date.fromisoformat(published)
    for record in records:
        event = _undated(record)
        as_of = record["as_of"]
        if event is None or as_of is None:
            continue
        zh, en = event
        if as_of["precision"] == "year":
            whole = day.year - int(as_of["start"])
            low = high = float(whole)
        else:
            low, high = years_before(day, as_of)
        if low >= 1:
            for figure_zh, figure_en, verdict in _years_said(low, high):
                family = "span-ago" if verdict == SUPPORTED else "span-ago-moved"
                yield record["id"], family, "zh", f"{figure_zh}前，{zh}。", verdict
                yield record["id"], family, "zh", f"{zh}，距本文发表{figure_zh}。", verdict
                yield record["id"], family, "zh", f"{zh}，至今已{figure_zh}。", verdict
                yield record["id"], family, "en", f"{_capital(en)} {figure_en} ago.", verdict
                before = f"{figure_en.capitalize()} before the article, {en}."
                yield record["id"], family, "en", before, verdict
            # To the year of publication (到2019年已经三十多年), which is the span's end and no time
            # of the event: whole years, as the news counts them (1984 to 2019 is 35).
            whole = float(day.year - int(as_of["start"][:4]))
            for figure_zh, _, verdict in _years_said(whole, whole):
                family = "span-to-year" if verdict == SUPPORTED else "span-to-year-moved"
                yield record["id"], family, "zh", f"{zh}，到{day.year}年已经{figure_zh}。", verdict
        elif as_of["precision"] == "day" and low > 0:
            days = (day - date.fromisoformat(as_of["start"])).days
            for count, verdict in ((days, SUPPORTED), (days + 3, REFUTED)):
                family = "span-ago" if verdict == SUPPORTED else "span-ago-moved"
                yield record["id"], family, "zh", f"{count}天前，{zh}。", verdict
                yield record["id"], family, "en", f"{count} days before the article appeared, {en}.", verdict
            months = days / (_YEAR / 12)
            if abs(months - round(months)) < 0.3 and round(months) >= 1:
                said = round(months)
                for count, verdict in ((said, SUPPORTED), (said + 3, REFUTED)):
                    family = "span-ago" if verdict == SUPPORTED else "span-ago-moved"
                    yield record["id"], family, "zh", f"约{small_numeral(count)}个月前，{zh}。", verdict
            weeks = days / 7
            if abs(weeks - round(weeks)) < 0.2:
                said = round(weeks)
                for count, verdict in ((said, SUPPORTED), (said + 2, REFUTED)):
                    family = "span-ago" if verdict == SUPPORTED else "span-ago-moved"
                    yield record["id"], family, "en", f"{_capital(en)} about {count} weeks ago.", verdict


def _ordinal(number: int) -> str:
    """32nd, 11th, 1st."""
    ending = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{ending}"


def anniversary_cases(
    records: Sequence[FactRecord], published: str
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each event dated to the day, a year or more before the
    article, and the article said to come so many days after its last anniversary before it (the
    event's day, so many whole years on): the right count supported, three more refuted, and the
    article said to come that many days before it refuted."""
    day = date.fromisoformat(published)
    for record in records:
        event = _undated(record)
        as_of = record["as_of"]
        if event is None or as_of is None or as_of["precision"] != "day":
            continue
        held = date.fromisoformat(as_of["start"])
        years = day.year - held.year - ((day.month, day.day) < (held.month, held.day))
        if years < 1 or (held.month, held.day) == (2, 29):
            continue
        days = (day - held.replace(year=held.year + years)).days
        if days < 1:
            continue
        en = _capital(event[1])
        said = [(days, "after", SUPPORTED), (days + 3, "after", REFUTED), (days, "before", REFUTED)]
        for count, word, verdict in said:
            family = "anniversary" if verdict == SUPPORTED else "anniversary-moved"
            claim = f"{en}. The article came out {count} days {word} its {_ordinal(years)} anniversary."
            yield record["id"], family, "en", claim, verdict


def years_between_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(pair, family, lang, claim, verdict): two events dated to the day or to the year that
    share an entity besides Beilun, the later said so many years after the earlier."""
    events = [(r, _undated(r)) for r in records if r["as_of"] is not None]
    dated = [
        (r, said) for r, said in events if said is not None and r["as_of"]["precision"] in ("day", "year")
    ]
    for earlier, (earlier_zh, earlier_en) in dated:
        for later, (later_zh, later_en) in dated:
            start, end = earlier["as_of"]["start"], later["as_of"]["start"]
            shared = set(earlier["entities"]) & set(later["entities"]) - {"beilun"}
            if start[:4] >= end[:4] or not shared or len(start) != len(end):
                continue
            if len(start) == 4:
                low = high = float(int(end) - int(start))
            else:
                low = high = (date.fromisoformat(end) - date.fromisoformat(start)).days / _YEAR
            ident = f"{earlier['id']}+{later['id']}"
            for figure_zh, figure_en, verdict in _years_said(low, high):
                family = "years-between" if verdict == SUPPORTED else "years-between-moved"
                yield ident, family, "zh", f"{earlier_zh}{figure_zh}后，{later_zh}。", verdict
                yield ident, family, "en", f"{_capital(later_en)} {figure_en} after {earlier_en}.", verdict
            yield ident, "before-the-later", "en", f"{_capital(earlier_en)} before {later_en}.", IN_ORDER


def _years_said(low: float, high: float) -> list[tuple[str, str, str]]:
    """(zh, en, verdict) of a span of low to high years: about, over and less than, each at the
    right figure (supported) and at one beyond it (refuted), when the span decides it."""
    said: list[tuple[str, str, str]] = []
    near = round((low + high) / 2)
    if near >= 1 and near - 0.5 <= low and high <= near + 0.5:
        said += [(f"约{small_numeral(near)}年", f"about {near} years", SUPPORTED)]
    # A figure beyond: about 30 is any span that rounds to 30 (25 to 35), so not a round one.
    beyond = near + 3 if (near + 3) % 10 else near + 4
    if near >= 1:
        said += [(f"约{small_numeral(beyond)}年", f"about {beyond} years", REFUTED)]
    whole = int(low)
    if whole >= 1 and whole < low:
        said += [(f"超过{small_numeral(whole)}年", f"more than {whole} years", SUPPORTED)]
    said += [(f"超过{small_numeral(int(high) + 2)}年", f"more than {int(high) + 2} years", REFUTED)]
    said += [(f"不到{small_numeral(int(high) + 1)}年", f"less than {int(high) + 1} years", SUPPORTED)]
    if int(low) - 1 >= 1:
        said += [(f"不到{small_numeral(int(low) - 1)}年", f"less than {int(low) - 1} years", REFUTED)]
    return said


def _undated(record: FactRecord) -> tuple[str, str] | None:
    """A dated event's claims without their opening dates, or None for no event to date (a state
    the article dates now, a picture, a figure, a claim that keeps another time)."""
    as_of = record["as_of"]
    if (
        as_of is None
        or as_of["precision"] not in ("day", "month", "year")
        or as_of["start"] != as_of["end"]
        or _AS_OF_NOW.search(as_of["written"])
        or record["quantity"] is not None
        or "photo" in record["tags"]
    ):
        return None
    zh = _DATE_ZH.sub("", record["claim"]["zh"].rstrip("。"), count=1).strip(" ,，")
    found = _DATE_EN.match(record["claim"]["en"])
    if found is None:
        return None
    en = record["claim"]["en"][found.end() :].rstrip(".")
    if not zh or not en or _OTHER_TIME.search(zh) or _OTHER_TIME.search(en):
        return None
    return zh, en[:1].lower() + en[1:] if not en.startswith(("Beilun", "The State", "China")) else en


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
