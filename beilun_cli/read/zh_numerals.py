"""Numerals written in Chinese characters, for `numerals.chinese_numbers`.

What is read: the digits 零〇一二两三…九 with the units 十百千 and the magnitudes 万亿 (十八 18,
百亿 10^10, 一千零一万 10,010,000, 一千一百一十一万…亿 beyond 10^12), a run of digits as written
(二〇一九 2019), decimals after 点 (六点五 6.5, 一点五亿 1.5×10^8), the spoken shortening of a
last digit, which is of the next unit down (一万五 15,000, 三千二 3,200, 两百五 250, 一万二千五
12,500), 廿 and 卅 (廿二 22), and the forms of banking and the traditional script (壹贰叁肆伍陆柒
捌玖, 拾佰仟, 萬億, 兩: 壹佰壹拾壹圆 111). Shares in words: 百分之六点五 is 6.5, as ``6.5%`` is;
三分之一 is one third, as ``1/3`` is (a numerator and denominator may be Arabic too).

What is not: a banking form standing alone where it is a word (队伍, 陆续, 放肆, 參加, 收拾),
banking and common forms mixed (陆一); two digits in a row, the second one more (两三天,
三四线城市: "two or three", no figure); a numeral made vague by 几 or 数 (几十万, 数百, 十几);
a magnitude opening a run (万千亿级 is no number).
"""

from __future__ import annotations

from collections.abc import Iterable

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.number import Number

__all__ = ["character_numbers", "share_numbers"]

