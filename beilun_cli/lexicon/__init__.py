"""The vocabulary: units, quantifiers, markers, stop, question and filler words, relative times and places,
kept once as data (`data/*.toml`) and compiled into `compiled.py` by
`python -m beilun_cli.lexicon.build` (see docs/development.md, "The vocabulary").

The bottom layer: it imports nothing of beilun's but itself, and no command parses TOML for it.
A word is looked up casefolded; `lang` is "zh" or "en".

    >>> unit_of("公里").id, to_base(2.5, "km")
    ('km', (2500.0, 'm'))
    >>> amount_words(14.9, "m2-per-person", "en"), amount_words(14.9, "m2-per-person", "zh")
    ('14.9 m² per person', '人均14.9平方米')
    >>> quantifier("近"), relative_time("去年"), within("北仑", "浙江")
    ('nearly', ('year', -1), True)
"""

from __future__ import annotations

from functools import cache

from beilun_cli.lexicon import compiled
from beilun_cli.lexicon.places import (
    alternative_places,
    alternatives,
    chinese_places,
    member_heads,
    place,
    siblings,
    suffix_led_places,
    within,
)
from beilun_cli.lexicon.units import (
    COUNT,
    PER,
    amount_words,
    asked_said,
    asked_units,
    counted_kinds,
    counters,
    dimension_words,
    magnitude_abbreviations,
    magnitudes,
    per_patterns,
    quantifier,
    quantifier_patterns,
    quantifier_words,
    quantifiers,
    rate_pattern,
    to_base,
    unit,
    unit_class,
    unit_of,
    unit_patterns,
    unit_surfaces,
    units,
    written_units,
)

__all__ = [
    "COUNT",
    "alternative_places",
    "alternatives",
    "chinese_places",
    "member_heads",
    "suffix_led_places",
    "counted_kinds",
    "again_words",
    "age_classes",
    "generation_affixes",
    "wanting_words",
    "wanting_words_zh",
    "position_words",
    "compound_suffixes",
    "article_sources",
    "amount_words",
    "asked_for",
    "asked_said",
    "asked_slot_patterns",
    "text_frame_pattern",
    "asked_units",
    "comparison_words",
    "conjunction_words",
    "identification",
    "slot_frames",
    "name_numbers",
    "complements",
    "copulas",
    "counters",
    "dimension_words",
    "authority_words",
    "figure_kind_words",
    "figure_total_patterns",
    "figure_marks",
    "figure_words",
    "filler_pattern",
    "fixed_expressions",
    "frame_pattern",
    "group_exceptions",
    "how_words",
    "implied_by",
    "implied_dimension_words",
    "magnitude_abbreviations",
    "magnitudes",
    "marker_families",
    "markers",
    "paraphrase_groups",
    "offices",
    "particles",
    "per_patterns",
    "place",
    "quantifier",
    "quantifier_patterns",
    "quantifier_words",
    "quantifiers",
    "question_kinds",
    "question_words",
    "rate_pattern",
    "relative_time",
    "relative_time_patterns",
    "relative_time_words",
    "same_time_words",
    "siblings",
    "stage_words",
    "stages",
    "stop_words",
    "tally_patterns",
    "time_part",
    "time_part_words",
    "to_base",
    "ungrounded_words",
    "unit",
    "unit_class",
    "unit_of",
    "unit_patterns",
    "unit_surfaces",
    "units",
    "within",
    "written_units",
]


# ---------------------------------------------------------------- words


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Words that carry no content of their own: English, Snowball's list and request words, which
    search leaves out of a query; Chinese, function characters (的, 了, 和)."""
    return frozenset(compiled.STOP_WORDS[lang])


@cache
def question_words(lang: str) -> frozenset[str]:
    """Words of a question that say what is asked, not what about (多少, 哪里, 多大)."""
    return frozenset(compiled.QUESTION_WORDS[lang])


def question_kinds() -> tuple[tuple[str, str], ...]:
    """What a question asks for by its question words: (time, who, where, list, quantity or claim,
    a regular expression of the words), in the order they win at one position."""
    return compiled.QUESTION_KINDS


def asked_for(kind: str, lang: str) -> str:
    """What a question of a kind asks for, in words: quantity -> 多少 / how much or how many; ''
    for a kind that asks for nothing to name."""
    words = compiled.ASKED_FOR.get(kind, ("", ""))
    return words[0] if lang == "zh" else words[1]


def asked_slot_patterns(side: str) -> tuple[tuple[str, str], ...]:
    """(a slot a question asks by a word of its own: purpose, stages, theme; a regular expression
    of the words) on one `side`: asked in a question (the goal of, 哪些阶段), stated in a fact's
    claim (旨在, from… to…, 为主题)."""
    at = 1 if side == "asked" else 2
    return tuple((row[0], row[at]) for row in compiled.ASKED_SLOTS)


def tally_patterns(side: str) -> tuple[tuple[str, str], ...]:
    """(total or new, a regular expression of the words that say it) on one `side`: asked (累计,
    so far; 新增, new) in a question, stated (累计, cumulative; 新增) in a fact's claim."""
    at = 1 if side == "asked" else 2
    return tuple((row[0], row[at]) for row in compiled.TALLIES)


