"""The picture slot: a claim of a picture of the article (文章配图展示的是…, one photo caption
reads…) states what a caption says, so only a caption's fact (tagged `photo`) holds it; a fact of
the text grounds none of its picture words, whatever else it grounds (配 of 配套 is no 配图)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_PICTURE = Lazy(lexicon.picture_pattern(), re.IGNORECASE)  # grounding.toml, [pictures]


def unpictured(text: str, records: Sequence[FactRecord]) -> list[str]:
    """The picture words a claim writes when none of `records` is a caption's fact (none when
    one is, or when it writes none)."""
    tag = lexicon.picture_tag()
    if any(tag in record["tags"] for record in records):
        return []
    return [found.casefold() for found in _PICTURE.findall(text)][:1]
