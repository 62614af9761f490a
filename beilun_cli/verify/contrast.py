"""A claim that puts one thing in the stead of another: "X rather than Y", "X instead of Y", "X,
not Y", X而非Y, 是X,而不是Y. It asserts X and denies Y, and is read as two statements: the claim
with X (its words up to the word of contrast, and what follows Y's clause), and the claim with Y
in X's place, which it denies. The first is judged as any claim; the second's verdict is turned
over (what the article states, denied, is refuted), and the two combine as a conjunction's
(conjoined.combined): refuted when the article refutes X or states Y, supported only when it
states X and refutes Y.

X is what stands after the last preposition or copula before the word of contrast (located in
Beilun's rural villages rather than the central urban area; came from the Ministry of Education,
not the Publicity Department; paid by the government, not by the developer: the preposition both
sides share is Y's too). Where none stands there, X is the one word before it and Y the one word
after it, the words after Y shared by both (rented rather than bought his new home); a Chinese
claim with none is not read. The words are data: lexicon/data/words.toml, [conjunctions]
`contrast`, `prepositions` and `copulas`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.rules import NEGATED, NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Verdict

__all__ = ["Contrast", "by_contrast", "contrast"]

# Where Y's clause ends: a stop or a comma (not a thousands separator), a semicolon.
_CLAUSE_END = Lazy(r"[，。；;！!？?]|[,.](?!\d)")
_EN_WORD = Lazy(r"[A-Za-z0-9][\w'’-]*")
# The words before X that say "the" for Y too (the South China Sea rather than the East China Sea).
_DETERMINED = ("the ", "a ", "an ", "'s ", "’s ", "its ", "their ", "his ", "her ")
_ARTICLE = Lazy(r"(?:the|a|an)\s+", re.IGNORECASE)
# A name in English, at the start of Y or at the end of the words before the word of contrast.
_NAME_OPENING = Lazy(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|de)\s+)?[A-Z][\w'’-]*)*")
_NAME_ENDING = Lazy(r"(?:\b(?:the|a|an)\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|de)\s+)?[A-Z][\w'’-]*)*$")


class Contrast:
    """A claim read as what it asserts and what it denies (the claim with Y in X's place)."""

    __slots__ = ("asserted", "denied")

    def __init__(self, asserted: str, denied: str) -> None:
        self.asserted, self.denied = asserted, denied


def contrast(text: str, latin: bool) -> Contrast | None:
    """The claim read as a contrast (module doc), or None when it says none, or the words around
    the word of contrast cannot be told apart."""
    lang = "en" if latin else "zh"
    body = text.strip().rstrip("。.！!？?")
    found = _contrast_word(body, lang)
    if found is None:
        return None
    head, after = body[: found[0]].rstrip(" ,，"), body[found[1] :].lstrip()
    end = _CLAUSE_END.search(after)
    said, rest = (after[: end.start()], after[end.start() :]) if end else (after, "")
    said = said.strip()
    if not head or not said:
        return None
    # Where X starts, and how much of Y's clause is Y (the rest follows both: 次要而非重要的基地).
    found_x = _member_boundary(head, said) or (_name_boundary(head, said) if lang == "en" else None)
    if found_x is None:
        bound = _boundary(head, said, lang)
        found_x = (bound, len(said)) if bound is not None else _word_boundary(head, said, lang)
    if found_x is None:
        return None
    bound, size = found_x
    theirs = said
    article = _ARTICLE.match(said)
    if lang == "en" and head[:bound].casefold().endswith(_DETERMINED) and article is not None:
        theirs = said[article.end() :]  # the South China Sea rather than the East China Sea
    gap = " " if lang == "en" and bound > 0 and head[bound - 1] != " " else ""
    shared = said[size:]
    return Contrast(
        _joined(f"{head}{shared}", rest, lang), _joined(f"{head[:bound]}{gap}{theirs}", rest, lang)
    )


def _word_boundary(head: str, said: str, lang: str) -> tuple[int, int] | None:
    """No preposition nor copula before the word of contrast: in English one word for another,
    what follows shared (rented rather than bought his home)."""
    words = list(_EN_WORD.finditer(head))
    if lang == "zh" or len(words) < 2 or " " not in said:
        return None
    return words[-1].start(), said.index(" ")


def _contrast_word(body: str, lang: str) -> tuple[int, int] | None:
    """Where the first word of contrast stands in the claim (start, end)."""
    found = _contrast_pattern(lang).search(body.casefold())
    return found.span() if found is not None else None


@cache
def _contrast_pattern(lang: str) -> re.Pattern[str]:
    """The words of contrast of a language as one pattern, compiled once a process: an English
    word as a whole word, its spaces any (a comma's word with the spaces before it)."""
    if lang == "zh":
        return re.compile("|".join(map(re.escape, lexicon.conjunction_words("contrast", lang))))
    words = [
        (r"\s*" if word.startswith(",") else r"(?<![\w-])")
        + re.escape(word).replace(r"\ ", r"\s+")
        + r"(?![\w-])"
        for word in lexicon.conjunction_words("contrast", lang)
    ]
    return re.compile("|".join(words))


def _member_boundary(head: str, said: str) -> tuple[int, int] | None:
    """Where X starts when X and Y are members of one set of alternatives (后来者而非排头兵, the
    South China Sea rather than the East China Sea): X is the member the words before the word of
    contrast end with."""
    from beilun_cli.verify.alternatives import exclusive, members_in

    theirs = [member for member in members_in(said) if _opens(said, member.written)]
    ends = [member for member in members_in(head) if head.casefold().endswith(member.written.casefold())]
    found = [(mine, other) for mine in ends for other in theirs if exclusive(mine, other)]
    if not found:
        return None
    mine, other = max(found, key=lambda pair: (len(pair[0].written), len(pair[1].written)))
    return len(head) - len(mine.written), said.casefold().index(other.written.casefold()) + len(other.written)


def _opens(said: str, written: str) -> bool:
    article = _ARTICLE.match(said)
    return said[article.end() if article else 0 :].casefold().startswith(written.casefold())


def _name_boundary(head: str, said: str) -> tuple[int, int] | None:
    """Where X starts when Y is a name (the State Council rather than the Ministry of Education):
    the run of capitalised words the words before the word of contrast end with; and Y's length."""
    opening = _NAME_OPENING.match(said)
    found = _NAME_ENDING.search(head)
    if opening is None or found is None or found.start() == 0:
        return None
    return found.start(), opening.end()


def _boundary(head: str, said: str, lang: str) -> int | None:
    """Where X starts in the words before the word of contrast: after the last preposition or
    copula (at it, when Y opens with the same word); None when there is none."""
    words = lexicon.conjunction_words("prepositions", lang) + lexicon.conjunction_words("copulas", lang)
    if lang == "zh":
        spans = [(m.start(), m.end(), word) for word in words for m in re.finditer(re.escape(word), head)]
        if not spans:
            return None
        start, end, word = max(spans, key=lambda span: (span[1], span[1] - span[0]))
        return start if said.startswith(word) else end
    tokens = list(_EN_WORD.finditer(head))
    for at in range(len(tokens) - 2, -1, -1):
        token = tokens[at].group()
        if token.casefold() not in words:
            continue
        # "of" inside a name (the Ministry of Education) is the name's.
        if (
            token == "of"
            and at > 0
            and tokens[at - 1].group()[0].isupper()
            and tokens[at + 1].group()[0].isupper()
        ):
            continue
        first = said.split(" ", 1)[0].casefold()
        return tokens[at].start() if first == token.casefold() else tokens[at].end()
    return None


def _joined(text: str, rest: str, lang: str) -> str:
    joined = f"{text}{rest}".strip()
    return re.sub(r"\s+", " ", joined) if lang == "en" else joined


def by_contrast(text: str, latin: bool, judge: Callable[[str], Verdict]) -> Verdict | None:
    """The verdict on a claim read as a contrast, its two statements each judged by `judge` and
    combined as a conjunction's; None when it is none, or the two decide nothing."""
    read = contrast(text, latin)
    if read is None:
        return None
    from beilun_cli.verify.conjoined import combined

    asserted = judge(read.asserted)
    positive = judge(read.denied)
    if positive.verdict == SUPPORTED:
        reason = f"the claim denies what the article says: {positive.reason}"
        denied = Verdict(positive.claim, REFUTED, reason, positive.evidence, NEGATED)
    elif positive.verdict == REFUTED:
        denied = Verdict(positive.claim, SUPPORTED, positive.reason, positive.evidence, NEGATED)
    else:
        denied = positive
    chinese = not latin
    said = f"并非：{read.denied}" if chinese else f"not: {read.denied}"
    answer = combined(text, [(read.asserted, asserted), (said, denied)], (0, True), chinese)
    if answer is None or answer.verdict == NOT_ENOUGH_INFO:
        return None
    return answer
