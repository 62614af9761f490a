"""Facts -> postings: term -> [(fact position, term frequency)], and document lengths.

Beside its own words (see `analysis`), a fact holds weaker terms: the words of its `asked`
phrasings (other ways people ask for it, prefixed ASKED), one term per concept of the base's
vocabulary whose words it uses (CONCEPT: economy, GDP, 地区生产总值 are one concept) and one for
its measure (MEASURE). Entities' names are also keyed by their pinyin (zhangrenya -> 张人亚),
computed when the index is built: pypinyin is imported to build an index only, never to answer
a query. `Postings` holds them in memory; the index stores them (store/indexed_postings.py).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.lexicon.numbers import tidy_number
from beilun_cli.search.analysis import (
    ASKED,
    CONCEPT,
    HAN,
    MEASURE,
    found_terms,
    normalise,
    pattern,
    prepared_terms,
    signature,
    terms_and_signature,
)
from beilun_cli.search.ranking import NO_POSTINGS, PostingList, length_norms

if TYPE_CHECKING:
    from beilun_cli.base.model import Fact, LoadedBase

# How many ways of reading a name's polyphonic characters are keyed: 长山 is changshan and
# zhangshan, but a long name need not list every reading.
PINYIN_READINGS = 8


def concept_patterns(base: LoadedBase) -> list[tuple[str, str]]:
    """(pattern, term) of each word of each concept, then of each name and alias of each measure."""
    words = [
        (word, CONCEPT + concept.id, word in concept.whole)
        for concept in base.concepts.values()
        for word in concept.words
    ]
    words += [
        (name, MEASURE + measure.id, name in measure.whole)
        for measure in base.measures.values()
        for name in (measure.name.zh, measure.name.en, *measure.aliases)
    ]
    found: dict[tuple[str, str], None] = {}
    for word, term, whole in words:
        if (text := pattern(word, whole)) is not None:
            found[(text, term)] = None
    return list(found)


class _Anchored:
    """Concept patterns by a term every text holding them holds (a bigram of Chinese, a stem):
    finding the concepts of a text looks at the patterns of its own terms only."""

    def __init__(self, patterns: Iterable[tuple[str, str]]) -> None:
        self.by_term: dict[str, list[tuple[str, str]]] = {}
        for found, term in patterns:
            if not term.startswith(CONCEPT):
                continue
            first = found.split()[0]
            anchor = first[:2] if re.match(f"[{HAN}]", first) else first
            self.by_term.setdefault(anchor, []).append((found, term))

    def concepts(self, text_signature: str, terms: Iterable[str]) -> set[str]:
        """The concepts of a text, given its signature and its terms."""
        candidates = [entry for term in terms for entry in self.by_term.get(term, ())]
        return found_terms(text_signature, candidates) if candidates else set()


def pinyin_keys(name: str) -> list[str]:
    """How a Chinese name is typed in pinyin without tones or spaces: 张人亚 -> zhangrenya; a
    name with polyphonic characters has each reading (长山 -> zhangshan, changshan), up to
    PINYIN_READINGS. Only names written wholly in Chinese have keys. Imports pypinyin: only
    an index build calls this."""
    from itertools import islice, product

    from pypinyin import Style, lazy_pinyin, pinyin

    if not name or not re.fullmatch(f"[{HAN}]+", name):
        return []
    keys = dict.fromkeys(["".join(lazy_pinyin(name))])
    readings = pinyin(name, style=Style.NORMAL, heteronym=True)
    keys.update(dict.fromkeys("".join(parts) for parts in islice(product(*readings), PINYIN_READINGS)))
    return [key for key in keys if key.isascii() and key.isalpha()]


def pinyin_table(base: LoadedBase) -> dict[str, list[str]]:
    """pinyin key -> the Chinese it spells: entities' names (in base order), then the Chinese
    words of two characters or more of the concept vocabulary (房子 -> fangzi), so that a name
    run together with a word (zuopengfangzi) is read as both."""
    table: dict[str, list[str]] = {}
    written = [normalise(name) for entity in base.entities.values() for name in entity.names]
    written += [
        normalise(word) for concept in base.concepts.values() for word in concept.words if len(word) > 1
    ]
    for name in dict.fromkeys(written):
        for key in pinyin_keys(name):
            names = table.setdefault(key, [])
            if name not in names:
                names.append(name)
    return table


def searched_texts(
    claim_zh: str,
    claim_en: str,
    quote: str,
    entities: Iterable[tuple[str, Sequence[str]]],
    tags: Iterable[str],
) -> list[tuple[str, Sequence[str]]]:
    """What search reads of a fact, in groups: its claims and quote, then each entity's names
    (given as (id, names)), then each tag. The index ranks by these and a table marks matches
    in these, so the two cannot drift apart.

    Each group but the first has a key naming what it came from: many facts share an entity or
    a tag, and its terms need analysing once per base, not once per fact.
    """
    groups: list[tuple[str, Sequence[str]]] = [("", (claim_zh, claim_en, quote))]
    groups += [(f"entity:{ident}", names) for ident, names in entities]
    groups += [(f"tag:{tag}", (tag.replace("-", " "),)) for tag in tags]
    return groups


def fact_terms(
    fact: Fact,
    base: LoadedBase,
    known: dict[str, Counter[str]] | None = None,
    anchored: _Anchored | None = None,
) -> Counter[str]:
    """The bag of terms of one fact, with its value and the years of its time as numbers; the
    terms of its `asked` phrasings (prefixed ASKED), and one of each concept it uses a word of
    and of its measure (see the module's docstring).

    `known` caches the terms of entities and tags, which many facts share; `anchored` the
    base's concept patterns (made from the base when not given).
    """
    shared = {} if known is None else known
    finder = anchored if anchored is not None else _Anchored(concept_patterns(base))
    entities = [
        (ident, base.entities[ident].names if ident in base.entities else ()) for ident in fact.entities
    ]
    groups = searched_texts(fact.claim.zh, fact.claim.en, fact.quote, entities, fact.tags)
    terms: Counter[str] = Counter()
    concepts: set[str] = set()
    for key, texts in groups:
        if not key:
            own, own_signature = terms_and_signature(texts)
            concepts |= finder.concepts(own_signature, own)
            terms.update(own)
            continue
        if key not in shared:
            counted, group_signature = terms_and_signature(texts)
            counted.update(finder.concepts(group_signature, counted))
            shared[key] = counted
        terms.update(shared[key])
    if fact.value is not None:
        terms[str(tidy_number(fact.value))] += 1
    if fact.as_of is not None:
        terms.update(dict.fromkeys({fact.as_of.start[:4], fact.as_of.end[:4]}, 1))
    if fact.asked:
        # A phrasing is a question: its terms are made as a query's are (question words left out).
        asked = Counter([term for text in fact.asked for term in prepared_terms(normalise(text))])
        concepts |= finder.concepts(" ".join(signature(text) for text in fact.asked), asked)
        # A phrasing adds the words the fact lacks. Its words the fact holds already would add
        # weight to what finds it anyway, and lift it above sibling facts that share those
        # words (大禹鼎, 青年公寓) for a query of the words alone.
        terms.update({ASKED + term: count for term, count in asked.items() if term not in terms})
    if fact.measure is not None:
        concepts.add(MEASURE + fact.measure)
    terms.update(concepts)
    for term in [term for term in terms if term[0] == "~"]:
        terms[term] = 1  # a concept counts once, however many of its words a fact uses
    return terms


def fact_length(terms: Counter[str]) -> int:
    """How many terms of its own words a fact holds: BM25's length. The terms of its `asked`
    phrasings, concepts and measure do not count, so they leave other matches' scores as they
    are."""
    return sum(count for term, count in terms.items() if term[0] not in "@~")


class Postings:
    """An inverted index in memory: term -> (fact position, term frequency) pairs.

    Each term's pairs are one flat array of unsigned ints (position, frequency, position, ...):
    a 100,000-fact base has millions of pairs, and tuples of them would need ten times the memory.
    `lengths` (each fact's count of terms) is what `norms` is computed from.
    """

    __slots__ = ("terms", "norms", "lengths", "patterns", "names")

    def __init__(
        self,
        terms: Mapping[str, array[int]],
        norms: Sequence[float],
        lengths: Sequence[int] = (),
        patterns: Sequence[tuple[str, str]] = (),
        names: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.terms = terms
        self.norms = norms
        self.lengths = lengths
        self.patterns = patterns
        self.names = names or {}

    @property
    def count(self) -> int:
        return len(self.norms)

    def postings(self, term: str) -> PostingList:
        flat = self.terms.get(term)
        return PostingList(flat) if flat is not None else NO_POSTINGS

    def knows(self, term: str) -> bool:
        return term in self.terms

    def pinyin(self, key: str) -> Sequence[str]:
        return self.names.get(key, ())


def build_postings(base: LoadedBase) -> Postings:
    """Postings of every fact of a base, positions being the facts' order in the base, with the
    base's concept patterns and pinyin keys."""
    patterns = concept_patterns(base)
    flat, lengths = fact_postings(base.facts, base, 0, patterns)
    return Postings(flat, length_norms(lengths), lengths, patterns, pinyin_table(base))


def fact_postings(
    facts: Sequence[Fact], base: LoadedBase, first: int, patterns: Sequence[tuple[str, str]] | None = None
) -> tuple[dict[str, array[int]], array[int]]:
    """Postings of a run of facts whose positions start at `first`, and each one's length:
    a whole base, or the facts of the files an index update reads again."""
    flat: dict[str, array[int]] = {}
    lengths = array("I")
    known: dict[str, Counter[str]] = {}
    anchored = _Anchored(concept_patterns(base) if patterns is None else patterns)
    for position, fact in enumerate(facts, start=first):
        terms = fact_terms(fact, base, known, anchored)
        lengths.append(fact_length(terms))
        for term, frequency in terms.items():
            entries = flat.get(term)
            if entries is None:
                flat[term] = entries = array("I")
            entries.append(position)
            entries.append(frequency)
    return flat, lengths
