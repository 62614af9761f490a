"""The paraphrase lexicon: the words a claim may leave ungrounded (light verbs, generic nouns,
discourse words), groups of words that say the same, words implied by others and the words a
figure's unit implies, each as the terms a claim's words are compared on. The words are the
vocabulary's (beilun_cli/lexicon/data/grounding.toml and units.toml); places, with their
part_of, are the lexicon's too (beilun_cli.lexicon.place)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.word_classes import aged, generation, wanted, wanted_zh
from beilun_cli.verify.word_forms import repeated, suffixed

Terms = frozenset[str]


class Lexicon:
    """The words that state nothing of their own, the groups of words that say the same and the
    words implied by others, each word with the terms a claim's words are compared on."""

    def __init__(
        self,
        neutral: set[str],
        groups: list[tuple[list[tuple[str, Terms]], tuple[str, ...]]],
        implied: list[tuple[list[tuple[str, Terms]], list[tuple[str, Terms]]]],
        complements: str,
        copulas: list[tuple[str, Terms]],
    ) -> None:
        self.neutral = neutral
        self.groups = groups  # (the words, the claim's phrases that take them out of the group)
        self.implied = implied  # (the words that imply, the words they imply)
        self.complements = complements
        self.copulas = copulas
        # Which groups and implied words hold each term: a term is looked up in those only.
        self.groups_of: dict[str, list[int]] = {}
        for at, (group, _) in enumerate(groups):
            for term in {term for _, terms in group for term in terms}:
                self.groups_of.setdefault(term, []).append(at)
        self.implied_of: dict[str, list[int]] = {}
        for at, (_, words) in enumerate(implied):
            for term in {term for _, terms in words for term in terms}:
                self.implied_of.setdefault(term, []).append(at)
        self.copula_terms = frozenset(term for _, terms in copulas for term in terms)
        # The classes grounded by a slot of the evidence: ages (teenager), wanting (wants to).
        self.ages = [
            (frozenset(term for word in words for term in word_terms(word)), low, high)
            for words, low, high in lexicon.age_classes()
        ]
        wanting, self.purpose = lexicon.wanting_words()
        self.wanting = [(word.casefold(), frozenset(word_terms(word))) for word in wanting]
        # The terms a fact may say another way: of a group's words, or of words others imply.
        self.reworded = frozenset(self.groups_of) | frozenset(self.implied_of)

    def grounds(self, term: str, said: str, held: set[str], claimed: str) -> bool:
        """Whether a claim's term is neutral, a verb with a complement whose verb the evidence
        grounds, or of a word of a group another word of which the evidence uses (`said`: its
        text; `held`: its terms). A phrase of the lexicon (so far, broke ground) stands for its
        words only where the claim writes it (`claimed`, casefolded): "far" alone is no "so far"."""
        if term in self.neutral or self._complemented(term, held) or repeated(term, said, held):
            return True
        if suffixed(term, claimed):
            return True
        if aged(term, self.ages, said) or generation(term, said, claimed):
            return True
        if wanted(term, self.wanting, self.purpose, said, claimed) or wanted_zh(term, said, claimed):
            return True
        if term in self.copula_terms and any(
            term in terms and _writes(claimed, word) for word, terms in self.copulas
        ):
            return True
        for implying, implied in (self.implied[at] for at in self.implied_of.get(term, ())):
            if _claims(term, implied, claimed) and any(
                _uses(word, terms, said, held) for word, terms in implying
            ):
                return True
        for group, unless in (self.groups[at] for at in self.groups_of.get(term, ())):
            if any(phrase in claimed for phrase in unless):
                continue
            if _claims(term, group, claimed) and any(
                _uses(word, terms, said, held) for word, terms in group if term not in terms
            ):
                return True
        return False

    def _complemented(self, term: str, held: set[str]) -> bool:
        """签下 where the evidence says 签约, 拿到 of a light verb: a Chinese verb with a result
        or direction complement says what the verb says."""
        if len(term) != 2 or term.isascii() or term[1] not in self.complements:
            return False
        verb = term[0]
        return verb in self.neutral or any(
            verb in pair for pair in held if len(pair) == 2 and not pair.isascii() and pair != term
        )


