"""The index's postings as search ranks with them (ranking.PostingSource): only the terms a
query asks for are read, each once a call."""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from beilun_cli.search.ranking import PostingList
    from beilun_cli.store.index import Index


class IndexedPostings:
    """ranking.PostingSource over the index: reads only the terms a query asks for."""

    def __init__(self, index: Index, count: int) -> None:
        self._rows = index.rows
        self.count = count
        self._norms: array[float] | None = None
        self._patterns: list[tuple[str, str]] | None = None
        self._read: dict[str, PostingList] = {}
        self._known: dict[str, bool] = {}

    @property
    def patterns(self) -> Sequence[tuple[str, str]]:
        if self._patterns is None:
            [(data,)] = self._rows("SELECT data FROM blobs WHERE name = 'patterns'")
            self._patterns = list(map(tuple, json.loads(data)))  # a thousand pairs: no loop of Python's
        return self._patterns

    def pinyin(self, key: str) -> Sequence[str]:
        found = self._rows("SELECT record FROM pinyin WHERE key = ?", (key,))
        return cast("list[str]", json.loads(found[0][0])) if found else []

    @property
    def norms(self) -> Sequence[float]:
        if self._norms is None:
            [(data,)] = self._rows("SELECT data FROM blobs WHERE name = 'norms'")
            self._norms = array("d")
            self._norms.frombytes(data)
        return self._norms

    def postings(self, term: str) -> PostingList:
        from beilun_cli.search.ranking import NO_POSTINGS, PostingList

        if term in self._read:
            return self._read[term]
        found = self._rows("SELECT postings FROM terms WHERE term = ?", (term,))
        if not found:
            self._read[term] = NO_POSTINGS
            return NO_POSTINGS
        packed = array("I")
        packed.frombytes(found[0][0])
        self._read[term] = entries = PostingList(packed)
        return entries

    def knows(self, term: str) -> bool:
        # Asked again for the same words: a question's every Chinese character, each time its
        # text is prepared (search, then ask's coverage of each close hit).
        if term in self._read:
            return bool(self._read[term])
        if term not in self._known:
            self._known[term] = bool(self._rows("SELECT 1 FROM terms WHERE term = ?", (term,)))
        return self._known[term]
