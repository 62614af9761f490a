"""Generated claims that pin the paraphrase lexicon's families (grounding.toml's groups and
copulas, docs/check.md), drawn from every fact, none chosen by hand:

- the fact's own claim with a word of a group put for the fact's own word of that group (投入
  for 投资, 打算 for 计划, answer for response): supported, as the lexicon says they say the same;
- the fact's own claim with its "X 是 Y" or "X is the Y" said by a copula (被誉为, is regarded
  as the): supported;
- the fact's plan said done (已经 for 计划, "has already begun to" for "plans to"): never
  supported, as no word of a plan grounds a deed done (not-enough-info, or refuted by the stage
  the fact gives);
- the synonym claim of a figure's fact denied (并非…): refuted, as the fact's own claim denied is.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Not supported: not-enough-info, or refuted where the fact's stage decides against the claim.
NOT_SUPPORTED = "not-supported"

# The words of a fact's plan, and the deed done said for them.
_PLAN_TO_DONE = (
    ("zh", re.compile(r"计划|打算"), "已经"),
    ("en", re.compile(r"\b(?:plans|planned|intends) to\b"), "has already begun to"),
)
_COPULAS = (
    ("zh", re.compile(r"(?<=[\u4e00-\u9fff])是(?=[\u4e00-\u9fff“])"), "被誉为"),
    ("en", re.compile(r"\b(is|are) (the|a|an)\b"), r"\1 regarded as \2"),
)


# The lexicon's Chinese copulas, each as a claim says it of its subject (视为 as 被视为).
_ZH_COPULAS = tuple(
    dict.fromkeys(
        word if word.startswith(("被", "堪")) else f"被{word}"
        for word in lexicon.copulas()
        if not word.isascii()
    )
)

_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|'[^']*'|\"[^\"]*\"")


def _written(text: str, word: str) -> re.Match[str] | None:
    """Where a claim writes a lexicon word outside a quoted name (“后开发区时代”): English as a
    whole word, Chinese as written."""
    pattern = rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
    quoted = [found.span() for found in _QUOTED.finditer(text)]
    for found in re.finditer(pattern, text):
        if not any(start <= found.start() < end for start, end in quoted):
            return found
    return None


def _substitutable(word: str) -> bool:
    """A group's word that stands for itself in a sentence: Chinese of two characters or more (一
    character is part of other words: 大 of 大港), English of one word or a phrase."""
    return len(word) >= 2 if not word.isascii() else len(word) >= 3


def synonym_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict) of one fact's rewrites with the lexicon's synonyms, and the
    flips of their modality and polarity."""
    claim = record["claim"]
    groups = zip(lexicon.paraphrase_groups(), lexicon.group_exceptions(), strict=True)
    for group, unless in groups:
        for lang in ("zh", "en"):
            text = claim[lang]
            if any(phrase in text for phrase in unless):
                continue
            words = [w for w in group if w.isascii() == (lang == "en") and _substitutable(w)]
            own = next((w for w in words if _written(text, w)), None)
            if own is None:
                continue
            others = [
                w for w in words if w != own and own not in w and w not in own and not _written(text, w)
            ]
            if not others:
                continue
            # The next word of the group after the fact's own, so each fact tries another.
            other = others[sum(map(ord, record["id"])) % len(others)]
            found = _written(text, own)
            assert found is not None
            said = text[: found.start()] + other + text[found.end() :]
            yield "synonym", lang, said, SUPPORTED
            if record["quantity"] is not None:
                denial = "并非{}" if lang == "zh" else "It is not true that {}"
                yield "synonym-denied", lang, denial.format(_lowered(said) if lang == "en" else said), REFUTED
    for lang, plan, done in _PLAN_TO_DONE:
        if plan.search(claim[lang]):
            yield "plan-said-done", lang, plan.sub(done, claim[lang], count=1), NOT_SUPPORTED
    if record["quantity"] is None:
        for lang, copula, said in _COPULAS:
            if lang == "zh":  # each of the lexicon's copulas in turn, as a passive says it
                said = _ZH_COPULAS[sum(map(ord, record["id"])) % len(_ZH_COPULAS)]
            if len(copula.findall(claim[lang])) == 1:
                yield "copula", lang, copula.sub(said, claim[lang], count=1), SUPPORTED


def _lowered(text: str) -> str:
    """An English claim after a word put before it: its first word lowercased unless a name."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.casefold() in lexicon.stop_words("en") else text
