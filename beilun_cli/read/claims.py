"""A statement in Chinese or English, read into what `beilun check` compares: its numbers with
their units and quantifiers, its times, the entities and measures it names, and its markers
(first, only, one of, not).

Pure functions over text and a `Vocabulary` (names of entities and measures, read from the
index): nothing here prints or opens files.

Numbers
-------
Numerals are read by `numerals` (Arabic with separators, Chinese characters, 亿/万 magnitudes,
English scale and number words, fractions). cn2an was measured for the Chinese numerals and not
taken: it imports in about 190 ms (the whole `check` budget is about 130 ms), and it rejects
三成, 1.1万亿 and 百亿, which the claims of this article use.

Each number gets the unit that follows it (or the currency sign before it), converted to a
`UnitClass` the facts' normalised units compare in: 公里/km become metres, 平方公里/km² square
metres, 亩/mu 666.67 m², 成 ten percent, a fraction or "one sixth" a percent. The quantifier
before or after it (近/nearly, 超/over, 以上/at least, 约/about, 不到/under, 多 "and more") gives
the interval the claim asserts; see `ClaimedValue.interval`.

Precision
---------
A claim is as precise as its last significant digit: 114.6 billion is ±0.05 billion, 1146亿
±0.5亿, 120 billion ±5 billion (zeros closing an integer are not significant, as 17万 and 170,000
say the same). The spread is capped at 5% of the value, so that a one-digit figure (100 billion)
is not read as "anything from 50 to 150".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.numerals import Number, chinese_numbers, english_numbers

__all__ = [
    "Claim",
    "ClaimedTime",
    "ClaimedValue",
    "Interval",
    "Vocabulary",
    "read_claim",
    "spread",
]

# The widest spread a rounded figure is given, as a share of the figure.
MAX_SPREAD = 0.05
INFINITY = float("inf")

# ---------------------------------------------------------------- units

# A unit class is what the facts' normalised units compare in; a claim's unit converts to it.
# Counts (companies, projects, sets, teams...) compare with one another: the measure says what
# is counted.
MONEY_YUAN = "yuan"
MONEY_USD = "usd"
LENGTH = "m"
AREA = "m2"
SHARE = "percent"
PEOPLE = "people"
YEARS = "years"
COUNT = "count"


def fact_unit_class(amount_unit: str) -> tuple[str, float]:
    """The class a fact's normalised unit compares in, and the factor to it (any count: COUNT)."""
    return lexicon.unit_class(amount_unit)


# Units written after a number: (pattern, class, factor), in the lexicon's order (its units.toml).
_ZH_UNITS = lexicon.unit_patterns("zh")
_EN_UNITS = lexicon.unit_patterns("en")
# Currency written before the number: RMB 114.6 billion, US$10 billion, ¥, $.
_EN_CURRENCY_BEFORE = Lazy(r"(?:(us\$|u\.s\. ?\$|\$|usd ?)|(rmb ?|cny ?|¥ ?))$")
_ZH_UNIT = Lazy("|".join(f"(?P<u{n}>{pattern})" for n, (pattern, _, _) in enumerate(_ZH_UNITS)))
_EN_UNIT = Lazy(
    r"[ -]?(?:" + "|".join(f"(?P<u{n}>{pattern})" for n, (pattern, _, _) in enumerate(_EN_UNITS)) + ")"
)

# ---------------------------------------------------------------- quantifiers

EXACT = "exact"
ABOUT = "about"
NEARLY = "nearly"
OVER = "over"
MORE_THAN = "more_than"  # 30多: over 30, under 40
AT_LEAST = "at_least"
UNDER = "under"
AT_MOST = "at_most"

_QUANTIFIER_WORDS = {
    OVER: "over",
    NEARLY: "nearly",
    ABOUT: "about",
    AT_LEAST: "at least",
    UNDER: "under",
    AT_MOST: "at most",
    MORE_THAN: "more than",
    EXACT: "",
}


def quantifier_words(qualifier: str) -> str:
    """A qualifier in English words: nearly, over... ('' for exact)."""
    return _QUANTIFIER_WORDS.get(qualifier, qualifier.replace("_", " "))


# Tried in order, the first that ends right before the number wins: a denied quantifier (不超过,
# no more than) comes before the one it denies (超过, more than), which it ends with.
_ZH_BEFORE = (
    (Lazy(r"(?:将近|接近|近乎|差不多|几乎|近)$"), NEARLY),
    (Lazy(r"(?:不超过|至多|最多|最高)$"), AT_MOST),
    (Lazy(r"(?:不少于|不低于|至少|最少)$"), AT_LEAST),
    (Lazy(r"(?:超过了?|超出|突破了?|破|逾|超|多于|高于|大于|(?<!通|经)过)$"), OVER),
    (Lazy(r"(?:不到|不足|少于|低于|小于|未达到?|未满)$"), UNDER),
    (Lazy(r"(?:大约|大概|约为?|约有|约合)$"), ABOUT),
)
# 50人规模以上: the bound may follow the word for scale.
_ZH_AFTER = (
    (Lazy(r"^(?:规模)?(?:以上|之上|有余)"), AT_LEAST),
    (Lazy(r"^(?:规模)?(?:以下|之内|以内)"), AT_MOST),
    (Lazy(r"^(?:左右|上下|前后)"), ABOUT),
    (Lazy(r"^(?:多|余)"), MORE_THAN),
)
_EN_BEFORE = (
    (Lazy(r"(?:nearly|almost|close to|just under|just below|approaching|near)$"), NEARLY),
    (Lazy(r"(?:at most|up to|no more than|not more than|a maximum of|maximum of)$"), AT_MOST),
    (Lazy(r"(?:at least|no less than|no fewer than|not less than|a minimum of|minimum of)$"), AT_LEAST),
    (
        Lazy(
            r"(?:more than|over|above|exceeding|exceeds?|exceeded|in excess of|upwards of|beyond|topped"
            r"|tops?|surpass(?:ed|es)?|passed|passes|(?<!the )past|greater than|higher than)$"
        ),
        OVER,
    ),
    (Lazy(r"(?:less than|fewer than|under|below|short of|not even|lower than)$"), UNDER),
    (Lazy(r"(?:about|around|approximately|roughly|some|circa|an estimated|estimated|~)$"), ABOUT),
)
_EN_AFTER = (
    (Lazy(r"^(?:[ -]?(?:odd|plus))"), MORE_THAN),
    (Lazy(r"^(?: or (?:more|above|over|older)| and (?:above|more|over|older)| at least|\+)"), AT_LEAST),
    (Lazy(r"^(?: or (?:less|fewer)| at most| and below)"), AT_MOST),
    (Lazy(r"^(?: or so|ish)"), ABOUT),
)


