"""The part of the vocabulary's build that compiles grounding.toml: the classes of words a claim
may leave ungrounded, the attribution frame, the paraphrase groups and the words implied, with
their validation (see build.py, which writes them into compiled.py)."""

from __future__ import annotations

import re
from typing import Any

LANGS = ("zh", "en")  # the languages of every data file, for build.py too


def escaped(word: str) -> str:
    """A word as a regular expression that matches it, spaces left as they are."""
    return re.escape(word).replace("\\ ", " ")


def claimed_twice(owners: dict[str, list[str]], what: str) -> list[str]:
    return [
        f"{what} {surface!r} is claimed by {', '.join(names)}"
        for surface, names in owners.items()
        if len(names) > 1
    ]


# The classes of grounding.toml: words a claim may leave ungrounded.
UNGROUNDED_CLASSES = ("light_verbs", "generic_nouns", "discourse", "attribution")


def _class_words(grounding: dict[str, Any], name: str, lang: str) -> list[str]:
    """The words of an ungrounded class in a language: attribution's sources (文章, the article)
    and hearsay (据悉, reportedly) are its words too."""
    entry = grounding[name]
    return [
        *entry.get(lang, []),
        *entry.get("sources", {}).get(lang, []),
        *entry.get("hearsay", {}).get(lang, []),
    ]


def _frame_pattern(attribution: dict[str, Any]) -> str:
    """A regular expression of a claim's attribution frame: a source of the article's text (文中,
    the article), with what may stand before it (据, according to) and after it (a part of the
    article, 里, a verb of saying: 文章开头说, the article says), or hearsay (据悉, reportedly).
    English sources stand after a determiner (the article), so that a word of a name (Story,
    Text) is not one."""

    def alternatives(words: list[str]) -> str:
        return "|".join(escaped(word) for word in sorted(words, key=len, reverse=True))

    sources, before, after = attribution["sources"], attribution["before"], attribution["after"]
    zh_verbs, parts = [*attribution["zh"], *attribution["reckoning"]["zh"]], attribution["parts"]
    # A part of the article only before a verb of saying: 文章开头说 says where it is said, while
    # 文章开头的图片 names a picture by its place, which the facts do not record.
    verbs = alternatives(zh_verbs)
    zh = (
        rf"(?:{alternatives(before['zh'])})?(?:{alternatives(sources['zh'])})+"
        rf"(?:(?:{alternatives(parts['zh'])})(?:{alternatives(after['zh'])})?(?:{verbs})"
        rf"|(?:{alternatives(after['zh'])})?(?:{verbs})?)"
    )
    en = (
        rf"\b(?:(?:(?:{alternatives(attribution['participles']['en'])}) )?(?:{alternatives(before['en'])}) )?"
        rf"(?:the|a|an|one|this|its) "
        rf"(?:(?:{alternatives(sources['en'])})(?:'s)? )*(?:{alternatives(sources['en'])})\b"
        rf"(?:{alternatives(after['en'])}\b)?"
        rf"(?: (?:{alternatives(parts['en'])}) (?={alternatives(attribution['en'])}))?"
        rf"(?:,? (?:{alternatives(attribution['en'])})\b)?(?: that\b)?"
    )
    hearsay = attribution["hearsay"]
    said = rf"{alternatives(hearsay['zh'])}|\b(?:{alternatives(hearsay['en'])})\b"
    return f"{said}|{zh}|{en}"


def _picture_pattern(words: tuple[str, ...]) -> str:
    """A regular expression of a picture word: Chinese anywhere, English as a whole word."""
    longest_first = sorted(words, key=len, reverse=True)
    zh = "|".join(escaped(word) for word in longest_first if not word.isascii())
    en = "|".join(escaped(word) for word in longest_first if word.isascii())
    return rf"{zh}|\b(?:{en})\b"


def grounding_problems(data: dict[str, Any]) -> list[str]:
    """A word of a class that needs no grounding must state nothing: a place or a time word there
    would let a claim name another place or time unchecked; a word in two classes is one mistake."""
    grounding = data["grounding"]
    problems: list[str] = []
    owners: dict[str, list[str]] = {}
    for name in UNGROUNDED_CLASSES:
        for lang in LANGS:
            for word in _class_words(grounding, name, lang):
                owners.setdefault(word.casefold(), []).append(name)
    places = {
        surface.casefold()
        for place in data["places"]["places"].values()
        for lang in LANGS
        for surface in place.get(lang, [])
    }
    times = {
        surface.casefold()
        for table in ("relative", "parts")
        for entry in data["times"][table]
        for lang in LANGS
        for surface in entry[lang]
    }
    for word, classes in owners.items():
        if word in places:
            problems.append(f"{classes[0]} {word!r} is a place: a claim's place must be grounded")
        if word in times:
            problems.append(f"{classes[0]} {word!r} is a time word: a claim's time must be grounded")
    for table in ("groups", "implied"):
        for entry in grounding[table]:
            words = entry["words"]
            if len(words) + len(entry.get("by", [])) < 2:
                problems.append(f"{table} entry {words!r} relates no two words")
            # An exception names a use of one of the group's words (投入使用 of 投入).
            for phrase in entry.get("unless", []):
                if not any(word.casefold() in phrase.casefold() for word in words):
                    problems.append(f"{table} entry {words!r}: unless {phrase!r} writes none of its words")
    for word in (word for lang in LANGS for word in grounding["copulas"].get(lang, [])):
        if word.casefold() in owners:
            problems.append(f"copula {word!r} is also claimed by {owners[word.casefold()][0]}")
    return problems + claimed_twice(owners, "word that needs no grounding")


