"""Bilingual ranked search: the analyzer, postings built from facts, and BM25 over postings.

Pure functions: nothing here prints, reads files or knows about Typer. Three steps, kept apart so
that the index stores postings at build time and queries read only the terms they need:

1. analyze: text -> terms. NFKC folds full-width forms into half-width ones, casefold folds
   case; Chinese is cut into character bigrams (and unigrams), as CJK analyzers do for text
   without word spaces; English words lose stop words and are stemmed (PyStemmer); numbers are
   kept whole ("40.1", "2,000" -> "2000"). A query with characters the base never uses is first
   converted from traditional to simplified Chinese (OpenCC).
2. build_postings: facts -> term -> [(fact position, term frequency)], document lengths.
   Beside its own words, a fact holds weaker terms: the words of its `asked` phrasings (other
   ways people ask for it, prefixed ASKED), one term per concept of the base's vocabulary whose
   words it uses (CONCEPT: economy, GDP, 地区生产总值 are one concept) and one for its measure
   (MEASURE). Entities' names are also keyed by their pinyin (zhangrenya -> 张人亚), computed
   when the index is built.
3. find: a query -> weighted terms (its own words at weight 1, the same words in `asked`
   phrasings, the concepts and measures it names, each below an exact match) -> BM25 scores,
   best first, ties broken by fact order. Chinese question words (多少, 什么, 啥, 吗) are left
   out of a query, as English stop words are.

The stemmer and the converter are imported on first use only: `beilun list` never loads them,
and a query in simplified Chinese never loads the converter. pypinyin is imported to build an
index only, never to answer a query.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.base.limits import MAX_TEXT_CHARS
from beilun_cli.lexicon.numbers import tidy_number

if TYPE_CHECKING:
    from typing import Protocol

    from beilun_cli.base.model import Fact, LoadedBase

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

        def postings(self, term: str) -> PostingList:
            """The facts holding `term`, in fact order, with how often each holds it."""
            ...

        def knows(self, term: str) -> bool:
            """Whether any fact holds `term`."""
            ...

        @property
        def patterns(self) -> Sequence[tuple[str, str]]:
            """(pattern, term) of every word of a concept or a measure: see concept_patterns."""
            ...

        def pinyin(self, key: str) -> Sequence[str]:
            """The Chinese names of the entities whose pinyin is `key` (zhangrenya -> 张人亚)."""
            ...


# A query is read up to the one cap of free text (a claim, a question): its start is searched.
MAX_QUERY_CHARS = MAX_TEXT_CHARS
MAX_QUERY_TERMS = 128
# BM25's usual constants: term-frequency saturation and length normalisation.
K1 = 1.2
B = 0.75
# What a fact is also found by, each weighted below a match of the fact's own words (1):
# the words of its `asked` phrasings, a concept it uses a word of, the measure its value counts.
ASKED_WEIGHT = 0.6
CONCEPT_WEIGHT = 0.5
MEASURE_WEIGHT = 0.5
# Prefixes of those terms. No term of text has them: words are letters, digits and Chinese.
ASKED = "@"
CONCEPT = "~c:"
MEASURE = "~m:"
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

# Words left out of an English query (Snowball's stop list, request words): see the lexicon.
STOP_WORDS = lexicon.stop_words("en")

# How many ways of reading a name's polyphonic characters are keyed: 长山 is changshan and
# zhangshan, but a long name need not list every reading.
PINYIN_READINGS = 8
# The longest key a word of letters is cut into when it spells several names or words.
MAX_PINYIN_KEY = 30

# Words of a Chinese question that say what is asked, not what about: left out of a query's
# terms (北仑有几个志愿者 -> 北仑, 志愿者), as STOP_WORDS are for English (see the lexicon).
# Matched longest first.
QUESTION_WORDS_ZH = lexicon.question_words("zh")
# English words that only shape a question of size or number: how big, how long, how many.
_HOW_WORDS = lexicon.how_words("en")
# English number words, searched as the word and as its numeral (twenty -> twenty, 20).
NUMBER_WORDS = {
    word: str(number)
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    word: str(10 * tens)
    for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
}


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


def han_runs(text: str) -> tuple[list[str], str]:
    """The runs of Chinese characters of normalised text, and the rest of it (spaced)."""
    runs: list[str] = []
    rest: list[str] = []
    for kind, token in _tokens(text):
        (runs if kind == "han" else rest).append(token)
    return runs, " ".join(rest)


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    """(kind, token) of normalised text: kind is han, number or word."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "word"
        yield kind, match.group()


