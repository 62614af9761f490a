"""How a claim compares two measures, read from its words: which way (A 比 B 高, A高于B, A is
higher than B), where the second measure's side begins, the figure of a difference (高出0.5个百分点,
多3家, 3 more than), and which measure each side names. What the two facts' figures then decide is
the judge's (`two_measures.Compares`).

A comparison word before a figure is a quantifier, not a comparison: 高于1000亿元, more than
170,000 (quantities reads those); only a word before a measure compares two."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import ClaimedValue, Interval
from beilun_cli.read.repeats import counts_times
from beilun_cli.verify.figures import fact_amount
from beilun_cli.verify.slots import COMPARED_WITH_BEFORE, without_compared

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from beilun_cli.base.records import FactRecord

_MORE_ZH, _MORE_EN = lexicon.comparison_words("more", "zh"), lexicon.comparison_words("more", "en")
_LESS_ZH, _LESS_EN = lexicon.comparison_words("less", "zh"), lexicon.comparison_words("less", "en")
_VERB_MORE, _VERB_LESS = (
    lexicon.comparison_words("more", "en_verb"),
    lexicon.comparison_words("less", "en_verb"),
)
_VERB_MORE_ZH = lexicon.comparison_words("more", "zh_verb")
_VERB_ZH = _VERB_MORE_ZH + lexicon.comparison_words("less", "zh_verb")
_WORD_ZH = "".join(_MORE_ZH + _LESS_ZH)
_WORD_EN = "|".join(_MORE_EN + _LESS_EN)
_THAN_ZH = r"比(?![重例率赛])"  # not 比重, 比例, 比率, 比赛
# What begins a figure: a digit, a Chinese numeral, a quantifier (高于1000亿元, more than 170,000,
# more than double: a quantifier, or a ratio, not a second measure).
_FIGURE_START = (
    r"\s*(?:[\d.,]|[零〇一二两三四五六七八九十百千万亿半约近逾]|百分之"
    r"|(?:about|around|nearly|almost|roughly|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
    r"|billion|half|double|twice|triple|thrice|that|this|those|these|\$|us\$|rmb|usd)\b)"
)
# A: A 比 B 高(出); the second side runs from 比 to the word. 比 may stand inside the second
# measure's name (A比B比重高).
_BI = Lazy(
    rf"{_THAN_ZH}(?P<second>(?:[^比]|比(?=[重例率])){{1,24}}?)(?P<word>[{_WORD_ZH}])"
    rf"(?=[出了得些]|一些|一点|$|[\s。，,.;；!！]|{_FIGURE_START})",
)
# A高于B, A少于B: the second side follows 于; A is higher than B, more A than B. Where the claim's
# figures are known, the word must stand outside them (高于1000亿元 is one figure); else no figure
# may follow (a fact's text).
_YU = Lazy(rf"(?P<word>[{_WORD_ZH}])于")
_THAN_EN = Lazy(rf"\b(?P<word>{_WORD_EN})\b(?P<between>.{{0,120}}?)\bthan\b", re.IGNORECASE)
# A超出B 3.8个百分点, A领先B: the second side follows the verb, up to the difference's figure.
_VERB_ZH_HERE = Lazy(rf"(?P<word>{'|'.join(sorted(_VERB_ZH, key=len, reverse=True))})")
# A exceeds B, A outnumbers B: the second side follows the verb (no "than").
_VERB_EN = Lazy(
    rf"\b(?P<word>{'|'.join(sorted(_VERB_MORE + _VERB_LESS, key=len, reverse=True))})\b", re.IGNORECASE
)
# Surpassed the 10-billion mark, exceeded a target of 5: a figure, not a second measure.
_MARK_AHEAD = Lazy(r"\s+(?:the|a|an)\s+(?:[\d$]|" + _FIGURE_START.strip(r"\s*") + ")", re.IGNORECASE)
_BEFORE_FIGURE = Lazy(_FIGURE_START, re.IGNORECASE)
_BEFORE_NUMBER = Lazy(r"\s*[\d.]")
# The word that says which way, for the alignment.
COMPARISON_WORD = Lazy(
    rf"(?<=[\u4e00-\u9fff])[{_WORD_ZH}](?=[于出了]|[。，,.]?$)|\b(?:{_WORD_EN})\b(?=.*\bthan\b)"
    rf"|{'|'.join(sorted(_VERB_ZH, key=len, reverse=True))}|\b(?:{'|'.join(_VERB_MORE + _VERB_LESS)})\b",
    re.IGNORECASE,
)
# What follows a difference in percentage points (高出0.5个百分点, 3.8 percentage points).
_POINTS = Lazy(r"\s*(?:个)?\s*百分点|\s*(?:percentage\s+)?points?\b|\s*pp\b", re.IGNORECASE)
# Between the comparison word and a difference's figure: 高出0.5, 少了3.
_DIFFERENCE_GAP_ZH = Lazy(r"\s*[出了]{0,2}\s*(?:整整|足足)?\s*")
# Between a difference's figure and the English word: "3 more than", "0.5 percentage points higher",
# or "higher ... by 0.5 points" after it.
# Not a figure a copula follows (green coverage of 40.6% is slightly higher): a level, not by how much.
_DIFFERENCE_GAP_EN = Lazy(
    r"^(?!\s+(?:is|was|are|were|be|been|being|remains?|remained|stands?|stood)\b)"
    r"(?:\s*(?:percentage\s+)?points?|\s*%|\s*pp|\s+[a-z\-]+(?:\s+[a-z\-]+)?)?\s*$",
    re.IGNORECASE,
)
# The comparing verbs that are prepositions (0.5 points above B), after the difference they say.
_PREPOSITIONS = ("above", "below")
_BY_EN = Lazy(r"\bby\s*$", re.IGNORECASE)
_DEGREE_ZH, _DEGREE_EN = lexicon.comparison_words("degree", "zh"), lexicon.comparison_words("degree", "en")
# The words of a comparison where they stand: 比, the word with 出, 了 or 于, than, by, a word of
# degree beside it (略高一些, slightly larger), percentage points.
_COMPARING_HERE = Lazy(
    rf"比(?![重例率赛])|{'|'.join(sorted(_VERB_ZH, key=len, reverse=True))}"
    rf"|(?:{'|'.join(_DEGREE_ZH)})*[{_WORD_ZH}](?:于|[出了]{{1,2}})?(?:{'|'.join(_DEGREE_ZH)})*"
    rf"|(?:个)?百分点|\b(?:(?:{'|'.join(_DEGREE_EN)})\s+)?(?:{_WORD_EN}|{'|'.join(_VERB_MORE + _VERB_LESS)}"
    rf"|than|by|percentage|points?)\b",
    re.IGNORECASE,
)


# A ratio written "N to one" (outnumber them by seven to one, a 7-to-1 ratio, 7:1), after its N.
RATIO_TO_ONE = r"(?:[- ]to[- ](?:one|1)|\s*:\s*1)\b(?![.,]?\d)"
# The same with its N before it, to find one in a text.
RATIO_TO_ONE_SAID = (
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty"
    r"|hundred))" + RATIO_TO_ONE
)


class Compared(NamedTuple):
    """A comparison a claim makes: +1 (its first measure more) or -1, the word as written, the
    word's span, and where the second measure's side begins and ends."""

    way: int
    word: str
    start: int
    end: int
    second: tuple[int, int]


def compared(text: str, figures: Sequence[tuple[int, int]] | None = None) -> Compared | None:
    """The comparison a text makes of two things, or None (a change 比上年, a quantifier 高于1000
    亿元, more than 170,000). `figures` are the spans of the text's figures, when read (a
    comparison word inside one is its quantifier); `text` keeps its length: spans index it."""
    plain = _blank_changes(text)

    def free(start: int, after: int) -> bool:
        # After the word, a number (more than one, 高于3) is a figure the reader may not take
        # as one; a Chinese numeral may begin a name (高于百亿级企业数), where the spans tell.
        if _BEFORE_NUMBER.match(plain, after) or (
            plain[start].isascii() and _BEFORE_FIGURE.match(plain, after)
        ):
            return False
        if figures is None:
            return not _BEFORE_FIGURE.match(plain, after)
        return not any(low <= start < high for low, high in figures)

    found = _BI.search(plain)
    if found is not None:
        return Compared(
            _way(found["word"]), found["word"], found.start("word"), found.end("word"), found.span("second")
        )
    for pattern, stops in (
        (_YU, r"[,，。;；]|$"),
        (_THAN_EN, r"[,;.]\s|\s+by\b|$"),
        (_VERB_EN, r"[,;.]\s|\s+by\b|[.;]?$"),
        (_VERB_ZH_HERE, r"[,，。;；]|(?=\s*[\d近约])|$"),
    ):
        for found in pattern.finditer(plain):
            end = found.end()
            verb = pattern is _VERB_EN or pattern is _VERB_ZH_HERE
            if not free(found.start(), end) or (verb and _MARK_AHEAD.match(plain, end)):
                continue
            stop = re.search(stops, plain[end:])
            if verb and not plain[end : end + (stop.start() if stop else 0)].strip(" .。"):
                continue  # a verb with nothing after it compares nothing
            return Compared(
                _way(found["word"].casefold()),
                found["word"],
                found.start("word"),
                found.end("word"),
                (end, end + (stop.start() if stop else 0)),
            )
    return None


def _blank_changes(text: str) -> str:
    """A text with what a change is measured against (比上年) blanked, keeping its length."""
    if without_compared(text) == text:
        return text
    return COMPARED_WITH_BEFORE.sub(lambda m: " " * len(m.group()), text)


def _way(word: str) -> int:
    return 1 if word in _MORE_ZH or word in _MORE_EN or word in _VERB_MORE or word in _VERB_MORE_ZH else -1


def direction(text: str, figures: Sequence[tuple[int, int]] | None = None) -> int:
    """+1 when a text says its first measure is more than its second, -1 less, 0 no comparison."""
    found = compared(text, figures)
    return found.way if found is not None else 0


def difference_figure(text: str, found: Compared, values: list[ClaimedValue]) -> ClaimedValue | None:
    """The claim's figure of how much more or less (高出0.5个百分点, 多3家, 3 more than, higher by 3.8
    points), or None for a comparison without one."""
    for value in values:
        start, end = value.span
        if re.match(RATIO_TO_ONE, text[end:], re.IGNORECASE):
            continue  # by seven to one: a ratio, not by how much
        if start >= found.end and _DIFFERENCE_GAP_ZH.fullmatch(text[found.end : start]):
            return value
        # exceeds it by 3.8: after "by" only; but 0.5 points above it, before a preposition.
        verb = found.word.casefold() in _VERB_MORE + _VERB_LESS and found.word.casefold() not in _PREPOSITIONS
        if end <= found.start and not verb and _DIFFERENCE_GAP_EN.match(text[end : found.start]):
            return value  # "3 more than", "0.5 percentage points higher than"
        if start >= found.second[1] and _BY_EN.search(text[:start].rstrip()):
            return value
        if found.word in _VERB_ZH and start >= found.second[1] and not text[found.second[1] : start].strip():
            return value  # 超出绿地率3.8个百分点
    return None


def comparing_spans(text: str) -> list[tuple[int, int]]:
    """Where a comparing text writes the words of its comparison (比, 高出, 略高一些, 高于, than,
    slightly larger, by, 百分点): words no fact must hold."""
    return [found.span() for found in _COMPARING_HERE.finditer(text)]


def in_points(text: str, value: ClaimedValue) -> bool:
    """Whether a difference is said in percentage points (0.5个百分点, 3.8 percentage points)."""
    return bool(_POINTS.match(text[value.span[1] :])) or bool(
        re.search(r"百分点|points?\b", value.text, re.IGNORECASE)
    )


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


# The share of a measure's name a side of a comparison must hold to name it by its words (地域面积
# 占比 for 土地面积占比: 面积, 积占, 占比 of five pairs).
_NAMED_SHARE = 0.6


def side_measure(
    names: dict[str, list[str]], text: str, terms: Callable[[str], frozenset[str]]
) -> str | None:
    """The one measure a side of a comparison names: the measure one of whose names explains the
    most of the side's words, holding at least _NAMED_SHARE of that name's own (a name as written
    holds all: 绿化覆盖率; 户籍人口占全市的比重 holds most of 占全市户籍人口比重; 地域面积占比 more of
    土地面积占比 than of 面积), when no other explains as many; None otherwise. `terms` gives a
    text's words (Chinese pairs of characters, English stems)."""
    said = terms(text)
    folded = _folded(text)
    scores: dict[str, int] = {}
    for measure, its_names in names.items():
        for name in its_names:
            # A count is named by what it counts: 企业 of 企业数 (number of companies).
            words = terms(name.removesuffix("数") if len(name) > 2 else name)
            if not words:
                continue
            shared = len(words & said)
            if _folded(name) in folded or shared >= _NAMED_SHARE * len(words):
                scores[measure] = max(scores.get(measure, 0), shared)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _folded(text: str) -> str:
    """A text as names are looked for in it: casefolded, a hyphen or a run of spaces one space
    (green-space ratio is the measure named green space ratio)."""
    return _SEPARATORS.sub(" ", text.casefold())