_DIGITS = {
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
_UNITS = {"十": 10, "百": 100, "千": 1000}
_MAGNITUDES = lexicon.magnitudes("zh")  # 百, 千, 万, 亿: the lexicon's units.toml
# Banking and traditional forms, one character for one: read as the common form.
COMMON_FORM = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩", "一二二三三四五六六七八九十百千万亿两")
_BANKING = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
_BANKING_ALONE = frozenset("壹贰貳叁柒捌玖")  # the others alone are words: 伍, 陆, 肆, 參, 拾
_UNIT_CHARS = frozenset("十拾百佰千仟")
_VAGUE = frozenset("几幾数數")  # 几十万, 数百, 十几 (a few tens of thousands, several hundred, ten-odd)
_SHARED = frozenset("零〇万萬亿億兩廿卅点")  # in numerals of either form
_DIGIT_CHARS = "零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
_RUN_CHARS = _DIGIT_CHARS + "十拾百佰千仟万萬亿億廿卅"
# A decimal goes on after 点 in digits, and may take a magnitude: 六点五, 一点五亿.
_RUN = Lazy(f"[{_RUN_CHARS}]+(?:点[{_DIGIT_CHARS}]+[万萬亿億]*)?")
_ARABIC_PART = r"\d+(?:\.\d+)?"
# 百分之六点五, 三分之一, 百分之6.5, 3分之1: the denominator, then the numerator.
_SHARE = Lazy(
    f"(?P<bottom>{_ARABIC_PART}|[{_RUN_CHARS}]+)分之"
    f"(?P<top>{_ARABIC_PART}|[{_RUN_CHARS}]+(?:点[{_DIGIT_CHARS}]+)?)"
)


def _common_form(run: str) -> str:
    return run.translate(COMMON_FORM).replace("廿", "二十").replace("卅", "三十")


def _magnitude(chars: str) -> float:
    factor = 1.0
    for char in chars:
        factor *= _MAGNITUDES[char]
    return factor


def run_value(run: str) -> float:
    """The value of a numeral in common characters: 十八 18, 百亿 1e10, 二〇一九 2019, 六点五 6.5;
    a last digit after 百, 千, 万 or 亿 is of the next unit down, as people say it: 一万五 15000,
    三千二 3200, 两百五 250."""
    if "点" in run:
        whole, _, decimals = run.partition("点")
        digits = decimals.rstrip("万亿")
        fraction = float("0." + "".join(str(_DIGITS[char]) for char in digits))
        return (run_value(whole) + fraction) * _magnitude(decimals[len(digits) :])
    if len(run) > 2 and run[-1] in _DIGITS and run[-2] in _MAGNITUDES and run[-1] not in "零〇":
        return run_value(run[:-1]) + _DIGITS[run[-1]] * _MAGNITUDES[run[-2]] / 10
    total, section, number = 0.0, 0.0, 0.0
    previous_digit = False
    for char in run:
        if char in _DIGITS:
            digit = _DIGITS[char]
            number = number * 10 + digit if previous_digit else float(digit)
            previous_digit = True
            continue
        previous_digit = False
        if char in _UNITS:
            section += (number or 1) * _UNITS[char]
        elif char == "万":
            # 一千一百一十一万…亿: a 万 below what an 亿 already scaled stays below it.
            total += (section + number or 1) * 1e4
            section = 0.0
        else:  # 亿 scales everything before it: 一万亿 is 10^12
            total = (total + section + number or 1) * 1e8
            section = 0.0
        number = 0.0
    return total + section + number


def _numeral(run: str) -> bool:
    """Whether a run of characters is a numeral. The banking forms are words too (队伍, 陆续,
    放肆, 參加, 收拾): one of them alone is a numeral only if it is no common word (壹, 贰, 柒),
    and banking and common forms never mix in one numeral (陆一 is no 61). Two digits in a row,
    the second one more (两三天, 三四线城市, 七八个), say "two or three": no figure."""
    banking = [char in _BANKING for char in run if char not in _SHARED]
    if any(banking):
        return all(banking) and (len(run) > 1 or run in _BANKING_ALONE)
    pair = run.translate(COMMON_FORM)
    if len(pair) == 2 and pair[0] in _DIGITS and pair[1] in _DIGITS:
        return _DIGITS[pair[1]] != _DIGITS[pair[0]] + 1 or _DIGITS[pair[0]] == 0
    return True


def character_numbers(text: str, taken: list[tuple[int, int]]) -> Iterable[Number]:
    """The numerals in characters of `text`, outside the spans `taken` (already read)."""
    for match in _RUN.finditer(text):
        start, run = match.start(), match.group()
        if any(lo < match.end() and start < hi for lo, hi in taken):
            continue  # the magnitude of an Arabic numeral, already read
        stripped = run.lstrip("万萬亿億")  # 万千亿级: a magnitude opens no numeral
        start += len(run) - len(stripped)
        if not stripped or not _numeral(stripped):
            continue
        vague_before = stripped[0] in _UNIT_CHARS and text[start - 1 : start] in _VAGUE  # 几十万, 数百
        if vague_before or text[match.end() : match.end() + 1] in _VAGUE:  # 十几
            continue  # "some hundreds of thousands" is no figure; 人数三千 is one
        common = _common_form(stripped)
        head = common.rstrip("万亿")
        amount = run_value(common)
        written = run_value(head) if head else amount
        magnitude = stripped[len(stripped) - (len(common) - len(head)) :] if head else ""
        yield Number(stripped, written, amount, start, match.end(), magnitude)


def _part_value(part: str) -> float:
    if part[0].isdigit():
        return float(part)
    return run_value(_common_form(part))


def share_numbers(text: str) -> Iterable[Number]:
    """百分之六点五 (6.5, as 6.5% is) and 三分之一 (one third, as 1/3 is), with their spans."""
    for match in _SHARE.finditer(text):
        bottom, top = match.group("bottom"), match.group("top")
        if not (_numeral(bottom) and _numeral(top)):
            continue
        numerator = _part_value(top)
        denominator = _part_value(bottom)
        if bottom == "百":
            value = numerator
        elif denominator:
            value = numerator / denominator
        else:
            continue
        yield Number(match.group(), value, value, match.start(), match.end(), "")
