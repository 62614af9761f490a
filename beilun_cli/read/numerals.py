"""The numbers a text states, and two checks built on them: claims against quotes, and translations.

Readers
-------
`chinese_numbers` reads Arabic numerals in Chinese text (``1146.46``, ``2,000``, ``1/6``,
``40.1%``) with the magnitude characters that follow them (``亿`` 10^8, ``万`` 10^4, ``千``
10^3, ``百`` 10^2, and their products ``万亿`` 10^12, ``千万`` 10^7; a ``多``/``余`` between
number and magnitude is skipped: ``30多万`` is 300,000). Each `Number` keeps the numeral as
written (``1146.46``) and its amount (``114646000000``). ``80后``-style generation words state a
decade: written 80, amount 1980. With ``characters=True`` it also reads numerals written in
Chinese characters (``十八`` 18, ``百亿`` 10^10, ``两千`` 2,000, ``二〇一九`` 2019).

`english_numbers` reads Arabic numerals with thousands separators, decimals, fractions,
percentages, ordinals (``21st``) and the scale words that follow them, spaced or hyphenated
(``114.646 billion``, ``1.47 million``, ``10-billion-yuan``, ``1.1 trillion``, ``1,146.46 hundred
million``). With ``words=True`` it also reads number words (``three``, ``seventy-five``, ``a
hundred billion``), fractions in words (``one sixth``) and month names (``January`` 1).

Numbers glued to letters are read too (``F4``, ``N2``, ``HNE—001``): a dropped model number is
a dropped number. A dash before a numeral is never a minus sign.

Which numbers the checks read
-----------------------------
`unquoted_claim_numbers` reads the *claims* for Arabic numerals only, and the *quote* for Arabic
numerals and numerals in Chinese characters. The shipped base needs the quote side: its
English claims translate ``突破百亿美元`` as "10 billion US dollars", ``党的十八大`` as "18th
CPC National Congress" and ``一号工程`` as "No. 1 Project". It does not need the claim side:
every quantity its claims write in numeral characters or English words (三座 "three", 十年
"ten years", 两方面 "two fronts") copies a numeral of its own quote, while the other numeral
characters of its claims are names and determiners (三强三快, 四个最前列, 一名, 一套, 之一,
零部件, 百姓), which are not quantities and would only be noise. So a claim saying "three"
where its quote says 三 is never reported.

A claim's number is carried when its amount equals, within 1e-9 relative tolerance, the
amount or the written value of some number of the quote: ``114.646 billion`` and
``1146.46亿`` are carried by a quote's ``1146.46亿元``, ``1146 billion`` and ``1146亿`` are not.
Also allowed: numbers inside brackets (ASCII ``()`` or full-width ``（）``), which are glosses,
and the fact's resolved time (`times`: ``"2018"``, ``"2019-09"``, ``"2019-09-16"``): its years
anywhere, its month and day only where they are written as a date (``9月``, ``16日``,
``16 September``).

`untranslated_numbers` requires every Arabic numeral of the Chinese, and every amount written
in numeral characters with ``万``/``亿`` (``百亿``, ``千亿``), to reappear in the English, read
with number words, fractions in words and month names (a faithful translation writes
``1/6`` as "one sixth" and ``1月27日`` as "27 January"). A number with a ``万``/``亿``
magnitude must reappear at its amount (``1146.46亿`` as ``114.646 billion``; ``1146 billion``
or a bare ``1146.46`` fails); other numbers at their amount or as written. Other numeral
characters are not required: in this article they are names and idioms (六争攻坚, 两整两提,
四里八乡, 十年磨一剑), which a translation renders as words or leaves out. Units are not
converted: ``2000米`` translated as "2 km" fails.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from beilun_cli.read.lazy_regex import Lazy

__all__ = [
    "Number",
    "chinese_numbers",
    "english_numbers",
    "unquoted_claim_numbers",
    "untranslated_numbers",
]

REL_TOL = 1e-9
# Beyond this a numeral is no quantity of any article (a pasted run of 309 digits, 亿亿亿…, which
# a float holds as infinity): it is read as no number at all. Every amount kept then stays
# finite through unit conversions and ratios.
MAX_AMOUNT = 1e100


class Number(NamedTuple):
    """One number of a text: its words, its numeral as written, and its amount with magnitude."""

    text: str  # as it stands in the text: "1146.46亿", "114.646 billion"
    written: float  # the numeral as written: 1146.46
    amount: float  # with its magnitude or scale: 114646000000.0
    start: int  # where `text` stands in the text
    end: int
    magnitude: str  # the magnitude characters or scale words: "亿", "billion", "" for none


# Full-width digits and signs, one character for one, so offsets stay those of the text.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．，／％（）", "0123456789.,/%()")
_FULL_WIDTH = Lazy("[０-９．，／％（）]")


def _half_width(text: str) -> str:
    # translate() looks up every character: a search first is cheaper, since most texts have none.
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text


_ARABIC = r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(?P<frac>\d+))?(?:/(?P<den>\d+))?"
# Not inside another numeral. The lookahead first lets the regex engine skip positions that
# hold no digit before it tries the lookbehinds: twice as fast over a claim.
_NUMERAL_START = r"(?=\d)(?<!\d)(?<!\d[.,/])"

# ---------------------------------------------------------------------------------- Chinese

_ZH_MAGNITUDES = {"百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8}
_ZH_ARABIC = Lazy(_NUMERAL_START + _ARABIC + r"(?:(?P<pct>%)|(?P<gen>后)|(?:[多余]?(?P<mag>[百千万亿]+)))?")
_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_SMALL = {"十": 10, "百": 100, "千": 1000}
# A decimal goes on after 点 in digits, and may take a magnitude: 六点五, 一点五亿.
_ZH_RUN = Lazy(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]*)?")


def _arabic_value(match: re.Match[str]) -> float:
    whole = float(match.group("int").replace(",", ""))
    fraction = match.group("frac")
    value = whole + (float("0." + fraction) if fraction else 0.0)
    denominator = match.group("den")
    if denominator is not None:
        bottom = float(denominator)
        return value / bottom if bottom else value
    return value


def _zh_magnitude(chars: str) -> float:
    factor = 1.0
    for char in chars:
        factor *= _ZH_MAGNITUDES[char]
    return factor


def _characters_value(run: str) -> float:
    """The value of a numeral in Chinese characters: 十八 18, 百亿 1e10, 二〇一九 2019, 六点五 6.5;
    a last digit after 百, 千, 万 or 亿 is of the next unit down, as people say it: 一万五 15000,
    三千二 3200, 两百五 250."""
    if "点" in run:
        whole, _, decimals = run.partition("点")
        digits = decimals.rstrip("万亿")
        fraction = float("0." + "".join(str(_ZH_DIGITS[char]) for char in digits))
        return (_characters_value(whole) + fraction) * _zh_magnitude(decimals[len(digits) :])
    if len(run) > 2 and run[-1] in _ZH_DIGITS and run[-2] in "百千万亿" and run[-1] not in "零〇":
        unit = {"百": 100, "千": 1000, "万": 1e4, "亿": 1e8}[run[-2]]
        return _characters_value(run[:-1]) + _ZH_DIGITS[run[-1]] * unit / 10
    total, section, number = 0.0, 0.0, 0.0
    previous_digit = False
    for char in run:
        if char in _ZH_DIGITS:
            digit = _ZH_DIGITS[char]
            number = number * 10 + digit if previous_digit else float(digit)
            previous_digit = True
            continue
        previous_digit = False
        if char in _ZH_SMALL:
            section += (number or 1) * _ZH_SMALL[char]
        elif char == "万":
            total += (section + number or 1) * 1e4
            section = 0.0
        else:  # 亿 scales everything before it: 一万亿 is 10^12
            total = (total + section + number or 1) * 1e8
            section = 0.0
        number = 0.0
    return total + section + number


def _character_numbers(text: str, taken: list[tuple[int, int]]) -> Iterable[Number]:
    for match in _ZH_RUN.finditer(text):
        start, run = match.start(), match.group()
        if any(lo < match.end() and start < hi for lo, hi in taken):
            continue  # the magnitude of an Arabic numeral, already read
        stripped = run.lstrip("万亿")  # 万千亿级: a magnitude opens no numeral
        start += len(run) - len(stripped)
        if not stripped:
            continue
        head = stripped.rstrip("万亿")
        amount = _characters_value(stripped)
        written = _characters_value(head) if head else amount
        magnitude = stripped[len(head) :] if head else ""
        yield Number(stripped, written, amount, start, match.end(), magnitude)


def chinese_numbers(text: str, *, characters: bool = False) -> list[Number]:
    """The numbers of Chinese text, in order: Arabic numerals with the magnitude that follows.

    ``1146.46亿`` is one `Number` written 1146.46 with amount 1.1464600e11; ``40.1%`` is
    40.1; ``1/6`` is one sixth. With `characters`, numerals in Chinese characters too.
    """
    text = _half_width(text)
    numbers: list[Number] = []
    for match in _ZH_ARABIC.finditer(text):
        written = _arabic_value(match)
        amount, magnitude = written, ""
        if match.group("mag"):
            magnitude = match.group("mag")
            amount = written * _zh_magnitude(magnitude)
        elif match.group("gen") and re.fullmatch(r"\d0", match.group()[:-1]):
            amount = written + (2000 if written < 30 else 1900)  # 80后: born in the 1980s
        elif match.group("gen"):  # 以后, 之后: a plain number that 后 happens to follow
            numbers.append(Number(match.group()[:-1], written, written, match.start(), match.end() - 1, ""))
            continue
        numbers.append(Number(match.group(), written, amount, match.start(), match.end(), magnitude))
    if characters:
        taken = [(number.start, number.end) for number in numbers]
        numbers.extend(_character_numbers(text, taken))
        numbers.sort(key=lambda number: number.start)
    return _representable(numbers)


# ---------------------------------------------------------------------------------- English

_EN_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn)\b"
_EN_ARABIC = Lazy(
    _NUMERAL_START
    + _ARABIC
    + r"(?:st|nd|rd|th|s)?(?P<pct>\s?%|\s?per\s?cent\b|\s+percent\b)?"
    + r"(?P<scale>(?:[\s-]*"
    + _SCALE
    + r")*)",
    re.IGNORECASE,
)
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
_WORD_VALUES = {word: float(value) for value, word in enumerate(_ONES)}
_WORD_VALUES.update({word: float(20 + 10 * index) for index, word in enumerate(_TENS)})
_WORD_VALUES.update({"a": 1.0, "an": 1.0})
_ONE_WORD = r"(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_ONES[1:10]) + r"))?|" + "|".join(_ONES)
_EN_WORDS = Lazy(
    r"\b(?P<head>" + _ONE_WORD + r"|an?(?=[\s-]+(?:hundred|thousand|million|billion|trillion)\b))"
    r"(?P<scale>(?:[\s-]+" + _SCALE + r")*)\b"
    r"|\b(?P<bare>hundred|thousand|million|billion|trillion)(?P<rest>(?:[\s-]+" + _SCALE + r")*)",
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
_MONTHS = [
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
_EN_MONTHS = Lazy(r"\b(" + "|".join(_MONTHS) + r")\b")


def _scale_factor(words: str) -> float:
    factor = 1.0
    for word in re.findall(r"[a-z]+", words.lower()):
        factor *= _EN_SCALES[word]
    return factor


def _word_value(head: str) -> float:
    parts = head.lower().split("-")
    return sum(_WORD_VALUES[part] for part in parts)


def _word_numbers(text: str) -> Iterable[Number]:
    for match in _EN_FRACTIONS.finditer(text):
        top = _WORD_VALUES[match.group("top").lower()]
        name = match.group("bottom").lower()
        bottom = _DENOMINATORS[name if name in _DENOMINATORS else name.removesuffix("s")]
        value = top / bottom
        yield Number(match.group(), value, value, match.start(), match.end(), "")
    for match in _EN_WORDS.finditer(text):
        if match.group("bare"):
            scale = match.group("bare") + match.group("rest")
            written = 1.0
        else:
            scale = match.group("scale")
            written = _word_value(match.group("head"))
        amount = written * _scale_factor(scale)
        yield Number(match.group(), written, amount, match.start(), match.end(), scale.strip(" -"))
    for match in _EN_MONTHS.finditer(text):
        month = float(_MONTHS.index(match.group()) + 1)
        yield Number(match.group(), month, month, match.start(), match.end(), "")


def english_numbers(text: str, *, words: bool = False) -> list[Number]:
    """The numbers of English text, in order: Arabic numerals with the scale words after them.

    ``114.646 billion`` is one `Number` written 114.646 with amount 1.14646e11; ``170,000`` is
    170000; ``40.1%`` is 40.1; ``1/6`` is one sixth. With `words`, number words, fractions in
    words and month names too.
    """
    text = _half_width(text)
    numbers = []
    for match in _EN_ARABIC.finditer(text):
        written = _arabic_value(match)
        scale = match.group("scale")
        end = max(match.end(group) for group in ("int", "frac", "den", "pct", "scale") if match.group(group))
        magnitude = scale.strip(" -") if scale else ""
        amount = written * _scale_factor(scale) if scale else written
        numbers.append(Number(text[match.start() : end], written, amount, match.start(), end, magnitude))
    if words:
        taken = [(number.start, number.end) for number in numbers]
        extra = [n for n in _word_numbers(text) if not any(lo < n.end and n.start < hi for lo, hi in taken)]
        numbers.extend(extra)
        numbers.sort(key=lambda number: number.start)
    return _representable(numbers)


def _representable(numbers: list[Number]) -> list[Number]:
    # A NaN (a fraction of two infinities) fails the comparison too.
    return [n for n in numbers if abs(n.written) <= MAX_AMOUNT and abs(n.amount) <= MAX_AMOUNT]


# ----------------------------------------------------------------------------------- checks

_OPENING = "(（"
_CLOSING = ")）"


def _bracketed(text: str) -> list[tuple[int, int]]:
    """The spans inside brackets, ASCII or full-width, nesting allowed (outermost spans)."""
    spans: list[tuple[int, int]] = []
    if not any(opening in text for opening in _OPENING):
        return spans
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in _OPENING:
            if depth == 0:
                start = index
            depth += 1
        elif char in _CLOSING and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
    return spans  # an unclosed bracket glosses nothing: it is a typo, not a gloss


def _inside(number: Number, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= number.start and number.end <= hi for lo, hi in spans)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL)


def _time_parts(times: Sequence[str]) -> tuple[set[int], set[int], set[int]]:
    years: set[int] = set()
    months: set[int] = set()
    days: set[int] = set()
    for point in times:
        parts = re.findall(r"\d+", point)
        if parts:
            years.add(int(parts[0]))
        if len(parts) > 1:
            months.add(int(parts[1]))
        if len(parts) > 2:
            days.add(int(parts[2]))
    return years, months, days


_MONTH_NAME = r"(?:" + "|".join(_MONTHS) + r")"


def _is_time(number: Number, text: str, times: tuple[set[int], set[int], set[int]]) -> bool:
    """Whether the number is part of the fact's resolved time as the claim writes it."""
    if number.magnitude or number.written != int(number.written) or "%" in number.text:
        return False
    value = int(number.written)
    years, months, days = times
    if value in years and len(number.text.replace(",", "")) == 4:
        return True
    after = text[number.end : number.end + 12]
    before = text[max(0, number.start - 12) : number.start]
    if value in months and after.startswith("月"):
        return True
    if value in days and (
        after[:1] in ("日", "号")
        or re.match(r"\s+" + _MONTH_NAME, after) is not None
        or re.search(_MONTH_NAME + r"\s+$", before) is not None
    ):
        return True
    return False


