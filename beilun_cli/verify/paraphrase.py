"""The paraphrase lexicon (paraphrases.toml beside this module): words that state nothing of
their own, groups of words that say the same, and words implied by others. Places, with their
part_of, are the lexicon's (beilun_cli.lexicon.place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


class Lexicon:
    """beilun_cli/verify/paraphrases.toml: the words that state nothing of their own, and the groups of
    words that say the same, each word as the terms a claim's words are compared on."""

    def __init__(
        self,
        neutral: set[str],
        groups: list[list[tuple[str, frozenset[str]]]],
        implied: list[tuple[list[tuple[str, frozenset[str]]], set[str]]] | None = None,
    ) -> None:
        self.neutral = neutral
        self.groups = groups
        self.implied = implied or []  # (the words that imply, the terms they imply)

    def grounds(self, term: str, said: str, held: set[str]) -> bool:
        """Whether a claim's term is neutral, or of a group another word of which the evidence
        uses (`said`: its text; `held`: its terms)."""
        if term in self.neutral:
            return True
        for implying, implied in self.implied:
            if term in implied and any(
                word.casefold() in said if not word.isascii() or " " in word else terms <= held
                for word, terms in implying
            ):
                return True
        for group in self.groups:
            if any(term in terms for _, terms in group) and any(
                word in said if not word.isascii() else terms <= held
                for word, terms in group
                if term not in terms
            ):
                return True
        return False


_LEXICON: list[Lexicon] = []


def paraphrases() -> Lexicon:
    """The paraphrase lexicon, read once a process, and only when a claim needs it: the TOML
    parser costs a `check` start-up time."""
    if not _LEXICON:
        import tomllib
        from importlib import resources

        data = tomllib.loads(
            resources.files("beilun_cli.verify").joinpath("paraphrases.toml").read_text("utf-8")
        )
        neutral = {term for word in data["neutral"] for term in _word_terms(word)}
        groups = [
            [(word, frozenset(_word_terms(word))) for word in group["words"]] for group in data["groups"]
        ]
        implied = [
            (
                [(word, frozenset(_word_terms(word))) for word in entry["by"]],
                {term for word in entry["words"] for term in _word_terms(word)},
            )
            for entry in data["implied"]
        ]
        _LEXICON.append(Lexicon(neutral, groups, implied))
    return _LEXICON[0]


def _word_terms(word: str) -> list[str]:
    """A lexicon word as a claim's terms are: English by its stems, Chinese by its pairs of
    characters (入场券: 入场, 场券; a single character is no claim's term)."""
    from beilun_cli.search.analysis import index_terms

    if not word.isascii():
        return [word[at : at + 2] for at in range(len(word) - 1)]
    return index_terms(word)
