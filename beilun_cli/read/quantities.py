"""The figures of a statement: numbers with their units and quantifiers, read into the interval of
values each allows.

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
from functools import cache

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.numerals import Number, chinese_numbers, english_numbers
from beilun_cli.read.repeats import repeat_counts, times_after

# The widest spread a rounded figure is given, as a share of the figure.
MAX_SPREAD = 0.05
INFINITY = float("inf")


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


# The qualifiers, named as the lexicon and the fact base name them.
EXACT = "exact"
EXACTLY = "exactly"  # 刚好, exactly: that one value, not rounded
ABOUT = "about"
NEARLY = "nearly"
OVER = "over"
MORE_THAN = "more_than"  # 30多: over 30, under 40
AT_LEAST = "at_least"
UNDER = "under"
AT_MOST = "at_most"


def quantifier_words(qualifier: str) -> str:
    """A qualifier in English words: nearly, over... ('' for exact)."""
    return lexicon.quantifier_words(qualifier, "en")


# The lexicon's quantifiers (its quantifiers.toml), tried in order: the first that ends right
# before the number wins, a denied quantifier (不超过, no more than) before the one it denies (超过).
_BEFORE = tuple(
    (Lazy(pattern), name)
    for position in ("zh_before", "en_before")
    for pattern, name in lexicon.quantifier_patterns(position)
)
# The first that starts right after the number and its unit wins (50人规模以上, 30 or more).
_AFTER = tuple(
    (Lazy(pattern), name)
    for position in ("zh_after", "en_after")
    for pattern, name in lexicon.quantifier_patterns(position)
)


def _quantifier_before_number() -> str:
    """A pattern of any quantifier's word written right before a number (最多30万元, not more than
    17): the quantifier's, which no marker (most, not) reads."""
    words = sorted(
        {word for q in lexicon.quantifiers() for word in (*q.zh_before, *q.en_before)},
        key=lambda w: (-len(w), w),
    )
    number = (
        r"\s*(?=[\d零〇一二两三四五六七八九十百千]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|half)\b)"
    )
    latin = [re.escape(w) for w in words if w.isascii()]
    chinese = [re.escape(w) for w in words if not w.isascii()]
    return r"(?:\b(?:" + "|".join(latin) + r")|(?:" + "|".join(chinese) + "))" + number


_QUANTIFIER_BEFORE_NUMBER = Lazy(_quantifier_before_number())


def _quantifier_before_whole() -> str:
    """A pattern of a Chinese quantifier's word before the whole a share is of (超过了总面积的1/3,
    不到计划的一半), up to the 的 before the share. A quantifier's word is never followed by 的: one
    that is ends a modifier (签约的项目数量是企业数量的两倍多: the 约 of 签约 is no about)."""
    words = sorted({word for q in lexicon.quantifiers() for word in q.zh_before}, key=lambda w: (-len(w), w))
    return "(?P<word>" + "|".join(re.escape(w) for w in words) + r")(?!的)[^，。,;；、\d]{1,24}?的\s*$"


_QUANTIFIER_BEFORE_WHOLE = Lazy(_quantifier_before_whole())


def share_value(text: str, value: ClaimedValue) -> ClaimedValue:
    """A share of a claim read as `text` (claims.reading_form), with its quantifier: its own, or in
    Chinese the one before the whole it is of (超过了已启动改造总面积的1/3 is over a third)."""
    if value.qualifier != EXACT:
        return value
    found = _QUANTIFIER_BEFORE_WHOLE.search(text[max(0, value.span[0] - 40) : value.span[0]])
    qualifier = lexicon.quantifier(found["word"]) if found else None
    if qualifier is None:
        return value
    whole = ClaimedValue(value.text, value.written, value.amount, value.unit, qualifier, value.fraction)
    whole.magnitude, whole.span = value.magnitude, value.span
    return whole


