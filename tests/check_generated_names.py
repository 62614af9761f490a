"""Claims generated from every fact whose own claim writes a number inside a name, for
tests/check_generated.py: a quoted name (“一号工程”, “双城战略”, “四个最前列”, "246") or a numbered
series (成立70周年, the 70th anniversary); a quoted number alone names what the word after it
does (the "246" industrial clusters):

- the number replaced by another (the next one up, written as the fact writes numbers: 二 for
  一, 三 for 双, 71 for 70), the rest of the fact's claim kept: refuted, the claim names another
  thing in the fact's stead (verify/named_numbers.py).

The names are found by a pattern of this file, not by the checker's reader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_ZH = "一二三四五六七八九"
_ZH_VALUES = {"双": 2, "两": 2, **{char: at + 1 for at, char in enumerate(_ZH)}}
# A number in a quotation, with two characters or a word beside it; or of an anniversary.
_QUOTED = re.compile(r"“[^“”]{0,12}”|\"[^\"]{0,40}\"")
_IN_NAME = re.compile(rf"\d+|[{_ZH}双两](?=[个号城大项张条种位])")
_SERIES = re.compile(r"(\d+)(?=周年|(?:st|nd|rd|th) anniversary)")


def renumbered_name_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for each number a fact's claim writes inside a name."""
    for record in records:
        for lang in ("zh", "en"):
            text = record["claim"][lang]
            for start, end, other in _numbers_in_names(text):
                claim = text[:start] + other + text[end:]
                yield record["id"], "renumbered-name", lang, claim, REFUTED


def _numbers_in_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, another number) of each number inside a name of the text."""
    found = []
    for quoted in _QUOTED.finditer(text):
        inner = quoted.group()[1:-1]
        for number in _IN_NAME.finditer(inner):
            rest = inner[: number.start()] + inner[number.end() :]
            # "246" alone is a name only before the word it names ("246" industrial clusters).
            if not re.search(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}", rest) and not re.match(
                r"\s*(?:[A-Za-z]{3}|[\u4e00-\u9fff]{2})", text[quoted.end() :]
            ):
                continue
            start = quoted.start() + 1 + number.start()
            found.append((start, start + len(number.group()), _next(number.group())))
    for number in _SERIES.finditer(text):
        found.append((number.start(), number.end(), _next(number.group())))
    return found


def _next(number: str) -> str:
    """The next number up, written as the given one is: 二 for 一, 三 for 双, 71 for 70."""
    if number.isdigit():
        return str(int(number) + 1)
    return _ZH[_ZH_VALUES[number] % len(_ZH)]
