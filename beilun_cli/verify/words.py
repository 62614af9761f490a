"""Which pairs of Chinese characters the article writes as words, read from the article itself.

The index reads Chinese as pairs of characters, so the evidence "holds" every pair it writes,
words and the edges of two words alike: 产业现代化 holds 产业 and 现代, and 业现 too. A pair of a
claim stands across two words when a character of it belongs to a word beside it that the
evidence grounds (residue.word_edge); an edge of two words of the evidence proves nothing of the
sort (农业现代化: 业现 is no word, and 农业 stays a word the evidence never says).

A pair is an edge of two words where it stands between two pairs the article writes more often
than it: a word recurs in other company (产业 of 产业集群, 产业结构; 现代 of 现代服务业), while the edge of
two words recurs only where both do. A pair is no word when it is an edge wherever the article
writes it; a pair the article never writes (配图, a word of the vocabulary) is not read here.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache


def _han(text: str) -> bool:
    return len(text) == 2 and all("\u3400" <= char <= "\u9fff" for char in text)


def _company(pair: str, text: str) -> Iterator[tuple[int, int]]:
    """How often `text` writes the pairs before and after each place it writes `pair` (0 for none:
    the edge of a run of Chinese)."""
    at = text.find(pair)
    while at >= 0:
        before, after = text[at - 1 : at + 1] if at else "", text[at + 1 : at + 3]
        yield _times(before, text), _times(after, text)
        at = text.find(pair, at + 1)


@lru_cache(maxsize=8192)
def _times(pair: str, text: str) -> int:
    return text.count(pair) if _han(pair) else 0


@lru_cache(maxsize=4096)
def edge_of_words(pair: str, text: str) -> bool:
    """Whether `text` (the article) writes `pair` only as the edge of two words: wherever it
    stands, each pair overlapping it is written more often than it (业现 of 产业现代化)."""
    if not _han(pair):
        return False
    times = _times(pair, text)
    return bool(times) and all(before > times and after > times for before, after in _company(pair, text))


@lru_cache(maxsize=4096)
def written_word(pair: str, text: str) -> bool:
    """Whether `text` (the article) writes `pair` as a word somewhere: as often as each pair
    overlapping it there and more often than one of them (冠军 of 单项冠军产品): a word wherever a
    claim writes it, never the edge of two. Pairs written only together (影秀 of the name
    博地影秀城) are no word of their own."""
    if not _han(pair):
        return False
    times = _times(pair, text)
    return any(max(company) <= times and min(company) < times for company in _company(pair, text))
