"""For people: the words a table marks as matched, and the hints of a search that found
nothing (did you mean, the words searched for)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.search.analysis import (
    ASKED,
    HOW_WORDS,
    MAX_QUERY_CHARS,
    TOKEN,
    content,
    index_terms,
    normalise,
    prepared_terms,
    tokens,
    word_term,
)

if TYPE_CHECKING:
    from beilun_cli.base.model import LoadedBase


def marks(matches: Iterable[tuple[Sequence[str], Sequence[str]]]) -> tuple[str, ...]:
    """The words that matched, as the texts write them: what a table marks.

    `matches` holds, per hit, the texts search read of its fact and the query terms it matched.
    """
    found: set[str] = set()
    for texts, terms in matches:
        wanted = set(terms)
        for text in texts:
            for match in TOKEN.finditer(text):
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
                marked.update(dict.fromkeys(prepared_terms(normalise(word))))
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
        for kind, token in tokens(normalise(claim_en))
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
    for kind, token in tokens(normalise(text[:MAX_QUERY_CHARS])):
        if kind == "han":
            words.update(dict.fromkeys(content(token)))
        elif kind == "number" or not (after_how and token in HOW_WORDS) and word_term(token):
            words[token] = None
        after_how = token == "how"
    return list(words)


# A word of letters in a text as written (a word of a name keeps its capital).
_LATIN_WORD = Lazy(r"[A-Za-z]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def corrected(text: str, words: Collection[str], names: Collection[str], kept: Callable[[str], bool]) -> str:
    """A text with each word of letters that `kept` does not keep (a word facts hold, a time's)
    and that is one slip of a key (a letter left out, doubled, changed, or two swapped) from a
    word of `words` replaced by it: forrest -> forest. A word written with a capital past the
    text's start is of a name, and replaced only by a word of `names` (Pneg -> Peng, Brigde ->
    Bridge; Paris is no slip of a name of the article); a word of three letters only by two of
    its letters swapped (GPD -> GDP), a changed letter making another word too often. All
    lower case, `words` and `names`. The text itself when nothing is replaced."""

    def replacement(found: re.Match[str]) -> str:
        word = found.group()
        folded = word.casefold()
        if len(word) < 3 or kept(folded):
            return word
        proper = found.start() > 0 and word[0].isupper()
        close = next((slip for slip in _slips(folded) if slip in (names if proper else words)), None)
        if close is None:
            return word
        return close.upper() if word.isupper() else close.capitalize() if word[0].isupper() else close

    return _LATIN_WORD.sub(replacement, text)


def _slips(word: str) -> list[str]:
    """The words one slip of a key from `word`, two letters swapped first (of three letters:
    only those)."""
    cuts = [(word[:at], word[at:]) for at in range(len(word) + 1)]
    swapped = [left + right[1] + right[0] + right[2:] for left, right in cuts if len(right) > 1]
    if len(word) < 4:
        return [slip for slip in swapped if slip != word]
    dropped = [left + right[1:] for left, right in cuts if right]
    changed = [left + letter + right[1:] for left, right in cuts if right for letter in _LETTERS]
    added = [left + letter + right for left, right in cuts for letter in _LETTERS]
    return [slip for slip in dict.fromkeys(swapped + dropped + changed + added) if slip != word]