@cache
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


def _indexed(texts: Iterable[str]) -> tuple[Counter[str], str]:
    """The index terms of texts (index_terms) and their signature (signature), in one pass: the
    two an index build needs of every text."""
    terms: list[str] = []
    pieces: list[str] = []
    for text in texts:
        for match in _TOKEN.finditer(normalise(text)):
            kind, token = match.lastgroup, match.group()
            if kind == "han":
                terms.extend(token)
                terms.extend(bigrams(token))
                pieces.append(token)
            elif kind == "number":
                pieces.append(token.replace(",", ""))
                terms.append(pieces[-1])
            elif (term := _word_term(token)) is not None:
                terms.append(term)
                pieces.append(term)
        pieces.append("")  # a double space: no pattern spans two texts
    return Counter(terms), f" {' '.join(pieces)} "


def prepared(text: str, known: Callable[[str], bool] | None = None) -> str:
    """A query as its terms are made from: its first MAX_QUERY_CHARS characters, normalised,
    and converted from traditional to simplified Chinese unless `known` accepts every Chinese
    character of it (the index holds them all: nothing to convert, no converter to load)."""
    normal = normalise(text[:MAX_QUERY_CHARS])
    chars = [char for kind, token in _tokens(normal) if kind == "han" for char in token]
    if chars and (known is None or not all(known(char) for char in chars)):
        normal = to_simplified(normal)
    return normal


def content(run: str) -> list[str]:
    """A run of Chinese without its question words, as the pieces left between them:
    北仑有几个志愿者 -> 北仑, 志愿者. A run of question words only is kept whole."""
    pieces: list[str] = []
    start = i = 0
    while i < len(run):
        # The longest question word starting here (at most 4 characters: 什么时候).
        length = next((n for n in (4, 3, 2, 1) if run[i : i + n] in QUESTION_WORDS_ZH), 0)
        if length:
            if start < i:
                pieces.append(run[start:i])
            i = start = i + length
        else:
            i += 1
    if start < len(run):
        pieces.append(run[start:])
    return pieces or [run]


