"""The time of a drafted fact, resolved against the article's publication date.

The readers of `check` give the dates a sentence names (2015年1月, 去年, 今年2月, 8月9日).
Drafting adds what a news article says of time around them:

- a half or a quarter of a year (今年上半年: 2019-01 to 2019-06, a half-year);
- now (当前, 目前, 截至目前, 至今): the month of publication;
- a span counted back from publication: 70年来 and an opening 70年 are 1949 to 2019 when the
  article is of 2019; 30多年 starts at the earliest year the sentence names in its reach (1984);
- an anniversary (成立70周年): the year of publication;
- N年前: the year N years before publication, a dated event.

Which time a figure has: the nearest time before it in its clause, else one in the clause
that opens its part of the sentence (up to a semicolon; 从今年2月开始,…) or at the very start
of the sentence, else one after it in its
clause (第一批600套于8月9日开放申购). A time in another part of the sentence is not the figure's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beilun_cli.base.model import When
from beilun_cli.draft.reading import Figure, clause_span, frame_of, part_span
from beilun_cli.read import times
from beilun_cli.read.numerals import chinese_numbers

__all__ = ["Timed", "figure_time", "times_in"]

_YEAR_PART = re.compile(r"上半年|下半年|(?:第)?([一二三四])季度|前三季度")
_QUARTER_MONTHS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)}
_NOW = re.compile(r"截至目前|截至当前|到目前为止|至今|当前|目前")
_SPAN = re.compile(r"(\d+|[一二两三四五六七八九十百]+)(多)?年(来)?")
_ANNIVERSARY = re.compile(r"(\d+|[一二三四五六七八九十百]+)周年")
_YEARS_AGO = re.compile(r"(\d+|[一二两三四五六七八九十]+)年前")


@dataclass
class Timed:
    """A time a sentence names, and where."""

    at: int
    end: int
    when: When


def times_in(sentence: str, published: str) -> list[Timed]:
    """The times a sentence names, in order, resolved against `published` (ISO date)."""
    year, month = int(published[:4]), published[:7]
    found: list[Timed] = []
    taken: list[tuple[int, int]] = []

    def add(at: int, end: int, when: When) -> None:
        if not any(lo < end and at < hi for lo, hi in taken):
            taken.append((at, end))
            found.append(Timed(at, end, when))

    for match in _NOW.finditer(sentence):
        add(match.start(), match.end(), When(match.group(), month, month, "month"))
    for match in _YEARS_AGO.finditer(sentence):
        start = f"{year - _number(match.group(1)):04d}"
        add(match.start(), match.end(), When(match.group(), start, start, "year"))
    for match in _ANNIVERSARY.finditer(sentence):
        add(match.start(), match.end(), When(match.group(), str(year), str(year), "year"))
    folded = sentence.casefold()
    for time in times.times_of(sentence, published):
        at = folded.find(time.written)
        if at < 0:
            continue
        end = at + len(time.written)
        when = When(time.written, time.start, time.end, _precision(time.precision))
        part = _YEAR_PART.match(sentence, end)
        if part is not None and when.precision == "year":
            when = _part_of_year(sentence[at : part.end()], int(time.start), part)
            end = part.end()
        add(at, end, when)
    for match in _SPAN.finditer(sentence):
        opens = match.start() == 0 or sentence[match.start() - 1] in ",，。；;：:、"
        if not (match.group(3) or opens) or _YEAR_PART.match(sentence, match.end() - 1):
            continue
        years = _number(match.group(1))
        first = year - years
        if match.group(2):  # 30多年: from the earliest year the sentence names in its reach
            named = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?=年)", sentence)]
            first = min((y for y in named if year - years - 10 < y <= first), default=first)
        add(match.start(), match.end(), When(match.group(), f"{first:04d}", str(year), "period"))
    return sorted(found, key=lambda timed: timed.at)


def figure_time(sentence: str, times: list[Timed], figure: Figure, figures: list[Figure]) -> When | None:
    """The time of a figure of a sentence (`times` and `figures` being all the sentence's): see
    the module's docstring."""
    own = [t for t in times if t.at == figure.at]
    if own:  # the figure is a time itself (70年来)
        return own[0].when
    clause = clause_span(sentence, figure.at, figure.end)
    before = [t for t in times if clause[0] <= t.at < figure.at]
    if before:
        return before[-1].when
    part = part_span(sentence, figure.at)
    opening = frame_of(sentence, part, figure.at) or clause_span(sentence, part[0], part[0])
    if any(opening[0] <= other.at < opening[1] for other in figures):
        opening = (part[0], part[0])  # a clause with a figure of its own is no time's frame
    first = [t for t in times if (t.at == 0 or part[0] <= t.at < opening[1]) and t.at < figure.at]
    if first:
        return first[-1].when
    after = [t for t in times if figure.at < t.at < clause[1]]
    return after[0].when if after else None


def _precision(precision: str) -> str:
    return precision if precision in ("day", "month", "year") else "period"


def _part_of_year(written: str, year: int, part: re.Match[str]) -> When:
    if part.group() in ("上半年", "下半年"):
        first, last = (1, 6) if part.group() == "上半年" else (7, 12)
        return When(written, f"{year}-{first:02d}", f"{year}-{last:02d}", "half-year")
    first, last = _QUARTER_MONTHS[part.group(1)] if part.group(1) else (1, 9)
    return When(written, f"{year}-{first:02d}", f"{year}-{last:02d}", "period")


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(chinese_numbers(text, characters=True)[0].amount)
