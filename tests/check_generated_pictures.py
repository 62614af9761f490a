"""Generated claims of the picture slot (docs/check.md, "Who says it"), drawn from every fact,
none chosen by hand:

- each caption's words said of a picture of the article, in the frames people use (文章配图中有一张
  展示的是…, 文章的一张图片配文为“…”, One photo caption in the article reads '…'): supported;
- each fact of the text said of a picture (文章的一张配图展示的是…, One of the article's photos
  shows …): not-enough-info, since what the text alone says is in no picture;
- each caption said of the picture at its place among the article's pictures, in the order the
  article prints them (文章第三张图片是“大美北仑”, The last photo in the article shows …):
  supported; said of the picture at the next place (or the first, for the last): refuted.

check_generated.cases yields these with the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Frames of a picture of the article and what it shows or its caption reads, one per fact and
# language, chosen by its id.
_PICTURED = {
    "zh": (
        "文章配图中有一张展示的是{}。",
        "文章的一张图片配文为“{}”。",
        "有一张配图表现的是“{}”。",
        "文中一幅照片拍的是{}。",
        "文章的一张配图显示了{}。",
        "其中一张图片的图注是“{}”。",
    ),
    "en": (
        "One photo caption in the article reads '{}'.",
        "One of the article's photos shows {}.",
        "A picture in the article depicts {}.",
        "The article includes a photo captioned '{}'.",
        "One image in the story shows {}.",
    ),
}


def _shown(record: FactRecord, lang: str) -> str:
    """What a caption says a picture shows (图片:蓝色梅山湾 -> 蓝色梅山湾), or a fact's claim."""
    text = record["claim"][lang]
    text = text.split(":", 1)[-1].strip() if "photo" in record["tags"] else text
    return text.rstrip("。.")


def picture_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): a caption's words said of a picture, supported; a
    text fact's claim said of a picture, not-enough-info."""
    for record in records:
        ident = record["id"]
        caption = "photo" in record["tags"]
        family, verdict = ("caption-framed", SUPPORTED) if caption else ("text-pictured", NOT_ENOUGH_INFO)
        for lang, frames in _PICTURED.items():
            # Every frame of a caption's; one of a text fact's, chosen by its id.
            chosen = frames if caption else (frames[sum(map(ord, ident)) % len(frames)],)
            for frame in chosen:
                yield ident, family, lang, frame.format(_shown(record, lang)), verdict


# A picture named by its place: the place's words in each language (the last for -1).
_PLACED = {
    "zh": ("文章第{}张图片是“{}”。", "文章最后一张配图拍的是{}。"),
    "en": ("The {} photo in the article shows {}.", "The last picture in the article is captioned '{}'."),
}
_EN_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ZH_ORDINALS = "一二三四五六七八九十"


def placed_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each caption said of the picture at its place among
    the article's pictures, supported; at the next place (the first, for the last), refuted."""
    captions = sorted(
        (record for record in records if "photo" in record["tags"]), key=lambda r: r["source"]["paragraph"]
    )
    for at, record in enumerate(captions):
        if at >= len(_EN_ORDINALS):
            break
        other = (at + 1) % len(captions)
        for lang, (frame, last) in _PLACED.items():
            shown = _shown(record, lang)
            said = ((at, "caption-placed", SUPPORTED), (other, "caption-misplaced", REFUTED))
            for place, family, verdict in said:
                if place == len(captions) - 1:
                    claim = last.format(shown)
                else:
                    ordinal = _ZH_ORDINALS[place] if lang == "zh" else _EN_ORDINALS[place]
                    claim = frame.format(ordinal, shown)
                yield record["id"], family, lang, claim, verdict


# Captions said together, with their count (文章配图中有“A”和“B”两幅): the count is the list's.
_LISTED = {
    "zh": ("文章配图中有{}{}幅。", "和", "两三四五"),
    "en": ("{} of the article's photos are captioned {}.", " and ", ("Two", "Three", "Four", "Five")),
}
# A caption the article never prints, in the stead of the last.
_UNPRINTED = {"zh": "东海明珠", "en": "Pearl of the East Sea"}


def listed_caption_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(facts, family, lang, claim, verdict): each two captions the article prints one after the
    other, and each three, said together with their count: supported; with a caption the article
    never prints in the stead of the last: not-enough-info; with a count one too many: not
    supported (not-enough-info: the article does not print them so)."""
    captions = sorted(
        (record for record in records if "photo" in record["tags"]), key=lambda r: r["source"]["paragraph"]
    )
    for size in (2, 3):
        for at in range(len(captions) - size + 1):
            group = captions[at : at + size]
            ident = "+".join(record["id"] for record in group)
            for lang, (frame, joint, counts) in _LISTED.items():
                if any(":" not in record["claim"][lang] for record in group):
                    continue  # a caption with words of its own after its label is a sentence
                shown = [_shown(record, lang) for record in group]
                if any(len(name) > 40 for name in shown):
                    continue
                for names, count, family, verdict in (
                    (shown, size, "captions-listed", SUPPORTED),
                    ([*shown[:-1], _UNPRINTED[lang]], size, "captions-listed-unprinted", NOT_ENOUGH_INFO),
                    (shown, size + 1, "captions-listed-miscounted", NOT_ENOUGH_INFO),
                ):
                    quoted = [f"“{name}”" if lang == "zh" else f"'{name}'" for name in names]
                    written = (", " if lang == "en" else "、").join(quoted[:-1]) + joint + quoted[-1]
                    said = counts[count - 2]
                    claim = frame.format(written, said) if lang == "zh" else frame.format(said, written)
                    yield ident, family, lang, claim, verdict
