"""Generated claims that pin what a claim's frame and its counting words add: nothing (docs/check.md,
"Who says it"), drawn from every fact, none chosen by hand:

- a claim with an attribution frame put before it (文章称, According to the article) gets the
  verdict it gets without one: the fact's own claim stays supported, a claim with its figure, its
  company or its stage changed stays refuted, one with a detail added stays not-enough-info;
- the same claims quoted whole as a sentence of the article (文章中有这样一句话：“…”, The text
  reads: "…"): the verdict they get unquoted;
- a claim said by a named speaker the article never quotes (李明说, Li Ming says): not-enough-info,
  as the speaker's word is no frame of the article's;
- a figure's own measure word or a counting word put before it (长 of a length, 面积 of an area, 共
  of a count, a classifier with its numeral: 一片长11.5公里): supported, and refuted with the
  figure moved.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

# Frames of the article, in each language: one per fact, chosen by its id.
_FRAMES = {
    "zh": (
        "文章称，{}",
        "文中提到，{}",
        "据报道，{}",
        "文章指出，{}",
        "据文章介绍，{}",
        "据文中所述，{}",
        "据悉，{}",
    ),
    "en": (
        "According to the article, {}",
        "The article says {}",
        "The article notes that {}",
        "As the article reports, {}",
        "The article mentions that {}",
        "Reportedly, {}",
    ),
}
# Frames that quote a sentence of the article whole (文章中有这样一句话：“…”, The text reads: "…"):
# the quote is the claim, as after 文章称.
_QUOTING = {
    "zh": ("文章中有这样一句话：“{}”", "文中写道：“{}”", "原文写到：“{}”", "文章原话是：“{}”"),
    "en": (
        'The text reads: "{}"',
        "In the article's words, '{}'",
        "The article writes: “{}”",
        "The article states: '{}'",
    ),
}
# The families said inside a quoting frame too: the fact's own claim, a figure or a company
# changed inside the quote, and a detail added to it.
QUOTED_FAMILIES = frozenset({"own", "number-moved", "other-entity", "detail"})
# A speaker the article never quotes: what they say is not the article's.
_SPEAKERS = {"zh": "李明说，{}", "en": "Li Ming says {}"}
# The verdicts a frame must leave as they are: the fact's own claim, and the rewrites of it that
# contradict it or add to it (check_generated's families).
FRAMED_FAMILIES = frozenset(
    {
        "own",
        "number-moved",
        "magnitude-swapped",
        "quantifier-reversed",
        "other-entity",
        "status-flipped",
        "detail",
    }
)
# A figure's measure word, by its unit's dimension (长 of 11.5 km), said before its number.
_MEASURE_WORDS = {"m": "长", "m2": "面积", "count": "共"}
# What may stand before a number and stays before the inserted word: a quantifier (近, 超过).
_BEFORE_NUMBER = re.compile(r"(?:近|约|超过|超|突破|逾|不到|达到|达|共有|共|累计)$")


# Words that open an English claim and are no name: lowercased after a frame (the article says
# once in production, …), so that the claim reader does not take them for one.
_OPENERS = frozenset({"once", "after", "since", "over", "from", "under", "with", "through", "during", "last"})


def _opening(text: str) -> str:
    """An English claim as it reads after a frame: its first word lowercased but for a name."""
    from beilun_cli import lexicon

    first = text.split(" ", 1)[0].casefold()
    return text[0].lower() + text[1:] if first in lexicon.stop_words("en") | _OPENERS else text


def framed(
    ident: str, family: str, lang: str, claim: str, verdict: str
) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a generated claim with a frame of the article before it,
    its verdict unchanged; a fact's own claim also said by an unquoted speaker."""
    if family not in FRAMED_FAMILIES:
        return
    frames = _FRAMES[lang]
    frame = frames[sum(map(ord, ident + family)) % len(frames)]
    text = claim if lang == "zh" else _opening(claim)
    yield f"framed-{family}", lang, frame.format(text), verdict
    if family in QUOTED_FAMILIES:
        quoting = _QUOTING[lang]
        quote = quoting[sum(map(ord, family + ident)) % len(quoting)]
        yield f"quoted-{family}", lang, quote.format(claim.rstrip("。.")), verdict
    if family == "own":
        yield "speaker-frame", lang, _SPEAKERS[lang].format(text), NOT_ENOUGH_INFO


def counting_cases(zh: str, number: str, unit_class: str, moved: str) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a fact's Chinese claim with its figure's measure word (长,
    面积, 共) or a classifier with its numeral (一片长, a length of a stretch) before its number:
    supported; with the number moved too: refuted. `number` is the number as the claim writes it,
    `moved` one beyond its precision."""
    word = _MEASURE_WORDS.get(unit_class)
    found = re.search(rf"(?<![\d./]){re.escape(number)}(?![\d./年月日号])", zh)
    if word is None or found is None:
        return
    before = zh[: found.start()]
    quantifier = _BEFORE_NUMBER.search(before)
    at = quantifier.start() if quantifier else found.start()
    if zh[:at].endswith(word):
        at -= len(word)  # the claim says it already: a classifier before it only
        forms = []
    elif word in zh[max(0, at - 6) : at]:
        return
    else:
        forms = [word]
    forms += ["一片" + word, "一条" + word] if word == "长" else []
    for form in forms:
        family = "measure-word" if form == word else "classifier"
        yield family, "zh", zh[:at] + form + zh[at:], SUPPORTED
        wrong = zh[:at] + form + zh[at : found.start()] + moved + zh[found.end() :]
        yield f"{family}-moved", "zh", wrong, REFUTED