# ---------------------------------------------------------------- intervals


# Plain classes, not dataclasses: `check` defines them on every call, and a dataclass costs
# start-up time (and the dataclasses module) that a one-shot command does not need.


class Interval:
    """The values a figure allows: low..high, each end open or closed."""

    __slots__ = ("low", "high", "low_open", "high_open")

    def __init__(self, low: float, high: float, low_open: bool = False, high_open: bool = False) -> None:
        self.low = low
        self.high = high
        self.low_open = low_open
        self.high_open = high_open

    def __repr__(self) -> str:
        return f"Interval({self.low!r}, {self.high!r}, {self.low_open!r}, {self.high_open!r})"

    def contains(self, other: Interval) -> bool:
        """Whether every value `other` allows is one this allows."""
        low_ok = self.low < other.low or (
            _close(self.low, other.low) and (not self.low_open or other.low_open)
        )
        high_ok = other.high < self.high or (
            _close(self.high, other.high) and (not self.high_open or other.high_open)
        )
        return (low_ok or self.low == -INFINITY) and (high_ok or self.high == INFINITY)

    def meets(self, other: Interval) -> bool:
        """Whether some value is allowed by both."""
        if self.high < other.low and not _close(self.high, other.low):
            return False
        if other.high < self.low and not _close(other.high, self.low):
            return False
        if _close(self.high, other.low) and self.high < INFINITY:
            return not (self.high_open or other.low_open)
        if _close(other.high, self.low) and other.high < INFINITY:
            return not (other.high_open or self.low_open)
        return True


def _close(a: float, b: float) -> bool:
    if a == b:
        return True
    if math.isinf(a) or math.isinf(b) or math.isnan(a) or math.isnan(b):
        return False  # inf - x is inf, and "inf <= inf" would call any bound close to infinity
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def _place(written: float) -> float:
    """The place of the last significant digit of a numeral: 114.6 -> 0.1, 120 -> 10, 17 -> 1."""
    if written != int(written):
        decimals = len(repr(written).split(".")[1].rstrip("0")) if "." in repr(written) else 0
        return float(10 ** -min(decimals, 12)) if decimals else 1.0
    whole = int(written)
    if whole == 0:
        return 1.0
    place = 1
    while whole % 10 == 0:
        whole //= 10
        place *= 10
    return float(place)


def spread(written: float, amount: float) -> float:
    """Half the place of a figure's last significant digit, in the figure's amount, capped at
    MAX_SPREAD of the amount: how far a rounded figure may be from the value it rounds."""
    scale = amount / written if written else 1.0
    return min(_place(written) * scale / 2, abs(amount) * MAX_SPREAD)


def interval(amount: float, qualifier: str, written: float, *, exact_point: bool = False) -> Interval:
    """What a figure with a quantifier allows. `exact_point`: an exact figure is that value
    (the article's own figures); otherwise it is rounded, ± its spread."""
    half = spread(written, amount)
    if qualifier == NEARLY:
        return Interval(amount - half, amount, high_open=True)
    if qualifier == OVER:
        return Interval(amount, INFINITY, low_open=True)
    if qualifier == MORE_THAN:  # 30多: past 30 and short of 40
        return Interval(amount, amount + _place(written) * (amount / written if written else 1), True, True)
    if qualifier == AT_LEAST:
        return Interval(amount, INFINITY)
    if qualifier == UNDER:
        return Interval(-INFINITY, amount, high_open=True)
    if qualifier == AT_MOST:
        return Interval(-INFINITY, amount)
    if qualifier == EXACT and exact_point:
        return Interval(amount, amount)
    return Interval(amount - half, amount + half)


# ---------------------------------------------------------------- what a claim says


