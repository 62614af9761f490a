"""Generated claims that copy the article's own sentences (docs/check.md, "Who says it"), drawn
from every sentence of every paragraph, none chosen by hand:

- a sentence copied whole after a frame (文章称…): supported, by the fact told with it (most are:
  a heading or a sentence with no fact near it is not);
- the same sentence with a word of its middle replaced by a noun of another topic (农业, 铁路):
  never supported, since the replaced word is grounded neither by the article nor by the fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.store.catalog import Catalog

# A sentence's end, and how many characters of Chinese a sentence needs to be copied.
_SENTENCE_END = re.compile(r"[。;；!！?？]")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_SHORTEST = 8
# Nouns of topics the article never writes of, one put in the stead of a sentence's word.
_STRANGERS = ("农业", "海洋", "森林", "铁路", "机场", "医院", "矿山", "沙漠")


def _sentences(base: Catalog) -> Iterator[str]:
    for source in base.sources():
        for paragraph in base.paragraphs(source["id"]):
            for sentence in _SENTENCE_END.split(paragraph["zh"]):
                sentence = sentence.strip().rstrip(",，")
                if len(re.findall(r"[\u4e00-\u9fff]", sentence)) >= _SHORTEST:
                    yield sentence


def copied_cases(base: Catalog) -> Iterator[tuple[str, str, str]]:
    """(family, claim, verdict): each sentence of the article copied after 文章称, supported; the
    same with a word of its middle replaced by a stranger, not-enough-info."""
    for index, sentence in enumerate(_sentences(base)):
        yield "article-copied", f"文章称{sentence}。", SUPPORTED
        pairs = [found.start() for found in _HAN_PAIR.finditer(sentence)]
        at = pairs[len(pairs) // 2]
        stranger = _STRANGERS[index % len(_STRANGERS)]
        yield (
            "article-copied-stranger",
            f"文章称{sentence[:at]}{stranger}{sentence[at + 2 :]}。",
            NOT_ENOUGH_INFO,
        )
