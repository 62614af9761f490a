"""Compile the vocabulary's TOML (`data/*.toml`) into `compiled.py`, a module of plain literals,
so that no command parses TOML to start (dateparser keeps its languages the same way).

    python -m beilun_cli.lexicon.build           # rewrite compiled.py
    python -m beilun_cli.lexicon.build --check   # exit 1 when compiled.py is stale

The data is validated first (`problems`): a unit without a factor or a display word in both
languages, a surface that two units (or two places) claim, a `part_of` naming no place or going
round in a circle is refused. Only this tool and the tests read the TOML.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from beilun_cli.lexicon.build_grounding import (
    LANGS,
    claimed_twice,
    escaped,
    grounding_lines,
    grounding_problems,
)
from beilun_cli.lexicon.records import Quantifier, Unit

DATA = Path(__file__).with_name("data")
COMPILED = Path(__file__).with_name("compiled.py")
COMPILED_PLACES = Path(__file__).with_name("compiled_places.py")
COMMAND = "python -m beilun_cli.lexicon.build"
_POSITIONS = ("zh_before", "zh_after", "en_before", "en_after")


def _festivals(times: dict[str, Any]) -> dict[str, dict[int, str]]:
    """Each word of a festival, casefolded, to its day in each year: a fixed day in 2000 to 2030."""
    days: dict[str, dict[int, str]] = {}
    for festival in times["festivals"]:
        dates = {int(year): day for year, day in festival.get("dates", {}).items()}
        if "day" in festival:
            dates = dict.fromkeys(range(2000, 2031), festival["day"])
        for word in (*festival["zh"], *festival["en"]):
            days[word.casefold()] = dates
    return days


def load() -> dict[str, Any]:
    """Every data file, by its name without .toml."""
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(DATA.glob("*.toml"))
    }


def _unit_problems(units: dict[str, Any]) -> list[str]:
    problems = []
    dimensions = units["dimensions"]
    ids = [unit["id"] for unit in units["units"]]
    owners: dict[str, list[str]] = {}
    for unit in units["units"]:
        name = unit["id"]
        if ids.count(name) > 1:
            problems.append(f"unit {name!r} is defined {ids.count(name)} times")
        if unit.get("dimension") not in dimensions:
            problems.append(
                f"unit {name!r}: dimension {unit.get('dimension')!r} is not one of {', '.join(dimensions)}"
            )
        factor = unit.get("factor")
        if isinstance(factor, bool) or not isinstance(factor, int | float) or factor <= 0:
            problems.append(f"unit {name!r}: factor {factor!r} is not a positive number")
        display = unit.get("display", {})
        problems += [f"unit {name!r} has no display word in {lang}" for lang in LANGS if lang not in display]
        problems += [f"unit {name!r} has no list of {lang} surfaces" for lang in LANGS if lang not in unit]
        larger = unit.get("larger")
        if larger is not None and (
            larger not in ids or units["units"][ids.index(larger)]["dimension"] != unit["dimension"]
        ):
            problems.append(f"unit {name!r}: larger unit {larger!r} is no unit of its dimension")
        for lang in LANGS:
            for surface in unit.get(lang, []):
                owners.setdefault(f"{lang}:{surface.casefold()}", []).append(name)
    for dimension, words in dimensions.items():
        problems += [
            f"dimension {dimension!r} has no words in {lang}" for lang in LANGS if not words.get(lang)
        ]
    for denominator, words in units["denominators"].items():
        problems += [
            f"denominator {denominator!r} has no words in {lang}" for lang in LANGS if not words.get(lang)
        ]
        if not words.get("said"):
            problems.append(f"denominator {denominator!r} has no pattern of how a claim says it (said)")
    for asked in units["asked"]:
        if asked["dimension"] not in dimensions and not all(
            asked.get("words", {}).get(lang) for lang in LANGS
        ):
            problems.append(
                f"asked {asked['dimension']!r} is no dimension and has no words in both languages"
            )
    counted: dict[str, list[str]] = {}
    for kind, words in units["counted"].items():
        for lang in LANGS:
            for word in words.get(lang, []):
                counted.setdefault(f"{lang}:{word.casefold()}", []).append(kind)
    return problems + claimed_twice(owners, "unit surface") + claimed_twice(counted, "counted noun")


# The numerals of a Chinese name: a place written with one (长三角, 珠三角, 十堰) counts nothing.
_NUMERALS = frozenset("一二两三四五六七八九十百千万")


def _fixed_expressions(data: dict[str, Any]) -> tuple[str, ...]:
    """The fixed expressions whose numeral counts nothing (words.toml), and the places' Chinese
    names that hold a numeral: 三 of 珠三角 is no figure of 3, and 珠三角 stays a place to ground."""
    fixed = _words(data["words"]["fixed_expressions"]["zh"])
    named = [
        name
        for place in data["places"]["places"].values()
        for name in place["zh"]
        if _NUMERALS & set(name) and name not in fixed
    ]
    return (*fixed, *named)


def _place_problems(places: dict[str, Any]) -> list[str]:
    problems = []
    owners: dict[str, list[str]] = {}
    for name, place in places.items():
        problems += [f"place {name!r} has no {lang} name" for lang in LANGS if not place.get(lang)]
        if not place.get("kind"):
            problems.append(f"place {name!r} has no kind")
        for lang in LANGS:
            for surface in place.get(lang, []):
                owners.setdefault(surface.casefold(), []).append(name)
        seen = [name]
        parent = place.get("part_of")
        while parent is not None:
            if parent not in places:  # said once, of the place that names it
                if len(seen) == 1:
                    problems.append(f"place {name!r}: part_of {parent!r} is no place")
                break
            if parent in seen:
                problems.append(
                    f"place {name!r}: part_of goes round in a circle: {' ⊂ '.join([*seen, parent])}"
                )
                break
            seen.append(parent)
            parent = places[parent].get("part_of")
    return problems + claimed_twice(owners, "place name")


def _word_problems(data: dict[str, Any]) -> list[str]:
    problems = []
    names = [quantifier["name"] for quantifier in data["quantifiers"]["quantifiers"]]
    problems += [f"quantifier {name!r} is defined twice" for name in set(names) if names.count(name) > 1]
    owners: dict[str, list[str]] = {}
    for quantifier in data["quantifiers"]["quantifiers"]:
        display = quantifier.get("display", {})
        problems += [
            f"quantifier {quantifier['name']!r} has no display word in {lang}"
            for lang in LANGS
            if lang not in display
        ]
        for position in _POSITIONS:
            for word in quantifier.get(position, []):
                owners.setdefault(f"{position}:{word}", []).append(quantifier["name"])
    problems += claimed_twice(owners, "quantifier word")
    # A filler the build adds from the quantifiers or the units is defined there, not here too.
    listed = {lang: set(_words(data["words"]["filler"][lang])) for lang in LANGS}
    added = _added_fillers(data)
    problems += [
        f"filler {word!r} is a quantifier's or a unit's word: the build adds it"
        for lang in LANGS
        for word in sorted(listed[lang] & set(added[lang]))
    ]
    times: dict[str, list[str]] = {}
    for table in ("relative", "parts"):
        for entry in data["times"][table]:
            for lang in LANGS:
                for surface in entry[lang]:
                    times.setdefault(surface, []).append(f"{table} {entry.get('offset', entry.get('part'))}")
    return problems + claimed_twice(times, "time word")


def _marker_problems(markers: dict[str, Any]) -> list[str]:
    names = [marker["name"] for marker in markers["markers"]]
    problems = [f"marker {name!r} is defined twice" for name in sorted(set(names)) if names.count(name) > 1]
    problems += [
        f"marker family {family!r} names {member!r}, which is no marker"
        for family in markers["families"]
        for member in family
        if member not in names
    ]
    for marker in markers["markers"]:
        try:
            re.compile(marker["pattern"])
        except re.error as error:
            problems.append(f"marker {marker['name']!r}: pattern: {error}")
    ranks = [stage["rank"] for stage in markers["stages"]]
    if ranks != sorted(ranks, reverse=True):
        problems.append("stages must be listed latest first (their ranks descending)")
    patterns = {f"stage {s['name']!r}": s["pattern"] for s in markers["stages"]}
    patterns |= {f"stage word {name!r}": pattern for name, pattern in markers["stage_words"].items()}
    for what, pattern in patterns.items():
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append(f"{what}: pattern: {error}")
    return problems


def problems(data: dict[str, Any]) -> list[str]:
    """What is wrong with the vocabulary's data, one line each; [] when nothing."""
    return (
        _unit_problems(data["units"])
        + _place_problems(data["places"]["places"])
        + _word_problems(data)
        + grounding_problems(data)
        + _marker_problems(data["markers"])
        + _alternative_problems(data["alternatives"], data["places"]["places"])
    )


