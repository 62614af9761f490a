"""Where a line of mixed Chinese and English text may break, and text wrapped at those places.

Every wrapped cell of beilun's terminal layouts is wrapped here, not by Rich, which folds
Chinese between any two characters. A line may break after a space, or beside a Chinese
character, except:

- inside a number or between a number and its unit (1146.46亿元, 17万人次, 114.646 billion yuan);
- before closing punctuation (。，、）」…) and after opening punctuation (（「“), the usual
  kinsoku rules of Chinese and Japanese typesetting.

A piece with no such place that is wider than the line (a long URL) is folded by cells, as a
terminal would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from beilun_cli.read import lazy_regex

# A line never starts with these: they close what stands before them.
CLOSING = frozenset("。，、．：；！？）」』】》〉〕］｝”’…‥—～·％‰,.:;!?)]}%")
# A line never ends with these: they open what follows them.
OPENING = frozenset("（「『【《〈〔［｛“‘([{")

# A number (Arabic, with its separators, or in Chinese numerals) with its qualifier, magnitude
# and unit: one piece that never breaks. Units, counters and magnitudes are the lexicon's.
_NUMBER = (
    r"[0-9０-９][0-9０-９.,，．/]*[0-9０-９]%?|[0-9０-９]%?"  # 1146.46, 1,146, 6%
    r"|[零〇一二两三四五六七八九十百千万亿]{2,}"  # 十七, 一百
)


@cache
def _piece() -> re.Pattern[str]:
    """A number with what never parts from it; compiled when a table first wraps a cell, from the
    program an earlier call kept (lazy_regex): compiling its thousand characters took milliseconds."""
    from beilun_cli import lexicon

    def alternatives(words: Iterable[str]) -> str:
        # Longest first, and in one order whatever the hash seed: the same pattern every call,
        # so that its kept program is found.
        return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))

    zh = alternatives([*lexicon.unit_surfaces("zh"), *lexicon.counters("zh")])
    # In English a count of people is a noun (volunteers, employees) that may start a line; its
    # display word (people) keeps to its number as a unit of measure does.
    en = alternatives(
        [
            *lexicon.magnitudes("en"),
            *(word for unit in lexicon.units() if unit.dimension != "people" for word in unit.en),
            *(unit.display_en for unit in lexicon.units() if unit.dimension == "people"),
            *lexicon.counters("en"),
        ]
    )
    magnitudes = "".join(lexicon.magnitudes("zh"))
    return lazy_regex.compile(
        rf"(?:{_NUMBER})(?:[多余]?[十{magnitudes}]+)?(?:{zh})?"
        # English: a figure keeps its scale and unit words (114.646 billion yuan, 5 percent)
        rf"(?:\s(?i:{en})\b)*"
    )


@cache
def _width(char: str) -> int:
    """Terminal cells of one character, as Rich counts them when it pads a layout."""
    from rich.cells import get_character_cell_size

    return get_character_cell_size(char)


def cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _wide(char: str) -> bool:
    return _width(char) == 2


def break_points(text: str) -> tuple[list[bool], list[bool]]:
    """(`allowed`, `kinsoku`): may a line end before text[i] (for 0 < i < len(text))? `allowed`
    keeps numbers whole; `kinsoku` only keeps the punctuation rules, for a piece wider than a line."""
    kinsoku = [False] * (len(text) + 1)
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if after.isspace():
            continue  # spaces stay at the end of the line they follow, and are dropped there
        if before.isspace() or _wide(before) or _wide(after) or before in "—…":
            kinsoku[i] = after not in CLOSING and before not in OPENING
    allowed = list(kinsoku)
    for match in _piece().finditer(text):
        for i in range(match.start() + 1, match.end()):
            allowed[i] = False
    return allowed, kinsoku


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` wrapped at `width` cells: spaces at a line's end left
    out, a newline always a break. An empty text is one empty line."""
    width = max(width, 2)  # a wide character needs two cells
    lines: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        lines += [(offset + start, offset + end) for start, end in _wrap_line(paragraph, width)]
        offset += len(paragraph) + 1
    return lines


def _wrap_line(text: str, width: int) -> list[tuple[int, int]]:
    allowed, kinsoku = break_points(text)
    lines: list[tuple[int, int]] = []
    start = 0
    while True:
        end = len(text.rstrip())
        if start >= end or cells(text[start:end]) <= width:
            lines.append((start, max(start, end)))
            return lines
        used, best, fallback, fold = 0, None, None, start + 1
        position = start
        while position < len(text):
            used += _width(text[position])
            if used > width and not text[position].isspace():
                break
            position += 1
            if used <= width:
                fold = max(fold, position)
            if position < len(text) and allowed[position]:
                best = position
            elif position < len(text) and kinsoku[position]:
                fallback = position
        cut = best or fallback or fold  # a number wider than the line may break; then anything may
        lines.append((start, len(text[:cut].rstrip()) if text[start:cut].strip() else cut))
        start = cut
        while start < len(text) and text[start] == " ":
            start += 1
