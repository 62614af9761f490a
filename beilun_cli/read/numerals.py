"""The numbers a text states, and two checks built on them: claims against quotes, and translations.

Readers
-------
`chinese_numbers` reads Arabic numerals in Chinese text (``1146.46``, ``2,000``, ``1/6``,
``40.1%``, ``.77``) with the magnitude characters that follow them (``亿`` 10^8, ``万`` 10^4,
``千`` 10^3, ``百`` 10^2, and their products ``万亿`` 10^12, ``千万`` 10^7; a ``多``/``余``
between number and magnitude is skipped: ``30多万`` is 300,000) or a K, M or G (``100K``,
``1.2M``, ``.0012G``; a G after one digit is a network's generation, ``5G``). Each `Number` keeps
the numeral as written (``1146.46``) and its amount (``114646000000``). ``80后``-style
generation words state a decade: written 80, amount 1980. With ``characters=True`` it also reads
numerals written in Chinese characters (`zh_numerals`: ``十八`` 18, ``百亿`` 10^10, ``六点五``
6.5, the spoken ``一万五`` 15,000, the banking ``壹佰壹拾壹`` 111, ``百分之六点五`` 6.5 and
``三分之一`` one third).

`english_numbers` reads Arabic numerals with thousands separators, decimals, fractions,
percentages, ordinals (``21st``) and the scale words that follow them, spaced or hyphenated
(``114.646 billion``, ``1.47 million``, ``10-billion-yuan``, ``1.1 trillion``, ``1,146.46 hundred
million``, ``1.2M``). With ``words=True`` it also reads number words (`en_numerals`: ``three``,
``seventy-five``, ``two hundred and fifty thousand``, ``a dozen``), fractions in words (``one
sixth``) and month names (``January`` 1).

Numbers glued to letters are read too (``F4``, ``N2``, ``HNE—001``): a dropped model number is
a dropped number. A sign is read where it cannot be anything else: ``负`` before a numeral (not
in 正负, nor in 3胜2负), and ``-`` or ``−`` right before a numeral that opens the text or follows
a space, a bracket, a colon or ``=``. A dash after a word or a numeral is never a minus sign
(``HNE-001``, ``2018-2019``, ``增长-5%`` reads 5%).

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

A claim's number is carried when its amount equals, within 1e-9 relative tolerance and sign
aside (``-5%`` restates ``下降5%``), the amount or the written value of some number of the
quote: ``114.646 billion`` and ``1146.46亿`` are carried by a quote's ``1146.46亿元``,
``1146 billion`` and ``1146亿`` are not. Also allowed: numbers inside brackets (ASCII ``()`` or
full-width ``（）``), which are glosses, and the fact's resolved time (`times`: ``"2018"``,
``"2019-09"``, ``"2019-09-16"``): its years anywhere, its month and day only where they are
written as a date (``9月``, ``16日``, ``16 September``).

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
from collections.abc import Sequence

from beilun_cli import lexicon
from beilun_cli.read.en_numerals import MONTHS, SCALE, scale_factor, word_numbers
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.number import MAX_AMOUNT, Number
from beilun_cli.read.zh_numerals import COMMON_FORM, character_numbers, share_numbers

__all__ = [
    "MAX_AMOUNT",
    "Number",
    "chinese_numbers",
    "english_numbers",
    "unquoted_claim_numbers",
    "untranslated_numbers",
]

REL_TOL = 1e-9


# Full-width digits and signs, one character for one, so offsets stay those of the text.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．，／％（）", "0123456789.,/%()")
_FULL_WIDTH = Lazy("[０-９．，／％（）]")


def _half_width(text: str) -> str:
    # translate() looks up every character: a search first is cheaper, since most texts have none.
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text


_ARABIC = r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)?(?:\.(?P<frac>\d+))?(?:/(?P<den>\d+))?"
# Not inside another numeral. The lookaheads first let the regex engine skip positions that hold
# no digit before it tries the lookbehinds: twice as fast over a claim. A numeral may open with
# its point (.77) where no word or numeral stands before it.
_NUMERAL_START = r"(?:(?=\d)(?<!\d)(?<!\d[.,/])|(?=\.\d)(?<![\w.]))"
# K, M, G right after a numeral: thousand, million, billion (100K, 1.2M, .0012G), never before a
# letter (100km, 5kg) and never lower-case m (10m is metres).
_SI = r"(?P<si>(?-i:[kKMG])(?![A-Za-z]))"
_SI_FACTORS = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9}


def _arabic_value(match: re.Match[str]) -> float:
    whole = match.group("int")
    fraction = match.group("frac")
    value = (float(whole.replace(",", "")) if whole else 0.0) + (float("0." + fraction) if fraction else 0.0)
    denominator = match.group("den")
    if denominator is not None:
        bottom = float(denominator)
        return value / bottom if bottom else value
    return value


def _si_factor(match: re.Match[str]) -> float:
    """The factor of a K/M/G suffix; a G after one digit is a network's generation (5G), 1."""
    suffix = match.group("si")
    if suffix == "G" and not match.group("frac") and len(match.group("int") or "") == 1:
        return 1.0
    return _SI_FACTORS[suffix]


_MINUS_AFTER = frozenset(" \t\n(（:：=")
_NOT_BEFORE_FU = frozenset("正胜0123456789")  # 正负 (plus-minus), 3胜2负 (won 3, lost 2)


