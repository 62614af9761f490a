"""The analyzer: text -> terms, in both languages.

NFKC folds full-width forms into half-width ones, casefold folds case; Chinese is cut into
character bigrams (and unigrams), as CJK analyzers do for text without word spaces; English words
lose stop words and are stemmed (PyStemmer); numbers are kept whole ("40.1", "2,000" -> "2000").
A query with characters the base never uses is first converted from traditional to simplified
Chinese (OpenCC). Chinese question words (多少, 什么, 啥, 吗) are left out of a query, as English
stop words are. A text's signature (its words as runs and stems) is what the patterns of
concepts and measures are found in.

Pure functions: nothing here prints, reads files or knows about Typer. The stemmer and the
converter are imported on first use only: `beilun list` never loads them, and a query in
simplified Chinese never loads the converter.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from beilun_cli import lexicon
from beilun_cli.base.limits import MAX_TEXT_CHARS
from beilun_cli.read.en_numerals import NUMBER_WORDS as english_number_words
from beilun_cli.read.lazy_regex import Lazy

# A query is read up to the one cap of free text (a claim, a question): its start is searched.
MAX_QUERY_CHARS = MAX_TEXT_CHARS
MAX_QUERY_TERMS = 128

# Prefixes of the terms a fact is also found by (see `postings`): the words of its `asked`
# phrasings, a concept it uses a word of, its measure. No term of text has them: words are
# letters, digits and Chinese.
ASKED = "@"
CONCEPT = "~c:"
MEASURE = "~m:"

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
TOKEN = Lazy(
    rf"(?P<han>[{HAN}]+)"
    # 2,000 and 1,146.46 are one number; 40.1 too. Plain integers come out as words.
    r"|(?P<number>[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+\.[0-9]+)"
    rf"|(?P<word>[^\W_{HAN}]+)"
)
# No second pattern for "is this Chinese" where text is read: compiling a class of the CJK
# ranges costs about a millisecond on every search, so TOKEN's han group answers that too.
HAN_CHARACTER = Lazy(f"[{HAN}]")

# Words left out of an English query (Snowball's stop list, request words): see the lexicon.
STOP_WORDS = lexicon.stop_words("en")


# Words of a Chinese question that say what is asked, not what about: left out of a query's
# terms (北仑有几个志愿者 -> 北仑, 志愿者), as STOP_WORDS are for English (see the lexicon).
# Matched longest first.
QUESTION_WORDS_ZH = lexicon.question_words("zh")
# English words that only shape a question of size or number: how big, how long, how many.
HOW_WORDS = lexicon.how_words("en")
# English number words, searched as the word and as its numeral (twenty -> twenty, 20).
NUMBER_WORDS = {word: str(value) for word, value in english_number_words.items()}


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
    for kind, token in tokens(text):
        (runs if kind == "han" else rest).append(token)
    return runs, " ".join(rest)


def tokens(text: str) -> Iterator[tuple[str, str]]:
    """(kind, token) of normalised text: kind is han, number or word."""
    for match in TOKEN.finditer(text):
        kind = match.lastgroup or "word"
        yield kind, match.group()


@cache
def word_term(word: str) -> str | None:
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
    # tokens, inlined: this loop runs for every word of a base being indexed.
    for match in TOKEN.finditer(normalise(text)):
        kind, token = match.lastgroup, match.group()
        if kind == "han":
            terms.extend(token)
            terms.extend(bigrams(token))
        elif kind == "number":
            terms.append(token.replace(",", ""))
        elif (term := word_term(token)) is not None:
            terms.append(term)
    return terms


def terms_and_signature(texts: Iterable[str]) -> tuple[Counter[str], str]:
    """The index terms of texts (index_terms) and their signature (signature), in one pass: the
    two an index build needs of every text."""
    terms: list[str] = []
    pieces: list[str] = []
    for text in texts:
        for match in TOKEN.finditer(normalise(text)):
            kind, token = match.lastgroup, match.group()
            if kind == "han":
                terms.extend(token)
                terms.extend(bigrams(token))
                pieces.append(token)
            elif kind == "number":
                pieces.append(token.replace(",", ""))
                terms.append(pieces[-1])
            elif (term := word_term(token)) is not None:
                terms.append(term)
                pieces.append(term)
        pieces.append("")  # a double space: no pattern spans two texts
    return Counter(terms), f" {' '.join(pieces)} "


def prepared(text: str, known: Callable[[str], bool] | None = None) -> str:
    """A query as its terms are made from: its first MAX_QUERY_CHARS characters, normalised,
    and converted from traditional to simplified Chinese unless `known` accepts every Chinese
    character of it (the index holds them all: nothing to convert, no converter to load)."""
    normal = normalise(text[:MAX_QUERY_CHARS])
    chars = [char for kind, token in tokens(normal) if kind == "han" for char in token]
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
    return prepared_terms(prepared(text, known))


def prepared_terms(normal: str) -> tuple[str, ...]:
    terms: dict[str, None] = {}
    after_how = False
    for kind, token in tokens(normal):
        if kind == "han":
            for piece in content(token):
                terms.update(dict.fromkeys(bigrams(piece) if len(piece) > 1 else [piece]))
        elif kind == "number":
            terms[token.replace(",", "")] = None
        elif after_how and token in HOW_WORDS:
            pass  # how big, how many: the question's shape, not its subject
        elif (term := word_term(token)) is not None:
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
    for kind, token in tokens(normalise(text)):
        if kind == "han":
            pieces.append(token)
        elif kind == "number":
            pieces.append(token.replace(",", ""))
        elif (term := word_term(token)) is not None:
            pieces.append(term)
    return f" {' '.join(pieces)} "


def pattern(word: str, whole: bool = False) -> str | None:
    """What finds `word` in a signature: Chinese anywhere in a run (半导体 in 半导体产业), or only
    as a whole run when `whole` (税 alone, not in 免税); English as whole stems (chip, not
    chipping); None for a word of stop words only."""
    found = signature(word).strip()
    if not found:
        return None
    start = "" if HAN_CHARACTER.match(found[0]) and not whole else " "
    end = "" if HAN_CHARACTER.match(found[-1]) and not whole else " "
    return f"{start}{found}{end}"


def found_terms(text_signature: str, patterns: Iterable[tuple[str, str]]) -> set[str]:
    """The terms of the patterns found in a signature."""
    return {term for found, term in patterns if found in text_signature}


def has_terms(text: str) -> bool:
    """Whether a query holds anything to search for (not only stop words and punctuation)."""
    return any(kind != "word" or word_term(token) is not None for kind, token in tokens(normalise(text)))