def comparison_words(direction: str, lang: str) -> tuple[str, ...]:
    """The words that say a comparison goes `direction` (more or less): 高, 多 / higher, more."""
    return compiled.COMPARISON_WORDS[direction][lang]


def fixed_expressions() -> tuple[str, ...]:
    """Chinese fixed expressions whose numeral counts nothing (三位一体, 一站式): no figure."""
    return compiled.FIXED_EXPRESSIONS


def offices(lang: str) -> tuple[str, ...]:
    """Offices a person holds (书记, mayor): who holds one is answered only by a fact naming it."""
    return compiled.OFFICES[lang]


def particles(lang: str) -> tuple[str, ...]:
    """Words that only make a sentence a question (吗, 请问), a longer one before its start."""
    return compiled.PARTICLES[lang]


@cache
def how_words(lang: str) -> frozenset[str]:
    """Words that only shape a question of size after "how" (big, long, many)."""
    return frozenset(compiled.HOW_WORDS[lang])


def filler_pattern() -> str:
    """A regular expression of the fillers of both languages (达到, stands at): English ones as
    whole words, each language's longest first."""
    return compiled.FILLER_PATTERN


# ---------------------------------------------------------------- grounding


def ungrounded_words() -> dict[str, tuple[str, ...]]:
    """The words a claim may leave ungrounded, by class (light_verbs, generic_nouns, discourse),
    both languages: they state nothing a fact must hold (went, 工作, 其中)."""
    return compiled.UNGROUNDED


def frame_pattern() -> str:
    """A regular expression of a claim's attribution frame (文章称, According to the article, a
    picture caption says): who says what the claim states, which no fact must hold."""
    return compiled.FRAME_PATTERN


def picture_pattern() -> str:
    """A regular expression of the words that say a claim is of a picture (配图, caption)."""
    return compiled.PICTURE_PATTERN


def picture_tag() -> str:
    """The tag of a caption's fact (photo): the only fact a picture word is grounded in."""
    return compiled.PICTURE_TAG


def complements() -> str:
    """The result and direction complements of a Chinese verb (下, 到): 签下 says what 签 says."""
    return compiled.COMPLEMENTS


def paraphrase_groups() -> tuple[tuple[str, ...], ...]:
    """Groups of words that say the same here (获评, 评为, named)."""
    return compiled.PARAPHRASE_GROUPS


def text_frame_pattern() -> str:
    """A regular expression of the words of a question that point at the article's own wording
    (uses the phrase, the section heading, 这句话), not at what it says."""
    return compiled.TEXT_FRAMES


def group_exceptions() -> tuple[tuple[str, ...], ...]:
    """Per paraphrase group (in its order), the claim's phrases that take the group's words out of
    it: 投入 says 投资 of money, not in 投入使用 (put into use)."""
    return compiled.PARAPHRASE_UNLESS


def figure_marks() -> tuple[str, ...]:
    """Nouns that name a round figure as a mark (大关 of 突破千亿元大关, mark), both languages."""
    return compiled.FIGURE_MARKS


def copulas() -> tuple[str, ...]:
    """Words that say X is Y, naming or regarding it so (称作, 被誉为, regarded as, dubbed): they
    state nothing of their own where the claim writes them; Y is what must be grounded."""
    return compiled.COPULAS


def again_words() -> tuple[str, tuple[str, ...]]:
    """(the English prefix of repetition, the words that say a deed is done again): rebuild is
    build where the evidence says 再度 or once again."""
    return compiled.AGAIN_PREFIX, compiled.AGAIN