def _signed(numbers: list[Number], text: str, *, chinese: bool) -> list[Number]:
    """The numbers with their sign: 负 before a Chinese numeral (负一, 负 1,200,000), and a minus
    sign (- or −) right before a numeral that opens the text or follows a space, a bracket, a
    colon or =. A dash after a word or a numeral is never a minus (HNE-001, 2018-2019)."""
    signed: list[Number] = []
    for number in numbers:
        start, sign = number.start, -1
        if chinese:
            at = start - 2 if start >= 2 and text[start - 1] == " " else start - 1
            if at >= 0 and text[at] in "负負" and (at == 0 or text[at - 1] not in _NOT_BEFORE_FU):
                sign = at
        if sign < 0 and start and text[start - 1] in "-−" and (start == 1 or text[start - 2] in _MINUS_AFTER):
            sign = start - 1
        if sign < 0:
            signed.append(number)
        else:
            text_with_sign = text[sign : number.end]
            signed.append(
                number._replace(
                    text=text_with_sign, written=-number.written, amount=-number.amount, start=sign
                )
            )
    return signed


def _may_be_signed(text: str) -> bool:
    return "-" in text or "负" in text or "−" in text or "負" in text


# ---------------------------------------------------------------------------------- Chinese

_ZH_MAGNITUDES = lexicon.magnitudes("zh")  # 百, 千, 万, 亿 (萬 and 億 read as 万 and 亿)
_ZH_ARABIC = Lazy(
    _NUMERAL_START + _ARABIC + r"(?:(?P<pct>%)|(?P<gen>后)|" + _SI + r"|(?:[多余]?(?P<mag>[百千万亿萬億]+)))?"
)


def _zh_magnitude(chars: str) -> float:
    factor = 1.0
    for char in chars:
        factor *= _ZH_MAGNITUDES[char.translate(COMMON_FORM)]
    return factor


def chinese_numbers(text: str, *, characters: bool = False) -> list[Number]:
    """The numbers of Chinese text, in order: Arabic numerals with the magnitude that follows.

    ``1146.46亿`` is one `Number` written 1146.46 with amount 1.1464600e11; ``40.1%`` is
    40.1; ``1/6`` is one sixth; ``1.2M`` 1.2e6; ``负3`` -3. With `characters`, numerals in
    Chinese characters too (`zh_numerals`: 十八, 六点五, 一万五, 壹佰, 百分之六点五, 三分之一).
    """
    text = _half_width(text)
    numbers: list[Number] = list(share_numbers(text)) if characters and "分之" in text else []
    shares = [(number.start, number.end) for number in numbers]
    for match in _ZH_ARABIC.finditer(text):
        if shares and any(lo < match.end() and match.start() < hi for lo, hi in shares):
            continue  # a numerator or denominator of 百分之6.5, already read
        written = _arabic_value(match)
        amount, magnitude, end = written, "", match.end()
        if match.group("mag"):
            magnitude = match.group("mag")
            amount = written * _zh_magnitude(magnitude)
        elif match.group("si"):
            factor = _si_factor(match)
            magnitude, amount = (match.group("si"), written * factor) if factor != 1 else ("", written)
            end = match.end() if factor != 1 else match.end() - 1
        elif match.group("gen") and re.fullmatch(r"\d0", match.group()[:-1]):
            amount = written + (2000 if written < 30 else 1900)  # 80后: born in the 1980s
        elif match.group("gen"):  # 以后, 之后: a plain number that 后 happens to follow
            end = match.end() - 1
        numbers.append(Number(text[match.start() : end], written, amount, match.start(), end, magnitude))
    if characters:
        taken = [(number.start, number.end) for number in numbers]
        numbers.extend(character_numbers(text, taken))
        numbers.sort(key=lambda number: number.start)
    if numbers and _may_be_signed(text):
        numbers = _signed(numbers, text, chinese=True)
    return _representable(numbers)


# ---------------------------------------------------------------------------------- English

_EN_ARABIC = Lazy(
    _NUMERAL_START
    + _ARABIC
    + _SI
    + r"?(?:st|nd|rd|th|s)?(?P<pct>\s?%|\s?per\s?cent\b|\s+percent\b)?"
    + r"(?P<scale>(?:[\s-]*"
    + SCALE
    + r")*)",
    re.IGNORECASE,
)


def english_numbers(text: str, *, words: bool = False) -> list[Number]:
    """The numbers of English text, in order: Arabic numerals with the scale words after them.

    ``114.646 billion`` is one `Number` written 114.646 with amount 1.14646e11; ``170,000`` is
    170000; ``40.1%`` is 40.1; ``1/6`` is one sixth; ``1.2M`` 1.2e6. With `words`, number
    words, fractions in words and month names too (`en_numerals`).
    """
    text = _half_width(text)
    numbers = []
    for match in _EN_ARABIC.finditer(text):
        written = _arabic_value(match)
        scale = match.group("scale")
        factor = _si_factor(match) if match.group("si") else 1.0
        parts = (
            ("int", "frac", "den", "si", "pct", "scale")
            if factor != 1
            else ("int", "frac", "den", "pct", "scale")
        )
        end = max(match.end(group) for group in parts if match.group(group))
        magnitude = " ".join(
            part for part in (match.group("si") if factor != 1 else "", scale.strip(" -")) if part
        )
        amount = written * factor * (scale_factor(scale) if scale else 1.0)
        numbers.append(Number(text[match.start() : end], written, amount, match.start(), end, magnitude))
    if words:
        taken = [(number.start, number.end) for number in numbers]
        extra = [n for n in word_numbers(text) if not any(lo < n.end and n.start < hi for lo, hi in taken)]
        numbers.extend(extra)
        numbers.sort(key=lambda number: number.start)
    if numbers and _may_be_signed(text):
        numbers = _signed(numbers, text, chinese=False)
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
    # Signs aside: the checks ask whether a number is restated, and a fall says its sign in words
    # as often as with a minus (下降5% for -5%, 负增长 for a decline).
    return math.isclose(abs(a), abs(b), rel_tol=REL_TOL)


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


_MONTH_NAME = r"(?:" + "|".join(MONTHS) + r")"


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
