"""One number of a text, as the numeral readers (`numerals`, `zh_numerals`, `en_numerals`) give it."""

from __future__ import annotations

from typing import NamedTuple

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
