"""Numbers written in English words, for `numerals.english_numbers`.

What is read: number words with their hundreds and scales, spaced or hyphenated (``three``,
``seventy-five``, ``a hundred billion``, ``two hundred and fifty thousand``, ``one thousand
million``, ``a dozen``), fractions in words (``one sixth``, ``two thirds``) and month names
(``January`` 1). A scale word closing the phrase is its magnitude: ``two hundred thousand`` is
written 2 with the magnitude "hundred thousand", ``two hundred and fifty thousand`` written 250
with "thousand", as ``250 thousand`` would be.

Also the scale words that follow an Arabic numeral (``SCALES``, ``SCALE``), for `numerals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.number import Number

__all__ = ["MONTHS", "NUMBER_WORDS", "SCALE", "SCALES", "scale_factor", "word_numbers"]

# The lexicon's scale words (units.toml, [magnitudes]) and their abbreviations: billion, bn.
SCALES = {**lexicon.magnitudes("en"), **lexicon.magnitude_abbreviations("en")}
SCALE = r"(?:" + "|".join(SCALES) + r")\b"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# zero to nineteen, twenty to ninety: what each number word stands for.
NUMBER_WORDS = {word: value for value, word in enumerate(_ONES)} | {
    word: 20 + 10 * index for index, word in enumerate(_TENS)
}
_WORD_VALUES = {word: float(value) for word, value in NUMBER_WORDS.items()} | {"a": 1.0, "an": 1.0}
# Words that multiply what comes before them: dozen and hundred within a group, the scales
# across groups (the lexicon's magnitudes: hundred, thousand, million...).
_MULTIPLIERS = {"dozen": 12.0, **lexicon.magnitudes("en")}
_UNIT_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_ONES[1:10]) + r"))?|" + "|".join(_ONES) + r")\b"
)
_MULTIPLIER = r"(?:" + "|".join(_MULTIPLIERS) + r")\b"
# A unit word follows a multiplier only (two hundred fifty; "one two" is two numbers); "and"
# belongs to a number only between a multiplier and a unit word: two hundred and fifty, not
# "one and two".
_NEXT = r"[\s-]+" + _MULTIPLIER + r"(?:(?:\s+and)?[\s-]+" + _UNIT_WORD + ")?"
_EN_WORDS = Lazy(
    r"\b(?:an?(?=[\s-]+" + _MULTIPLIER + r")|" + _UNIT_WORD + "|" + _MULTIPLIER + ")(?:" + _NEXT + ")*",
    re.IGNORECASE,
)
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_EN_FRACTIONS = Lazy(
    r"\b(?P<top>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<bottom>half|halves|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?)\b",
    re.IGNORECASE,
)
# "two and a half": a whole number and a half, one number (two and a half times, 2.5).
_EN_AND_A_HALF = Lazy(
    r"\b(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\b", re.IGNORECASE
)
# "half of", "about half the": a half without its article, a fraction where "of" or a determiner
# follows; the first half of a year is a time.
_EN_HALF = Lazy(
    r"(?<!first )(?<!second )(?<!latter )(?<!last )\bhalf(?=\s+(?:of|the|its|their)\b)", re.IGNORECASE
)
# "half a percentage point", "half an hour": a half of one of what follows, no scale word (half a
# million is read by the scale: a million, halved, is no reading of ours).
_EN_HALF_A = Lazy(
    r"(?<!first )(?<!second )(?<!latter )(?<!last )\bhalf\s+an?\b(?![\s-]+(?:"
    + "|".join(_MULTIPLIERS)
    + r")\b)",
    re.IGNORECASE,
)
_EN_MONTHS = Lazy(r"\b(" + "|".join(MONTHS) + r")\b")
# "a year" as a span of one: after a quantifier (less than a year, within a month) or before the
# word of a span (a year after, a month later). Not elsewhere: once a year is a rate.
_EN_A_SPAN = Lazy(
    r"\b(?:than|within|under|over|nearly|almost|about|around|barely|just|only)\s+(?P<one>an?)(?=\s+(?:year|month|day)\b)"
    r"|\b(?P<single>an?)(?=\s+(?:year|month|day)\s+(?:after|later|before|earlier)\b)",
    re.IGNORECASE,
)


def scale_factor(words: str) -> float:
    """The product of the scale words of a text: "hundred million" 1e8."""
    factor = 1.0
    for word in re.findall(r"[a-z]+", words.lower()):
        factor *= SCALES[word]
    return factor


def _phrase_value(words: list[str]) -> float:
    """The value of number words: a group below a thousand, times the scale after it; a scale
    larger than the last multiplies all before it (one thousand million is 10^9)."""
    total, group, last_scale = 0.0, 0.0, 0.0
    for word in words:
        if word in _WORD_VALUES:
            group += _WORD_VALUES[word]
        elif word in ("hundred", "dozen"):
            group = (group or 1) * _MULTIPLIERS[word]
        else:
            scale = _MULTIPLIERS[word]
            if last_scale and scale > last_scale:
                total = (total + (group or 0)) * scale
            else:
                total += (group or 1) * scale
            last_scale, group = scale, 0.0
    return total + group


def word_numbers(text: str) -> Iterable[Number]:
    """Number words, fractions in words and month names, each with its span."""
    for match in _EN_FRACTIONS.finditer(text):
        top = _WORD_VALUES[match.group("top").lower()]
        name = match.group("bottom").lower()
        bottom = _DENOMINATORS[name if name in _DENOMINATORS else name.removesuffix("s")]
        value = top / bottom
        yield Number(match.group(), value, value, match.start(), match.end(), "")
    for match in _EN_HALF.finditer(text):
        yield Number(match.group(), 0.5, 0.5, match.start(), match.end(), "")
    for match in _EN_HALF_A.finditer(text):
        yield Number(match.group(), 0.5, 0.5, match.start(), match.end(), "")
    for match in _EN_AND_A_HALF.finditer(text):
        value = _WORD_VALUES[match.group("whole").lower()] + 0.5
        yield Number(match.group(), value, value, match.start(), match.end(), "")
    for match in _EN_WORDS.finditer(text):
        words = [word for word in re.split(r"[\s-]+", match.group().lower()) if word != "and"]
        amount = _phrase_value(words)
        closing = len(words)
        while closing > 0 and words[closing - 1] in _MULTIPLIERS:
            closing -= 1
        if closing == 0:  # "hundred", "a hundred billion": the magnitude is all but the article
            closing = 1 if words[0] in ("a", "an") else 0
        magnitude = " ".join(words[closing:])
        written = amount / _phrase_value(["one", *words[closing:]]) if magnitude else amount
        yield Number(match.group(), written, amount, match.start(), match.end(), magnitude)
    for match in _EN_A_SPAN.finditer(text):
        group = "one" if match.group("one") else "single"
        yield Number(match.group(group), 1.0, 1.0, match.start(group), match.end(group), "")
    for match in _EN_MONTHS.finditer(text):
        month = float(MONTHS.index(match.group()) + 1)
        yield Number(match.group(), month, month, match.start(), match.end(), "")