def _claims(term: str, words: list[tuple[str, Terms]], claimed: str) -> bool:
    """Whether a claim's term is one of these lexicon words, as the claim writes it: an English
    word by its stems, a phrase or a Chinese word only where the claim writes it (开发 of 开发商
    is no developer where the claim says 开发新产品)."""
    return any(
        term in terms and ((word.isascii() and " " not in word) or _written(word.casefold(), claimed))
        for word, terms in words
    )


# Aspect particles a Chinese claim may put inside a word of the lexicon (起到了作用 of 起到作用).
_ASPECTS = Lazy("[了过着]")


def _written(word: str, claimed: str) -> bool:
    """Whether a claim writes a lexicon word (casefolded both), an aspect inside it or not."""
    return word in claimed or (not word.isascii() and word in _ASPECTS.sub("", claimed))


def _writes(claimed: str, word: str) -> bool:
    """Whether a claim (casefolded) writes a word as written: English as whole words."""
    if not word.isascii():
        return word in claimed
    return re.search(rf"\b{re.escape(word)}\b", claimed) is not None


def _uses(word: str, terms: Terms, said: str, held: set[str]) -> bool:
    """Whether the evidence uses a lexicon word: Chinese and phrases as written, English by stems."""
    if not word.isascii() or " " in word:
        return word.casefold() in said
    return terms <= held


def reworded(weights: dict[str, float], held: Terms, said: str, claimed: str) -> set[str]:
    """The claim's words (`weights`) a fact (its terms `held`, its text `said`) says another way:
    by a word of their family, or one that implies them. Not the words the lexicon grounds in any
    fact alike (new, 进行, a copula: known as): they tell no fact from another."""
    lexicon = paraphrases()
    claim = claimed.casefold()
    wanted = [
        term for term in weights if term in lexicon.reworded and term not in held and not _alike(term, claim)
    ]
    if not wanted:
        return set()  # most of a claim's words are no lexicon word: the fact's text is not read
    folded, held_terms = said.casefold(), set(held)
    return {term for term in wanted if lexicon.grounds(term, folded, held_terms, claim)}


@lru_cache(maxsize=256)
def _alike(term: str, claimed: str) -> bool:
    """Whether the lexicon grounds a claim's term in any fact, whatever it says."""
    return paraphrases().grounds(term, "", set(), claimed)


@cache
def paraphrases() -> Lexicon:
    """The paraphrase lexicon, built once a process, when a claim has a word its evidence does not
    hold (stemming its words costs a few milliseconds)."""
    neutral = {
        term for words in lexicon.ungrounded_words().values() for word in words for term in word_terms(word)
    }
    groups = [
        ([(word, frozenset(word_terms(word))) for word in group], tuple(p.casefold() for p in unless))
        for group, unless in zip(lexicon.paraphrase_groups(), lexicon.group_exceptions(), strict=True)
    ]
    implied = [
        (
            [(word, frozenset(word_terms(word))) for word in by],
            [(word, frozenset(word_terms(word))) for word in words],
        )
        for by, words in lexicon.implied_by()
    ]
    copulas = [(word.casefold(), frozenset(word_terms(word))) for word in lexicon.copulas()]
    return Lexicon(neutral, groups, implied, lexicon.complements(), copulas)


@cache
def figure_terms(amount_unit: str) -> tuple[Terms, Terms]:
    """The terms of the words a figure in `amount_unit` implies: of its dimension (long of km)
    and of its denominator (每年 of a figure per year)."""
    dimension, denominator = lexicon.figure_words(amount_unit)
    return (
        frozenset(term for word in dimension for term in word_terms(word)),
        frozenset(term for word in denominator for term in word_terms(word)),
    )


def word_terms(word: str) -> list[str]:
    """A lexicon word as a claim's terms are: English by its stems, Chinese by its pairs of
    characters (入场券: 入场, 场券) or, alone, its one character (拿, a light verb of 拿到)."""
    from beilun_cli.search.analysis import index_terms

    if not word.isascii():
        return [word[at : at + 2] for at in range(len(word) - 1)] or [word]
    return index_terms(word)
