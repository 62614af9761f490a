"""A picture named by its place among the article's pictures: 第一张图片, 第3幅配图, 最后一张照片;
the first photo, the 2nd picture, the last image. The place is 1 for the first, -1 for the last;
the captions, in the order the article prints them, say which picture is there (ask answers with
that caption, check holds a claim of that picture only by it)."""

from __future__ import annotations

from beilun_cli.read.lazy_regex import Lazy

__all__ = ["place_named", "place_written"]

_ORDINALS_ZH = {
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_LAST_ZH, _LAST_EN = "最后", ("last", "final")
# A picture's place, before the picture word: 第一张, 第3幅, 最后一张; the first photo, the last image.
_PLACE_ZH = Lazy(r"(?:第([一二两三四五六七八九十]|\d+)|(最后)一?)[张幅个]?(?:配图|图片|照片|图)")
_PLACE_EN = Lazy(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|(\d+)(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+)?(?:photo|picture|image|photograph|caption)s?\b"
)


def place_named(text: str) -> int | None:
    """The place of the picture a text names by its place (1 for the first, -1 for the last);
    None when it names none so."""
    folded = text.casefold()
    found = _PLACE_ZH.search(folded)
    if found is not None:
        if found.group(2) == _LAST_ZH:
            return -1
        number = found.group(1)
        return int(number) if number.isdigit() else _ORDINALS_ZH[number]
    found = _PLACE_EN.search(folded)
    if found is None:
        return None
    word = found.group(1)
    if word in _LAST_EN:
        return -1
    return int(found.group(2)) if found.group(2) else _ORDINALS_EN[word]


def place_written(text: str) -> str:
    """The words that name a picture by its place (第一张图片, the last photo), casefolded; empty
    when the text names none so."""
    folded = text.casefold()
    found = _PLACE_ZH.search(folded) or _PLACE_EN.search(folded)
    return found.group() if found is not None else ""
