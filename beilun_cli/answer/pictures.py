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
from beilun_cli.read.picture_places import place_named
from beilun_cli.verify.pictures import captions

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, Hit
    from beilun_cli.store.catalog import Catalog


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


def is_caption(hit: Hit) -> bool:
    return lexicon.picture_tag() in hit.fact.to_dict()["tags"]


def picture_at(base: Catalog, question: str) -> FactRecord | None:
    """The caption of the picture a question names by its place (文章第一张图片), or None when it
    names none so or the article has no picture there."""
    place = place_named(question)
    if place is None:
        return None
    every = captions(base)
    index = place - 1 if place > 0 else len(every) + place
    return every[index] if 0 <= index < len(every) else None
