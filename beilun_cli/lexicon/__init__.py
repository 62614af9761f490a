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

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from beilun_cli.lexicon import compiled
from beilun_cli.lexicon.numbers import readable_number, tidy_number

if TYPE_CHECKING:
    from beilun_cli.lexicon.records import Place, Quantifier, Unit

__all__ = [
    "again_words",
    "age_classes",
    "generation_affixes",
    "wanting_words",
    "amount_words",
    "asked_for",
    "asked_said",
    "asked_slot_patterns",
    "text_frame_pattern",
    "asked_units",
    "comparison_words",
    "conjunction_words",
    "complements",
    "copulas",
    "counters",
    "dimension_words",
    "authority_words",
    "figure_kind_words",
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

COUNT = "count"  # the dimension of a unit the vocabulary does not know: companies, sets, talks
_PER = "-per-"

# ---------------------------------------------------------------- units


# The look-ups that return records build them on first use: the words search and check need are
# read from the generated rows (records.UnitRow...), which load without defining a class.


@cache
def _units() -> dict[str, Unit]:
    from beilun_cli.lexicon.records import Unit

    return {row[0]: Unit(*row) for row in compiled.UNITS}


@cache
def _surfaces() -> dict[str, Unit]:
    return {surface.casefold(): unit for unit in _units().values() for surface in (*unit.zh, *unit.en)}


@cache
def _classes() -> dict[str, tuple[str, float]]:
    return {ident: (dimension, factor) for ident, dimension, factor, *_ in compiled.UNITS}


def units() -> tuple[Unit, ...]:
    """Every unit, in the data's order."""
    return tuple(_units().values())


def unit(ident: str) -> Unit | None:
    """The unit of an id (km, m2, person-times), None when the vocabulary has none."""
    return _units().get(ident)


def unit_of(surface: str) -> Unit | None:
    """The unit written as `surface` after a number (公里, km, square metres), else None."""
    return _surfaces().get(surface.casefold())


def unit_class(amount_unit: str) -> tuple[str, float]:
    """The dimension an amount_unit of the fact base compares in, and its factor to the dimension's
    base: km -> (m, 1000), ratio -> (percent, 100). A rate compares as its numerator
    (m2-per-person: m2); a unit the vocabulary does not know is a count (companies, sets)."""
    return _classes().get(amount_unit.split(_PER)[0], (COUNT, 1.0))


def to_base(value: float, amount_unit: str) -> tuple[float, str]:
    """A value in the base unit of its dimension: (2.5, km) -> (2500.0, m)."""
    dimension, factor = unit_class(amount_unit)
    return value * factor, dimension


def written_units() -> dict[str, tuple[float, str]]:
    """The units the fact base's `unit` may be written in (元, 公里, 人次) -> (the factor to the
    amount_unit it is stored in, that amount_unit): a count's words (家, 个) are not among them."""
    return {
        surface: (factor if amount_unit != ident else 1.0, amount_unit)
        for ident, dimension, factor, amount_unit, zh, *_ in compiled.UNITS
        if dimension != COUNT
        for surface in zh
    }


def unit_patterns(lang: str) -> tuple[tuple[str, str, float], ...]:
    """The units written after a number in `lang`, in the data's order: (a regular expression of
    its surfaces, longest first, its dimension, its factor). English surfaces end a word. Written
    by the build, so that reading a claim does not escape a hundred words on every start."""
    return compiled.UNIT_PATTERNS[lang]


def unit_surfaces(lang: str) -> tuple[str, ...]:
    """Every surface of every unit in `lang`, in the data's order (元, 块钱, 人民币...)."""
    return tuple(surface for row in compiled.UNITS for surface in (row[4] if lang == "zh" else row[5]))


def counters(lang: str, kind: str | None = None) -> tuple[str, ...]:
    """Words that follow a number without being a unit the claim readers compare, in `lang`: of
    one `kind` (Chinese classifiers 届, 种; measures 吨, 标准箱; other 月, 倍), or all of them."""
    if lang == "en":
        return compiled.COUNTERS["en"]
    kinds = ("classifiers", "measures", "other") if kind is None else (kind,)
    return tuple(word for each in kinds for word in compiled.COUNTERS[f"zh_{each}"])


def counted_kinds() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The kinds of thing a count counts (companies, visits, Party members): (the kind, its
    Chinese nouns, its English nouns), from units.toml [counted]."""
    return compiled.COUNTED


def magnitudes(lang: str) -> dict[str, float]:
    """The magnitudes of `lang` and their factors: 亿 -> 1e8 (also written inside a unit: 亿元,
    万人), billion -> 1e9."""
    return compiled.MAGNITUDES.get(lang, {})


def magnitude_abbreviations(lang: str) -> dict[str, float]:
    """Magnitudes abbreviated after a numeral (1.2 bn) and their factors: bn -> 1e9."""
    return compiled.MAGNITUDE_ABBREVIATIONS.get(lang, {})


def per_patterns() -> tuple[tuple[str, str], ...]:
    """What a figure may be counted per, as a claim says it: (a denominator of the fact base's
    rates, mu, person, year...; a regular expression over the casefolded claim: 每亩|per mu...)."""
    return compiled.PER_PATTERNS


def rate_pattern() -> str:
    """A regular expression of the words of a question that ask for a figure per something,
    whatever it is per (每, 平均, per, a year)."""
    return compiled.RATE_PATTERN


def asked_units() -> tuple[tuple[str, str], ...]:
    """What a question of quantity asks to be counted in: (a dimension, or age, count or number;
    a regular expression of the words that ask for it), tried together, the first that matches wins."""
    return compiled.ASKED


def asked_said(asked: str) -> tuple[str, str] | None:
    """For what a question asks to be counted in by a noun of its own (population: people), the
    dimension its figure is counted in and a regular expression of the words a fact's claim says
    it with (人口, population); None for a dimension of its own."""
    return compiled.ASKED_SAID.get(asked)


def dimension_words(dimension: str, lang: str) -> str:
    """A dimension (or what a question asks for) in words: m2 -> area / 面积; age -> age."""
    words = (
        compiled.DIMENSIONS.get(dimension) or compiled.ASKED_WORDS.get(dimension) or (dimension, dimension)
    )
    return words[0] if lang == "zh" else words[1]


def amount_words(value: float, amount_unit: str, lang: str, qualifier: str = "exact") -> str:
    """An amount with its unit and quantifier as beilun writes it, the one way:
    114646000000 yuan -> 114.646 billion yuan / 1146.46亿元; 14.9 m2-per-person -> 14.9 m² per person
    / 人均14.9平方米; 2600000 m -> 2,600 km / 2600公里; 40.1 percent -> 40.1% / 40.1%."""
    numerator, _, per = amount_unit.partition(_PER)
    found = unit(numerator)
    amount = tidy_number(value)
    zh = lang == "zh"
    shown = quantifier_words(qualifier, lang)
    quantified = shown if zh or not shown else shown + " "
    larger = unit(found.larger) if found and found.larger and not per else None
    if larger is not None and abs(amount) >= larger.factor:
        whole = tidy_number(amount / larger.factor)
        written = readable_number(whole) if zh or not isinstance(whole, int) else f"{whole:,}"
        return f"{quantified}{written}{larger.display_zh if zh else ' ' + larger.display_en}"
    scaled = found is not None and found.scaled
    if zh:
        word = found.display_zh if found else ""
        return f"{_denominator(per, 0)}{quantified}{_zh_number(amount, scaled)}{word}"
    number: str
    if amount_unit == "ratio":
        number = readable_number(amount)
    elif scaled and abs(amount) >= 1e9:
        number = f"{readable_number(amount / 1e9)} billion"
    elif scaled and abs(amount) >= 1e6:
        number = f"{readable_number(amount / 1e6)} million"
    elif isinstance(amount, int):
        number = f"{amount:,}"
    else:
        number = readable_number(amount)
    named = found.display_en if found else numerator.replace("-", " ")
    if per:
        named = f"{named} {_denominator(per, 1)}"
    spaced = named if named.startswith("%") or not named else " " + named
    return f"{quantified}{number}{spaced}"


def _denominator(per: str, lang: int) -> str:
    if not per:
        return ""
    words = compiled.DENOMINATORS.get(per)
    return words[lang] if words else ("每" + per if lang == 0 else "per " + per.replace("-", " "))


def _zh_number(amount: float, scaled: bool) -> str:
    if scaled and abs(amount) >= 1e8:
        return f"{readable_number(amount / 1e8)}亿"
    if scaled and abs(amount) >= 1e4:
        return f"{readable_number(amount / 1e4)}万"
    return readable_number(amount)


# ---------------------------------------------------------------- quantifiers


def quantifiers() -> tuple[Quantifier, ...]:
    """The quantifiers in the order they are tried (a denied one before the one it denies)."""
    from beilun_cli.lexicon.records import Quantifier

    return tuple(Quantifier(*row) for row in compiled.QUANTIFIERS)


@cache
def _quantifier_words() -> dict[str, str]:
    return {
        word.strip().casefold(): name
        for name, _, _, *positions in compiled.QUANTIFIERS
        for words in positions
        for word in words
    }


def quantifier(word: str) -> str | None:
    """The qualifier a quantifier word says (近 -> nearly, 以上 -> at_least, or more -> at_least),
    named as the fact base names it; None for a word that is none."""
    return _quantifier_words().get(word.strip().casefold())


def quantifier_patterns(position: str) -> tuple[tuple[str, str], ...]:
    """The quantifiers written at `position` (zh_before, zh_after, en_before, en_after), in the
    order they are tried: (a regular expression of their words, the qualifier). A `before` one
    ends at the end of the text it is searched in (近$), an `after` one matches at its start."""
    return compiled.QUANTIFIER_PATTERNS[position]


def quantifier_words(qualifier: str, lang: str) -> str:
    """A qualifier as an amount is written with it: nearly / 近; '' for exact."""
    for name, display_zh, display_en, *_ in compiled.QUANTIFIERS:
        if name == qualifier:
            return display_zh if lang == "zh" else display_en
    return qualifier.replace("_", " ")


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
    numerator, _, per = amount_unit.partition(_PER)
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


def member_nouns(lang: str) -> tuple[str, ...]:
    """Nouns that name only the members of a set (items, parts, areas, 内容, 方面): a claim that says
    something is one of them says no more than the fact's list of members."""
    return compiled.MEMBER_NOUNS[lang]


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


# ---------------------------------------------------------------- places


@cache
def _places() -> tuple[dict[str, Place], dict[str, Place]]:
    from beilun_cli.lexicon.compiled_places import PLACES
    from beilun_cli.lexicon.records import Place

    by_id = {row[0]: Place(*row) for row in PLACES}
    by_name = {name.casefold(): entry for entry in by_id.values() for name in (*entry.zh, *entry.en)}
    return by_id, by_name


def place(name: str) -> Place | None:
    """The place written `name` (宁波, Ningbo, 宁波市) or of that id (ningbo), else None."""
    by_id, by_name = _places()
    return by_name.get(name.casefold()) or by_id.get(name)


def chinese_places() -> tuple[dict[str, Place], frozenset[str]]:
    """The places by name (casefolded), for place() of names of Chinese characters only (no case
    to fold, no id: ids are Latin), and the first two characters of every name: a text's
    substrings are looked up only where one of them begins."""
    return _places()[1], _place_heads()


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(name[:2] for name in _places()[1])


@lru_cache(maxsize=4096)
def within(inner: str, outer: str) -> bool:
    """Whether `inner` is `outer` or lies inside it, by the part_of chain: 北仑 within 浙江."""
    found, container = place(inner), place(outer)
    by_id = _places()[0]
    while found is not None and container is not None:
        if found.id == container.id:
            return True
        found = by_id.get(found.part_of) if found.part_of else None
    return False


def suffix_led_places() -> tuple[str, ...]:
    """The places' Chinese names that begin with a character of a place's suffix (镇海 with 镇),
    longest first: read without loading the world's places."""
    return compiled.SUFFIX_LED_PLACES


def member_heads() -> tuple[str, ...]:
    """The first two characters of the Chinese names of the members of sets of alternatives (but
    the places that hold the article's home) and their one-word English names: read without
    loading the world's places."""
    return compiled.MEMBER_HEADS


def alternative_places(one: Place, other: Place) -> bool:
    """Whether two places exclude each other: of kinds of one rank (a sea and a sea, a province
    and a municipality, two districts), neither inside the other (东海 and 南海, 北仑 and 镇海)."""
    from beilun_cli.lexicon.compiled_places import PLACE_KINDS

    ranked = any(one.kind in kinds and other.kind in kinds for kinds in PLACE_KINDS)
    return ranked and not within(one.id, other.id) and not within(other.id, one.id)


def alternatives() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """The members of the sets of alternatives (alternatives.toml): (a set, a member, its
    Chinese names, its English names). One member excludes another of its set: an arm, a leg."""
    from beilun_cli.lexicon.compiled_places import ALTERNATIVES

    return ALTERNATIVES


def siblings(name: str) -> tuple[Place, ...]:
    """The other places part of the same place: 宁波 -> 杭州, 温州... (none for a place of nothing)."""
    found = place(name)
    if found is None or found.part_of is None:
        return ()
    return tuple(
        entry for entry in _places()[0].values() if entry.part_of == found.part_of and entry.id != found.id
    )
