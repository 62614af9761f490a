"""The vocabulary's units and quantifiers (data/units.toml, data/quantifiers.toml, compiled into
compiled.py): units' surfaces, classes and conversions to a base unit, counters, magnitudes and
per-denominators; quantifiers' words and what they mean (近 nearly, 超 over, 以上 at least); and
an amount written as people write it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from beilun_cli.lexicon import compiled
from beilun_cli.lexicon.numbers import readable_number, tidy_number

if TYPE_CHECKING:
    from beilun_cli.lexicon.records import Quantifier, Unit

COUNT = "count"  # the dimension of a unit the vocabulary does not know: companies, sets, talks
PER = "-per-"

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
    return _classes().get(amount_unit.split(PER)[0], (COUNT, 1.0))


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
    numerator, _, per = amount_unit.partition(PER)
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