class ClaimedValue:
    """One figure of a claim, as written and normalised to its unit class.

    `text` is as the claim writes it, with its unit ("10 billion us dollars"); `written` the
    numeral (10); `amount` in the unit class (1e10); `unit` the class (MONEY_YUAN, LENGTH...),
    None for a bare number. A `fraction` (one sixth, 1/6) is exact, not rounded. A figure with a
    `magnitude` (17万, 120 billion) has zeros that are placeholders; a plain "40%" or "2,450"
    states every digit.
    """

    __slots__ = ("text", "written", "amount", "unit", "qualifier", "fraction", "magnitude", "span")

    def __init__(
        self,
        text: str,
        written: float,
        amount: float,
        unit: str | None,
        qualifier: str,
        fraction: bool = False,
        magnitude: bool = False,
        span: tuple[int, int] = (0, 0),
    ) -> None:
        self.span = span  # where it stands in the claim as read
        self.text = text
        self.written = written
        self.amount = amount
        self.unit = unit
        self.qualifier = qualifier
        self.fraction = fraction
        self.magnitude = magnitude

    @property
    def interval(self) -> Interval:
        if self.fraction and self.qualifier in (EXACT, ABOUT):
            return Interval(self.amount * (1 - 1e-6), self.amount * (1 + 1e-6))
        if self.qualifier == EXACT and not self.magnitude and self.written == int(self.written):
            half = min(
                0.5 * self.amount / self.written if self.written else 0.5, abs(self.amount) * MAX_SPREAD
            )
            return Interval(self.amount - half, self.amount + half)
        return interval(self.amount, self.qualifier, self.written)


class ClaimedTime:
    """A time a claim names, resolved: 去年 in an article of 2019 is 2018. `start` and `end` are
    ISO (2018, 2019-09, 1987-09-14); `precision` decade, year, month or day; `relative` when it
    was named relative to the article's date (去年, last year)."""

    __slots__ = ("written", "start", "end", "precision", "relative")

    def __init__(self, written: str, start: str, end: str, precision: str, relative: bool = False) -> None:
        self.written = written
        self.start = start
        self.end = end
        self.precision = precision
        self.relative = relative

    def within(self, start: str, end: str) -> bool:
        """Whether this time lies within [start, end] (ISO), compared at the coarser precision:
        2018 is within 2018-01..2018-12, 2019-06 within 2019."""
        low = min(len(self.start), len(start))
        high = min(len(self.end), len(end))
        return start[:low] <= self.start[:low] and self.end[:high] <= end[:high]

    def against(self, published: str, read_against: str) -> ClaimedTime:
        """This time as a text published on `published` means it, having been read against the
        date `read_against`: 去年 read against 2020-06-01 is 2019, as a text of 2019-09-16 means
        it 2018. A time named outright stays as it is. 去年 and a day without its year (8月9日)
        move by years; 本月 and 上个月 by months."""
        if not self.relative or published == read_against:
            return self
        years = int(published[:4]) - int(read_against[:4])
        months = 12 * years + int(published[5:7]) - int(read_against[5:7])
        if self.precision == "year" or any(char.isdigit() for char in self.written):
            months = 12 * years
        return ClaimedTime(
            self.written, _shifted(self.start, months), _shifted(self.end, months), self.precision, True
        )

    def meets(self, start: str, end: str) -> bool:
        """Whether this time and [start, end] (ISO) share a moment, compared at the coarser
        precision: the 1980s meet 1985, 2018 meets 2012..2019, 2017 does not meet 2018."""
        low = min(len(self.start), len(end))
        high = min(len(self.end), len(start))
        return self.start[:low] <= end[:low] and start[:high] <= self.end[:high]


def _shifted(iso: str, months: int) -> str:
    """An ISO year, month or day moved by whole months (a year when it names no month)."""
    if len(iso) == 4:
        return f"{int(iso) + months // 12:04d}"
    total = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}{iso[7:]}"


class Vocabulary:
    """The names a claim is read with: (name, id) of entities and measures, longest first; each
    entity's kind; each measure's reading ("amount" or "threshold")."""

    __slots__ = ("entities", "entity_kinds", "measures", "readings")

    def __init__(
        self,
        entities: Sequence[tuple[str, str]],
        entity_kinds: dict[str, str],
        measures: Sequence[tuple[str, str]],
        readings: dict[str, str] | None = None,
    ) -> None:
        self.entities = entities
        self.entity_kinds = entity_kinds
        self.measures = measures
        self.readings = readings or {}


class Claim:
    """What a claim says. `rest` is its text with names, times, figures and markers blanked: what
    is left to match words on. `proper` holds the words written with a capital inside it (names,
    even unknown ones: Yinzhou); `places` the places it names by an administrative suffix (舟山市,
    Yinzhou District), for the caller to look up."""

    __slots__ = (
        "latin",
        "text",
        "values",
        "times",
        "entities",
        "measures",
        "markers",
        "rest",
        "proper",
        "places",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.latin = False  # written with Latin letters: English to read, and to stem
        self.values: list[ClaimedValue] = []
        self.times: list[ClaimedTime] = []
        self.entities: list[str] = []
        self.measures: list[str] = []
        self.markers: set[str] = set()
        self.rest = ""
        self.proper: set[str] = set()
        self.places: list[str] = []


# ---------------------------------------------------------------- times

_EN_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = r"(?P<month_name>" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _EN_MONTHS) + r")\.?"
_ZH_DATE = Lazy(r"(?P<year>\d{4})\s*年(?!代)(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*[日号])?)?")
_ZH_MONTH_DAY_AFTER = Lazy(r"(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*[日号])?")
_ZH_MONTH_DAY = Lazy(r"(?<![\d年])(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*[日号])?")
_EN_DATE = Lazy(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})"
    r"|"
    + _MONTH.replace("month_name", "month_name2")
    + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4})"
    r"|" + _MONTH.replace("month_name", "month_name3") + r",?\s+(?P<year3>\d{4})"
    r"|(?:(?<=in )|(?<=since )|(?<=by )|(?<=during )|(?<=of )|(?<=year )|(?<=until )|(?<=from )"
    r"|(?<=for )|(?<=as of ))(?P<year4>\d{4})\b"
    r"|(?P<year5>(?:19|20)\d{2})(?![\d,.]|\s*(?:%|percent|yuan|people|m\b|km|sets?|companies))\b)",
    re.IGNORECASE,
)
# A decade: 80年代, 上世纪八十年代, the 1980s, the eighties (a decade named without its century
# is of the 1900s). Not the over-80s (people over 80), nor a decade of birth (80后, born in the
# 1980s, 80年代出生): that is a marker of a person, not the time of a claim.
_DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()
_ZH_DECADE = Lazy(
    r"(?:(?P<full>(?<!\d)(?:19|20)\d0)"
    r"|(?:上世纪|上个世纪|(?P<century>19|20|二十|十九)世纪)?(?<!\d)(?P<tens>[1-9]0|[二三四五六七八九]十))"
    r"年代(?!出生|生人)"
)
_EN_DECADE = Lazy(
    r"(?<!over-)(?<!over )(?<!under-)(?<!born in )\b(?:the )?(?<!born in the )"
    r"(?:(?P<century>19|20)?(?P<tens>[1-9]0)[’']?s|(?P<word>" + "|".join(_DECADE_WORDS) + r"))\b"
)


