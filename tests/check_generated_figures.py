"""Generated claims that pin how check reads figures and times as intervals, drawn from every
fact, none chosen by hand:

- a dated fact's date written in Chinese numerals (一九八四年一月二十七日 for 1984年1月27日): as
  its own claim is (supported); with the year shifted: as the shifted year is (year-shifted);
- a fact's figure written with each quantifier word of the lexicon (超过, 至少, 不到, 刚好,
  nearly, at most...) before the number it writes: supported when every value the article allows
  is one the quantifier allows, refuted when none is, by the table of _QUANTIFIED (the pairs
  whose answer depends on rounding are left out);
- the time from each event the base dates to the publication day, in years, with 多/over/nearly
  and more than N and a half: supported when the span fits, refuted when it does not.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from beilun_cli import lexicon

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

SUPPORTED = "supported"
REFUTED = "refuted"
NOT_ENOUGH_INFO = "not-enough-info"

_DIGITS = "〇一二三四五六七八九"
_ZH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")


def _small_numeral(number: int) -> str:
    """1 to 31 in Chinese numerals: 九, 十二, 二十七."""
    tens, ones = divmod(number, 10)
    written = ("" if tens < 2 else _DIGITS[tens]) + ("十" if tens else "")
    return written + (_DIGITS[ones] if ones else "")


def chinese_date(year: str, month: str | None, day: str | None) -> str:
    """A date in Chinese numerals, as people write it: 一九八四年一月二十七日."""
    written = "".join(_DIGITS[int(digit)] for digit in year) + "年"
    if month:
        written += _small_numeral(int(month)) + "月"
    if day:
        written += _small_numeral(int(day)) + "日"
    return written


def chinese_date_cases(record: FactRecord, shifted_verdict: str) -> Iterator[tuple[str, str, str, str]]:
    """The one date a dated fact's Chinese claim writes, in Chinese numerals: supported; with its
    year three years earlier: `shifted_verdict` (what year-shifted gives the fact)."""
    zh = record["claim"]["zh"]
    as_of = record["as_of"]
    found = list(_ZH_DATE.finditer(zh))
    if as_of is None or len(found) != 1 or found[0].group(1) != as_of["start"][:4]:
        return
    date = found[0]
    year, month, day = date.groups()
    before, after = zh[: date.start()], zh[date.end() :]
    yield "chinese-date", "zh", before + chinese_date(year, month, day) + after, SUPPORTED
    shifted = str(int(year) - 3)
    yield "chinese-date-shifted", "zh", before + chinese_date(shifted, month, day) + after, shifted_verdict