def query_terms(text: str, known: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """The distinct terms of a query, in query order, at most MAX_QUERY_TERMS of them.

    A run of Chinese characters is matched by its bigrams (a single character by itself),
    once its question words are left out (see `content`). English number words count as their
    numerals too. The text is `prepared` first.
    """
    return _terms(prepared(text, known))


def _terms(normal: str) -> tuple[str, ...]:
    terms: dict[str, None] = {}
    after_how = False
    for kind, token in _tokens(normal):
        if kind == "han":
            for piece in content(token):
                terms.update(dict.fromkeys(bigrams(piece) if len(piece) > 1 else [piece]))
        elif kind == "number":
            terms[token.replace(",", "")] = None
        elif after_how and token in _HOW_WORDS:
            pass  # how big, how many: the question's shape, not its subject
        elif (term := _word_term(token)) is not None:
            terms[term] = None
            if token in NUMBER_WORDS:
                terms[NUMBER_WORDS[token]] = None
        after_how = token == "how"
        if len(terms) >= MAX_QUERY_TERMS:
            break
    return tuple(terms)[:MAX_QUERY_TERMS]


def signature(text: str) -> str:
    """Text as the words of concepts are found in it: runs of Chinese as written, English words
    as their stems (stop words left out), numbers whole; separated and surrounded by spaces."""
    pieces = []
    for kind, token in _tokens(normalise(text)):
        if kind == "han":
            pieces.append(token)
        elif kind == "number":
            pieces.append(token.replace(",", ""))
        elif (term := _word_term(token)) is not None:
            pieces.append(term)
    return f" {' '.join(pieces)} "


def pattern(word: str, whole: bool = False) -> str | None:
    """What finds `word` in a signature: Chinese anywhere in a run (半导体 in 半导体产业), or only
    as a whole run when `whole` (税 alone, not in 免税); English as whole stems (chip, not
    chipping); None for a word of stop words only."""
    found = signature(word).strip()
    if not found:
        return None
    han = f"[{_HAN}]"
    start = "" if re.match(han, found[0]) and not whole else " "
    end = "" if re.match(han, found[-1]) and not whole else " "
    return f"{start}{found}{end}"


def found_terms(text_signature: str, patterns: Iterable[tuple[str, str]]) -> set[str]:
    """The terms of the patterns found in a signature."""
    return {term for found, term in patterns if found in text_signature}


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
            anchor = first[:2] if re.match(f"[{_HAN}]", first) else first
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

    if not name or not re.fullmatch(f"[{_HAN}]+", name):
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


def _pinyin_words(word: str, source: PostingSource) -> list[str]:
    """The Chinese a word of letters spells, as pinyin keys: the word as one key, else cut
    into keys, longest first from its start (zhangrenyadangzhang -> 张人亚, 党章); [] when some
    of it is no key."""
    whole = source.pinyin(word)
    if whole:
        return [" ".join(whole)]
    found: list[str] = []
    start = 0
    while start < len(word):
        for end in range(min(len(word), start + MAX_PINYIN_KEY), start + 3, -1):
            names = source.pinyin(word[start:end])
            if names:
                found.append(" ".join(names))
                start = end
                break
        else:
            return []
    return found


class Query:
    """A query's weighted terms: its own (weight 1), the same in `asked` phrasings, and the
    concepts and measures it names."""

    __slots__ = ("terms", "weights")

    def __init__(self, terms: tuple[str, ...], weights: dict[str, float]) -> None:
        self.terms = terms
        self.weights = weights


def analyze(text: str, source: PostingSource) -> Query:
    """The weighted terms of a query over a posting source.

    A word of letters only that no fact holds is looked up as the pinyin of an entity's name or
    a concept's word (zhangrenya -> 张人亚, zuopengfangzi -> 左鹏 房子) and searched as that.
    """
    normal = spelled(text, source)
    own = _terms(normal)
    weights = dict.fromkeys(own, 1.0)
    weights.update((ASKED + term, ASKED_WEIGHT) for term in own)
    for term in sorted(found_terms(_query_signature(normal), source.patterns)):
        weights.setdefault(term, CONCEPT_WEIGHT if term.startswith(CONCEPT) else MEASURE_WEIGHT)
    return Query(tuple(weights), weights)


def spelled(text: str, source: PostingSource) -> str:
    """A query `prepared`, with each word of letters only that no fact holds and that spells the
    pinyin of an entity's name or a concept's word replaced by that Chinese (zhangrenya -> 张人亚,
    zuopengfangzi -> 左鹏 房子): the text that is searched."""
    normal = prepared(text, source.knows)
    replaced: list[str] = []
    changed = False
    for kind, token in _tokens(normal):
        if kind == "word" and token.isascii() and token.isalpha() and len(token) > 3:
            term = _word_term(token)
            if term is not None and not source.knows(term) and (names := _pinyin_words(token, source)):
                replaced.append(" ".join(names))
                changed = True
                continue
        replaced.append(token)
    return " ".join(replaced) if changed else normal


def _query_signature(normal: str) -> str:
    """The signature of a query, its Chinese question words left out."""
    pieces = []
    for kind, token in _tokens(normal):
        if kind == "han":
            pieces.extend(content(token))
        elif kind == "number":
            pieces.append(token.replace(",", ""))
        elif (term := _word_term(token)) is not None:
            pieces.append(term)
    return f" {' '.join(pieces)} "


def find(source: PostingSource, text: str) -> list[Ranked]:
    """The facts matching a query, best first: `analyze`, then `rank`."""
    query = analyze(text, source)
    return rank(source, query.terms, query.weights)


def find_best(
    source: PostingSource,
    text: str,
    limit: int,
    allowed: Container[int] | None = None,
    *,
    count_matched: bool = True,
) -> tuple[list[Ranked], int | None]:
    """The `limit` best facts for a query among those `allowed`, and how many matched at all
    (None when not `count_matched`)."""
    query = analyze(text, source)
    return best(source, query.terms, query.weights, limit, allowed, count_matched=count_matched)


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
            own, own_signature = _indexed(texts)
            concepts |= finder.concepts(own_signature, own)
            terms.update(own)
            continue
        if key not in shared:
            counted, group_signature = _indexed(texts)
            counted.update(finder.concepts(group_signature, counted))
            shared[key] = counted
        terms.update(shared[key])
    if fact.value is not None:
        terms[str(tidy_number(fact.value))] += 1
    if fact.as_of is not None:
        terms.update(dict.fromkeys({fact.as_of.start[:4], fact.as_of.end[:4]}, 1))
    if fact.asked:
        # A phrasing is a question: its terms are made as a query's are (question words left out).
        asked = Counter([term for text in fact.asked for term in _terms(normalise(text))])
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


def length_norms(lengths: Sequence[int]) -> tuple[float, ...]:
    """K1 * (1 - B + B * length / average length) for each fact: computed once, when indexing."""
    if not lengths:
        return ()
    average = sum(lengths) / len(lengths)
    return tuple(K1 * (1 - B + B * length / average) for length in lengths)


class PostingList:
    """The facts holding one term, in fact order, and how often each holds it: two arrays made
    from the flat array the index stores (position, frequency, position, ...) by slicing, not
    as a tuple a fact. The term 北仑 of a 100,000-fact base is held by 80,000 facts; a query
    reads it whole but looks up a handful of them (`frequency`)."""

    __slots__ = ("positions", "frequencies")

    def __init__(self, flat: array[int]) -> None:
        self.positions = flat[0::2]
        self.frequencies = flat[1::2]

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.positions, self.frequencies, strict=True)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, PostingList | list | tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PostingList({list(self)!r})"

    def frequency(self, position: int) -> int:
        """How often the fact at `position` holds the term: 0 when it does not."""
        at = bisect_left(self.positions, position)
        return self.frequencies[at] if at < len(self.positions) and self.positions[at] == position else 0


