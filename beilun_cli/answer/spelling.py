"""A question's slips of a key: the words of letters no fact holds read as the article's words one
slip away (forrest: forest; Zuo Pneg: Zuo Peng; GPD: GDP), by search's correction
(`hints.corrected`) over the base's vocabulary, its names and its measures' names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.store.catalog import Catalog

_WORD = Lazy(r"[a-z]+")


def corrected(base: Catalog, question: str) -> str:
    """The question with its slips corrected; itself when it has none. A word facts hold, a stop
    word and a word of a time the question names (last of last year) are kept as written."""
    from beilun_cli.read.times import times_of
    from beilun_cli.search import analysis, hints

    if not _WORD.search(question.casefold()):
        return question
    source = base.postings()
    timed = {word for time in times_of(question, base.published()[:10]) for word in _words(time.written)}

    def kept(word: str) -> bool:
        term = analysis.word_term(word)
        return word in timed or term is None or source.knows(term)

    names = {
        word
        for record in (*base.entities(), *base.measures())
        for name in (record["name"]["en"], *record["aliases"])
        for word in _words(name)
    }
    words = {word for entry in base.vocabulary() for word in _words(entry)} | names
    return hints.corrected(question, words, names, kept)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))