_SEPARATORS = Lazy(r"[\s\-\u2010-\u2015_]+")


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


def in_ratio(first: FactRecord, second: FactRecord) -> bool:
    """Whether one fact's figure may be so many times another's: of one unit class, or both
    counts (170,000 volunteers are some 335 times 507 teams)."""
    counted = (quantities.COUNT, quantities.PEOPLE)
    return alike(first, second) or (fact_amount(first)[0] in counted and fact_amount(second)[0] in counted)


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


def difference(way: int, first: FactRecord, second: FactRecord) -> Interval:
    """How much more the first fact's figure is than the second's (`way` +1), or less (-1): every
    value the two figures allow."""
    a, b = fact_interval(first), fact_interval(second)
    if way < 0:
        a, b = b, a
    return Interval(a.low - b.high, a.high - b.low, a.low_open or b.high_open, a.high_open or b.low_open)


# A multiple said in a word, with its quantifier: more than double, nearly twice, 翻一番.
_MULTIPLE_WORD = Lazy(
    r"(?:(?P<quantifier>more than|over|nearly|almost|close to|about|roughly|around|less than|under"
    r"|at least)\s+)?(?P<word>double|twice|triple|treble|thrice)\b|(?P<zh>翻[一两]?番)",
    re.IGNORECASE,
)
_MULTIPLES = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "thrice": 3.0}
_MULTIPLE_QUANTIFIERS = {
    "more than": quantities.OVER,
    "over": quantities.OVER,
    "nearly": quantities.NEARLY,
    "almost": quantities.NEARLY,
    "close to": quantities.NEARLY,
    "about": quantities.ABOUT,
    "roughly": quantities.ABOUT,
    "around": quantities.ABOUT,
    "less than": quantities.UNDER,
    "under": quantities.UNDER,
    "at least": quantities.AT_LEAST,
}


def multiple_word(text: str) -> ClaimedValue | None:
    """A multiple a claim says in a word (more than double: over 2; 翻两番: 4), as a figure."""
    found = _MULTIPLE_WORD.search(text)
    if found is None or (found["word"] and counts_times(text, *found.span("word"))):
        return None  # won it twice: a count of times (read.repeats)
    if found["zh"]:
        times = {"翻番": 2.0, "翻一番": 2.0, "翻两番": 4.0}[found["zh"]]
    else:
        times = _MULTIPLES[found["word"].casefold()]
    said = (found["quantifier"] or "").casefold()
    qualifier = _MULTIPLE_QUANTIFIERS.get(said, quantities.ABOUT)
    return ClaimedValue(found["word"] or found["zh"], times, times, None, qualifier, span=found.span())
