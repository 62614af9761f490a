"""Claims generated from every fact whose own claim fills a slot of one value by a frame of its
words (以港口文化为主题, takes port culture as its theme: `words.toml` [[slot_frames]]), for
tests/check_generated.py (docs/check.md, other-slot-value):

- the value replaced by the name of a topic of the base that shares none of its words (以生态环境
  为主题, takes Party building as its theme): refuted;
- the value kept: supported; and cut to its first word (以港口为主题, takes port as its theme),
  which the fact's value holds: supported.

The values are found here by the frames' own patterns; the topics' names are the base's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


def _shares_a_word(one: str, other: str, lang: str) -> bool:
    if lang == "en":
        words = [set(re.findall(r"[a-z]{3,}", text.casefold())) for text in (one, other)]
    else:
        words = [{text[i : i + 2] for i in range(len(text) - 1)} for text in (one, other)]
    return bool(words[0] & words[1]) or one in other or other in one


def slot_value_cases(
    records: Sequence[FactRecord], topics: Sequence[dict[str, str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each slot of one value a fact's own claim fills;
    `topics` the names of the base's topics, by language."""
    for record in records:
        for lang in ("zh", "en"):
            text = record["claim"][lang]
            for _, patterns in lexicon.slot_frames(lang):
                for pattern in patterns:
                    match = re.search(pattern, text.casefold())
                    if match is None:
                        continue
                    at, end = match.span("value")
                    value = text[at:end]
                    yield record["id"], "slot-value-kept", lang, text, SUPPORTED
                    head = value.split()[0] if lang == "en" else value[:2]
                    if head != value:
                        yield (
                            record["id"],
                            "slot-value-head",
                            lang,
                            f"{text[:at]}{head}{text[end:]}",
                            SUPPORTED,
                        )
                    for topic in topics:
                        other = topic[lang].casefold() if lang == "en" else topic[lang]
                        if not _shares_a_word(other, value, lang):
                            yield (
                                record["id"],
                                "slot-value-other",
                                lang,
                                f"{text[:at]}{other}{text[end:]}",
                                REFUTED,
                            )