def _carried(number: Number, carriers: Sequence[Number]) -> bool:
    return any(_same(number.amount, c.amount) or _same(number.amount, c.written) for c in carriers)


def unquoted_claim_numbers(claim_zh: str, claim_en: str, quote: str, times: Sequence[str]) -> list[str]:
    """The numbers a claim states, in either language, that its quote does not carry.

    Each as a short description: ``"claim.en states 120 billion"``. Numbers in brackets and
    the years (and dates) of the fact's resolved `times` are allowed; see the module docstring.
    """
    carriers: list[Number] | None = None  # read only when some number needs them
    parts = _time_parts(times)
    found: list[str] = []
    for field, text, numbers in (
        ("claim.zh", claim_zh, chinese_numbers(claim_zh)),
        ("claim.en", claim_en, english_numbers(claim_en)),
    ):
        if not numbers:
            continue
        clean = _half_width(text)
        glosses = _bracketed(clean)
        for number in numbers:
            if _inside(number, glosses) or _is_time(number, clean, parts):
                continue
            if carriers is None:
                carriers = chinese_numbers(quote, characters=True)
            if _carried(number, carriers):
                continue
            description = f"{field} states {number.text}"
            if description not in found:
                found.append(description)
    return found


def untranslated_numbers(zh: str, en: str) -> list[str]:
    """The numbers of a Chinese text that its English translation does not restate.

    Each as a short description: ``"1146.46亿 is not in the English"``. A number with a
    万/亿 magnitude must reappear at its amount (114.646 billion for 1146.46亿), so a
    dropped or mis-scaled number (1146 billion) is reported; see the module docstring.
    """
    stated = [
        number
        for number in chinese_numbers(zh, characters=True)
        if number.text[:1].isdigit() or any(char in number.magnitude for char in "万亿")
    ]
    english = english_numbers(en, words=True)
    missing: list[str] = []
    for number in stated:
        big = any(char in number.magnitude for char in "万亿")
        found = any(
            _same(e.amount, number.amount) or (not big and _same(e.amount, number.written)) for e in english
        )
        description = f"{number.text} is not in the English"
        if not found and description not in missing:
            missing.append(description)
    return missing