def age_classes() -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """(words, lowest age, highest age) of each class of people by age: a teenager is 13 to 19."""
    return compiled.AGE_CLASSES


def generation_affixes() -> tuple[str, str]:
    """(the English prefix, the Chinese suffix) of a generation by its decade: post-80s, 80后."""
    return compiled.GENERATIONS


def wanting_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the verbs of wanting, the words before a verb that make it a purpose): wants to salute
    is grounded where the evidence says it does a thing to salute."""
    return compiled.WANTING, compiled.PURPOSE


def wanting_words_zh() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the Chinese verbs of wanting, the words that make what follows them a purpose): 希望…献礼
    is grounded where the evidence says ,以…献礼."""
    return compiled.WANTING_ZH, compiled.PURPOSE_ZH


def position_words() -> dict[str, tuple[str, ...]]:
    """The words of where in the article a thing stands, by place (opening: opens with, 开头;
    closing: ends with, 结尾)."""
    return compiled.POSITIONS


def article_sources() -> tuple[str, ...]:
    """The words that name the article's text in a claim (文章, 文中, the article), both languages."""
    return compiled.ARTICLE_SOURCES


def compound_suffixes() -> tuple[str, ...]:
    """English suffixes that say the noun before their hyphen is what a thing rests on or turns
    to (unit-based, people-oriented)."""
    return compiled.SUFFIXES


def implied_by() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(words, the words each of them implies): 国务院 implies China."""
    return compiled.IMPLIED_BY


def implied_dimension_words() -> frozenset[str]:
    """The words a figure of any dimension implies (size, area, long, 面积): they name a kind of
    figure, not a measure of the base."""
    return frozenset(word.casefold() for words in compiled.DIMENSION_IMPLIED.values() for word in words)


def figure_words(amount_unit: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words a figure in `amount_unit` implies: of its dimension (long of a length, area of
    m²) and of its denominator (每年 and annual of a figure per year)."""
    numerator, _, per = amount_unit.partition(PER)
    dimension = unit_class(numerator)[0]
    return compiled.DIMENSION_IMPLIED.get(dimension, ()), compiled.DENOMINATOR_IMPLIED.get(per, ())


# ---------------------------------------------------------------- markers


def markers() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The markers a statement may state, in the order they are tried: (a name, first, only,
    gold, level:world-leading...; a regular expression of its words over casefolded text; words
    every match holds, () when none is common to all)."""
    return compiled.MARKERS


def marker_families() -> tuple[tuple[str, ...], ...]:
    """Markers of which a fact and a claim must not name different members (first, second,
    third; gold, silver, bronze)."""
    return compiled.MARKER_FAMILIES


def stages() -> tuple[tuple[str, int, str], ...]:
    """The stages a deed may be said to have reached, latest first: (a name, its rank, a regular
    expression of its words over casefolded text)."""
    return compiled.STAGES


def stage_words(kind: str) -> str:
    """A regular expression of the words around a stage word: "forecast" (预计, will) and "after"
    (投产后) make it a stage to come, "not_yet" (尚未, yet to) denies it."""
    return compiled.STAGE_WORDS[kind]


def authority_words(lang: str) -> tuple[str, ...]:
    """Words that, after a place's name, make it an authority of the place (浙江省政府, the
    Zhejiang provincial government), longest first."""
    return tuple(sorted(compiled.AUTHORITIES[lang], key=len, reverse=True))


def additive_words() -> str:
    """A regular expression of the words that add a figure to what is known (also, too, 也): the
    claim grants the article's figure and says another besides."""
    return compiled.ADDITIVE


def scale_only_quantifiers() -> tuple[str, ...]:
    """Quantifier words that say "over" only before a figure of a scale (过万, 过半); elsewhere an
    aspect (捧获过两座: exactly two)."""
    return compiled.SCALE_ONLY_QUANTIFIERS


def repeat_words() -> dict[str, int]:
    """English words that count times (once 1, twice 2, thrice 3)."""
    return compiled.REPEAT_WORDS


def repeat_table(key: str) -> tuple[str, ...]:
    """A list of the repeats table of quantifiers.toml: `en_suffix` (times), `zh_one` (一次),
    `zh_not_after` (第 of 第一次), `zh_not_then` (性 of 一次性)."""
    return compiled.REPEAT_LISTS[key]


