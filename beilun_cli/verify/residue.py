"""A claim's residue: the words no slot takes. Which of them a fact must ground, and what grounds
them beside the fact's own words: a Chinese pair across two words is no word (the article's own
pairs tell which are words: verify/words.py), a classifier with its noun is the noun, the words a
figure's unit implies are the figure's. The word classes that need no grounding are the
vocabulary's (lexicon/data/grounding.toml, read by paraphrase.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.paraphrase import figure_terms
from beilun_cli.verify.words import edge_of_words, written_word

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue

# Particles and function words (the lexicon's Chinese stop words): a bigram holding one is more
# often two words' edges (聚的, 是在).
FUNCTION_CHARACTERS = lexicon.stop_words("zh")
# 等 ends a list (禹洲集团等大项目): a pair holding it is two words' edges.
LISTING_CHARACTERS = frozenset("等")
# 一条, 一个, 一名, 这款: "a", "one", "this", as Chinese counts nouns; no word a fact must share.
CLASSIFIERS = "个条家名位座项只支场次批所片块处套张幅款种类台部件辆栋间户"
CLASSIFIER_PAIR = Lazy(rf"^[一这那每该][{CLASSIFIERS}]$")


# What stands before a classifier used as one: a numeral, a demonstrative, or a figure the
# reader took (blanked in the claim's rest).
COUNTING = frozenset("一二两三四五六七八九十百千万几这那每该数 ")


def classified(term: str, said: str, run: str) -> bool:
    """A classifier and its noun (一条河: 条河) is the noun, when the evidence (`said`) holds it and
    the claim (its rest, `run`) counts with it: not 批评 of 受到了批评, nor 批外 of 大批外国."""
    if len(term) != 2 or term[0] not in CLASSIFIERS or term[1] not in said:
        return False
    return any(at == 0 or run[at - 1] in COUNTING for at in occurrences(run, term))


def figures_words(figures: Sequence[ClaimedValue], records: Sequence[FactRecord]) -> frozenset[str]:
    """The words the evidence's figures imply of the claim's: of a dimension the claim's figures
    share (long of 7 miles where the fact gives 11.5 km), and of the evidence figure's
    denominator when the claim gives a figure (每年 of a figure per year)."""
    if not figures:
        return frozenset()
    # A number without a unit counts (600 units of flats).
    dimensions = {lexicon.unit_class(value.unit)[0] if value.unit else "count" for value in figures}
    words: frozenset[str] = frozenset()
    for record in records:
        quantity = record["quantity"]
        if quantity is not None:
            of_dimension, of_denominator = figure_terms(quantity["amount_unit"])
            words |= of_denominator
            if lexicon.unit_class(quantity["amount_unit"])[0] in dimensions:
                words |= of_dimension
    return words


# The shortest stem a derived word is known by: shorter ones begin unrelated words (parti of
# Party and participate, found of founded and foundry).
DERIVED_STEM = 6


def derived(term: str, held: set[str]) -> bool:
    """Whether an English term is a derived form of one the evidence holds, the stem of one
    beginning the other's (produc of produced and product of production, nation and
    nationwid, provinc and provinci): a word of the same family says the same deed."""
    if not term.isascii() or len(term) < DERIVED_STEM:
        return False
    return any(
        len(word) >= DERIVED_STEM and word.isascii() and (word.startswith(term) or term.startswith(word))
        for word in held
    )


def word_edge(term: str, run: str, grounded: Callable[[str], bool], article: str) -> bool:
    """Whether a Chinese pair is across two words (大项 of 大项目, 地可 of 土地可贡献): no word the
    `article` writes (words.written_word: 冠军, whatever the evidence says), and one of its
    characters belongs to a pair beside it, in the claim's `run`, that the evidence grounds and
    that is a word, not the edge of two the article writes (words.edge_of_words: 业现 of 产业现代化
    makes no edge of 农业现代化's 农业)."""
    return (
        len(term) == 2
        and not term.isascii()
        and not written_word(term, article)
        and any(
            grounded(pair) and not edge_of_words(pair, article)
            for at in occurrences(run, term)
            for pair in (run[at - 1 : at + 1], run[at + 1 : at + 3])
            if len(pair) == 2
        )
    )


# What may stand inside a Chinese verb-object word, between its verb and its object: an aspect or
# a result (摇中号 of 摇号, 签了约 of 签约, 开过会 of 开会).
_INSERTED = frozenset("了过中到完着")


def separated(term: str, run: str, grounded: Callable[[str], bool]) -> bool:
    """Whether a Chinese pair is half of a verb-object word the claim (its rest, `run`) splits
    with an aspect or a result (摇中, 中号 of 摇中号): the verb and the object either side of it
    make a word the evidence grounds (摇号)."""
    if len(term) != 2 or term.isascii():
        return False
    for at in occurrences(run, term):
        after = run[at + 2 : at + 3]
        if term[1] in _INSERTED and after and grounded(term[0] + after):
            return True
        if term[0] in _INSERTED and at > 0 and grounded(run[at - 1] + term[1]):
            return True
    return False


# What parts a quote into the members of a list (、) or a series (;): a member may be another's deed.
_CLAUSE = Lazy(r"[、;；]")
Terms = Callable[..., set[str]]


def states_most(statement: str, text: str, terms: Terms) -> bool:
    """Whether a fact's own Chinese claim (`statement`) says most of a text of the article (half
    of its words or more, by `terms`): a member of its quote's list or a sentence of its quote
    that is its statement's, not another member's (吉利汽车入围… beside 17家企业入围…)."""
    said = terms("", text)
    return 2 * len(said & terms("", statement)) >= len(said)


def quote_clauses(record: FactRecord, terms: Terms) -> tuple[list[str], list[str]]:
    """The members of a fact's quote its own claim says (states_most), and the others: a quote
    may list others' deeds beside the fact's, which do not ground a claim's."""
    clauses = [clause for clause in _CLAUSE.compiled.split(record["quote"]) if clause]
    if len(clauses) < 2:
        return clauses, []  # no list: the quote is the fact's
    others = [clause for clause in clauses if not states_most(record["claim"]["zh"], clause, terms)]
    return [clause for clause in clauses if clause not in others], others


def occurrences(text: str, part: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(part), text)]
