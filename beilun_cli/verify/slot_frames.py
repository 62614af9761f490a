"""Slots of one value that a claim and a fact each fill by a frame of their words (以港口文化为主题,
takes port culture as its theme; `words.toml` [[slot_frames]]): a claim that fills the slot with a
value sharing none of the fact's words (海洋生物, naval military history), of the same subject,
is refuted (OTHER_SLOT_VALUE). A value that shares a word with the fact's (港口 of 港口文化) is
no other, and decides nothing here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.search.analysis import bigrams

_HAN = Lazy(r"[\u4e00-\u9fff]+")
_LATIN_WORD = Lazy(r"[a-z][a-z-]+")


def frame_values(text: str, lang: str) -> Iterator[tuple[str, str]]:
    """(slot, value) of each slot of one value the text fills."""
    folded = text.casefold()
    for slot, patterns in lexicon.slot_frames(lang):
        for pattern in patterns:
            for match in re.finditer(pattern, folded):
                yield slot, match.group("value").strip()


def _words(value: str, lang: str) -> set[str]:
    """A value's words: pairs of Chinese characters, or English words less stop words and a plural's s."""
    if lang == "en":
        stop = lexicon.stop_words("en")
        return {w.removesuffix("s") for w in _LATIN_WORD.findall(value) if w not in stop}
    return {pair for run in _HAN.findall(value) for pair in bigrams(run)}


def other_value(claim: str, fact_texts: list[str], lang: str) -> tuple[str, str, str] | None:
    """(slot, the claim's value, the fact's) where the claim fills a slot of one value that the
    fact fills with another sharing none of its words, or None."""
    claimed = list(frame_values(claim, lang))
    if not claimed:
        return None
    stated = [found for text in fact_texts for found in frame_values(text, lang)]
    for slot, value in claimed:
        own = _words(value, lang)
        values = [fact_value for fact_slot, fact_value in stated if fact_slot == slot]
        if own and values and not any(own & _words(fact_value, lang) for fact_value in values):
            return slot, value, values[0]
    return None