def _alternative_problems(alternatives: dict[str, Any], places: dict[str, Any]) -> list[str]:
    """A kind of place no place has, a member without names, a name of two members."""
    kinds = {place["kind"] for place in places.values()}
    problems = [
        f"alternatives: no place is of kind {kind!r}"
        for group in alternatives["place_kinds"]
        for kind in group
        if kind not in kinds
    ]
    owners: dict[str, list[str]] = {}
    for name, entry in alternatives["sets"].items():
        for member in entry["members"]:
            member_name = f"alternative {name}:{member['id']}"
            # An empty English list is a choice: English says the member as a scope (national).
            problems += [
                f"{member_name} has no {lang} name"
                for lang in LANGS
                if lang not in member or (lang == "zh" and not member["zh"])
            ]
            for surface in (*member.get("zh", ()), *member.get("en", ())):
                owners.setdefault(surface.casefold(), []).append(f"{name}:{member['id']}")
    return problems + claimed_twice(owners, "alternative name")


def _longest_first(surfaces: list[str]) -> tuple[str, ...]:
    return tuple(sorted(surfaces, key=len, reverse=True))


def _units(units: dict[str, Any]) -> list[Unit]:
    compiled = []
    for unit in units["units"]:
        factor = float(unit["factor"])
        compiled.append(
            Unit(
                id=unit["id"],
                dimension=unit["dimension"],
                factor=factor,
                amount_unit=unit["id"] if factor == 1 else unit["dimension"],
                zh=_longest_first(unit["zh"]),
                en=_longest_first([surface.casefold() for surface in unit["en"]]),
                display_zh=unit["display"]["zh"],
                display_en=unit["display"]["en"],
                scaled=unit.get("scaled", False),
                larger=unit.get("larger"),
            )
        )
    return compiled


