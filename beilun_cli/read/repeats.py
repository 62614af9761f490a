"""Counts of times said as adverbs: once, twice, three times, 一次 (the other Chinese counts, 两次 and
三次, are numbers before the count unit 次). A count of times is a figure like any: "won it just
once" against the article's three is a count that refutes. The words are data
(quantifiers.toml, [repeats]); before a word of comparison they multiply (twice as large) and
are none."""

from __future__ import annotations

import re
from functools import cache

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

# "once" is also "formerly" (was once a fishing village): a count only after a word that counts
# it or before the end of a clause or a phrase of time.
_ONCE_COUNTED = Lazy(r"(?:just|only|exactly|merely|but|than|least|most|even)\s+$", re.IGNORECASE)
_ONCE_CLOSING = Lazy(r"\s*(?:[.,;:!?)]|$|so far\b|to date\b|in\b|since\b|before\b|over\b|between\b)")


@cache
def _not_before() -> re.Pattern[str]:
    return re.compile(lexicon.repeat_not_before(), re.IGNORECASE)


@cache
def _words() -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, lexicon.repeat_words())) + r")\b", re.IGNORECASE)


@cache
def _suffix() -> re.Pattern[str]:
    return re.compile(r"[ -](" + "|".join(map(re.escape, lexicon.repeat_table("en_suffix"))) + r")\b")


def times_after(text: str, end: int) -> int | None:
    """Where "times" ends when it follows the number ending at `end` as a count of times (won it
    three times), not as a multiple (three times as large)."""
    found = _suffix().match(text, end)
    if found is None or _not_before().match(text, found.end()):
        return None
    return found.end()


def counts_times(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is a count of times here (won it twice), not a multiple."""
    return any((first, last) == (start, end) for first, last, _ in repeat_counts(text, True))


def repeat_counts(text: str, latin: bool) -> list[tuple[int, int, int]]:
    """(start, end, count) of each count of times the text says in a word: once, twice, 一次."""
    counts: list[tuple[int, int, int]] = []
    if latin:
        words = lexicon.repeat_words()
        for found in _words().finditer(text):
            if _not_before().match(text, found.end()):
                continue
            word = found.group(1).casefold()
            if word == "once" and not (
                _ONCE_COUNTED.search(text[: found.start()]) or _ONCE_CLOSING.match(text, found.end())
            ):
                continue
            counts.append((found.start(), found.end(), words[word]))
    not_after = lexicon.repeat_table("zh_not_after")
    not_then = lexicon.repeat_table("zh_not_then")
    for word in lexicon.repeat_table("zh_one"):
        for found in re.finditer(re.escape(word), text):
            start, end = found.span()
            if (start and text[start - 1] in not_after) or text[end : end + 1] in not_then:
                continue
            counts.append((start, end, 1))
    return counts
