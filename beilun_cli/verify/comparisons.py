"""Claims over two facts: one measure compared with another (北仑森林覆盖率比绿化覆盖率低, forest
cover is lower than green cover), decided from the two facts' figures when the base gives one of
each, in one unit class."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import Interval
from beilun_cli.verify.figures import fact_amount
from beilun_cli.verify.slots import without_compared

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A comparison: the first measure named, then a word for more or less, then the second (A 比 B 高,
# A is higher than B). The words say which way.
_MORE_ZH, _MORE_EN = lexicon.comparison_words("more", "zh"), lexicon.comparison_words("more", "en")
_LESS_ZH, _LESS_EN = lexicon.comparison_words("less", "zh"), lexicon.comparison_words("less", "en")
_THAN_ZH = r"比(?![重例率赛])"  # not 比重, 比例, 比率, 比赛
# 比 and what stands before its word: the second measure, whose name may hold 比重 (A比B比重高).
_COMPARED = _THAN_ZH + r"(?:[^比]|比(?=[重例率])){1,24}?"
_MORE = Lazy(rf"{_COMPARED}[{''.join(_MORE_ZH)}]|\b(?:{'|'.join(_MORE_EN)})\b", re.IGNORECASE)
_LESS = Lazy(rf"{_COMPARED}[{''.join(_LESS_ZH)}]|\b(?:{'|'.join(_LESS_EN)})\b", re.IGNORECASE)
_THAN = Lazy(rf"{_THAN_ZH}|\bthan\b", re.IGNORECASE)
# The word that says which way, for the alignment.
COMPARISON_WORD = Lazy(
    rf"(?<=[\u4e00-\u9fff])[{''.join(_MORE_ZH + _LESS_ZH)}](?=[。，,.]?$)"
    rf"|\b(?:{'|'.join(_MORE_EN + _LESS_EN)})\b",
    re.IGNORECASE,
)
# The words of a comparison: no fact must hold them.
COMPARING = Lazy(
    rf"比|[{''.join(_MORE_ZH + _LESS_ZH)}]|\b(?:than|{'|'.join(_MORE_EN + _LESS_EN)})\b", re.IGNORECASE
)


def direction(text: str) -> int:
    """+1 when a text says its first measure is more than its second, -1 less, 0 no comparison."""
    if "比" not in text and "than" not in text.casefold():
        return 0
    text = without_compared(text)  # 比上年增长: a change, not a comparison
    if not _THAN.search(text):
        return 0
    more, less = bool(_MORE.search(text)), bool(_LESS.search(text))
    return 0 if more == less else 1 if more else -1


def _folded(text: str) -> str:
    """A text as names are looked for in it: casefolded, a hyphen or a run of spaces one space
    (green-space ratio is the measure named green space ratio)."""
    return _SEPARATORS.sub(" ", text.casefold())


_SEPARATORS = Lazy(r"[\s\-\u2010-\u2015_]+")


def first_named(names: dict[str, list[str]], measures: list[str], text: str) -> list[str]:
    """The measures a text names, in the order it names them, but those named only inside
    another's name (area in land area, GDP in GDP growth). A measure the text holds none of the
    names of (found by its concepts) has no place in that order: it is left out, and a comparison
    of two measures is then not decided."""
    folded = _folded(text)
    found = {
        measure: [name for name in map(_folded, names.get(measure, ())) if name in folded]
        for measure in measures
    }
    measures = [
        measure
        for measure in measures
        if found[measure]
        and not all(
            any(
                mine in theirs and mine != theirs
                for other in measures
                if other != measure
                for theirs in found[other]
            )
            for mine in found[measure]
        )
    ]
    return sorted(measures, key=lambda measure: min(folded.find(name) for name in found[measure]))


def fact_interval(record: FactRecord) -> Interval:
    """What a fact's figure allows, in its unit class (an exact figure is that value)."""
    quantity = record["quantity"]
    assert quantity is not None
    _, factor, amount = fact_amount(record)
    written = record["value"] if record["value"] else quantity["amount"]
    return quantities.interval(amount, quantity["qualifier"], written * factor, exact_point=True)


def alike(first: FactRecord, second: FactRecord) -> bool:
    """Whether two facts' figures are of one unit class."""
    return fact_amount(first)[0] == fact_amount(second)[0]


def holds(way: int, first: FactRecord, second: FactRecord) -> bool | None:
    """Whether the first fact's figure is more (`way` +1) or less (-1) than the second's; None
    when they are not of one unit class, or what they allow overlaps (equal figures; over 1
    million against about 2.3 million, which may be either)."""
    if not alike(first, second):
        return None
    a, b = fact_interval(first), fact_interval(second)
    above = a.low > b.high or (a.low == b.high and (a.low_open or b.high_open))
    below = a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))
    if above == below:
        return None
    return above == (way > 0)