def quantifier_spans(text: str) -> list[tuple[int, int]]:
    """Where a text (casefolded) writes a quantifier's word right before a number."""
    return [found.span() for found in _QUANTIFIER_BEFORE_NUMBER.finditer(text)]


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
        # Bounds within rounding of each other are one bound (33.3亿 read as 3329999999.9999995
        # is 3.33e9): its openness decides, not the last bit of a float.
        if _close(self.low, other.low):
            low_ok = not self.low_open or other.low_open
        else:
            low_ok = self.low < other.low
        if _close(self.high, other.high):
            high_ok = not self.high_open or other.high_open
        else:
            high_ok = other.high < self.high
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
    if qualifier == EXACTLY or (qualifier == EXACT and exact_point):
        return Interval(amount, amount)
    return Interval(amount - half, amount + half)


class ClaimedValue:
    """One figure of a claim, as written and normalised to its unit class.

    `text` is as the claim writes it, with its unit ("10 billion us dollars"); `written` the
    numeral (10); `amount` in the unit class (1e10); `unit` the class (MONEY_YUAN, LENGTH...),
    None for a bare number. A `fraction` (one sixth, 1/6) is exact, not rounded. A figure with a
    `magnitude` (17万, 120 billion) has zeros that are placeholders; a plain "40%" or "2,450"
    states every digit.
    """

    __slots__ = ("text", "written", "amount", "unit", "qualifier", "fraction", "magnitude", "span", "low")

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
        self.low: float | None = None  # a range's lower bound (5.6 of 5.6到5.78元); amount the upper

    @property
    def interval(self) -> Interval:
        if self.low is not None:
            return Interval(self.low, self.amount)
        if self.fraction and self.qualifier in (EXACT, ABOUT):
            return Interval(self.amount * (1 - 1e-6), self.amount * (1 + 1e-6))
        if self.qualifier == EXACT and not self.magnitude and self.written == int(self.written):
            half = min(
                0.5 * self.amount / self.written if self.written else 0.5, abs(self.amount) * MAX_SPREAD
            )
            return Interval(self.amount - half, self.amount + half)
        return interval(self.amount, self.qualifier, self.written)


def _unit_after(text: str, end: int) -> tuple[str | None, float, int]:
    """The unit class written right after a number ending at `end`, its factor, and where it ends."""
    rest = text[end:]
    stripped = rest.lstrip(" ")
    gap = len(rest) - len(stripped)
    # A unit of two words hyphenated as one (a 6.7-square-kilometre area) is read as spelled apart.
    spaced = rest[:1] + rest[1:40].replace("-", " ") + rest[40:]
    for pattern, units in ((_ZH_UNIT, _ZH_UNITS), (_EN_UNIT, _EN_UNITS)):
        match = pattern.match(stripped if pattern is _ZH_UNIT else spaced)
        if match and match.lastgroup:
            _, unit, factor = units[int(match.lastgroup[1:])]
            offset = gap if pattern is _ZH_UNIT else 0
            return unit, factor, end + offset + match.end()
    return None, 1.0, end


# A figure written with a scale (过万, 过1000亿, 过半), as 过 says "over" only before one.
_SCALED = Lazy(r"[十百千万亿半]|thousand|million|billion")


def qualifier_at(text: str, start: int, end: int) -> str:
    """The quantifier of the number a text writes at [start, end) (EXACT without one)."""
    return _qualifier(text, start, end)[0]


