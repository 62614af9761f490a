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

import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from beilun_cli import lexicon
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


@functools.cache
def _lexicon_frames(lang: str) -> tuple[str, ...]:
    """Frames of the lexicon's attribution (grounding.toml): each verb of saying after a source
    (文章透露, 文中列出), and each part of the article before one (文章开头说, 文中结尾提到, The
    article opens by saying that), sources and verbs in turn. Where the article says a thing,
    which the facts do not record, and who puts it forward add nothing."""
    data = Path(lexicon.__file__).parent / "data" / "grounding.toml"
    attribution = tomllib.loads(data.read_text(encoding="utf-8"))["attribution"]
    if lang == "en":
        sources = attribution["sources"]["en"]
        return tuple(
            f"The {sources[at % len(sources)]} {part} {('saying', 'noting', 'stating')[at % 3]} that {{}}"
            for at, part in enumerate(attribution["parts"]["en"])
        )
    sources = attribution["sources"]["zh"]
    verbs = [verb for verb in attribution["zh"] if "叫作" not in verb]  # naming, not saying
    said = tuple(f"{sources[at % len(sources)]}{verb}，{{}}" for at, verb in enumerate(verbs))
    parts = tuple(
        f"{sources[at % len(sources)]}{part}{verbs[(3 * at + 1) % len(verbs)]}，{{}}"
        for at, part in enumerate(attribution["parts"]["zh"])
    )
    return said + parts


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
    first = text.split(" ", 1)[0].casefold()
    return text[0].lower() + text[1:] if first in lexicon.stop_words("en") | _OPENERS else text


def framed(
    ident: str, family: str, lang: str, claim: str, verdict: str
) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a generated claim with a frame of the article before it,
    its verdict unchanged; a fact's own claim also said by an unquoted speaker."""
    if family not in FRAMED_FAMILIES:
        return
    frames = _FRAMES[lang] + _lexicon_frames(lang)
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


# After a figure that ends a clause: its mark noun ends the clause too.
_CLAUSE_END = re.compile(r"[。，,；;]|$")
_REACHES = re.compile(r"(?:可达|达到|已达|达|已)$")


def mark_cases(zh: str, number: str, written: str, index: int) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a fact's exact figure said as passing the round figure below
    it, with a mark noun of the lexicon after it (突破1000亿元大关 of 1146.46亿元): supported; as
    passing the round figure above it: refuted. `number` is the number as `written` (the fact's
    figure with its unit) writes it; `index` picks the mark, so that each is used over the base."""
    at = zh.find(written)
    if at < 0 or number not in written or not _CLAUSE_END.match(zh, at + len(written)):
        return
    value = float(number)
    if value < 10:
        return
    place = 10 ** (len(str(int(value))) - 1)
    below, above = value // place * place, (value // place + 1) * place
    if below >= value:
        return  # a round figure already: passing it is not what it says
    marks = [mark for mark in lexicon.figure_marks() if not mark.isascii()]
    mark = marks[index % len(marks)]
    head = _REACHES.sub("", zh[:at])  # 突破 says the reaching: 可达突破 is no Chinese
    for bound, verdict in ((below, SUPPORTED), (above, REFUTED)):
        figure = written.replace(number, f"{bound:.0f}", 1)
        # Reaching a mark is at least it, as passing it is over it (达到1000亿元大关).
        for verb in ("突破", "达到"):
            yield (
                f"figure-mark-{verdict[:3]}",
                "zh",
                f"{head}{verb}{figure}{mark}{zh[at + len(written) :]}",
                verdict,
            )