NO_POSTINGS = PostingList(array("I"))


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


# ---------------------------------------------------------------- query x postings -> ranking


class Ranked:
    """One fact position with its score and the query terms it matched, in query order.

    The terms are found when first asked for: a query over a large base scores thousands of
    facts and shows ten. A plain class: a dataclass or NamedTuple costs more start-up time to
    define."""

    __slots__ = ("position", "score", "_terms", "_matches")

    def __init__(self, position: int, score: float, terms: tuple[str, ...] | _Matches) -> None:
        self.position = position
        self.score = score
        self._terms = terms if isinstance(terms, tuple) else None
        self._matches = terms if not isinstance(terms, tuple) else None

    @property
    def terms(self) -> tuple[str, ...]:
        if self._terms is None:
            assert self._matches is not None
            self._terms = self._matches.of(self.position)
        return self._terms


class _Matches:
    """The postings of each scored term: which terms a hit matched is looked up when asked for."""

    __slots__ = ("held",)

    def __init__(self) -> None:
        self.held: list[tuple[str, PostingList]] = []

    def of(self, position: int) -> tuple[str, ...]:
        return tuple(term for term, entries in self.held if entries.frequency(position))


def rank(
    source: PostingSource, terms: Sequence[str], weights: Mapping[str, float] | None = None
) -> list[Ranked]:
    """BM25 of every fact holding a query term: best first, equal scores in fact order.

    A term's `weights` (1 when not given) scales what it adds.
    """
    return best(source, terms, weights)[0]


def best(
    source: PostingSource,
    terms: Sequence[str],
    weights: Mapping[str, float] | None = None,
    limit: int | None = None,
    allowed: Container[int] | None = None,
    *,
    count_matched: bool = True,
) -> tuple[list[Ranked], int | None]:
    """The `limit` best facts (all when None) of `rank` among those `allowed` (all when None),
    and how many facts matched at all (None when not `count_matched`: counting them when the
    scoring was pruned means a union of the longest postings, which `ask` and `check` never
    show). Only the best are rounded and sorted: a word of a large base matches tens of
    thousands of facts."""
    count = source.count
    if count == 0:
        return [], 0
    norms = source.norms
    matches = _Matches()
    postings: list[tuple[PostingList, float]] = []
    for term in terms:
        entries = source.postings(term)
        if not entries:
            continue
        holders = len(entries)
        weight = 1.0 if weights is None else weights.get(term, 1.0)
        postings.append((entries, weight * math.log(1 + (count - holders + 0.5) / (holders + 0.5))))
        matches.held.append((term, entries))
    pruned = None if limit is None else _best_of_rare(postings, norms, count, limit, allowed)
    matched: int | None
    if pruned is not None:
        scores = pruned
        matched = None
        if count_matched:
            union: set[int] = set()
            for entries, _ in postings:
                union.update(entries.positions)
            matched = len(union)
    else:
        scores = {}
        for entries, idf in postings:
            get = scores.get
            for position, frequency in entries:
                scores[position] = get(position, 0.0) + idf * frequency * (K1 + 1) / (
                    frequency + norms[position]
                )
        matched = len(scores)
    if allowed is not None:
        scores = {position: score for position, score in scores.items() if position in allowed}
    if limit is not None and len(scores) > limit:
        if limit <= 0:
            return [], matched
        # Scores within a rounding step of the limit-th best may tie with it once rounded.
        floor = heapq.nlargest(limit, scores.values())[-1] - 10**-SCORE_DIGITS
        scores = {position: score for position, score in scores.items() if score >= floor}
    ranked = [Ranked(position, round(score, SCORE_DIGITS), matches) for position, score in scores.items()]
    ranked.sort(key=lambda hit: (-hit.score, hit.position))
    return (ranked if limit is None else ranked[:limit]), matched