def _qualifier(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The quantifier of a number at [start, end): right before it, or right after it and its unit;
    and the span the number takes with it."""
    window = text[max(0, start - 24) : start]
    before = window.rstrip(" ")
    if re.search(r"(?:^|\s)the$", before) and text[end:].lstrip(" ").startswith(_english_marks()):
        before = before[:-3].rstrip(" ")  # passed the 100 billion yuan mark: passed 100 billion
    for pattern, name in _BEFORE:
        found = pattern.search(before)
        if found is None:
            continue
        if found.group().isascii() and found.start() > 0 and before[found.start() - 1].isalnum():
            continue  # "takeover": not "over"
        if found.group() in lexicon.scale_only_quantifiers() and not _SCALED.search(text[start:end]):
            continue  # 捧获过两座: an aspect, not "over two"
        return name, start - len(window) + found.start(), end
    after = text[end:]
    for pattern, name in _AFTER:
        matched = pattern.match(after)
        if matched:
            return name, start, end + matched.end()
    if after.lstrip(" ").startswith(tuple(lexicon.figure_marks())):
        return AT_LEAST, start, end  # reached the 100 billion yuan mark, 达到千亿元大关: at least it
    return EXACT, start, end


@cache
def _english_marks() -> tuple[str, ...]:
    """The English nouns that name a round figure after it (the 100 billion yuan mark)."""
    return tuple(mark for mark in lexicon.figure_marks() if mark.isascii())


# A figure that names a class, not a count: 百亿级企业, 千亿元企业, "hundred-billion-yuan enterprises".
_CLASS_NAME = Lazy(r"\s*(?:级|元?企业|元?规模|集团|-(?:scale|level|class)\b|[ -](?:leading )?enterprises\b)")


def _percent_surfaces() -> str:
    """A pattern of the percent unit's surfaces (the lexicon's) at the end of a number's text."""
    percent = lexicon.unit("percent")
    # Longest first, then by the text itself: a set's order changes with each process's hash
    # seed, and the pattern's source must not (its program is kept under it between calls).
    surfaces = sorted({*percent.zh, *percent.en} if percent else {"%"}, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(surface) for surface in surfaces) + ")$"


# A percent the numeral reader takes in with its number (7.5%, 7.5 per cent).
# Percentage points after a number (half a percentage point): a difference of shares, no share.
_POINTS_AFTER = Lazy(r"\s*(?:percentage\s+)?points?\b", re.IGNORECASE)
_PERCENT_WRITTEN = Lazy(_percent_surfaces())
# 一家, 一名, "a", "one": a determiner more often than a count of one.
_DETERMINER = Lazy(r"^(?:一|one)$")
_MORE_THAN_INSIDE = Lazy(r"\d[多余][百千万亿]")  # 3多万: 多 inside a number says "more than"
_EN_MORE_THAN_BEFORE_UNIT = Lazy(r"[ -](?:odd|plus)\b")
_FRACTION_WORD = Lazy(r"分之|(?<!and a )half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth")


