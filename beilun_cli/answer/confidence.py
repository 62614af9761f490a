"""How sure an answer is: the share of the question its best hit matched (`coverage`), the
threshold an answer needs (MIN_COVERAGE), and the error a question without a confident answer
raises, with the closest facts as hints."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli.answer.wording import in_lang
from beilun_cli.base.errors import NotFoundError
from beilun_cli.read.lazy_regex import Lazy

# The suffixes of a place's name that make a word with the character after them (区长, 市委).
_SUFFIXES = frozenset("区市省县镇")
# A Chinese character alone between others that are not (with what stands before it).
_LONE = Lazy(r"(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff](?![\u4e00-\u9fff])")

if TYPE_CHECKING:
    from beilun_cli.base.records import Hit
    from beilun_cli.store.catalog import Catalog

HINTS = 3  # how many of the closest facts a declined question names

# An answer needs its best hit to match more than this share of the question's search terms.
MIN_COVERAGE = 0.5


def coverage(base: Catalog, text: str, matched: tuple[str, ...]) -> float:
    """The share of a searched text that a hit matched: each Chinese character counts once,
    covered when a matched bigram holds it, search's question words aside (那个, 多少: as search
    leaves them out of the terms); each other term (a word's stem, a number) once.
    A word matched through the hit's `asked` phrasings, or through a concept or measure the hit
    shares with the question (经济总量 for 地区生产总值), counts INDIRECT of a word. A word of
    pinyin counts as the Chinese it spells (zhangrenya: 张人亚)."""
    return grounding(base, text, matched)[0]


def grounding(
    base: Catalog, text: str, matched: tuple[str, ...], *, content_only: bool = False
) -> tuple[float, list[str]]:
    """`coverage`, and the pieces of the text the hit does not match (runs of Chinese characters
    no matched bigram holds, other words none of whose terms it matched); a text with nothing to
    search is not covered (0.0). `content_only` leaves out a run of search's question words that
    stands alone (那个, 现在) and a character they leave alone (还 of 现在还有), which `coverage`
    counts."""
    from beilun_cli.search import analysis, expansion

    text = expansion.spelled(text, base.postings())
    found = _matched_words(base, text, matched)
    covered = 0.0
    total = 0
    missing: list[str] = []
    # Runs of Chinese through search's tokenizer: a pattern of the CJK ranges of its own would
    # cost a millisecond to compile.
    runs, others = analysis.han_runs(text)
    for run in _pieces(runs, content_only=content_only):
        terms = base.query_terms(run)
        total += len(run)
        if len(terms) == max(len(run) - 1, 1):  # bigrams in order (a lone character: itself)
            flags = [0.0] * len(run)
            for position, term in enumerate(terms):
                if term in found:
                    for at in range(position, position + len(term)):
                        flags[at] = max(flags[at], found[term])
            covered += sum(flags)
            missing += "".join(
                char if not flag else " " for char, flag in zip(run, flags, strict=True)
            ).split()
        elif terms:  # a bigram repeated: the share of its distinct bigrams
            covered += len(run) * sum(found.get(term, 0.0) for term in terms) / len(terms)
    for word in others.split():
        terms = base.query_terms(word)
        total += len(terms)
        got = sum(found.get(term, 0.0) for term in terms)
        covered += got
        if terms and not got:
            missing.append(word)
    return (covered / total if total else 0.0), missing


def _pieces(runs: list[str], *, content_only: bool) -> list[str]:
    """The pieces of runs of Chinese between search's question words; with `content_only`,
    without those words standing alone and the characters they leave alone."""
    from beilun_cli.search import analysis

    pieces = []
    for whole in runs:
        found = analysis.content(whole)
        if content_only:
            found = [run for run in found if run not in analysis.QUESTION_WORDS_ZH]
            found = [run for run in found if len(run) > 1 or run == whole]
        pieces += found
    return pieces


def setting(base: Catalog) -> list[str]:
    """The places the article is set in: those named by at least SETTING_SHARE of its facts
    (北仑, 宁波, 浙江), the one most facts are of first. A question may name them beside any fact."""
    least = SETTING_SHARE * base.fact_count
    places = sorted(base.entities("place"), key=lambda place: -place.get("facts", 0))
    return [place["id"] for place in places if place.get("facts", 0) >= least]


def unsaid(base: Catalog, text: str, matched: tuple[str, ...]) -> list[str]:
    """What a question asks about that the answering fact does not ground: the pieces of `text`
    (the names of the places the article is set in aside: any fact may be of them) that the
    fact's matched terms leave uncovered, when they cover no more than GROUNDED of it; [] when
    the fact grounds enough of it, or nothing is left to ground."""
    left = text.casefold()
    names = {name.casefold() for place in setting(base) for name in base.entity_names(place)}
    for name in sorted(names, key=len, reverse=True):
        # A name's place is kept as a mark: a character right after it may make a word with its
        # suffix (区长); one left alone elsewhere is what the question words left (个, 些).
        left = left.replace(name, "\0" * len(name))
    original = text.casefold()

    def unless_after_a_name(lone: re.Match[str]) -> str:
        # A lone character as a space, unless it follows a name's administrative suffix: then
        # with the suffix, the word they make (区长 of 北仑区长, 市委 of 宁波市委).
        found = lone.group()
        if found.startswith("\0") and original[lone.start()] in _SUFFIXES:
            return original[lone.start()] + found[1:]
        return found[:-1] + " "

    left = _LONE.sub(unless_after_a_name, left).replace("\0", " ")
    if not base.query_terms(left):
        return []
    share, missing = grounding(base, left, matched, content_only=True)
    if share > GROUNDED:
        return []
    # Words that state nothing a fact must hold (check's: a light verb, a generic noun, a word of
    # saying: Which anniversary is Beilun's work meant to salute?) need no grounding either.
    stated = light_words_out(left)
    if stated != left and base.query_terms(stated):
        share, missing = grounding(base, stated, matched, content_only=True)
        if share > GROUNDED:
            return []
    return missing or [left.strip()]


def light_words_out(text: str) -> str:
    """A casefolded text without the words check needs no grounding for (lexicon.ungrounded_words:
    light verbs, generic nouns, discourse and attribution words), as written: English ones as
    whole words (not by their stems: call is one, called a copula), Chinese ones of two
    characters or more (a lone 得 or 获 is too often part of another word)."""
    light = _light_words()
    left = re.sub(r"[a-z]+", lambda word: " " if word.group() in light[0] else word.group(), text)
    for word in light[1]:
        left = left.replace(word, " ")
    return left


@cache
def _light_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The English words check needs no grounding for, and the Chinese ones of two characters or
    more, longest first."""
    from beilun_cli import lexicon

    words = [word.casefold() for found in lexicon.ungrounded_words().values() for word in found]
    english = frozenset(word for word in words if word.isascii() and " " not in word)
    chinese = sorted((word for word in words if not word.isascii() and len(word) > 1), key=len, reverse=True)
    return english, tuple(chinese)


def _matched_words(base: Catalog, text: str, matched: tuple[str, ...]) -> dict[str, float]:
    """The terms of a question a hit matched, each with how much it counts: 1 for its own words,
    INDIRECT for those of its `asked` phrasings and for the question's words of a concept or
    measure the hit matched."""
    from beilun_cli.search import analysis

    found: dict[str, float] = {}
    shared = {term for term in matched if term.startswith((analysis.CONCEPT, analysis.MEASURE))}
    if shared:
        said = analysis.signature(text)
        for word, term in base.postings().patterns:
            if term in shared and word in said:
                found.update(dict.fromkeys(analysis.index_terms(word.strip()), INDIRECT))
    for term in matched:
        if term.startswith(analysis.ASKED):
            found.setdefault(term[len(analysis.ASKED) :], INDIRECT)
    found.update(dict.fromkeys((term for term in matched if not term.startswith(("@", "~"))), 1.0))
    return found


# The share of the facts a place is named by that makes it a place the article is set in.
SETTING_SHARE = 0.05
# The share of what a question asks about, its places aside, that the answering fact must ground.
GROUNDED = 0.5


# What a word matched through an `asked` phrasing, a concept or a measure counts for in
# `coverage`: less than the question's own word in the fact, so that a question about another
# place (How many people live in Beijing?) is not answered on a phrasing's "people" and "live".
INDIRECT = 0.75


class NoConfidentAnswer(NotFoundError):
    """No fact answers the question well enough; the best hits are named as hints."""

    def __init__(
        self,
        question: str,
        hits: list[Hit],
        suggestions: list[str],
        lang: str = "en",
        reason: str = "",
        reason_zh: str = "",
    ) -> None:
        shown = question if len(question) <= 40 else question[:39] + "…"
        if hits:
            closest = _listed(hits[:HINTS], lang)
            hint, hint_zh = f"the closest facts:\n{closest}", f"最接近的事实：\n{closest}"
        elif suggestions:
            hint = f"did you mean: {', '.join(suggestions)}?"
            hint_zh = f"您是不是要找：{'、'.join(suggestions)}？"
        else:
            hint, hint_zh = "try other words, or see 'beilun topics'", "换个说法试试，或看看 beilun topics"
        super().__init__(
            f"no confident answer to '{shown}'{': ' + reason if reason else ''}",
            hint,
            zh=f"无法有把握地回答“{shown}”{'：' + reason_zh if reason_zh else ''}",
            zh_hint=hint_zh,
        )
        self.hits = hits
        # For `ask --json`: why, in the question's language, and the closest facts' ids.
        default = "no fact matches enough of the question"
        self.reason = (reason_zh or "没有事实与问题足够吻合") if lang == "zh" else (reason or default)
        self.closest = [hit.fact.id for hit in hits[:HINTS]]


# The width a declined question's closest facts are listed in, a line each: the id, then as
# much of the claim as fits.
HINT_WIDTH = 80
_INDENT, _GAP = "  ", "  "


def _listed(hits: list[Hit], lang: str) -> str:
    """The closest facts as lines of HINT_WIDTH cells at most: the ids in a column, each claim
    cut to the room left (half as many characters in Chinese, whose characters are wide), its
    whitespace as single spaces."""
    widest = max(len(hit.fact.id) for hit in hits)
    room = HINT_WIDTH - len(_INDENT) - widest - len(_GAP)
    room = room // 2 if lang == "zh" else room
    lines = []
    for hit in hits:
        claim = " ".join(in_lang(hit.fact.to_dict()["claim"], lang).split())
        lines.append(f"{_INDENT}{hit.fact.id.ljust(widest)}{_GAP}{_short(claim, room)}")
    return "\n".join(lines)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