def _decade(match: re.Match[str]) -> ClaimedTime:
    """The ten years a match of _ZH_DECADE or _EN_DECADE names: 80年代 is 1980 to 1989."""
    groups = match.groupdict()
    if groups.get("full"):
        start = int(groups["full"])
    elif groups.get("word"):
        start = 1920 + 10 * _DECADE_WORDS.index(groups["word"])
    else:
        start = _numeral(groups["tens"])
        if groups["century"] is None:
            start += 1900  # a decade named without its century is of the 1900s
        elif match.group().endswith("年代"):
            start += (_numeral(groups["century"]) - 1) * 100  # 20世纪, the 20th century: the 1900s
        else:
            start += int(groups["century"]) * 100  # the 20 of the 2010s
    return ClaimedTime(match.group(), f"{start:04d}", f"{start + 9:04d}", "decade")


def _numeral(text: str) -> int:
    """A numeral in digits or Chinese characters: 80 or 八十."""
    return int(chinese_numbers(text, characters=True)[0].amount)


_RELATIVE = (
    (Lazy(r"前年|the year before last"), -2),
    (Lazy(r"去年|上一年|last year|a year ago|the previous year"), -1),
    (Lazy(r"今年|本年|this year|so far this year|in the current year"), 0),
    (Lazy(r"明年|next year"), 1),
)


def _month(name: str) -> int:
    return next(n for n, month in enumerate(_EN_MONTHS, start=1) if month.startswith(name[:3].lower()))


def _time(written: str, year: int, month: int | None, day: int | None, relative: bool = False) -> ClaimedTime:
    if month is None:
        text = f"{year:04d}"
        return ClaimedTime(written, text, text, "year", relative)
    if day is None:
        text = f"{year:04d}-{month:02d}"
        return ClaimedTime(written, text, text, "month", relative)
    text = f"{year:04d}-{month:02d}-{day:02d}"
    return ClaimedTime(written, text, text, "day", relative)


# 上旬, 中旬, 下旬: a part of a month (the lexicon's time_part), its first, middle or last ten days.
_DEKAD = Lazy(r"\s*[上中下]旬")


