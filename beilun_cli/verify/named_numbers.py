"""Numbers inside names. A number that is part of what a thing is called (“一号工程”, “双城战略”,
“四个最前列”, the 70th anniversary, 成立70周年) fills a slot of the name: a claim that writes the
name with another number, where the article writes it with its own and never with the claim's,
names another thing in the fact's stead ("二号工程" for "一号工程"), which the fact excludes.

Only a quoted name, or a number of a series the frames below name (an anniversary), is read: a
number elsewhere is a figure (figures.py)."""

from __future__ import annotations

import re
from typing import NamedTuple

from beilun_cli import lexicon
from beilun_cli.read.en_numerals import NUMBER_WORDS
from beilun_cli.read.lazy_regex import Lazy

# A name's numbers in Chinese: the numerals, and the words that stand for one in a name only (双).
_ZH_DIGITS = "零〇一二两三四五六七八九十百千" + "".join(lexicon.name_numbers("zh"))
# English numbers a name is written with ('Four Forefronts', "Three Strongs, Three Fasts"): the
# reader's number words from one to twelve, and those of a name only (the Twin-City Strategy).
_EN_NUMBERS = {word: float(value) for word, value in NUMBER_WORDS.items() if 1 <= value <= 12} | {
    word: float(value) for word, value in lexicon.name_numbers("en").items()
}
_NUMERAL = rf"(?:\d+|[{_ZH_DIGITS}]+|\b(?:{'|'.join(_EN_NUMBERS)})\b)"
# A quoted name (in Chinese or English quotation marks, single ones not an apostrophe), short
# enough to be a name.
_QUOTED = Lazy(
    r"“([^“”]{2,40})”|\"([^\"]{2,40})\"|「([^「」]{2,16})」|《([^《》]{2,20})》|‘([^‘’]{2,40})’"
    r"|(?<!\w)'([^']{2,40})'(?!\w)"
)
_NUMBER_IN = Lazy(_NUMERAL, re.IGNORECASE)
# Frames of a numbered series outside quotation marks: the Nth anniversary, N周年.
_SERIES = Lazy(
    r"(?<![\d.])(\d+)(?:st|nd|rd|th)(\s+anniversary)\b|(?<![\d.])(\d+|[" + _ZH_DIGITS + r"]+)(周年)"
)
# What a name must keep beside its number to name something: two characters, or an English word.
_NAMED = Lazy(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}")
# A name that is its number, or a number and a character (the '135' industrial clusters, “246”
# 产业集群, “三城”发展战略), is named by the word right after its closing quotation mark too.
_NAMED_AFTER = Lazy(r"\s*([A-Za-z]{3,}|[\u4e00-\u9fff]{2})")
_OPENING, _CLOSING = "“\"「《‘'", "”\"」》’'"


class NamedNumber(NamedTuple):
    """A number inside a name as a text writes it: the name, the number's value, and a pattern of
    the name with any number in its stead (the number as its one group)."""

    written: str
    value: float
    pattern: re.Pattern[str]


def value_of(numeral: str) -> float | None:
    """The value of a number as a name writes it (3, 三, 双), or None."""
    from beilun_cli.read.zh_numerals import run_value

    if numeral.isdigit():
        return float(numeral)
    if numeral.casefold() in _EN_NUMBERS:
        return _EN_NUMBERS[numeral.casefold()]
    named = lexicon.name_numbers("zh")
    if numeral in named:
        return float(named[numeral])
    try:
        return run_value(numeral)
    except (ValueError, KeyError, IndexError):
        return None


def _function_word(word: str) -> bool:
    """Whether the word after a quoted number is a function word ('one' and the city's, “三”和):
    no word of a name."""
    lang = "en" if word.isascii() else "zh"
    return word.casefold() in lexicon.stop_words(lang) or (
        lang == "zh" and word[0] in lexicon.stop_words(lang)
    )


def named_numbers(text: str) -> list[NamedNumber]:
    """The numbers a text writes inside names: in quotation marks, or of a numbered series."""
    found: list[NamedNumber] = []
    for quoted in _QUOTED.finditer(text):
        name = next(group for group in quoted.groups() if group)
        for number in _NUMBER_IN.finditer(name):
            before, after = name[: number.start()], name[number.end() :]
            value = value_of(number.group())
            if value is None:
                continue
            if _NAMED.search(before + after):
                pattern = re.compile(rf"{re.escape(before)}({_NUMERAL}){re.escape(after)}", re.IGNORECASE)
            elif (word := _NAMED_AFTER.compiled.match(text, quoted.end())) and not _function_word(
                word.group(1)
            ):
                # Quoted in the fact too: a bare number before the word is a count (two industrial parks).
                opening, closing = f"[{re.escape(_OPENING)}]", f"[{re.escape(_CLOSING)}]"
                after_name = rf"{re.escape(after)}{closing}\s*{re.escape(word.group(1))}"
                pattern = re.compile(rf"{opening}{re.escape(before)}({_NUMERAL}){after_name}", re.IGNORECASE)
                name = text[quoted.start() : word.end()]
            else:
                continue
            found.append(NamedNumber(name, value, pattern))
    for series in _SERIES.finditer(text):
        numeral = series.group(1) or series.group(3)
        frame = series.group(2) or series.group(4)
        value = value_of(numeral)
        if value is not None:
            pattern = re.compile(rf"(?<![\d.])({_NUMERAL})(?:st|nd|rd|th)?{re.escape(frame)}", re.IGNORECASE)
            found.append(NamedNumber(series.group(), value, pattern))
    return found


def renumbered(named: NamedNumber, stated: str) -> str | None:
    """The name as `stated` (a fact's texts) writes it with another number than the claim's, when
    it never writes the claim's: "一号工程" for the claim's "二号工程"; else None."""
    others = []
    for match in named.pattern.finditer(stated):
        value = value_of(match.group(1))
        if value is None:
            continue
        if value == named.value:
            return None
        others.append(match.group())
    return others[0] if others else None


def renamed(claim: str, stated: str) -> tuple[str, str] | None:
    """(the name as `stated` writes it, as the claim does) for the first name of the claim that
    `stated` writes with another number only: the slot OTHER_MEMBER's reason and alignment name."""
    for named in named_numbers(claim):
        theirs = renumbered(named, stated)
        if theirs is not None:
            return theirs, named.written
    return None


def in_stated_name(text: str, span: tuple[int, int], stated: str) -> bool:
    """Whether a number of a claim (at `span` of `text`) lies inside a quoted name that `stated`
    (the evidence's texts, casefolded) writes whole, its number too (“三个北仑”, 'three-in-one'):
    the number is the name's, no count of anything, and the name is grounded as written."""
    for quoted in _QUOTED.finditer(text):
        at = next(index for index, group in enumerate(quoted.groups(), start=1) if group)
        start, end = quoted.span(at)
        name = quoted.group(at).casefold()
        if start <= span[0] and span[1] <= end and _NAMED.search(name) and name in stated:
            return True
    return False


def stated_names(text: str, stated: str) -> int:
    """How many of a claim's quoted names with a number (“三个北仑”) `stated` (a fact's texts,
    casefolded) writes whole: each ties the claim to the fact as an entity it names does."""
    return sum(1 for named in named_numbers(text) if named.written.casefold() in stated)