def _unit_patterns(units: list[Unit], lang: str) -> tuple[tuple[str, str, float], ...]:
    """Per unit with surfaces in `lang`: (their alternation, longest first, its dimension, its factor)."""
    patterns = []
    for unit in units:
        surfaces = unit.zh if lang == "zh" else unit.en
        if surfaces:
            ends = [re.escape(s) + (r"\b" if lang == "en" and s[-1].isalnum() else "") for s in surfaces]
            patterns.append(("|".join(ends), unit.dimension, unit.factor))
    return tuple(patterns)


def _quantifier_patterns(data: dict[str, Any]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per position (zh_before...): (a regular expression of a quantifier's words, its name), in
    the order they are tried. A `before` expression ends where the text does, an `after` one
    starts where it does; the longest word first, and none read as the end of a word of
    `not_quantifiers` (过 of 通过)."""
    exceptions = data["quantifiers"].get("not_quantifiers", {})
    patterns: dict[str, tuple[tuple[str, str], ...]] = {}
    for position in _POSITIONS:
        lang, _, side = position.partition("_")
        found = []
        for entry in data["quantifiers"]["quantifiers"]:
            words = _longest_first([word.casefold() for word in entry.get(position, [])])
            if not words:
                continue
            alternatives = "|".join(
                "".join(
                    f"(?<!{escaped(longer[: -len(word)])})"
                    for longer in exceptions.get(lang, [])
                    if longer.endswith(word) and longer != word
                )
                + escaped(word)
                for word in words
            )
            found.append(
                (f"(?:{alternatives})$" if side == "before" else f"^(?:{alternatives})", entry["name"])
            )
        patterns[position] = tuple(found)
    return patterns


def _relative_patterns(times: dict[str, Any]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Per unit (year, month): (a regular expression of the words of one offset, longest first,
    the offset), in the data's order."""
    patterns: dict[str, list[tuple[str, int]]] = {}
    for entry in times["relative"]:
        words = _longest_first([word.casefold() for lang in LANGS for word in entry[lang]])
        patterns.setdefault(entry["unit"], []).append(("|".join(map(escaped, words)), entry["offset"]))
    return {unit: tuple(found) for unit, found in patterns.items()}


# The units whose words, standing without a number, say nothing of their own (yuan, km, percent);
# people and years name what is counted.
_MEASURE_DIMENSIONS = ("usd", "yuan", "m2", "m", "percent")


def _fillers(data: dict[str, Any]) -> dict[str, list[str]]:
    """The words check leaves out of a claim's residue: words.toml's fillers and those the build
    adds (_added_fillers)."""
    added = _added_fillers(data)
    return {
        lang: list(dict.fromkeys([*_words(data["words"]["filler"][lang]), *added[lang]])) for lang in LANGS
    }


def _added_fillers(data: dict[str, Any]) -> dict[str, list[str]]:
    """The fillers defined elsewhere: every quantifier's words (of two characters or more in
    Chinese: 近 alone is in too many words), and the words of the units of measure."""
    added: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for quantifier in data["quantifiers"]["quantifiers"]:
        for lang in LANGS:
            for position in ("before", "after"):
                for word in quantifier.get(f"{lang}_{position}", []):
                    word = word.strip()
                    if len(word) > 1 if lang == "zh" else word.replace(" ", "").isalpha():
                        added[lang].append(word)
    for unit in data["units"]["units"]:
        if unit["dimension"] in _MEASURE_DIMENSIONS:
            added["en"] += [word for word in unit.get("en", []) if word.replace(" ", "").isalpha()]
    return added


def _filler_pattern(fillers: dict[str, Any], magnitudes: dict[str, Any]) -> str:
    scales = [form for word in magnitudes["en"] for form in (word, word + "s")]
    zh = sorted(_words(fillers["zh"]), key=len, reverse=True)
    en = sorted([*_words(fillers["en"]), *scales], key=len, reverse=True)
    return "|".join(map(re.escape, zh)) + r"|\b(?:" + "|".join(map(re.escape, en)) + r")\b"


def _words(text: str | list[str]) -> list[str]:
    return text.split() if isinstance(text, str) else list(text)


_HEADER = (
    f"# Generated by `{COMMAND}` from beilun_cli/lexicon/data/*.toml: do not edit; edit the data and",
    "# run the command again (tests/test_lexicon.py fails while this file is stale).",
    "# ruff: noqa",
)


def source(data: dict[str, Any]) -> str:
    """The text of compiled.py for this data."""
    units = data["units"]
    words = data["words"]
    fillers = _fillers(data)
    question_zh = _words(words["question"]["zh"]) + [
        prefix + adjective
        for prefix in words["question"]["how_prefixes"]
        for adjective in words["question"]["how_adjectives"]
    ]
    quantifiers = [
        Quantifier(
            entry["name"],
            entry["display"]["zh"],
            entry["display"]["en"],
            *(tuple(entry.get(position, [])) for position in _POSITIONS),
        )
        for entry in data["quantifiers"]["quantifiers"]
    ]
    asked_words = {
        entry["dimension"]: (entry["words"]["zh"], entry["words"]["en"])
        for entry in units["asked"]
        if "words" in entry
    }
    asked_said = {
        entry["dimension"]: (entry["counted"], entry["said"]) for entry in units["asked"] if "said" in entry
    }
    relative = {
        surface.casefold(): (entry["unit"], entry["offset"])
        for entry in data["times"]["relative"]
        for lang in LANGS
        for surface in entry[lang]
    }
    parts = {
        surface.casefold(): (entry["of"], entry["part"], entry["parts"])
        for entry in data["times"]["parts"]
        for lang in LANGS
        for surface in entry[lang]
    }
    stop = tuple(_words(words["stop"]["en"]))
    particles = tuple(_words(words["particles"]["zh"]))
    compiled_units = _units(units)
    magnitudes = {
        lang: {word: float(factor) for word, factor in units["magnitudes"][lang].items()} for lang in LANGS
    }
    abbreviations = {word: float(factor) for word, factor in units["magnitudes"]["en_abbreviations"].items()}
    lines = [
        *_HEADER,
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from beilun_cli.lexicon.records import QuantifierRow, UnitRow",
        "",
        "# Rows in the order of the fields of records.Unit and records.Quantifier.",
        "DIMENSIONS: dict[str, tuple[str, str]] = {",
        *(
            f"    {name!r}: ({words['zh']!r}, {words['en']!r}),"
            for name, words in units["dimensions"].items()
        ),
        "}",
        "UNITS: tuple[UnitRow, ...] = (",
        *(f"    {tuple(unit)!r}," for unit in compiled_units),
        ")",
        "# (the alternation of a unit's surfaces, its dimension, its factor), per language",
        "UNIT_PATTERNS: dict[str, tuple[tuple[str, str, float], ...]] = {",
        *(f"    {lang!r}: {_unit_patterns(compiled_units, lang)!r}," for lang in LANGS),
        "}",
        "COUNTERS: dict[str, tuple[str, ...]] = {",
        *(f"    {kind!r}: {tuple(words)!r}," for kind, words in units["counters"].items()),
        "}",
        "# (a kind of counted thing, its Chinese nouns, its English nouns)",
        "COUNTED: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (",
        *(
            f"    ({kind!r}, {tuple(words['zh'])!r}, {tuple(words['en'])!r}),"
            for kind, words in units["counted"].items()
        ),
        ")",
        "DENOMINATORS: dict[str, tuple[str, str]] = {",
        *(
            f"    {name!r}: ({words['zh']!r}, {words['en']!r}),"
            for name, words in units["denominators"].items()
        ),
        "}",
        "ASKED: tuple[tuple[str, str], ...] = (",
        *(f"    ({entry['dimension']!r}, {entry['pattern']!r})," for entry in units["asked"]),
        ")",
        f"ASKED_WORDS: dict[str, tuple[str, str]] = {asked_words!r}",
        f"ASKED_SAID: dict[str, tuple[str, str]] = {asked_said!r}",
        "QUANTIFIERS: tuple[QuantifierRow, ...] = (",
        *(f"    {tuple(quantifier)!r}," for quantifier in quantifiers),
        ")",
        "# (a regular expression of a quantifier's words, its name) per position, in the order tried",
        "QUANTIFIER_PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {",
        *(f"    {position!r}: {found!r}," for position, found in _quantifier_patterns(data).items()),
        "}",
        f"STOP_WORDS: dict[str, tuple[str, ...]] = {{'zh': {tuple(words['stop']['zh'])!r}, 'en': {stop!r}}}",
        "QUESTION_KINDS: tuple[tuple[str, str], ...] = (",
        *(f"    ({entry['kind']!r}, {entry['pattern']!r})," for entry in words["question_kinds"]),
        ")",
        f"PARTICLES: dict[str, tuple[str, ...]] = {{'zh': {particles!r}, 'en': ()}}",
        f"FIXED_EXPRESSIONS: tuple[str, ...] = {_fixed_expressions(data)!r}",
        f"OFFICES: dict[str, tuple[str, ...]] = {{'zh': {tuple(_words(words['offices']['zh']))!r},"
        f" 'en': {tuple(_words(words['offices']['en']))!r}}}",
        f"MAGNITUDES: dict[str, dict[str, float]] = {magnitudes!r}",
        f"MAGNITUDE_ABBREVIATIONS: dict[str, dict[str, float]] = {{'zh': {{}}, 'en': {abbreviations!r}}}",
        f"QUESTION_WORDS: dict[str, tuple[str, ...]] = {{'zh': {tuple(question_zh)!r}, 'en': ()}}",
        f"HOW_WORDS: dict[str, tuple[str, ...]] = {{'zh': (), 'en': {tuple(_words(words['how']['en']))!r}}}",
        "FILLERS: dict[str, tuple[str, ...]] = {",
        *(f"    {lang!r}: {tuple(fillers[lang])!r}," for lang in LANGS),
        "}",
        f"FILLER_PATTERN = {_filler_pattern(fillers, units['magnitudes'])!r}",
        "# (a denominator, a regular expression of how a claim says a figure is per it)",
        "PER_PATTERNS: tuple[tuple[str, str], ...] = (",
        *(f"    ({name!r}, {words['said']!r})," for name, words in units["denominators"].items()),
        ")",
        f"RATE_PATTERN = {units['rates']['asked']!r}",
        "# (total or new, what asks for it, what a fact's claim says it with)",
        f"TEXT_FRAMES = {words['text_frames']['pattern']!r}",
        "# the words right before a name that put it in focus: whom the article names (is, 归于)",
        f"IDENTIFICATION = {words['identification']['before']!r}",
        "# (a slot of one value, the regular expressions that read it in Chinese, in English)",
        "SLOT_FRAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (",
        *(
            f"    ({frame['slot']!r}, {tuple(frame['zh'])!r}, {tuple(frame['en'])!r}),"
            for frame in words["slot_frames"]
        ),
        ")",
        "ASKED_SLOTS: tuple[tuple[str, str, str], ...] = (",
        *(f"    ({slot['slot']!r}, {slot['asked']!r}, {slot['stated']!r})," for slot in words["asked_slots"]),
        ")",
        "TALLIES: tuple[tuple[str, str, str], ...] = (",
        *(
            f"    ({name!r}, {tally['asked']!r}, {tally['stated']!r}),"
            for name, tally in words["tallies"].items()
        ),
        ")",
        "# the words of a comparison that say which way it goes, per direction and language",
        "COMPARISON_WORDS: dict[str, dict[str, tuple[str, ...]]] = {",
        *(
            f"    {direction!r}: {{{', '.join(f'{key!r}: {tuple(entry[key])!r}' for key in entry)}}},"
            for direction, entry in words["comparison"].items()
        ),
        "}",
        "ASKED_FOR: dict[str, tuple[str, str]] = {",
        *(
            f"    {entry['kind']!r}: ({entry['asked_for']['zh']!r}, {entry['asked_for']['en']!r}),"
            for entry in words["question_kinds"]
            if "asked_for" in entry
        ),
        "}",
        "# (a marker, a regular expression of its words, words every match holds), in the order tried",
        "MARKERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (",
        *(
            f"    ({marker['name']!r}, {marker['pattern']!r}, {tuple(marker.get('hints', ()))!r}),"
            for marker in data["markers"]["markers"]
        ),
        ")",
        f"MARKER_FAMILIES: tuple[tuple[str, ...], ...] = {tuple(map(tuple, data['markers']['families']))!r}",
        "# (a stage, its rank, a regular expression of its words), latest first",
        "STAGES: tuple[tuple[str, int, str], ...] = (",
        *(f"    ({s['name']!r}, {s['rank']!r}, {s['pattern']!r})," for s in data["markers"]["stages"]),
        ")",
        f"STAGE_WORDS: dict[str, str] = {data['markers']['stage_words']!r}",
        "# words that make a place's name an authority of that place (省政府, provincial government)",
        f"AUTHORITIES: dict[str, tuple[str, ...]] = "
        f"{ {lang: tuple(data['markers']['authorities'][lang]) for lang in LANGS}!r}",
        "# a regular expression of the words that add a figure to what is known (also, 也)",
        f"ADDITIVE: str = {data['markers']['additive']['pattern']!r}",
        "# regular expressions of the words that say a figure is the members' total, and just past",
        f"FIGURE_TOTAL: str = {data['markers']['figure_totals']['pattern']!r}",
        f"FIGURE_JUST: str = {data['markers']['figure_totals']['just']!r}",
        "# words that name a figure of a kind of its own (a price, an average), per language",
        f"FIGURE_KINDS: dict[str, tuple[str, ...]] = "
        f"{ {lang: tuple(data['markers']['figure_kinds'][lang]) for lang in LANGS}!r}",
        "# quantifier words read only before a figure of a scale (过万, not 获过两座)",
        f"SCALE_ONLY_QUANTIFIERS: tuple[str, ...] = {tuple(data['quantifiers']['scale_only']['zh'])!r}",
        "# counts of times said as adverbs (once, three times, 一次), with the words that make them none",
        f"REPEAT_WORDS: dict[str, int] = {data['quantifiers']['repeats']['en_words']!r}",
        f"REPEAT_LISTS: dict[str, tuple[str, ...]] = "
        f"{ {k: tuple(v) for k, v in data['quantifiers']['repeats'].items() if isinstance(v, list)}!r}",
        f"REPEAT_NOT_BEFORE: str = {data['quantifiers']['repeats']['not_before']!r}",
        "# words that stand for a number inside a name only (twin, 双), per language",
        f"NAME_NUMBERS: dict[str, dict[str, int]] = {data['quantifiers']['name_numbers']!r}",
        "# nouns that name only the members of a set a claim says something is one of, per language",
        f"MEMBER_NOUNS: dict[str, tuple[str, ...]] = "
        f"{ {lang: tuple(data['markers']['member_nouns'][lang]) for lang in LANGS}!r}",
        "# words before a claim's time that make it what the claim asserts (是在), per language",
        f"TIME_FOCUS: dict[str, tuple[str, ...]] = "
        f"{ {lang: tuple(data['times']['time_focus'][lang]) for lang in LANGS}!r}",
        "# Chinese words that name again the time a claim already gives (当年)",
        f"SAME_TIME: tuple[str, ...] = {tuple(data['times']['same_time']['zh'])!r}",
        "# words after a claim's time that make it what the claim asserts (的数据), per language",
        f"TIME_FOCUS_AFTER: dict[str, tuple[str, ...]] = "
        f"{ {lang: tuple(data['times']['time_focus']['after'][lang]) for lang in LANGS}!r}",
        "# how a claim joins statements: its clause, leading, subordinate and name words, per language",
        f"CONJUNCTIONS: dict[str, dict[str, tuple[str, ...]]] = "
        f"{ {lang: {k: tuple(v) for k, v in words['conjunctions'][lang].items()} for lang in LANGS}!r}",
        f"RELATIVE_TIMES: dict[str, tuple[str, int]] = {relative!r}",
        "# (a regular expression of the words of one offset, the offset) per unit of time",
        f"RELATIVE_PATTERNS: dict[str, tuple[tuple[str, int], ...]] = {_relative_patterns(data['times'])!r}",
        f"TIME_PARTS: dict[str, tuple[str, int, int]] = {parts!r}",
        "# each festival's words (both languages) -> its day of each year it is known for (MM-DD)",
        f"FESTIVALS: dict[str, dict[int, str]] = {_festivals(data['times'])!r}",
        "# the places' Chinese names that begin with a character of a place's suffix (镇海 with 镇):",
        "# the reader's suffix before them ends no place (诞生在镇海), without loading the world's places",
        f"SUFFIX_LED_PLACES: tuple[str, ...] = {_suffix_led(data['places']['places'])!r}",
        "# the first two characters of the Chinese names of the members of sets of alternatives (the",
        "# places but those that hold the article's home, and alternatives.toml's), and their English",
        "# names of one word: whether a claim may name one, told without loading the world's places",
        f"MEMBER_HEADS: tuple[str, ...] = {_member_heads(data)!r}",
        *grounding_lines(data),
        "",
    ]
    return "\n".join(lines)


# The characters the claim reader takes as a Chinese place's suffix (read/claims.py, _ZH_PLACE).
_PLACE_SUFFIXES = "市区县省镇"


def _suffix_led(places: dict[str, Any]) -> tuple[str, ...]:
    names = {name for place in places.values() for name in place["zh"] if name[0] in _PLACE_SUFFIXES}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


# The place the article is about: the places that hold it are named beside any fact.
_HOME = "beilun"


def _member_heads(data: dict[str, Any]) -> tuple[str, ...]:
    places = data["places"]["places"]
    home: set[str] = set()
    place: str | None = _HOME
    while place is not None:
        home.add(place)
        place = places[place].get("part_of") if place in places else None
    heads = {name[:2] for ident, place in places.items() if ident not in home for name in place["zh"]}
    for entry in data["alternatives"]["sets"].values():
        for member in entry["members"]:
            heads |= {name[:2] for name in member["zh"]}
            # An English name of several words by its first (only of "only some").
            heads |= {name.casefold().split(" ")[0] for name in member["en"]}
    return tuple(sorted(heads))


def places_source(data: dict[str, Any]) -> str:
    """The text of compiled_places.py: apart, so that a look-up of words does not load the world."""
    alternatives = data["alternatives"]
    places = [
        (name, place["kind"], place.get("part_of"), tuple(place["zh"]), tuple(place["en"]))
        for name, place in data["places"]["places"].items()
    ]
    lines = [
        *_HEADER,
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from beilun_cli.lexicon.records import PlaceRow",
        "",
        "# Rows in the order of the fields of records.Place.",
        "PLACES: tuple[PlaceRow, ...] = (",
        *(f"    {place!r}," for place in places),
        ")",
        "# the kinds of places of one rank, whose members are alternatives of one another",
        f"PLACE_KINDS: tuple[tuple[str, ...], ...] = {tuple(map(tuple, alternatives['place_kinds']))!r}",
        "# (a set, a member, its Chinese names, its English names) of the sets of alternatives",
        "ALTERNATIVES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (",
        *(
            f"    ({name!r}, {member['id']!r}, {tuple(member['zh'])!r}, {tuple(member['en'])!r}),"
            for name, entry in alternatives["sets"].items()
            for member in entry["members"]
        ),
        ")",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    data = load()
    found = problems(data)
    if found:
        print("\n".join(found), file=sys.stderr)
        return 1
    outputs = {COMPILED: source(data), COMPILED_PLACES: places_source(data)}
    if "--check" in argv:
        stale = [path for path, text in outputs.items() if path.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"{path} is stale: run `{COMMAND}`", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
