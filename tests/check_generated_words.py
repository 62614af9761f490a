"""Generated claims that pin how a Chinese claim's words are read (verify/words.py, residue.py's
word_edge), drawn from every fact, none chosen by hand:

- each word of the fact's own Chinese claim (a pair of characters the article writes as a word,
  not as the edge of two) with one character swapped for another that makes a word the article
  writes elsewhere (农业 for 产业, 国内 for 国际): never supported, as the claim then says a word
  its evidence does not (the edge of two words the evidence writes, 业现 of 产业现代化, is no word
  beside which 农业 stands across two).

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from check_generated_synonyms import NOT_SUPPORTED

from beilun_cli import lexicon
from beilun_cli.verify.words import edge_of_words

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# How many of a fact's words are swapped: its first few, so that the family grows with the base
# and not with the length of its claims.
PER_FACT = 3
# A replacement is a word the article writes at least this often (a word that recurs).
RECURRING = 2


def _pairs(text: str) -> Counter[str]:
    return Counter(run[at : at + 2] for run in _HAN_RUN.findall(text) for at in range(len(run) - 1))


def swapped_word_cases(
    records: Sequence[FactRecord], article: str
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): a word of each fact's Chinese claim with one
    character swapped for another that makes a recurring word of the article."""
    written = _pairs(article)
    grouped = {word for group in lexicon.paraphrase_groups() for word in group}
    words = [
        pair
        for pair, times in written.items()
        if times >= RECURRING and pair not in grouped and not edge_of_words(pair, article)
    ]
    function = lexicon.stop_words("zh")
    for record in records:
        claim = record["claim"]["zh"]
        said = f"{claim}{record['quote']}"
        made = 0
        for at in range(len(claim) - 1):
            pair = claim[at : at + 2]
            if made >= PER_FACT or not _HAN_RUN.fullmatch(pair) or pair in grouped:
                continue
            if any(char in function for char in pair) or edge_of_words(pair, article) or not written[pair]:
                continue
            other = _swap(pair, words, said, written)
            if other is None:
                continue
            new = claim[:at] + other + claim[at + 2 :]
            # The article may say the new claim's words too (产业 and 企业 of one sentence).
            if new[max(at - 1, 0) : at + 3] in article:
                continue
            made += 1
            yield record["id"], "swapped-character", "zh", new, NOT_SUPPORTED


def _swap(pair: str, words: Sequence[str], said: str, written: Counter[str]) -> str | None:
    """The article's word, most often written, that keeps one character of `pair` in its place
    and swaps the other, and that the fact never says nor the lexicon groups with another."""
    fits = [
        word
        for word in words
        if word != pair
        and (word[0] == pair[0] or word[1] == pair[1])
        and word not in said
        and not set(word) - set(pair) & set(said)
    ]
    return min(fits, key=lambda word: (-written[word], word)) if fits else None