def repeat_not_before() -> str:
    """A regular expression of the words after which a count of times multiplies (as large)."""
    return compiled.REPEAT_NOT_BEFORE


def name_numbers(lang: str) -> dict[str, int]:
    """Words that stand for a number inside a name only (twin 2, 双 2), of `lang`."""
    return compiled.NAME_NUMBERS[lang]


def identification() -> str:
    """A regular expression of the words right before a name that identify it as whom the article
    names (is, it is, 归于, 是): matched at the end of the text before the name."""
    return compiled.IDENTIFICATION


def slot_frames(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each slot of one value (theme) and the regular expressions that read its value (group
    `value`) in the casefolded text of `lang` (data/words.toml, [[slot_frames]])."""
    return tuple((slot, en if lang == "en" else zh) for slot, zh, en in compiled.SLOT_FRAMES)


def member_nouns(lang: str) -> tuple[str, ...]:
    """Nouns that name only the members of a set (items, parts, areas, 内容, 方面): a claim that says
    something is one of them says no more than the fact's list of members."""
    return compiled.MEMBER_NOUNS[lang]


def figure_total_patterns() -> tuple[str, str]:
    """Regular expressions of the words that say a figure is the members' total (合计, combined),
    and of those that make a bound from below just past its figure (刚刚, only just)."""
    return compiled.FIGURE_TOTAL, compiled.FIGURE_JUST


def figure_kind_words(lang: str) -> tuple[str, ...]:
    """Words that name a figure of a kind of its own (paid, a price, an average, 青年 of a share
    of the young): a fact of another kind of figure does not refute one beside them."""
    return compiled.FIGURE_KINDS[lang]


# ---------------------------------------------------------------- times


def relative_time(word: str) -> tuple[str, int] | None:
    """A time named relative to its source's date: 去年 -> (year, -1), 本月 -> (month, 0)."""
    return compiled.RELATIVE_TIMES.get(word.casefold())


def relative_time_words(unit: str, lang: str) -> tuple[str, ...]:
    """The words of times relative to a source's date counted in `unit`, in one language
    (zh: 去年, 今年, 本年...), longest first."""
    words = [word for word, (counted, _) in compiled.RELATIVE_TIMES.items() if counted == unit]
    chosen = [word for word in words if word.isascii() == (lang == "en")]
    return tuple(sorted(chosen, key=len, reverse=True))


def relative_time_patterns(unit: str) -> tuple[tuple[str, int], ...]:
    """The times relative to a source's date counted in `unit` (year, month), in both languages:
    (a regular expression of the words of one offset, the offset): 去年|last year... -> -1."""
    return compiled.RELATIVE_PATTERNS[unit]


def time_focus_words(lang: str) -> tuple[str, ...]:
    """Words before a claim's time that make the time what it asserts: 是在, it was in."""
    return compiled.TIME_FOCUS[lang]


def same_time_words() -> tuple[str, ...]:
    """Chinese words that name again the time a claim already gives: 当年, 同日."""
    return compiled.SAME_TIME


def time_focus_after(lang: str) -> tuple[str, ...]:
    """Words after a claim's time that make the time what it asserts: 的数据, figures."""
    return compiled.TIME_FOCUS_AFTER[lang]


def conjunction_words(kind: str, lang: str) -> tuple[str, ...]:
    """The words of one kind by which a claim joins statements (data/words.toml, [conjunctions]):
    clause, leading, subordinate, subordinate_end, names or collective; longest first."""
    return tuple(sorted(compiled.CONJUNCTIONS[lang][kind], key=len, reverse=True))


def festivals() -> dict[str, dict[int, str]]:
    """Each festival's words, casefolded, to its day (MM-DD) in each year it is known for."""
    return compiled.FESTIVALS


def time_part_words(of: str, lang: str) -> tuple[str, ...]:
    """The words of the parts of a year or a month in `lang`: month, zh -> 上旬, 中旬, 下旬."""
    return tuple(
        word
        for word, (whole, _, _) in compiled.TIME_PARTS.items()
        if whole == of and word.isascii() == (lang == "en")
    )


def time_part(word: str) -> tuple[str, int, int] | None:
    """A part of a year or month: 上半年 -> (year, 1, 2), 下旬 -> (month, 3, 3)."""
    return compiled.TIME_PARTS.get(word.casefold())
