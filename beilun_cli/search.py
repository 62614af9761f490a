"""Bilingual ranked search: the analyzer, postings built from facts, and BM25 over postings.

Pure functions: nothing here prints, reads files or knows about Typer. Three steps, kept apart so
that the index stores postings at build time and queries read only the terms they need:

1. analyze: text -> terms. NFKC folds full-width forms into half-width ones, casefold folds
   case; Chinese is cut into character bigrams (and unigrams), as CJK analyzers do for text
   without word spaces; English words lose stop words and are stemmed (PyStemmer); numbers are
   kept whole ("40.1", "2,000" -> "2000"). A query with characters the base never uses is first
   converted from traditional to simplified Chinese (OpenCC).
2. build_postings: facts -> term -> [(fact position, term frequency)], document lengths.
3. rank: query terms x postings -> BM25 scores, best first, ties broken by fact order.

The stemmer and the converter are imported on first use only: `beilun list` never loads them,
and a query in simplified Chinese never loads the converter.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli.fields import tidy_number

if TYPE_CHECKING:
    from typing import Protocol

    from beilun_cli.model import Fact, LoadedBase

    class PostingSource(Protocol):
        """What the scorer reads: postings in memory (Postings) or in the persistent index."""

        @property
        def count(self) -> int:
            """How many facts there are."""
            ...

        @property
        def norms(self) -> Sequence[float]:
            """BM25's length normalisation of each fact, by fact position (see length_norms)."""
            ...

        def postings(self, term: str) -> Sequence[tuple[int, int]]:
            """(fact position, term frequency) of every fact holding `term`, in fact order."""
            ...

        def knows(self, term: str) -> bool:
            """Whether any fact holds `term`."""
            ...


# A question fits in far fewer characters; the cap keeps a pasted book answering at once.
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 128
# BM25's usual constants: term-frequency saturation and length normalisation.
K1 = 1.2
B = 0.75
# Scores are compared at this precision, so that a different summation (a persistent index,
# another platform) cannot reorder equal scores: ties always fall back to fact order.
SCORE_DIGITS = 6

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_TOKEN = re.compile(
    rf"(?P<han>[{_HAN}]+)"
    # 2,000 and 1,146.46 are one number; 40.1 too. Plain integers come out as words.
    r"|(?P<number>[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+\.[0-9]+)"
    rf"|(?P<word>[^\W_{_HAN}]+)"
)
# No second pattern for "is this Chinese": compiling a class of the CJK ranges costs about a
# millisecond on every search, so _TOKEN's han group answers that too.

# Snowball's English stop list, with the contractions split as the tokenizer splits them
# ("what's" -> what, s), plus words that only make a request ("how many", "tell me").
STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are aren as at be because been before
    being below between both but by can could couldn d did didn do does doesn doing don down during
    each few for from further had hadn has hasn have haven having he her here hers herself him
    himself his how i if in into is isn it its itself just ll m many me more most much mustn my
    myself no nor not of off on once or other ought our ours ourselves out over own please re s
    same shan she should shouldn so some such t tell than that the their theirs them themselves
    then there these they this those through to too under until up ve very was wasn we were weren
    what when where which while who whom why will with won would wouldn you your yours yourself
    yourselves
    """.split()
)


# ---------------------------------------------------------------- the analyzer


@cache
def _stemmer() -> Callable[[str], str]:
    import Stemmer

    stem: Callable[[str], str] = Stemmer.Stemmer("english").stemWord
    return stem


@cache
def _simplifier() -> Callable[[str], str]:
    import opencc

    converter = opencc.OpenCC("t2s.json")
    return lambda text: str(converter.convert(text))


def normalise(text: str) -> str:
    """Full-width forms as half-width ones (NFKC), case folded: the form every term is made from."""
    return unicodedata.normalize("NFKC", text).casefold()


def to_simplified(text: str) -> str:
    """Traditional Chinese as simplified (森林覆蓋率 -> 森林覆盖率); other text unchanged."""
    return _simplifier()(text)


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    """(kind, token) of normalised text: kind is han, number or word."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "word"
        yield kind, match.group()


def _word_term(word: str) -> str | None:
    """The term of one Latin word: a stem, a number, a code such as f4, or None for a stop word."""
    if word.isdigit() or not word.isalpha():
        return word
    if word in STOP_WORDS:
        return None
    return _stemmer()(word)


