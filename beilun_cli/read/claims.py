"""A statement in Chinese or English, read into what `beilun check` compares: its figures (see
`quantities`), its times (`times`), the entities and measures it names, and its markers
(`markers`: first, only, one of, not).

Pure functions over text and a `Vocabulary` (names of entities and measures, read from the
index): nothing here prints or opens files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.markers import read_markers
from beilun_cli.read.quantities import EXACT, SHARE, ClaimedValue, read_values, share_value, zh_share_forms
from beilun_cli.read.ranges import bound_pairs, range_pairs, range_span, restated, scale_letters
from beilun_cli.read.stages import Stage, read_stage
from beilun_cli.read.times import LATIN, ClaimedTime, focus_spans, read_times

__all__ = ["Claim", "Vocabulary", "places_of", "proper_words", "read_claim", "reading_form"]


class Vocabulary:
    """The names a claim is read with: (name, id) of entities and measures, longest first; each
    entity's kind; each measure's reading ("amount", "threshold" or "each"). What is derived from
    the names (which names begin with a character, each measure's names) is worked out on first
    use and kept with them: `check -` reads every claim with one vocabulary."""

    __slots__ = (
        "entities",
        "entity_kinds",
        "measures",
        "readings",
        "_entities_by_first",
        "_measures_by_first",
        "_names_of_measures",
        "_english_measures",
        "fact_terms",
    )

    def __init__(
        self,
        entities: Sequence[tuple[str, str]],
        entity_kinds: dict[str, str],
        measures: Sequence[tuple[str, str]],
        readings: dict[str, str] | None = None,
    ) -> None:
        self.entities = entities
        self.entity_kinds = entity_kinds
        self.measures = measures
        self.readings = readings or {}
        self._entities_by_first: dict[str, list[int]] | None = None
        self._measures_by_first: dict[str, list[int]] | None = None
        self._names_of_measures: dict[str, list[str]] | None = None
        self._english_measures: list[tuple[str, str]] | None = None
        # Each fact's words as grounding reads them, by (fact id, whether the claim has Latin
        # letters): its own, and with its measure's names (verify/grounding.py fills it).
        self.fact_terms: dict[tuple[str, bool], tuple[frozenset[str], frozenset[str]]] = {}

    def entities_in(self, text: str) -> list[tuple[str, str]]:
        """The (name, entity) pairs, in their order, whose name's first character `text` holds."""
        if self._entities_by_first is None:
            self._entities_by_first = _positions_by_first(self.entities)
        return _picked(text, self.entities, self._entities_by_first)

    def measures_in(self, text: str) -> list[tuple[str, str]]:
        """The (name, measure) pairs, in their order, whose name's first character `text` holds."""
        if self._measures_by_first is None:
            self._measures_by_first = _positions_by_first(self.measures)
        return _picked(text, self.measures, self._measures_by_first)

    def measure_names(self) -> dict[str, list[str]]:
        """The names of each measure, in their order: a copy, the caller's own to change."""
        if self._names_of_measures is None:
            by_measure: dict[str, list[str]] = {}
            for name, measure in self.measures:
                by_measure.setdefault(measure, []).append(name)
            self._names_of_measures = by_measure
        return {measure: list(names) for measure, names in self._names_of_measures.items()}

    def english_measures(self) -> list[tuple[str, str]]:
        """The (name, measure) pairs whose name is English (ASCII), in their order."""
        if self._english_measures is None:
            self._english_measures = [(name, measure) for name, measure in self.measures if name.isascii()]
        return self._english_measures


class Claim:
    """What a claim says. `rest` is its text with names, times, figures and markers blanked: what
    is left to match words on. `proper` holds the words written with a capital inside it (names,
    even unknown ones: Yinzhou); `places` the places it names by an administrative suffix (舟山市,
    Yinzhou District), for the caller to look up."""

    __slots__ = (
        "latin",
        "text",
        "values",
        "times",
        "entities",
        "measures",
        "markers",
        "rest",
        "proper",
        "places",
        "stage",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.latin = False  # written with Latin letters: English to read, and to stem
        self.values: list[ClaimedValue] = []
        self.times: list[ClaimedTime] = []
        self.entities: list[str] = []
        self.measures: list[str] = []
        self.markers: set[str] = set()
        self.rest = ""
        self.proper: set[str] = set()
        self.places: list[str] = []
        # The stage it says a deed has reached (started, not yet completed...): its denials and
        # "on the drawing board" are the stage's words, no negation or "only" of the claim's.
        self.stage = Stage()


def _word_character(char: str) -> bool:
    """A letter or digit that would join an English name to a longer word (not a Chinese
    character: 北仑GDP, 元Beilun)."""
    return char.isascii() and char.isalnum()


def _find_names(text: str, names: Sequence[tuple[str, str]], taken: list[tuple[int, int]]) -> list[str]:
    """Ids whose names (those of a vocabulary whose first character `text` holds) stand in `text`
    (already casefolded), longest names first, not overlapping each other or `taken`; Latin names
    only as whole words."""
    found: list[tuple[int, str]] = []
    for name, ident in names:
        start = 0
        while (at := text.find(name, start)) >= 0:
            end = at + len(name)
            start = at + 1
            if name.isascii() and (
                (at > 0 and _word_character(text[at - 1])) or (end < len(text) and _word_character(text[end]))
            ):
                # A word may take an English plural or possessive: "volunteers", "Beilun's".
                if not (
                    end < len(text)
                    and text[end] == "s"
                    and (end + 1 == len(text) or not text[end + 1].isalnum())
                ):
                    continue
                if at > 0 and _word_character(text[at - 1]):
                    continue
                end += 1
            if any(lo < end and at < hi for lo, hi in taken):
                continue
            if name[0].isdigit() and _quantified(text[:at]):
                continue  # 高于17岁吉林姑娘: a figure with its quantifier, no longer the name's number
            taken.append((at, end))
            found.append((at, ident))
    ordered: dict[str, None] = {}
    for _, ident in sorted(found):
        ordered[ident] = None
    return list(ordered)


def _positions_by_first(names: Sequence[tuple[str, str]]) -> dict[str, list[int]]:
    """The positions in `names` of the non-empty names, by their first character."""
    by_first: dict[str, list[int]] = {}
    for at, (name, _) in enumerate(names):
        if name:
            by_first.setdefault(name[0], []).append(at)
    return by_first


def _picked(
    text: str, names: Sequence[tuple[str, str]], by_first: dict[str, list[int]]
) -> list[tuple[str, str]]:
    """The names of `names`, in their order, whose first character `text` holds: those of the
    rest cannot stand in it, and a claim's few characters pick a few names of the hundreds."""
    picked = sorted({at for char in set(text) for at in by_first.get(char, ())})
    return [names[at] for at in picked]


def _quantified(before: str) -> bool:
    """Whether a quantifier word (高于, 近, over) ends the text before a number."""
    return any(
        re.search(pattern, before.rstrip())
        for position in ("zh_before", "en_before")
        for pattern, _ in lexicon.quantifier_patterns(position)
    )


# A reporter's verbs and fillers around a figure: they say nothing a fact must also say.
_FILLER = Lazy(lexicon.filler_pattern())  # the lexicon's words.toml, [filler]
# Who says it (文章称, According to the article): the article's frame says nothing a fact holds.
_FRAME = Lazy(lexicon.frame_pattern())  # the lexicon's grounding.toml, [attribution]
_AFTER_FIGURE = frozenset("内外间里中前后")
# 1980s, 80后, post-90s: a generation or decade, not a figure.
_DECADE = Lazy(r"\b(?:19|20)?\d0s\b|[0-9]0后|\bpost-[0-9]0s\b")

_ORDINAL = Lazy(r"第([一二三四五六七八九十\d]+)|\b(\d+)(?:st|nd|rd|th)\b")


def reading_form(text: str) -> str:
    """A claim as it is read: casefolded, its shares in the numeral readers' forms (三分之一 as
    1/3); the offsets of its slots (a figure's span) are of this text."""
    return zh_share_forms(scale_letters(text).casefold().replace("，", ",").replace("　", " "))


def read_claim(text: str, published: str, vocabulary: Vocabulary) -> Claim:
    """What a claim says, read against the publication date of its source (ISO, 2019-09-16) and
    the base's names. (A date as text: the datetime module would cost a check start-up time.)"""
    folded = reading_form(text)
    claim = Claim(text)
    claim.latin = LATIN.search(folded) is not None
    taken: list[tuple[int, int]] = []
    claim.entities = _find_names(folded, vocabulary.entities_in(folded), taken)
    name_spans = list(taken)
    claim.times, time_spans = read_times(folded, published, festivals=True)
    taken += time_spans
    # 发生在2017年, 是2017年的数据: the words that make the time what the claim asserts are its slot's.
    taken += focus_spans(folded, [time.written for time in claim.times])
    # 第二, 21st: ranks, which the markers read (first, second), not figures.
    taken += [match.span() for match in _ORDINAL.finditer(folded)]
    claim.stage = read_stage(_blanked(folded, name_spans))
    taken += claim.stage.spans
    # Markers are not read inside names: 'Most Beautiful Hometown River'.
    claim.markers, marker_spans = read_markers(_blanked(folded, [*name_spans, *claim.stage.spans]))
    taken += marker_spans
    taken += [match.span() for match in _DECADE.finditer(folded)]
    measure_taken = list(taken)
    # 三位一体, 一站式: a numeral of a fixed expression counts nothing; its words stay the claim's.
    fixed = [
        (at, at + len(word)) for word in lexicon.fixed_expressions() for at in _occurrences(folded, word)
    ]
    claim.values, value_spans = _ranges(folded, *read_values(folded, [*taken, *fixed], claim.latin))
    # A share's quantifier may stand before its whole (不到全市的三分之一: under a third).
    claim.values = [share_value(folded, v) if v.unit == SHARE else v for v in claim.values]
    claim.measures = _find_names(folded, vocabulary.measures_in(folded), measure_taken)
    # 6.7平方公里内, 三年内: a place word bound to the figure before it goes with the figure; after
    # a count (21个外资项目, 3个中心) it starts the counted noun.
    bound = [
        (hi, hi + 1)
        for value, (_, hi) in zip(claim.values, value_spans, strict=True)
        if hi < len(folded) and folded[hi] in _AFTER_FIGURE and value.unit != "count"
    ]
    bound += [span for _, hi in value_spans if (span := _mark_after(folded, hi)) is not None]
    fillers = [match.span() for match in _FILLER.finditer(folded)]
    fillers += [match.span() for match in _FRAME.finditer(folded)]
    claim.rest = _blanked(folded, [*taken, *value_spans, *fillers, *bound])
    claim.proper = {word.casefold() for word in proper_words(text)} if claim.latin else set()
    # A frame or a copula before a place word is no part of a name (被称为省市…: 省市 is the pair of
    # a province and a city, and 被称为 says what follows is what the subject is called).
    framing = [match.span() for match in _FRAME.finditer(folded)] + _copula_spans(folded)
    claim.places = _places(_blanked(folded, [*name_spans, *time_spans, *framing]), text, claim.latin)
    return claim


# Quantifiers of a lower and of an upper bound: 超过1100亿元、不到1200亿元 is one figure between them.
_LOWER = frozenset({quantities.OVER, quantities.MORE_THAN, quantities.AT_LEAST})
_UPPER = frozenset({quantities.UNDER, quantities.AT_MOST})


def _copula_spans(text: str) -> list[tuple[int, int]]:
    """Where a Chinese copula of the lexicon (被称为, 誉为) stands in a text."""
    return [
        (at, at + len(word))
        for word in lexicon.copulas()
        if not word.isascii() and word in text
        for at in _occurrences(text, word)
    ]


def _mark_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a mark noun right after a figure ending at `end` (大关 of 千亿元大关, " mark" of
    the 100 billion yuan mark): the round figure's own name, no word a fact must hold."""
    for mark in lexicon.figure_marks():
        start = end + 1 if mark.isascii() and text[end : end + 1] == " " else end
        stop = start + len(mark)
        if text.startswith(mark, start) and not (mark.isascii() and text[stop : stop + 1].isalpha()):
            return start, stop
    return None


def _ranges(
    text: str, values: list[ClaimedValue], spans: list[tuple[int, int]]
) -> tuple[list[ClaimedValue], list[tuple[int, int]]]:
    """Figures with each range (5.6到5.78元, 110-120 billion) made one, its bounds its interval,
    and a lone figure restated ("below that level") read again with its new quantifier."""
    found = [value.span for value in values]
    bounds = ["low" if v.qualifier in _LOWER else "high" if v.qualifier in _UPPER else "" for v in values]
    pairs: list[int] = []
    for index in sorted({*range_pairs(text, found), *bound_pairs(text, found, bounds)}):
        if not pairs or pairs[-1] != index - 1:  # a figure bounds one range only
            pairs.append(index)
    for index in reversed(pairs):
        low, high = values[index], values[index + 1]
        if low.unit is not None and low.unit != high.unit:
            continue
        scale = high.amount / high.written if low.unit is None and high.written else 1.0
        start, end = range_span(text, low.span[0], high.span[1])
        joined = ClaimedValue(text[low.span[0] : high.span[1]], high.written, high.amount, high.unit, EXACT)
        joined.low, joined.magnitude, joined.span = low.amount * scale, high.magnitude, (start, end)
        values[index : index + 2] = [joined]
        spans[index : index + 2] = [(start, end)]
    if len(values) == 1:  # "below that level": the figure again, of another member
        value = values[0]
        for qualifier, span in restated(text, value.span[1]):
            again = ClaimedValue(value.text, value.written, value.amount, value.unit, qualifier)
            again.magnitude, again.span = value.magnitude, span
            values.append(again)
            spans.append(span)
    return values, spans


def places_of(text: str, published: str) -> list[str]:
    """The places and organisations a text names by their suffixes (舟山市, 民政局, Yinzhou
    District), as read_claim finds them: for `ask`, which looks them up in the article."""
    folded = text.casefold()
    times = read_times(folded, published)[1]
    return _places(_blanked(folded, times), text, LATIN.search(folded) is not None)


def proper_words(text: str) -> list[str]:
    """The words written with a capital inside a text (names, even unknown ones: Yinzhou)."""
    return list(_PROPER.findall(text))


def _places(unnamed: str, text: str, latin: bool) -> list[str]:
    """Places and organisations by their suffixes: Chinese in `unnamed` (casefolded, with the
    spans that are no place's blanked: known names, times), English in `text` as written."""
    places = []
    # The patterns of places cost milliseconds to compile: only a text with a suffix needs them.
    if any(suffix in unnamed for suffix in _PLACE_SUFFIXES):
        places = [
            found.group()
            for found in _ZH_PLACE.finditer(unnamed)
            if found.group()[0] not in _NOT_A_PLACE_START and not _starts_a_place(unnamed, found.end() - 1)
        ]
    if latin:
        # A sentence's capital The is no word of the name (The Bodi Yingxiu City has opened).
        places += [found.group().casefold().removeprefix("the ") for found in _EN_PLACE.finditer(text)]
    return places


def _starts_a_place(text: str, at: int) -> bool:
    """Whether the suffix at `at` begins a place of the lexicon's (镇 of 诞生在镇海): the name that
    follows, not a place ending in it."""
    return text.startswith(lexicon.suffix_led_places(), at)


def _occurrences(text: str, word: str) -> list[int]:
    """Where a word stands in a text."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Text with the characters of `spans` as spaces: offsets stay those of the text."""
    characters = list(text)
    for lo, hi in spans:
        characters[lo:hi] = " " * (hi - lo)
    return "".join(characters)


# A capitalised word after the claim's first: "Yinzhou", not the "Forests" that opens a sentence.
_PROPER = Lazy(r"(?<=[\w,;:'’] )[A-Z][a-z]+")
# A place by its administrative suffix: two or three characters and 市/区/县/省/镇, or an English
# name and District/City/County/Province.
_ZH_PLACE = Lazy(
    # 区 after 小, 社, 园...: a residential compound, a community, a park (老小区), no district.
    # 城市, 超市, 上市: a word that ends in 市, no city (以城市夜景为卖点).
    # 全市, 全区: the whole of the home city or district, no name; 市级, 区级: a level, no place.
    # 建区, 设区: setting a district up (从建区到现在), no district's name.
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?<!全)(?:(?<![城都超上门])市|(?<![小社园景城片厂矿校营建设])区|县|省|镇)(?![域划块间别分位内外长委政民级])"
    # An organisation by its suffix: 民政局, 体育局, 商务厅, 科技公司.
    r"|[\u4e00-\u9fff]{2,6}?(?:局|厅|委员会|公司|集团|协会|研究院|大学|医院)"
)
# A place or an organisation in English: capitalised words and what they are.
_PLACE_SUFFIXES = (
    "市",
    "区",
    "县",
    "省",
    "镇",
    "局",
    "厅",
    "委员会",
    "公司",
    "集团",
    "协会",
    "研究院",
    "大学",
    "医院",
)
# 所有县, 的地区, 全市: a word that begins so is no place's name.
_NOT_A_PLACE_START = frozenset("所的有是在了和与及或个一多各每该本全这那其此某几两区市县省")

_EN_PLACE = Lazy(
    r"\b(?:[A-Z][a-z]+ )+(?:District|City|County|Province|Bureau|Department|Ministry|Company|Group"
    r"|Corporation|University|Association|Committee|Commission|Office|Agency|Airport)\b"
)