# A term held by more than this share of the facts (北仑 in a base about Beilun) is "common":
# its postings are long and its weight small.
COMMON_SHARE = 0.1


def _best_of_rare(
    postings: Sequence[tuple[PostingList, float]],
    norms: Sequence[float],
    count: int,
    limit: int,
    allowed: Container[int] | None,
) -> dict[int, float] | None:
    """The scores of the facts that can be among the `limit` best, without scoring every holder
    of a common term; None when that cannot be shown (then every fact is scored).

    This is MaxScore pruning, exact: a fact holding only common terms scores at most what those
    terms can add (BM25's term-frequency part stays below K1 + 1). When the `limit`-th best of
    the facts holding a rarer term scores more than that, no other fact can reach the best, so
    only those facts are scored, and of them only those whose rarer terms leave them a chance,
    in full (their common terms found by bisection, each score summed in query order as the
    full scoring sums it). A query for Beilun in a base of 100,000 facts about it scored its
    80,000 holders of 北仑 a call; now it scores a few hundred holders of its other words.
    """
    common = {index for index, (entries, _) in enumerate(postings) if len(entries) > count * COMMON_SHARE}
    if not common or len(common) == len(postings) or limit <= 0:
        return None
    # What each rarer term adds to each fact holding it; the facts holding one are the candidates.
    adds: list[dict[int, float] | None] = []
    rare: dict[int, float] = {}
    for index, (entries, idf) in enumerate(postings):
        if index in common:
            adds.append(None)
            continue
        adding = {
            position: idf * frequency * (K1 + 1) / (frequency + norms[position])
            for position, frequency in entries
        }
        adds.append(adding)
        get = rare.get
        for position, value in adding.items():
            rare[position] = get(position, 0.0) + value
    if allowed is not None:
        rare = {position: value for position, value in rare.items() if position in allowed}
    if len(rare) < limit:
        return None
    ceiling = sum(postings[index][1] * (K1 + 1) for index in common)
    # A candidate's rarer terms are a floor of its score and, with the ceiling, a roof: one whose
    # roof is below the `limit`-th best floor cannot be among the best (the margin covers the
    # rounding of sums), so it is not scored in full.
    bar = heapq.nlargest(limit, rare.values())[-1] - ceiling - 2 * 10**-SCORE_DIGITS
    scores: dict[int, float] = {}
    for position, floor in rare.items():
        if floor < bar:
            continue
        score = 0.0
        for (entries, idf), added in zip(postings, adds, strict=True):
            if added is not None:
                if position in added:
                    score += added[position]
                continue
            frequency = entries.frequency(position)
            if frequency:
                score += idf * frequency * (K1 + 1) / (frequency + norms[position])
        scores[position] = score
    if heapq.nlargest(limit, scores.values())[-1] <= ceiling + 10**-SCORE_DIGITS:
        return None  # a fact of common terms only might still rank among the best
    return scores


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


def marked_terms(terms: Sequence[str], words: Callable[[str], Sequence[str]]) -> tuple[str, ...]:
    """The terms a table marks for the terms a fact matched: a term of its `asked` phrasings as
    the word itself, a concept or measure as the terms of its words (`words` gives them: GDP,
    地区生产总值 for the concept economy), so that the synonym that matched is marked."""
    marked: dict[str, None] = {}
    for term in terms:
        if term.startswith(ASKED):
            marked[term[len(ASKED) :]] = None
        elif term.startswith("~"):
            for word in words(term):
                marked.update(dict.fromkeys(_terms(normalise(word))))
        else:
            marked[term] = None
    return tuple(marked)


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
    for word in searched_words(text)[:8]:
        close.update(dict.fromkeys(difflib.get_close_matches(word, candidates, n=3, cutoff=0.6)))
    return list(close)[:count]


def searched_words(text: str) -> list[str]:
    """The words of a query that are searched for, as written (case and width folded): what a
    miss names. Stop words, question words and punctuation are not."""
    words: dict[str, None] = {}
    after_how = False
    for kind, token in _tokens(normalise(text[:MAX_QUERY_CHARS])):
        if kind == "han":
            words.update(dict.fromkeys(content(token)))
        elif kind == "number" or not (after_how and token in _HOW_WORDS) and _word_term(token):
            words[token] = None
        after_how = token == "how"
    return list(words)