def _implied(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The words each dimension or denominator implies, in both languages."""
    return {
        name: tuple(word for lang in LANGS for word in entry["implied"][lang])
        for name, entry in table.items()
        if "implied" in entry
    }


def _age_classes(grounding: dict[str, Any]) -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """Each class of people by age: its words, and its lowest and highest age in years."""
    classes = []
    for entry in grounding["age_classes"]:
        low, high = entry["years"]
        if not 0 <= low <= high:
            raise ValueError(f"grounding.toml: age class {entry['words'][0]!r} has years {entry['years']}")
        classes.append((tuple(entry["words"]), int(low), int(high)))
    return tuple(classes)


def _positions(positions: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The words of each place in the article (opening, closing), both languages."""
    return {
        place: tuple(word for lang in LANGS for word in words[lang]) for place, words in positions.items()
    }


def grounding_lines(data: dict[str, Any]) -> list[str]:
    grounding = data["grounding"]
    classes = {
        name: tuple(word for lang in LANGS for word in _class_words(grounding, name, lang))
        for name in UNGROUNDED_CLASSES
    }
    groups = tuple(tuple(entry["words"]) for entry in grounding["groups"])
    unless = tuple(tuple(entry.get("unless", ())) for entry in grounding["groups"])
    pictures = next(tuple(entry["words"]) for entry in grounding["groups"] if entry.get("name") == "picture")
    copulas = tuple(word for lang in LANGS for word in grounding["copulas"].get(lang, []))
    marks = tuple(word for lang in LANGS for word in grounding["figure_marks"][lang])
    implied = tuple((tuple(entry["by"]), tuple(entry["words"])) for entry in grounding["implied"])
    generations = grounding["generations"]
    return [
        "# Words a claim may leave ungrounded, by class (grounding.toml), both languages.",
        f"UNGROUNDED: dict[str, tuple[str, ...]] = {classes!r}",
        f"COMPLEMENTS: str = {grounding['complements']['zh']!r}",
        "# A claim's attribution frame (文章称, the article says): who says it, not what.",
        f"FRAME_PATTERN = {_frame_pattern(grounding['attribution'])!r}",
        "# The words that say a claim is of a picture, and the tag of a caption's fact.",
        f"PICTURE_PATTERN = {_picture_pattern(pictures)!r}",
        f"PICTURE_TAG = {grounding['pictures']['tag']!r}",
        f"PARAPHRASE_GROUPS: tuple[tuple[str, ...], ...] = {groups!r}",
        "# Per group, the claim's phrases that take its words out of it (投入使用 of 投入).",
        f"PARAPHRASE_UNLESS: tuple[tuple[str, ...], ...] = {unless!r}",
        "# A prefix of repetition (rebuild) and the words that say a deed is done again.",
        f"AGAIN_PREFIX: str = {grounding['again']['prefix']!r}",
        f"AGAIN: tuple[str, ...] = {tuple(w for lang in LANGS for w in grounding['again'][lang])!r}",
        "# The nouns that name a round figure as a mark (大关, mark): the figure's, after it.",
        f"FIGURE_MARKS: tuple[str, ...] = {marks!r}",
        "# Classes of people by age (teenager): (their words, the lowest and highest age).",
        f"AGE_CLASSES: tuple[tuple[tuple[str, ...], int, int], ...] = {_age_classes(grounding)!r}",
        "# A generation by its decade of birth (post-80s, 80后): the English prefix, the Chinese suffix.",
        f"GENERATIONS: tuple[str, str] = {(generations['en'], generations['zh'])!r}",
        "# Verbs of wanting (wants to), and the words that make the evidence's verb a purpose.",
        f"WANTING: tuple[str, ...] = {tuple(grounding['wanting']['en'])!r}",
        f"PURPOSE: tuple[str, ...] = {tuple(grounding['wanting']['purpose']['en'])!r}",
        f"WANTING_ZH: tuple[str, ...] = {tuple(grounding['wanting']['zh'])!r}",
        f"PURPOSE_ZH: tuple[str, ...] = {tuple(grounding['wanting']['purpose']['zh'])!r}",
        "# Where in the article a thing stands (opens with, 开头): its first or its last paragraph.",
        f"POSITIONS: dict[str, tuple[str, ...]] = {_positions(grounding['positions'])!r}",
        f"ARTICLE_SOURCES: tuple[str, ...] = {_positions({'s': grounding['attribution']['sources']})['s']!r}",
        "# Suffixes of an English adjective that say its noun is what a thing rests on (unit-based).",
        f"SUFFIXES: tuple[str, ...] = {tuple(grounding['suffixes']['en'])!r}",
        "# Words that say X is Y (称作, regarded as): grounded where the claim writes them.",
        f"COPULAS: tuple[str, ...] = {copulas!r}",
        f"IMPLIED_BY: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = {implied!r}",
        "# The words a figure's dimension or denominator implies (units.toml's `implied`).",
        f"DIMENSION_IMPLIED: dict[str, tuple[str, ...]] = {_implied(data['units']['dimensions'])!r}",
        f"DENOMINATOR_IMPLIED: dict[str, tuple[str, ...]] = {_implied(data['units']['denominators'])!r}",
    ]