def read_values(
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
        qualifier_inside = MORE_THAN if _MORE_THAN_INSIDE.search(between) else None
        unit: str | None
        unit, factor, unit_end = _unit_after(text, number.end)
        odd = _EN_MORE_THAN_BEFORE_UNIT.match(text, number.end) if latin else None
        whole = number.amount == int(number.amount) and number.amount > 0
        repeated = times_after(text, number.end) if unit is None and latin and whole else None
        if repeated is not None:  # won it three times: a count of times (repeats.py)
            unit, unit_end = COUNT, repeated
        if unit is None and text[number.end : number.end + 1] in ("多", "余"):
            # 180多个, 30多年: 多 between a number and its unit says "more than".
            unit, factor, unit_end = _unit_after(text, number.end + 1)
            qualifier_inside = MORE_THAN if unit is not None else qualifier_inside
        elif unit is None and odd is not None and _unit_after(text, odd.end())[0] is not None:
            # 95-odd m², 30-plus years: the same in English.
            unit, factor, unit_end = _unit_after(text, odd.end())
            qualifier_inside = MORE_THAN
        if unit is None and latin and not number.magnitude:
            # 12 economic indicators: a count of what the lexicon counts, as 12项 is (200,000
            # registered volunteers: of people, the unit its noun is a word of).
            unit = _counted_unit(text, number)
        if number.magnitude and unit in (None, MONEY_YUAN) and _CLASS_NAME.match(text, unit_end):
            continue  # 百亿级企业: its words still say what the claim is about
        if _DETERMINER.match(number.text) and unit in (None, COUNT, PEOPLE):
            continue
        if number.text in ("零", "〇"):
            continue  # 零部件, 零售: a word, not nought
        fraction = "/" in number.text or bool(_FRACTION_WORD.search(number.text))
        first = number.start
        currency = _EN_CURRENCY_BEFORE.search(text[max(0, number.start - 6) : number.start])
        if unit is None and currency:
            unit = MONEY_USD if currency.group(1) else MONEY_YUAN
            first = max(0, number.start - 6) + currency.start()
        if _PERCENT_WRITTEN.search(number.text):  # 7.5%, 7.5 percent: the reader keeps the word
            unit, factor = SHARE, 1.0
        if fraction and unit is None and not _POINTS_AFTER.match(text, number.end):
            # one sixth is a share; half a percentage point is a number of points, as 0.5 is.
            unit, factor = SHARE, 100.0
        qualifier, first_quantified, last = _qualifier(text, first, unit_end)
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
    return _with_repeats(text, [*taken, *spans], latin, values, spans)


def _with_repeats(
    text: str,
    taken: list[tuple[int, int]],
    latin: bool,
    values: list[ClaimedValue],
    spans: list[tuple[int, int]],
) -> tuple[list[ClaimedValue], list[tuple[int, int]]]:
    """The figures with the counts of times said in a word (once, twice, 一次), in text order."""
    for start, end, count in repeat_counts(text, latin):
        if any(lo < end and start < hi for lo, hi in taken):
            continue
        qualifier, first, last = _qualifier(text, start, end)
        span = (min(start, first), last)
        spans.append(span)
        values.append(ClaimedValue(text[start:end], count, count, COUNT, qualifier, span=span))
    order = sorted(range(len(values)), key=lambda index: values[index].span)
    return [values[index] for index in order], [spans[index] for index in order]


def _counted_unit(text: str, number: Number) -> str | None:
    """The unit of an English number before a noun the lexicon counts (indicators: a count;
    volunteers: people, a unit's word), or None."""
    from beilun_cli.read.counted import counted_kind, kind_of_noun

    if text[number.end : number.end + 1] != " " or _EN_UNIT.match(text, number.end):
        return None  # 50,000 person-times: a unit's, as written
    if re.match(r" times?\b", text[number.end :], re.IGNORECASE):
        return None  # three times Xuelong's output: a multiple, or how often (repeats.py), no count of it
    folded = text.casefold()
    kind = counted_kind(folded, (number.start, number.end))
    if kind is None:
        return None
    words = re.findall(r"[a-z][a-z'-]*", folded[number.end : number.end + 60])
    noun = next((word for word in words if kind_of_noun(word) == kind), "")
    return _unit_after(f" {noun}", 0)[0] or COUNT


# "百分之四十" and "六分之一": Chinese percentages and fractions, read before other numerals.
_ZH_PERCENT = Lazy(r"百分之([零〇一二两三四五六七八九十百点\d.]+)")
_ZH_FRACTION = Lazy(r"([一二两三四五六七八九十\d]+)分之([一二两三四五六七八九十\d]+)")


def zh_share_forms(text: str) -> str:
    """百分之四十 -> 40%, 六分之一 -> 1/6, 的一半 -> 的1/2: the forms the numeral readers know."""

    def number(run: str) -> str:
        if run.isdigit():
            return run
        found = chinese_numbers(run, characters=True)
        return f"{found[0].amount:.10g}" if found else run

    text = _ZH_PERCENT.sub(lambda m: f"{number(m.group(1))}%", text)
    text = _ZH_HALF.sub("1/2", text)
    return _ZH_FRACTION.sub(lambda m: f"{number(m.group(2))}/{number(m.group(1))}", text)


# 一半 of a whole (占全市的一半, 超过总数的一半): the fraction 1/2; 占一半 alone names no whole.
_ZH_HALF = Lazy(r"(?<=的)一半")