def bigrams(run: str) -> list[str]:
    """沙滩公园 -> 沙滩, 滩公, 公园: how a run of Chinese characters is matched."""
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_terms(text: str) -> list[str]:
    """Every term of a text as the index stores it: Chinese unigrams and bigrams, stems, numbers."""
    terms: list[str] = []
    # _tokens, inlined: this loop runs for every word of a base being indexed.
    for match in _TOKEN.finditer(normalise(text)):
        kind, token = match.lastgroup, match.group()
        if kind == "han":
            terms.extend(token)
            terms.extend(bigrams(token))
        elif kind == "number":
            terms.append(token.replace(",", ""))
        elif (term := _word_term(token)) is not None:
            terms.append(term)
    return terms


def query_terms(text: str, known: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """The distinct terms of a query, in query order, at most MAX_QUERY_TERMS of them.

    A run of Chinese characters is matched by its bigrams (a single character by itself).
    Chinese is converted from traditional to simplified first, unless `known` accepts every
    character of the query (the index holds them all: nothing to convert, no converter to
    load). Only the first MAX_QUERY_CHARS characters are read.
    """
    normal = normalise(text[:MAX_QUERY_CHARS])
    chars = [char for kind, token in _tokens(normal) if kind == "han" for char in token]
    if chars and (known is None or not all(known(char) for char in chars)):
        normal = to_simplified(normal)
    terms: dict[str, None] = {}
    for kind, token in _tokens(normal):
        if kind == "han":
            terms.update(dict.fromkeys(bigrams(token) if len(token) > 1 else [token]))
        elif kind == "number":
            terms[token.replace(",", "")] = None
        elif (term := _word_term(token)) is not None:
            terms[term] = None
        if len(terms) >= MAX_QUERY_TERMS:
            break
    return tuple(terms)[:MAX_QUERY_TERMS]


# ---------------------------------------------------------------- facts -> postings


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


def fact_terms(fact: Fact, base: LoadedBase, known: dict[str, Counter[str]] | None = None) -> Counter[str]:
    """The bag of terms of one fact, with its value and the years of its time as numbers.

    `known` caches the terms of entities and tags, which many facts share.
    """
    shared = {} if known is None else known
    entities = [
        (ident, base.entities[ident].names if ident in base.entities else ()) for ident in fact.entities
    ]
    groups = searched_texts(fact.claim.zh, fact.claim.en, fact.quote, entities, fact.tags)
    terms: Counter[str] = Counter()
    for key, texts in groups:
        if not key:
            terms.update([term for text in texts for term in index_terms(text)])
            continue
        if key not in shared:
            shared[key] = Counter([term for text in texts for term in index_terms(text)])
        terms.update(shared[key])
    if fact.value is not None:
        terms[str(tidy_number(fact.value))] += 1
    if fact.as_of is not None:
        terms.update(dict.fromkeys({fact.as_of.start[:4], fact.as_of.end[:4]}, 1))
    return terms


def length_norms(lengths: Sequence[int]) -> tuple[float, ...]:
    """K1 * (1 - B + B * length / average length) for each fact: computed once, when indexing."""
    if not lengths:
        return ()
    average = sum(lengths) / len(lengths)
    return tuple(K1 * (1 - B + B * length / average) for length in lengths)


class Postings:
    """An inverted index in memory: term -> (fact position, term frequency) pairs.

    Each term's pairs are one flat array of unsigned ints (position, frequency, position, ...):
    a 100,000-fact base has millions of pairs, and tuples of them would need ten times the memory.
    `lengths` (each fact's count of terms) is what `norms` is computed from.
    """

    __slots__ = ("terms", "norms", "lengths")

    def __init__(
        self, terms: Mapping[str, array[int]], norms: Sequence[float], lengths: Sequence[int] = ()
    ) -> None:
        self.terms = terms
        self.norms = norms
        self.lengths = lengths

    @property
    def count(self) -> int:
        return len(self.norms)

    def postings(self, term: str) -> Sequence[tuple[int, int]]:
        flat = self.terms.get(term)
        return list(zip(flat[0::2], flat[1::2], strict=True)) if flat is not None else ()

    def knows(self, term: str) -> bool:
        return term in self.terms


def build_postings(base: LoadedBase) -> Postings:
    """Postings of every fact of a base, positions being the facts' order in the base."""
    flat, lengths = fact_postings(base.facts, base, 0)
    return Postings(flat, length_norms(lengths), lengths)


def fact_postings(
    facts: Sequence[Fact], base: LoadedBase, first: int
) -> tuple[dict[str, array[int]], array[int]]:
    """Postings of a run of facts whose positions start at `first`, and each one's length:
    a whole base, or the facts of the files an index update reads again."""
    flat: dict[str, array[int]] = {}
    lengths = array("I")
    known: dict[str, Counter[str]] = {}
    for position, fact in enumerate(facts, start=first):
        terms = fact_terms(fact, base, known)
        lengths.append(sum(terms.values()))
        for term, frequency in terms.items():
            entries = flat.get(term)
            if entries is None:
                flat[term] = entries = array("I")
            entries.append(position)
            entries.append(frequency)
    return flat, lengths


# ---------------------------------------------------------------- query x postings -> ranking


class Ranked:
    """One fact position with its score and the query terms it matched, in query order.

    A plain class: a dataclass or NamedTuple costs more start-up time to define."""

    __slots__ = ("position", "score", "terms")

    def __init__(self, position: int, score: float, terms: tuple[str, ...]) -> None:
        self.position = position
        self.score = score
        self.terms = terms


def rank(source: PostingSource, terms: Sequence[str]) -> list[Ranked]:
    """BM25 of every fact holding a query term: best first, equal scores in fact order."""
    count = source.count
    if count == 0:
        return []
    norms = source.norms
    scores: dict[int, float] = {}
    matched: dict[int, list[str]] = {}
    for term in terms:
        entries = source.postings(term)
        if not entries:
            continue
        idf = math.log(1 + (count - len(entries) + 0.5) / (len(entries) + 0.5))
        for position, frequency in entries:
            scores[position] = scores.get(position, 0.0) + idf * frequency * (K1 + 1) / (
                frequency + norms[position]
            )
            matched.setdefault(position, []).append(term)
    ranked = [Ranked(pos, round(score, SCORE_DIGITS), tuple(matched[pos])) for pos, score in scores.items()]
    return sorted(ranked, key=lambda hit: (-hit.score, hit.position))


def has_terms(text: str) -> bool:
    """Whether a query holds anything to search for (not only stop words and punctuation)."""
    return any(kind != "word" or _word_term(token) is not None for kind, token in _tokens(normalise(text)))


# ---------------------------------------------------------------- for people: marks and hints


def marks(matches: Iterable[tuple[Sequence[str], Sequence[str]]]) -> tuple[str, ...]:
    """The words that matched, as the texts write them: what a table marks.

    `matches` holds, per hit, the texts search read of its fact and the query terms it matched.
    """
    found: set[str] = set()
    for texts, terms in matches:
        wanted = set(terms)
        for text in texts:
            for match in _TOKEN.finditer(text):
                surface = match.group()
                if match.lastgroup == "han":
                    found.update(_matched_runs(surface, wanted))
                elif any(term in wanted for term in index_terms(surface)):
                    found.add(surface)
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


def _matched_runs(run: str, wanted: set[str]) -> list[str]:
    """The stretches of a run of Chinese that matched terms cover, overlapping matches joined:
    志愿 and 愿者 in 志愿者 mark 志愿者, not 志愿 with 者 left over."""
    chars = [normalise(char) for char in run]  # one for one: positions stay those of `run`
    covered = [(i, i + 2) for i in range(len(run) - 1) if chars[i] + chars[i + 1] in wanted]
    covered += [(i, i + 1) for i, char in enumerate(chars) if char in wanted]
    runs: list[list[int]] = []
    for start, end in sorted(covered):
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [run[start:end] for start, end in runs]


def suggestion_names(base: LoadedBase) -> set[str]:
    """The suggestions that are names: topics (id and names), entity names and aliases."""
    names = {topic.id for topic in base.topics.values()}
    for topic in base.topics.values():
        names |= {topic.name.zh, topic.name.en.casefold()}
    for entity in base.entities.values():
        names |= {entity.name.zh, entity.name.en.casefold(), *(alias.casefold() for alias in entity.aliases)}
    return names


def claim_words(claim_en: str) -> set[str]:
    """The suggestions one fact's English claim adds: its longer words."""
    return {
        token
        for kind, token in _tokens(normalise(claim_en))
        if kind == "word" and len(token) > 3 and token.isalpha()
    }


def closest(text: str, candidates: Sequence[str], count: int = 5) -> list[str]:
    """The candidates closest to the query's first words: 'did you mean'."""
    import difflib

    close: dict[str, None] = {}
    for _, token in list(_tokens(normalise(text[:MAX_QUERY_CHARS])))[:8]:
        close.update(dict.fromkeys(difflib.get_close_matches(token, candidates, n=3, cutoff=0.6)))
    return list(close)[:count]
