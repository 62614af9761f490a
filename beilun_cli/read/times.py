"""The times a statement names, resolved against the date of its source: dates in both
languages, decades, times relative to the source's date (去年, last month), parts of a month."""

from __future__ import annotations

import re
from functools import lru_cache

from beilun_cli import lexicon
from beilun_cli.read.en_numerals import MONTHS
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.numerals import chinese_numbers


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


_EN_MONTHS = [month.casefold() for month in MONTHS]
_MONTH = r"(?P<month_name>" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _EN_MONTHS) + r")\.?"
# A year, a month and a day in Arabic numerals or in Chinese characters (一九八四年一月二十七日,
# 二〇一九年九月, 十二月): a year's digits one by one, a month's and a day's as a number.
_ZH_YEAR = r"(?P<year>\d{4}|[〇零○一二三四五六七八九]{4})"
_ZH_MONTH = r"(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])"
_ZH_DAY = r"(?P<day>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_ZH_MONTH_DAY_WRITTEN = _ZH_MONTH + r"\s*月(?:\s*" + _ZH_DAY + r"\s*[日号])?"
_ZH_DATE = Lazy(_ZH_YEAR + r"\s*年(?!代)(?:\s*" + _ZH_MONTH_DAY_WRITTEN + ")?")
_ZH_MONTH_DAY_AFTER = Lazy(_ZH_MONTH_DAY_WRITTEN)
# Not inside a longer numeral (十二月 is not 二月) nor after a year (its own month).
_ZH_MONTH_DAY = Lazy(r"(?<![\d年〇零○一二两三四五六七八九十百几个])" + _ZH_MONTH_DAY_WRITTEN)
_EN_DATE = Lazy(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})"
    r"|"
    + _MONTH.replace("month_name", "month_name2")
    + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4})"
    r"|" + _MONTH.replace("month_name", "month_name3") + r",?\s+(?P<year3>\d{4})"
    r"|(?:(?<=in )|(?<=since )|(?<=by )|(?<=during )|(?<=of )|(?<=year )|(?<=until )|(?<=from )"
    r"|(?<=for )|(?<=as of )|(?<=before )|(?<=after )|(?<=prior to ))(?P<year4>\d{4})\b"
    r"|(?P<year5>(?:19|20)\d{2})(?![\d,.]|\s*(?:%|percent|yuan|people|m\b|km|sets?|companies))\b)",
    re.IGNORECASE,
)
# A decade: 80年代, 上世纪八十年代, the 1980s, the eighties (a decade named without its century
# is of the 1900s). Not the over-80s (people over 80), nor a decade of birth (80后, born in the
# 1980s, post-80s, 80年代出生): that is a marker of a person, not the time of a claim.
_DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()
_ZH_DECADE = Lazy(
    r"(?:(?P<full>(?<!\d)(?:19|20)\d0)"
    r"|(?:上世纪|上个世纪|(?P<century>19|20|二十|十九)世纪)?(?<!\d)(?P<tens>[1-9]0|[二三四五六七八九]十))"
    r"年代(?!出生|生人)"
)
_EN_DECADE = Lazy(
    r"(?<!over-)(?<!over )(?<!under-)(?<!post-)(?<!post )(?<!born in )\b(?:the )?(?<!born in the )"
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
        start = numeral(groups["tens"])
        if groups["century"] is None:
            start += 1900  # a decade named without its century is of the 1900s
        elif match.group().endswith("年代"):
            start += (numeral(groups["century"]) - 1) * 100  # 20世纪, the 20th century: the 1900s
        else:
            start += int(groups["century"]) * 100  # the 20 of the 2010s
    return ClaimedTime(match.group(), f"{start:04d}", f"{start + 9:04d}", "decade")


def numeral(text: str) -> int:
    """A numeral in digits or Chinese characters: 80 or 八十 (a year's digits one by one: 一九八四)."""
    return int(text) if text.isascii() else int(chinese_numbers(text, characters=True)[0].amount)


# Times relative to the source's date, per unit (the lexicon's times.toml): 去年, last month.
_RELATIVE = tuple((Lazy(pattern), offset) for pattern, offset in lexicon.relative_time_patterns("year"))
_RELATIVE_MONTHS = tuple(
    (Lazy(pattern), offset) for pattern, offset in lexicon.relative_time_patterns("month")
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
_DEKAD = Lazy(r"\s*(?:" + "|".join(lexicon.time_part_words("month", "zh")) + ")")


# The same before an English month's name (late August, mid-September 2019).
_EN_DEKAD = Lazy(
    r"\b(?P<part>"
    + "|".join(word for word in lexicon.time_part_words("month", "en") if " " not in word)
    + r")[- ](?:of )?"
    + _MONTH
    + r"(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)


def _dekad(written: str, year: int, month: int, word: str, relative: bool = False) -> ClaimedTime:
    from datetime import date, timedelta

    part = lexicon.time_part(word.strip())
    index, parts = (part[1], part[2]) if part is not None and part[0] == "month" else (1, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    days = (following - timedelta(days=1)).day
    first = 1 + 10 * (index - 1)
    last = days if index == parts else 10 * index
    return ClaimedTime(
        written, f"{year:04d}-{month:02d}-{first:02d}", f"{year:04d}-{month:02d}-{last:02d}", "day", relative
    )


# Spans of months: 1-6月, 前六个月 (of 2019年, or of 今年, 去年 and the lexicon's other years relative
# to the source before it), January to June (the parts of a
# month in English are _EN_DEKAD's).
_ZH_MONTHS_SPAN = Lazy(
    r"(?:(?P<year>\d{4})\s*年|(?P<relative>" + "|".join(lexicon.relative_time_words("year", "zh")) + r"))?\s*"
    r"(?:前(?P<count>[一二两三四五六七八九十\d]{1,3})个?月|(?P<first>\d{1,2})\s*[-至到~—–]\s*(?P<last>\d{1,2})\s*月)"
)
_EN_MONTHS_SPAN = Lazy(
    r"\b(?:from )?"
    + _MONTH
    + r"\s+(?:to|through|till|until|-|–)\s+"
    + _MONTH.replace("month_name", "last_name")
    + r"(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)


def _month_spans(
    text: str, published: int, times: list[ClaimedTime], spans: list[tuple[int, int]], latin: bool
) -> None:
    """The spans of months a text names (of the year it names, else of the year published)."""
    for match in _ZH_MONTHS_SPAN.finditer(text) if "月" in text else ():
        year = int(match["year"]) if match["year"] else published
        if match["relative"]:
            year += (lexicon.relative_time(match["relative"]) or ("year", 0))[1]
        first, last = (
            (1, numeral(match["count"])) if match["count"] else (int(match["first"]), int(match["last"]))
        )
        _add_months(match, year, first, last, times, spans, relative=bool(match["relative"]))
    if not latin:
        return
    for match in _EN_MONTHS_SPAN.finditer(text):
        year = int(match["year"]) if match["year"] else published
        first, last = _month(match["month_name"]), _month(match["last_name"])
        _add_months(match, year, first, last, times, spans, relative=not match["year"])
    for match in _EN_DEKAD.finditer(text):
        if any(lo < match.end() and match.start() < hi for lo, hi in spans):
            continue
        year = int(match["year"]) if match["year"] else published
        part = match["part"].casefold()
        times.append(_dekad(match.group(), year, _month(match["month_name"]), part, not match["year"]))
        spans.append(match.span())


def _add_months(
    match: re.Match[str],
    year: int,
    first: int,
    last: int,
    times: list[ClaimedTime],
    spans: list[tuple[int, int]],
    relative: bool = False,
) -> None:
    if 1 <= first <= last <= 12 and 1000 <= year <= 2100:
        written = match.group().strip()
        start, end = f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}"
        times.append(ClaimedTime(written, start, end, "month", relative))
        spans.append(match.span())


def times_of(text: str, published: str) -> list[ClaimedTime]:
    """The times a text names (去年, 2018年, 14 September 1987), resolved against `published`."""
    return read_times(text.casefold(), published)[0]


def read_times(
    text: str, published: str, *, festivals: bool = False
) -> tuple[list[ClaimedTime], list[tuple[int, int]]]:
    """The times a text names, with where each is written; with `festivals`, a festival as its day
    (check's claims: ask keeps 端午节 a word of the question, which facts ground)."""
    year_published, month_published = int(published[:4]), int(published[5:7])
    # Each family of patterns is tried only on a text holding the word all its members hold:
    # compiling them costs a one-shot call more than reading.
    latin = LATIN.search(text) is not None
    # Spans of months and parts of months first: their months are no time of their own.
    times: list[ClaimedTime] = []
    spans: list[tuple[int, int]] = []
    _month_spans(text, year_published, times, spans, latin)
    for match in _ZH_DATE.finditer(text) if "年" in text else ():
        if any(lo < match.end() and match.start() < hi for lo, hi in spans):
            continue
        year = numeral(match["year"])
        month = numeral(match["month"]) if match["month"] else None
        day = numeral(match["day"]) if match["day"] else None
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
    for pattern, offset in _RELATIVE if any(hint in text for hint in ("年", "year", "decade")) else ():
        for match in pattern.finditer(text):
            if any(lo < match.end() and match.start() < hi for lo, hi in spans):
                continue
            if match.start() and text[match.start() - 1] in _NUMERAL_CHARACTERS:
                continue  # 二十年前 is no 十年前: a span of twenty years, not a decade ago
            year = year_published + offset
            months = _ZH_MONTH_DAY_AFTER.match(text, match.end())
            if months and numeral(months["month"]) <= 12:
                day = numeral(months["day"]) if months["day"] else None
                times.append(
                    _time(
                        text[match.start() : months.end()], year, numeral(months["month"]), day, relative=True
                    )
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
            month = numeral(groups["month"]) if groups.get("month") else _month(name)
            day_text = groups.get("day") or groups.get("day2")
            if not 1 <= month <= 12:
                continue
            year = year_published
            dekad = _DEKAD.match(text, match.end()) if "月" in match.group() and not day_text else None
            if dekad is not None:  # 8月上旬 of the year of publication
                times.append(_dekad(match.group() + dekad.group(), year, month, dekad.group(), True))
                spans.append((match.start(), dekad.end()))
                continue
            following = _FOLLOWING_YEAR.match(text, match.end())
            end = match.end()
            if following:
                _, offset = lexicon.relative_time(following.group(1)) or ("year", 0)
                year += offset
                end = following.end()
            times.append(
                _time(text[match.start() : end], year, month, numeral(day_text) if day_text else None, True)
            )
            spans.append((match.start(), end))
    if festivals:
        _festival_days(text, year_published, times, spans)
    return times, spans


_FESTIVALS = Lazy(
    "|".join(re.escape(word) for word in sorted(lexicon.festivals(), key=len, reverse=True)), re.IGNORECASE
)
# Between a year and its festival: 2019年端午节, 今年的中秋节, this year's Mid-Autumn Festival.
_YEAR_TO_FESTIVAL = Lazy(r"\s*(?:的|'s|’s)?\s*(?:the\s+)?$", re.IGNORECASE)
# A day written after a festival glosses it (端午节(6月7日)): the day dates the claim.
_GLOSSED = Lazy(r"\s*[(（]")


def _festival_days(
    text: str, year_published: int, times: list[ClaimedTime], spans: list[tuple[int, int]]
) -> None:
    """Each festival the text names (the lexicon's), as the day it fell on in its year: the
    year written just before it (which it replaces), else the year of publication."""
    if not any(char in text for char in "节旦FfDd"):
        return
    for match in _FESTIVALS.finditer(text):
        if any(lo < match.end() and match.start() < hi for lo, hi in spans) or _GLOSSED.match(
            text, match.end()
        ):
            continue
        year, relative, start, before = year_published, True, match.start(), None
        for at, (lo, hi) in enumerate(spans):
            time = times[at] if at < len(times) else None
            if (
                time is not None
                and time.precision == "year"
                and _YEAR_TO_FESTIVAL.match(text[hi : match.start()])
            ):
                year, relative, start, before = int(time.start), time.relative, lo, at
                break
        # A year the lexicon does not know the festival's day of stays a year.
        day = lexicon.festivals()[match.group().casefold()].get(year)
        if day is None:
            continue
        if before is not None:
            del times[before], spans[before]
        times.append(_time(text[start : match.end()], year, int(day[:2]), int(day[3:]), relative))
        spans.append((start, match.end()))


_EN_DAY_MONTH = Lazy(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r"|"
    + _MONTH.replace("month_name", "month_name2")
    + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
_FOLLOWING_YEAR = Lazy(r",?\s*(this year|last year)")


def focus_spans(text: str, written: list[str]) -> list[tuple[int, int]]:
    """Where a text (casefolded) says its time is what it asserts, given the times it writes:
    the lexicon's time_focus words just before a time (是在, 发生在, happened in) or just after it
    (的数据, figures). They are the time slot's words, no content a fact must hold."""
    spans: list[tuple[int, int]] = []
    if not written:
        return spans
    for time in dict.fromkeys(written):
        for match in _focus_pattern(time).finditer(text):
            group = 1 if match.group(1) is not None else 2
            spans.append(match.span(group))
    return spans


@lru_cache(maxsize=256)
def _focus_pattern(time: str) -> re.Pattern[str]:
    """The focus words around one time a text writes, compiled once for `check -`'s next lines
    (its alternation of every focus word is too long to compile again for each claim)."""
    before = "|".join(re.escape(word) for lang in ("zh", "en") for word in lexicon.time_focus_words(lang))
    after = "|".join(re.escape(word) for lang in ("zh", "en") for word in lexicon.time_focus_after(lang))
    return re.compile(
        rf"(?:\b|(?<=[^a-z]))({before})\s?{re.escape(time)}|{re.escape(time)}\s*({after})(?![a-z])"
    )


# The characters of a number, which no relative time (十年前) follows inside it.
_NUMERAL_CHARACTERS = frozenset("0123456789〇零○一二两三四五六七八九十百千几")

# A Latin letter: a text holding one is read for English too.
LATIN = Lazy(r"[a-z]", re.IGNORECASE)
