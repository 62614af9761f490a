"""Where a table marks search's matches: whole words, as search matched them.

`search.marks` gives the words as the texts write them: whole English words (volunteers) and
whole runs of matched Chinese (志愿者, 森林覆盖率). Here they become one pattern: an English
word is marked only where it stands as a word (port, never the port of Support); Chinese is
written without spaces, so a Chinese word is marked wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

# Letters of scripts written with spaces between words: a Latin word's neighbours must not be
# these. (Chinese characters are word characters to `\b`, so `\b` would not mark GDP in GDP增长.)
_LATIN = "0-9A-Za-z\u00c0-\u024f"


@cache
def pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for the words, the longest tried first; None for no words."""
    chosen = sorted({word for word in words if word}, key=lambda word: (-len(word), word))
    if not chosen:
        return None
    return re.compile("|".join(_alternative(word) for word in chosen), re.IGNORECASE)


def _alternative(word: str) -> str:
    escaped = re.escape(word)
    before = f"(?<![{_LATIN}])" if re.match(f"[{_LATIN}]", word) else ""
    after = f"(?![{_LATIN}])" if re.search(f"[{_LATIN}]$", word) else ""
    return before + escaped + after


def spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the words stand in `text`, as (start, end)."""
    found = pattern(tuple(words))
    return [] if found is None else [match.span() for match in found.finditer(text)]
