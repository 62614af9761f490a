"""What a question asks: the kind of answer its question words ask for (a quantity, a time, who,
where, else the claim), the unit a question of quantity asks in, whether it asks for a total so
far or what was new, the figures it states, and its language. Pure functions over the text."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import lazy_regex
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.read.times import ClaimedTime

KINDS = ("quantity", "time", "who", "where", "list", "claim")  # the lexicon's question kinds
ANSWER_LANGS = ("zh", "en")
# What each kind asks for, in the reason a question gets no answer (English, Chinese).
ASKED_FOR = {
    kind: (lexicon.asked_for(kind, "en"), lexicon.asked_for(kind, "zh"))
    for kind in ("quantity", "time", "who", "where")
}
# The entity kinds (records.ENTITY_KINDS) that answer "who" and "where".
WHO = ("person", "organisation", "company")
WHERE = ("place",)

# The traditional forms of the characters of these words, read as the simplified ones (search
# converts a whole traditional question; this keeps 幾個 and 誰 question words without OpenCC).
SIMPLIFIED = str.maketrans(
    "幾誰裡麼時長遠佔號個間處兒團隊機構業單嗎為樣問價", "几谁里么时长远占号个间处儿团队机构业单吗为样问价"
)


@cache
def question_words() -> re.Pattern[str]:
    """The question words of the lexicon, each kind a named group in its order (at one position
    the earlier kind wins: 几月 is a time, not 几, a number), then the particles, which only make
    a sentence a question (吗, 请问) and are left out of what is searched with the question words:
    one pattern (compiling is most of what a one-shot call spends on them)."""
    kinds = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in lexicon.question_kinds())
    particles = "|".join(re.escape(word) for word in lexicon.particles("zh"))
    return lazy_regex.compile(f"{kinds}|{particles}")


def question_kind(question: str) -> str:
    """quantity, time, who, where or claim: what the question's first question word asks for,
    an English relative word aside when another follows (the district whose trade exceeded how
    much, the area in which how many companies…)."""
    text = folded(question)
    kinds = [
        (match.lastgroup, _relative(text, match.start()))
        for match in question_words().finditer(text)
        if match.lastgroup is not None
    ]
    asking = [kind for kind, relative in kinds if not relative]
    return asking[0] if asking else kinds[0][0] if kinds else "claim"


# What stands before an English relative word: a word, for whose within a sentence; a
# preposition, for which, whom or where (the area in which…).
_BEFORE_WHOSE = Lazy(r"\w\s+$")
_BEFORE_WHICH = Lazy(r"\b(?:in|of|by|for|to|at|on|with|from|through|during)\s+$")


def _relative(text: str, start: int) -> bool:
    """Whether the question word at `start` is an English relative word, not a question's."""
    before = text[max(start - 12, 0) : start]
    if text.startswith("whose", start):
        return bool(_BEFORE_WHOSE.search(before))
    return text.startswith(("which", "whom", "where"), start) and bool(_BEFORE_WHICH.search(before))


def question_lang(question: str) -> str:
    """zh when the question holds a Chinese character, else en."""
    return (
        "zh"
        if any("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in question)
        else "en"
    )


def search_text(question: str) -> str:
    """The question without its question words and particles: what is searched."""
    return question_words().sub(" ", folded(question))


def folded(question: str) -> str:
    return question.casefold().translate(SIMPLIFIED)


# Words that ask for a total so far, or for what was new (of a year, a month), and the words of
# a fact's claim that say it gives one: 累计8家 (8 in all) and 新增2家 (2 new) are siblings.
_TALLIES_ASKED = tuple((name, Lazy(pattern)) for name, pattern in lexicon.tally_patterns("asked"))


def tally_asked(question: str) -> str | None:
    """total or new, when the question asks for a total so far or for what was new; else None."""
    text = folded(question)
    return next((name for name, pattern in _TALLIES_ASKED if pattern.search(text)), None)


# Slots a question asks by a word of its own (the goal of, 哪些阶段, stand for), and the words of
# a fact's claim that state them (旨在, from… to… to…, 为主题).
_SLOTS_ASKED = tuple((name, Lazy(pattern)) for name, pattern in lexicon.asked_slot_patterns("asked"))
SLOTS_STATED = {name: Lazy(pattern) for name, pattern in lexicon.asked_slot_patterns("stated")}


def slot_asked(question: str) -> str | None:
    """purpose, stages or theme, when the question asks for one by a word of its own; else None."""
    text = folded(question)
    return next((name for name, pattern in _SLOTS_ASKED if pattern.search(text)), None)


def stated_figures(question: str, times: list[ClaimedTime], lang: str) -> list[float]:
    """The amounts of the figures a question states, its times aside (180, 1146.46亿)."""
    from beilun_cli.read.numerals import chinese_numbers, english_numbers

    numbers = chinese_numbers(question) if lang == "zh" else english_numbers(question)
    return [
        number.amount
        for number in numbers
        if not any(number.text in time.written for time in times)
        # a digit of a word or a unit (N2, m2 of m²) is no figure
        and not (
            number.start and question[number.start - 1].isascii() and question[number.start - 1].isalpha()
        )
    ]


# Words that ask for a figure per something: per talk, per person, per mu, a year.
RATE = Lazy(lexicon.rate_pattern())


@cache
def _unit_pattern() -> re.Pattern[str]:
    """What a question of quantity asks to be counted in, by the words it asks with (多少钱, how
    many people, 多远), as the lexicon has them: among hits close to the best, one whose figure is
    of that class answers first (蒲公英宣讲团一年讲多少场: the talks, not the audience)."""
    return lazy_regex.compile("|".join(f"(?P<{unit}>{pattern})" for unit, pattern in lexicon.asked_units()))


def asked_unit(question: str) -> str | None:
    """The unit class a question of quantity asks in (yuan, people, years, m, m2, percent,
    count), by its first words that say; None when none do."""
    found = _unit_pattern().search(folded(question))
    return found.lastgroup if found else None


# Words of the time something began (成立时, originally, at its founding): a time before the
# article's, not named by a date.
ORIGIN = Lazy(
    r"(?:成立|建立|创建|设立|建区|开业|开馆)(?:之?时|之初|的时候)|当初|最初|起初|\boriginally\b|\bat first\b"
    r"|\bat (?:its|the) (?:founding|start|outset)\b|\bwhen (?:it|\w+) was (?:founded|set up|established)\b"
)
