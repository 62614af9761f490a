"""Two figures that are one: a range (5.6到5.78元, 110-120 billion, between 110 and 120 billion);
a figure said again of another member ("exports passed $10 billion but imports stayed below that
level"); and the case of a scale letter after a number (1.2M is 1.2 million, not 1.2 metres), read
before the text is casefolded.

Pure functions over text and the spans of its figures: the claim reader (claims.py) makes the
range its figure, whose interval is the two bounds.
"""

from __future__ import annotations

import re

from beilun_cli.read.lazy_regex import Lazy

# What joins a range's two bounds; "and" only after "between".
_JOINED = Lazy(r"\s*(?:到|至|~|～|-|–|—|\bto\b)\s*", re.IGNORECASE)
_AND = Lazy(r"\s*\band\b\s*", re.IGNORECASE)
_BETWEEN = Lazy(r"\bbetween\s+$", re.IGNORECASE)
# What closes a range in Chinese (在5.6到5.78元之间): part of the range, no word of its own.
_CLOSING = Lazy(r"\s*(?:之间|以内|之内)")
# A scale letter right after a number, upper case (1.2M, 3B, 2Bn); 100K is thousand in either case.
_SCALE_LETTER = Lazy(r"(?<=\d)\s?(M|B|Bn|BN)\b")
_SCALES = {"M": " million", "B": " billion", "BN": " billion"}


# A figure restated by reference, with its own quantifier: "below that level", 低于这一水平.
_REFERENCE = r"\s+(?:that|this|the same)\s+(?:level|mark|figure|amount|threshold)\b"
_REFERENCE_ZH = r"(?:这一|这个|该|此)(?:水平|数字|规模|标准)"
_RESTATED = Lazy(
    r"\b(?P<under>below|under|less than|short of)"
    + _REFERENCE
    + r"|\b(?P<over>above|over|more than|beyond)"
    + _REFERENCE
    + r"|(?P<under_zh>低于|不到|未达到|没有达到|未突破|没有突破)"
    + _REFERENCE_ZH
    + r"|(?P<over_zh>高于|超过|突破)"
    + _REFERENCE_ZH,
    re.IGNORECASE,
)


def restated(text: str, after: int) -> list[tuple[str, tuple[int, int]]]:
    """Each restatement after `after` (the end of the figure it refers to): its quantifier (over or
    under) and its span."""
    return [
        ("under" if (found.lastgroup or "").startswith("under") else "over", found.span())
        for found in _RESTATED.finditer(text, after)
    ]


def range_pairs(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The indexes i of figures (by their `spans`, in order) that open a range with figure i + 1."""
    pairs: list[int] = []
    for index in range(len(spans) - 1):
        gap = text[spans[index][1] : spans[index + 1][0]]
        if _JOINED.fullmatch(gap) or (_AND.fullmatch(gap) and _BETWEEN.search(text[: spans[index][0]])):
            if not pairs or pairs[-1] != index - 1:  # a figure bounds one range only
                pairs.append(index)
    return pairs


# What joins two bounds of one figure (超过1100亿元、不到1200亿元, more than 1,100 but under 1,200).
_BOUNDS_JOINED = Lazy(
    r"\s*(?=\S)(?:[、,，]\s*)?(?:(?:但是|但|并且|而且|且|\band\b|\bbut\b|\byet\b)\s*)?", re.IGNORECASE
)


def bound_pairs(text: str, spans: list[tuple[int, int]], bounds: list[str]) -> list[int]:
    """The indexes i of figures that are a lower bound ("low", 超过1100亿元) with figure i + 1 an
    upper one ("high", 不到1200亿元), side by side: one figure between two bounds, judged as one
    interval against one fact. `bounds` are "low", "high" or "" per figure."""
    pairs: list[int] = []
    for index in range(len(spans) - 1):
        gap = text[spans[index][1] : spans[index + 1][0]]
        if bounds[index] == "low" and bounds[index + 1] == "high" and _BOUNDS_JOINED.fullmatch(gap):
            pairs.append(index)
    return pairs


def range_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A range's span with the words that frame it: "between" before, 之间 after."""
    before = _BETWEEN.search(text[:start])
    after = _CLOSING.match(text, end)
    return (before.start() if before else start, after.end() if after else end)


def scale_letters(text: str) -> str:
    """A text with the upper-case scale letters after numbers in words (1.2M: 1.2 million), so
    that casefolding does not make them metres."""
    return _SCALE_LETTER.sub(lambda found: _SCALES[found.group(1).upper()], text)