def _dekad(written: str, year: int, month: int, word: str) -> ClaimedTime:
    from datetime import date, timedelta

    part = lexicon.time_part(word.strip())
    index, parts = (part[1], part[2]) if part is not None and part[0] == "month" else (1, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    days = (following - timedelta(days=1)).day
    first = 1 + 10 * (index - 1)
    last = days if index == parts else 10 * index
    return ClaimedTime(
        written, f"{year:04d}-{month:02d}-{first:02d}", f"{year:04d}-{month:02d}-{last:02d}", "day"
    )


def times_of(text: str, published: str) -> list[ClaimedTime]:
    """The times a text names (去年, 2018年, 14 September 1987), resolved against `published`."""
    return _read_times(text.casefold(), published)[0]


def _read_times(text: str, published: str) -> tuple[list[ClaimedTime], list[tuple[int, int]]]:
    year_published, month_published = int(published[:4]), int(published[5:7])
    times: list[ClaimedTime] = []
    spans: list[tuple[int, int]] = []
    # Each family of patterns is tried only on a text holding the word all its members hold:
    # compiling them costs a one-shot call more than reading.
    latin = _LATIN.search(text) is not None
    for match in _ZH_DATE.finditer(text) if "年" in text else ():
        year = int(match["year"])
        month = int(match["month"]) if match["month"] else None
        day = int(match["day"]) if match["day"] else None
        if 1000 <= year <= 2100 and (month is None or 1 <= month <= 12):
            dekad = _DEKAD.match(text, match.end()) if month is not None and day is None else None
            if dekad is not None:  # 8月上旬: the first ten days of August
                times.append(_dekad(match.group() + dekad.group(), year, month or 1, dekad.group()))
                spans.append((match.start(), dekad.end()))
                continue
            times.append(_time(match.group(), year, month, day))
            spans.append(match.span())
    for match in _EN_DATE.finditer(text) if latin else ():
        if any(lo < match.end() and match.start() < hi for lo, hi in spans):
            continue
        groups = match.groupdict()
        year = int(next(groups[key] for key in ("year", "year2", "year3", "year4", "year5") if groups[key]))
        name = groups["month_name"] or groups["month_name2"] or groups["month_name3"]
        day_text = groups["day"] or groups["day2"]
        if not 1000 <= year <= 2100:
            continue
        times.append(
            _time(match.group(), year, _month(name) if name else None, int(day_text) if day_text else None)
        )
        spans.append(match.span())
    english_decade = latin and any(word in text for word in ("0s", "0's", "0’s", *_DECADE_WORDS))
    for pattern in ((_ZH_DECADE,) if "年代" in text else ()) + ((_EN_DECADE,) if english_decade else ()):
        for match in pattern.finditer(text):
            if not any(lo < match.end() and match.start() < hi for lo, hi in spans):
                times.append(_decade(match))
                spans.append(match.span())
    for pattern, offset in _RELATIVE if "年" in text or "year" in text else ():
        for match in pattern.finditer(text):
            if any(lo < match.end() and match.start() < hi for lo, hi in spans):
                continue
            year = year_published + offset
            months = _ZH_MONTH_DAY_AFTER.match(text, match.end())
            if months and int(months["month"]) <= 12:
                day = int(months["day"]) if months["day"] else None
                times.append(
                    _time(text[match.start() : months.end()], year, int(months["month"]), day, relative=True)
                )
                spans.append((match.start(), months.end()))
            else:
                times.append(_time(match.group(), year, None, None, relative=True))
                spans.append(match.span())
    for pattern, offset in _RELATIVE_MONTHS if "月" in text or "month" in text else ():
        for match in pattern.finditer(text):
            if any(lo < match.end() and match.start() < hi for lo, hi in spans):
                continue
            year, month = divmod(year_published * 12 + month_published - 1 + offset, 12)
            times.append(_time(match.group(), year, month + 1, None, relative=True))
            spans.append(match.span())
    # A day or month without a year: in the news, of the year of publication (or of the
    # relative year that follows it: "26 August this year").
    for pattern in ((_ZH_MONTH_DAY,) if "月" in text else ()) + ((_EN_DAY_MONTH,) if latin else ()):
        for match in pattern.finditer(text):
            if any(lo < match.end() and match.start() < hi for lo, hi in spans):
                continue
            groups = match.groupdict()
            name = groups.get("month_name") or groups.get("month_name2") or ""
            month = int(groups["month"]) if groups.get("month") else _month(name)
            day_text = groups.get("day") or groups.get("day2")
            if not 1 <= month <= 12:
                continue
            year = year_published
            following = _FOLLOWING_YEAR.match(text, match.end())
            end = match.end()
            if following:
                year += next(offset for word, offset in _FOLLOWING_OFFSETS if following.group(1) == word)
                end = following.end()
            times.append(
                _time(text[match.start() : end], year, month, int(day_text) if day_text else None, True)
            )
            spans.append((match.start(), end))
    return times, spans


_RELATIVE_MONTHS = (
    (Lazy(r"本月|这个月|当月|this month"), 0),
    (Lazy(r"上个月|上月|last month"), -1),
)
_EN_DAY_MONTH = Lazy(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r"|"
    + _MONTH.replace("month_name", "month_name2")
    + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
_FOLLOWING_YEAR = Lazy(r",?\s*(this year|last year)")
_FOLLOWING_OFFSETS = (("this year", 0), ("last year", -1))


# ---------------------------------------------------------------- markers

# Words that say first, only, one of, or deny: a claim's markers must agree with its fact's.
_MARKERS = (
    (
        "negated",
        Lazy(r"不是|并非|并不|没有|没能|未能|从未|从没|\bnot\b|n't\b|\bnever\b|\bno longer\b|\bfailed to\b"),
    ),
    ("only", Lazy(r"唯一|独一|仅有|只有|\bonly\b|\bsole\b|\bunique\b")),
    ("one-of", Lazy(r"之一|\bone of\b|\bamong\b")),
    # (the first half of a year is a time, no rank)
    (
        "first",
        Lazy(r"第一|首个|首家|首座|首次|首批|首届|首创|首位|\bfirst\b(?! half)|\bpioneer|\bearliest\b"),
    ),
    ("second", Lazy(r"第二|\bsecond\b(?! half)")),
    ("third", Lazy(r"第三|\bthird\b")),
    ("largest", Lazy(r"最大|第一大|\blargest\b|\bbiggest\b|\bgreatest\b")),
    ("most", Lazy(r"最多|\bmost\b")),
    ("highest", Lazy(r"最高|\bhighest\b|\btop\b")),
    ("longest", Lazy(r"最长|\blongest\b")),
    ("earliest", Lazy(r"最早|\bearliest\b")),
    # A reason or a plan is a statement of its own: its fact must state one too.
    ("reason", Lazy(r"因为|由于|得益于|归功于|\bbecause\b|\bdue to\b|\bthanks to\b|\bowing to\b")),
    ("planned", Lazy(r"计划|\bplans? to\b|\bplanned\b|\bplanning to\b")),
    ("several", Lazy(r"多个|几个|数个|\bseveral\b|\bmany\b")),
    ("gold", Lazy(r"金鼎|金奖|金牌|金杯|\bgold(?:en)?\b")),
    ("silver", Lazy(r"银鼎|银奖|银牌|银杯|\bsilver\b")),
    ("bronze", Lazy(r"铜鼎|铜奖|铜牌|\bbronze\b")),
    # The level a product or a technique is said to reach: one level excludes the others.
    ("level:world-leading", Lazy(r"国际领先|世界领先|\b(?:world|internationally|globally)[- ]leading\b")),
    ("level:world-advanced", Lazy(r"国际先进|世界先进|\binternationally advanced\b")),
    ("level:national-leading", Lazy(r"国内领先|全国领先|\b(?:nationally|domestically)[- ]leading\b")),
    ("level:national-advanced", Lazy(r"国内先进|全国先进|\b(?:nationally|domestically) advanced\b")),
    ("level:ordinary", Lazy(r"一般水平|国内一般|\b(?:ordinary|average|mediocre) (?:level|standard)\b")),
    ("decade:1970s", Lazy(r"(?<!\d)70后|\b(?:19)?70s\b")),
    ("decade:1980s", Lazy(r"(?<!\d)80后|\b(?:19)?80s\b")),
    ("decade:1990s", Lazy(r"(?<!\d)90后|\b(?:19)?90s\b")),
    ("decade:2000s", Lazy(r"(?<!\d)00后|\b2000s\b")),
)
# Of these families a fact and a claim must not name different members: first is not second,
# a gold cauldron not a silver one, someone born in the 1980s not in the 1990s.
EXCLUSIVE_MARKERS = (
    ("first", "second", "third"),
    ("gold", "silver", "bronze"),
    ("decade:1970s", "decade:1980s", "decade:1990s", "decade:2000s"),
    (
        "level:world-leading",
        "level:world-advanced",
        "level:national-leading",
        "level:national-advanced",
        "level:ordinary",
    ),
)
# Where a first, an only or a most holds: a claim's scope must be its fact's.
_SCOPES = (
    (
        "national",
        Lazy(
            r"全国|我国|全中国|国内|中国(?=[首第唯最])"
            r"|\bnational(?:ly|wide)?\b|\bin china\b|\bchina's\b|\bthe country\b"
        ),
    ),
    ("province", Lazy(r"全省|浙江|\bzhejiang\b|\bprovince\b|\bprovincial\b")),
    ("city", Lazy(r"全市|宁波|\bningbo\b|\bcity's\b")),
    ("world", Lazy(r"全球|世界|国际|\bworld\b|\bglobal\b|\binternational\b")),
)


def scopes_of(text: str) -> set[str]:
    """Where a text's claims hold: national, province, city, world."""
    folded = text.casefold()
    return {name for name, pattern in _SCOPES if pattern.search(folded)}


# Words every member of a marker holds: a text without any skips compiling its pattern.
_MARKER_HINTS = {
    "level:world-leading": ("领先", "leading"),
    "level:world-advanced": ("先进", "advanced"),
    "level:national-leading": ("领先", "leading"),
    "level:national-advanced": ("先进", "advanced"),
    "level:ordinary": ("一般", "level", "standard"),
}


def _hinted(name: str, text: str) -> bool:
    hints = _MARKER_HINTS.get(name)
    return hints is None or any(hint in text for hint in hints)


def _read_markers(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    found: set[str] = set()
    spans: list[tuple[int, int]] = []
    for name, pattern in _MARKERS:
        if not _hinted(name, text):
            continue
        for match in pattern.finditer(text):
            found.add(name)
            spans.append(match.span())
    return found, spans


def marker_words(text: str) -> dict[str, str]:
    """Each marker a text states, with the words that state it (first: 首个, only: 唯一)."""
    folded = text.casefold()
    words: dict[str, str] = {}
    for name, pattern in _MARKERS:
        if not _hinted(name, folded):
            continue
        found = pattern.search(folded)
        if found is not None:
            words[name] = text[found.start() : found.end()]
    return words


def markers_of(text: str) -> set[str]:
    """The markers a text states: negated, only, one-of, first, second, third."""
    return _read_markers(text.casefold())[0]


# ---------------------------------------------------------------- names


def _word_character(char: str) -> bool:
    """A letter or digit that would join an English name to a longer word (not a Chinese
    character: 北仑GDP, 元Beilun)."""
    return char.isascii() and char.isalnum()


def _find_names(text: str, names: Sequence[tuple[str, str]], taken: list[tuple[int, int]]) -> list[str]:
    """Ids whose names stand in `text` (already casefolded), longest names first, not overlapping
    each other or `taken`; Latin names only as whole words."""
    found: list[tuple[int, str]] = []
    for name, ident in names:
        if not name:
            continue
        start = 0
        while (at := text.find(name, start)) >= 0:
            end = at + len(name)
            start = at + 1
            if name.isascii() and (
                (at > 0 and _word_character(text[at - 1])) or (end < len(text) and _word_character(text[end]))
            ):
                # A word may take an English plural or possessive: "volunteers", "Beilun's".
                if not (
                    end < len(text)
                    and text[end] == "s"
                    and (end + 1 == len(text) or not text[end + 1].isalnum())
                ):
                    continue
                if at > 0 and _word_character(text[at - 1]):
                    continue
                end += 1
            if any(lo < end and at < hi for lo, hi in taken):
                continue
            taken.append((at, end))
            found.append((at, ident))
    ordered: dict[str, None] = {}
    for _, ident in sorted(found):
        ordered[ident] = None
    return list(ordered)


# ---------------------------------------------------------------- figures


def _unit_after(text: str, end: int) -> tuple[str | None, float, int]:
    """The unit class written right after a number ending at `end`, its factor, and where it ends."""
    rest = text[end:]
    stripped = rest.lstrip(" ")
    gap = len(rest) - len(stripped)
    for pattern, units in ((_ZH_UNIT, _ZH_UNITS), (_EN_UNIT, _EN_UNITS)):
        match = pattern.match(stripped if pattern is _ZH_UNIT else rest)
        if match and match.lastgroup:
            _, unit, factor = units[int(match.lastgroup[1:])]
            offset = gap if pattern is _ZH_UNIT else 0
            return unit, factor, end + offset + match.end()
    return None, 1.0, end


def _qualifier(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The quantifier of a number at [start, end): right before it, or right after it and its unit;
    and the span the number takes with it."""
    window = text[max(0, start - 24) : start]
    before = window.rstrip(" ")
    for pattern, name in (*_ZH_BEFORE, *_EN_BEFORE):
        found = pattern.search(before)
        if found is None:
            continue
        if found.group().isascii() and found.start() > 0 and before[found.start() - 1].isalnum():
            continue  # "takeover": not "over"
        return name, start - len(window) + found.start(), end
    after = text[end:]
    for pattern, name in (*_ZH_AFTER, *_EN_AFTER):
        matched = pattern.match(after)
        if matched:
            return name, start, end + matched.end()
    return EXACT, start, end


# A figure that names a class, not a count: 百亿级企业, 千亿元企业, "hundred-billion-yuan enterprises".
_CLASS_NAME = Lazy(r"\s*(?:级|元?企业|元?规模|集团|-(?:scale|level|class)\b|[ -](?:leading )?enterprises\b)")
# 一家, 一名, "a", "one": a determiner more often than a count of one.
_DETERMINER = Lazy(r"^(?:一|one)$")


def _read_values(
    text: str, taken: list[tuple[int, int]], latin: bool
) -> tuple[list[ClaimedValue], list[tuple[int, int]]]:
    """The figures of a claim, and the spans they take with their quantifiers and units."""
    numbers: list[Number] = chinese_numbers(text, characters=True)
    if latin:  # English numbers are read only where English is written
        numbers += english_numbers(text, words=True)
    # Longest first; a number inside another (one of "one sixth") or inside a name, time or
    # marker is no figure of its own.
    numbers.sort(key=lambda number: (-(number.end - number.start), number.start))
    kept: list[Number] = []
    for number in numbers:
        if any(lo < number.end and number.start < hi for lo, hi in taken):
            continue
        if any(n.start < number.end and number.start < n.end for n in kept):
            continue
        kept.append(number)
    values: list[ClaimedValue] = []
    spans: list[tuple[int, int]] = []
    for number in sorted(kept, key=lambda n: n.start):
        between = text[number.start : number.end]
        qualifier_inside = MORE_THAN if re.search(r"\d[多余][百千万亿]", between) else None
        unit: str | None
        unit, factor, unit_end = _unit_after(text, number.end)
        if unit is None and text[number.end : number.end + 1] in ("多", "余"):
            # 180多个, 30多年: 多 between a number and its unit says "more than".
            unit, factor, unit_end = _unit_after(text, number.end + 1)
            qualifier_inside = MORE_THAN if unit is not None else qualifier_inside
        if number.magnitude and unit in (None, MONEY_YUAN) and _CLASS_NAME.match(text, unit_end):
            continue  # 百亿级企业: its words still say what the claim is about
        if _DETERMINER.match(number.text) and unit in (None, COUNT, PEOPLE):
            continue
        if number.text in ("零", "〇"):
            continue  # 零部件, 零售: a word, not nought
        fraction = "/" in number.text or bool(
            re.search(r"分之|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth", number.text)
        )
        first = number.start
        currency = _EN_CURRENCY_BEFORE.search(text[max(0, number.start - 6) : number.start])
        if unit is None and currency:
            unit = MONEY_USD if currency.group(1) else MONEY_YUAN
            first = max(0, number.start - 6) + currency.start()
        if number.text.endswith("%"):
            unit, factor = SHARE, 1.0
        if fraction and unit is None:
            unit, factor = SHARE, 100.0
        qualifier, first_quantified, last = _qualifier(text, number.start, unit_end)
        if qualifier_inside:
            qualifier = qualifier_inside
        spans.append((min(first, first_quantified), last))
        values.append(
            ClaimedValue(
                text=text[first:unit_end].strip(),
                written=number.written if number.written else number.amount,
                amount=number.amount * factor,
                unit=unit,
                qualifier=qualifier,
                fraction=fraction,
                magnitude=bool(number.magnitude),
                span=(min(first, first_quantified), last),
            )
        )
    return values, spans


# "百分之四十" and "六分之一": Chinese percentages and fractions, read before other numerals.
_ZH_PERCENT = Lazy(r"百分之([零〇一二两三四五六七八九十百点\d.]+)")
_ZH_FRACTION = Lazy(r"([一二两三四五六七八九十\d]+)分之([一二两三四五六七八九十\d]+)")


def _zh_share_forms(text: str) -> str:
    """百分之四十 -> 40%, 六分之一 -> 1/6: the forms the numeral readers know."""

    def number(run: str) -> str:
        if run.isdigit():
            return run
        found = chinese_numbers(run, characters=True)
        return f"{found[0].amount:.10g}" if found else run

    text = _ZH_PERCENT.sub(lambda m: f"{number(m.group(1))}%", text)
    return _ZH_FRACTION.sub(lambda m: f"{number(m.group(2))}/{number(m.group(1))}", text)


# A reporter's verbs and fillers around a figure: they say nothing a fact must also say.
_FILLER = Lazy(lexicon.filler_pattern())  # the lexicon's words.toml, [filler]
_AFTER_FIGURE = frozenset("内外间里中前后")
# 1980s, 80后, post-90s: a generation or decade, not a figure.
_DECADE = Lazy(r"\b(?:19|20)?\d0s\b|[0-9]0后|\bpost-[0-9]0s\b")

_ORDINAL = Lazy(r"第([一二三四五六七八九十\d]+)|\b(\d+)(?:st|nd|rd|th)\b")


def read_claim(text: str, published: str, vocabulary: Vocabulary) -> Claim:
    """What a claim says, read against the publication date of its source (ISO, 2019-09-16) and
    the base's names. (A date as text: the datetime module would cost a check start-up time.)"""
    folded = _zh_share_forms(text.casefold().replace("，", ",").replace("　", " "))
    claim = Claim(text)
    claim.latin = _LATIN.search(folded) is not None
    taken: list[tuple[int, int]] = []
    claim.entities = _find_names(folded, vocabulary.entities, taken)
    name_spans = list(taken)
    claim.times, time_spans = _read_times(folded, published)
    taken += time_spans
    # 第二, 21st: ranks, which the markers read (first, second), not figures.
    taken += [match.span() for match in _ORDINAL.finditer(folded)]
    # Markers are not read inside names: 'Most Beautiful Hometown River'.
    claim.markers, marker_spans = _read_markers(_blanked(folded, name_spans))
    taken += marker_spans
    taken += [match.span() for match in _DECADE.finditer(folded)]
    measure_taken = list(taken)
    claim.values, value_spans = _read_values(folded, taken, claim.latin)
    claim.measures = _find_names(folded, vocabulary.measures, measure_taken)
    # 6.7平方公里内, 三年内: a place word bound to the figure before it goes with the figure.
    bound = [(hi, hi + 1) for _, hi in value_spans if hi < len(folded) and folded[hi] in _AFTER_FIGURE]
    fillers = [match.span() for match in _FILLER.finditer(folded)]
    claim.rest = _blanked(folded, [*taken, *value_spans, *fillers, *bound])
    claim.proper = {word.casefold() for word in proper_words(text)} if claim.latin else set()
    claim.places = _places(_blanked(folded, [*name_spans, *time_spans]), text, claim.latin)
    return claim


def places_of(text: str, published: str) -> list[str]:
    """The places and organisations a text names by their suffixes (舟山市, 民政局, Yinzhou
    District), as read_claim finds them: for `ask`, which looks them up in the article."""
    folded = text.casefold()
    times = _read_times(folded, published)[1]
    return _places(_blanked(folded, times), text, _LATIN.search(folded) is not None)


def proper_words(text: str) -> list[str]:
    """The words written with a capital inside a text (names, even unknown ones: Yinzhou)."""
    return list(_PROPER.findall(text))


def _places(unnamed: str, text: str, latin: bool) -> list[str]:
    """Places and organisations by their suffixes: Chinese in `unnamed` (casefolded, with the
    spans that are no place's blanked: known names, times), English in `text` as written."""
    places = []
    # The patterns of places cost milliseconds to compile: only a text with a suffix needs them.
    if any(suffix in unnamed for suffix in _PLACE_SUFFIXES):
        places = [
            found.group()
            for found in _ZH_PLACE.finditer(unnamed)
            if found.group()[0] not in _NOT_A_PLACE_START
        ]
    if latin:
        places += [found.group().casefold() for found in _EN_PLACE.finditer(text)]
    return places


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Text with the characters of `spans` as spaces: offsets stay those of the text."""
    characters = list(text)
    for lo, hi in spans:
        characters[lo:hi] = " " * (hi - lo)
    return "".join(characters)


# A capitalised word after the claim's first: "Yinzhou", not the "Forests" that opens a sentence.
_PROPER = Lazy(r"(?<=[\w,;:'’] )[A-Z][a-z]+")
# A place by its administrative suffix: two or three characters and 市/区/县/省/镇, or an English
# name and District/City/County/Province.
_ZH_PLACE = Lazy(
    # 区 after 小, 社, 园...: a residential compound, a community, a park (老小区), no district.
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?:市|(?<![小社园景城片厂矿校营])区|县|省|镇)(?![域划块间别分位内外长委政民])"
    # An organisation by its suffix: 民政局, 体育局, 商务厅, 科技公司.
    r"|[\u4e00-\u9fff]{2,6}?(?:局|厅|委员会|公司|集团|协会|研究院|大学|医院)"
)
# A place or an organisation in English: capitalised words and what they are.
_PLACE_SUFFIXES = (
    "市",
    "区",
    "县",
    "省",
    "镇",
    "局",
    "厅",
    "委员会",
    "公司",
    "集团",
    "协会",
    "研究院",
    "大学",
    "医院",
)
# 所有县, 的地区, 全市: a word that begins so is no place's name.
_NOT_A_PLACE_START = frozenset("所的有是在了和与及或个一多各每该本全这那其此某几两区市县省")
_LATIN = Lazy(r"[a-z]", re.IGNORECASE)
_EN_PLACE = Lazy(
    r"\b(?:[A-Z][a-z]+ )+(?:District|City|County|Province|Bureau|Department|Ministry|Company|Group"
    r"|Corporation|University|Association|Committee|Commission|Office|Agency|Airport)\b"
)
