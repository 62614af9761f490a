"""Regular expressions compiled on first use.

Reading a claim or a quote takes dozens of patterns (numerals, units, dates, quantifiers, in
two languages); compiling them all when a module is imported cost about 25 ms, a fifth of a
one-shot command's run, while a Chinese claim never needs the English ones. `Lazy` compiles its
pattern the first time it is used; `re` keeps the compiled form for the rest of the process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


class Lazy:
    """A pattern, compiled when first used; it answers as `re.Pattern` does for what we call."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text)
