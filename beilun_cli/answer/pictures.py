"""Questions about the article's pictures (文章第一张图片拍的是哪里? Which photo shows a mountain
village?): a picture is known by its caption, a fact of the base tagged `photo` (图片:北仑中心城区).
A question naming a picture (the lexicon's picture words: 图片, 配图, photo, caption) is answered
from the captions only, as check grounds a picture only in a caption; one naming a picture by its
place among the article's pictures (第一张, the second photo, the last picture) is answered with
the caption of that picture, the captions in the order the article prints them."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, Hit
    from beilun_cli.store.catalog import Catalog


_ORDINALS_ZH = {
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_LAST_ZH, _LAST_EN = "最后", ("last", "final")
# A picture's place among the article's pictures, before the picture word: 第一张, 第3幅, 最后一张;
# the first photo, the 2nd picture, the last image.
_PLACE_ZH = Lazy(r"(?:第([一二两三四五六七八九十]|\d+)|(最后)一?)[张幅个]?(?:配图|图片|照片|图)")
_PLACE_EN = Lazy(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|(\d+)(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+)?(?:photo|picture|image|photograph|caption)s?\b"
)


@cache
def _picture_pattern() -> re.Pattern[str]:
    """The lexicon's picture words, as check reads them (verify/pictures.py), and a picture
    counted (一张图)."""
    return re.compile(rf"{lexicon.picture_pattern()}|[张幅]图")


def names_a_picture(question: str) -> bool:
    """Whether a question names a picture of the article or its caption."""
    return _picture_pattern().search(question.casefold()) is not None


def without_pictures(text: str) -> str:
    """A text without its picture words: what it says of the picture."""
    return _picture_pattern().sub(" ", text.casefold())


# Which picture (哪张图片, which photo): the caption is the answer, not the things it names.
_WHICH = Lazy(r"哪一?[张幅个]?(?:配图|图片|照片|图)|\bwhich (?:photo|picture|image|photograph|caption)s?\b")


def asks_which(question: str) -> bool:
    """Whether a question asks which picture (哪张图片, which photo)."""
    return _WHICH.search(question.casefold()) is not None


def captions(base: Catalog) -> list[FactRecord]:
    """The captions of the article's pictures, in the order the article prints them."""
    from beilun_cli.store.catalog import Filters

    found = [fact for fact in base.fact_records(Filters()) if lexicon.picture_tag() in fact["tags"]]
    return sorted(found, key=lambda fact: fact["source"]["paragraph"])


def is_caption(hit: Hit) -> bool:
    return lexicon.picture_tag() in hit.fact.to_dict()["tags"]


def place_asked(question: str) -> int | None:
    """The place of the picture a question names by its place (1 for the first, -1 for the last);
    None when it names none so."""
    text = question.casefold()
    found = _PLACE_ZH.search(text)
    if found is not None:
        if found.group(2) == _LAST_ZH:
            return -1
        number = found.group(1)
        return int(number) if number.isdigit() else _ORDINALS_ZH[number]
    found = _PLACE_EN.search(text)
    if found is None:
        return None
    word = found.group(1)
    if word in _LAST_EN:
        return -1
    return int(found.group(2)) if found.group(2) else _ORDINALS_EN[word]


def picture_at(base: Catalog, question: str) -> FactRecord | None:
    """The caption of the picture a question names by its place (文章第一张图片), or None when it
    names none so or the article has no picture there."""
    place = place_asked(question)
    if place is None:
        return None
    every = captions(base)
    index = place - 1 if place > 0 else len(every) + place
    return every[index] if 0 <= index < len(every) else None
