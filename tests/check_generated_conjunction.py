"""Generated claims that join two facts' statements into one (verify/conjunction.py), none chosen
by hand: for a seeded sample of pairs of facts, the two claims joined in Chinese and in English by
the ways people join statements (，, ；, 同时, ", and", "; ", "while"; and, when both open with the
same subject, that subject said once: 北仑…，也…, "Beilun … and …"):

- the two facts' own claims: supported;
- the second replaced by one of its perturbations (a number moved, a year shifted, a sibling
  place, another entity: the refuted cases check_generated makes of it): refuted;
- the second replaced by itself with an unstated addition (a reason, a plan, a detail, a
  superlative: the not-enough-info cases check_generated makes of it): not-enough-info.

check_generated.cases yields these with the rest (families "joined-stated", "joined-refuted",
"joined-unstated"); tests/check_generated_joined.py joins pairs of figures told in one sentence.
The same three are made of every two facts told one after the other in one paragraph of the
article (families "paragraph-stated", "paragraph-refuted", "paragraph-unstated"): statements
a reporter joins, of one subject or one scene.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

PAIRS = 160  # pairs of facts sampled; each gives up to 6 claims
FAMILIES = (
    "joined-stated",
    "joined-refuted",
    "joined-unstated",
    "paragraph-stated",
    "paragraph-refuted",
    "paragraph-unstated",
)
SEED = 23

# (lang) -> the ways to join two statements with subjects of their own.
_JOINERS = {"zh": ("{}，{}", "{}；{}", "{}，同时{}"), "en": ("{}, and {}", "{}; {}", "{} while {}")}
# When both open with the same subject, the second says it no more.
_SHARED = {"zh": ("{}，也{}", "{}，并且{}", "{}，还{}"), "en": ("{} and {}", "{}, and also {}", "{} and {}")}
_SUBJECTS = {"zh": ("北仑区", "北仑"), "en": ("Beilun District", "Beilun")}


def joined(first: str, second: str, lang: str, way: int) -> str:
    """Two statements as one claim, the `way`-th way of joining them in `lang`."""
    first = first.rstrip("。.")
    second = second.rstrip("。.") + ("。" if lang == "zh" else ".")
    for subject in _SUBJECTS[lang]:
        if first.startswith(subject) and second.startswith(subject):
            rest = second[len(subject) :]
            # Beilun is the subject of both when a verb or a time follows it; after a
            # possessive or a name, the subject is that name (北仑“五水共治”, Beilun's GDP).
            if all(_bare(text[len(subject) :]) for text in (first, second)):
                return _SHARED[lang][way % 3].format(first, rest.strip())
            break
    if lang == "en" and _OPENING.match(second):
        second = second[:1].lower() + second[1:]  # a sentence's first word inside a sentence
    return _JOINERS[lang][way % 3].format(first, second)


def _bare(rest: str) -> bool:
    """Whether what follows a subject is no more of it: a verb (a word that opens a predicate
    in the vocabulary, 成为, 累计…; in English a word in lower case) or a time."""
    if rest[:1].isascii():
        return rest[:1] == " " and rest[1:2].islower()
    return rest[:1].isdigit() or rest.startswith(lexicon.conjunction_words("predicate", "zh"))


# An English statement's first word that is no name: written in lower case inside a sentence.
_OPENING = re.compile(r"(?:In|On|As|At|By|For|From|Since|Through|After|Over|With|The|A|An|\w+ing)\b")


def conjunction_cases(
    own: Mapping[str, Mapping[str, str]],
    refuted: Mapping[str, Sequence[tuple[str, str]]],
    unstated: Mapping[str, Sequence[tuple[str, str]]],
) -> Iterator[tuple[str, str, str, str, str]]:
    """(id, family, lang, claim, verdict) for a seeded sample of pairs of facts: `own` gives each
    fact's claim per language; `refuted` and `unstated` each fact's (lang, claim) perturbations
    that the article refutes, and additions it does not state."""
    chance = random.Random(SEED)
    facts = sorted(own)
    pairs = [tuple(chance.sample(facts, 2)) for _ in range(PAIRS)]
    yield from _pairs_joined(pairs, "joined", own, refuted, unstated, chance)


def paragraph_cases(
    records: Sequence[FactRecord],
    own: Mapping[str, Mapping[str, str]],
    refuted: Mapping[str, Sequence[tuple[str, str]]],
    unstated: Mapping[str, Sequence[tuple[str, str]]],
) -> Iterator[tuple[str, str, str, str, str]]:
    """(id, family, lang, claim, verdict) for every two facts told one after the other in one
    paragraph (by where their quotes stand), joined as conjunction_cases joins a sampled pair."""
    told: dict[tuple[str, int], list[FactRecord]] = {}
    for record in records:
        told.setdefault((record["source"]["id"], record["source"]["paragraph"]), []).append(record)
    pairs = []
    for _, paragraph in sorted(told.items()):
        ordered = sorted(paragraph, key=lambda record: (record["source"]["offset"], record["id"]))
        pairs += [(first["id"], second["id"]) for first, second in zip(ordered, ordered[1:], strict=False)]
    yield from _pairs_joined(pairs, "paragraph", own, refuted, unstated, random.Random(SEED))


def _pairs_joined(
    pairs: Sequence[tuple[str, ...]],
    family: str,
    own: Mapping[str, Mapping[str, str]],
    refuted: Mapping[str, Sequence[tuple[str, str]]],
    unstated: Mapping[str, Sequence[tuple[str, str]]],
    chance: random.Random,
) -> Iterator[tuple[str, str, str, str, str]]:
    """Each pair's two claims joined: as they are, supported; the second perturbed, refuted; the
    second with an unstated addition, not-enough-info."""
    for way, (first, second) in enumerate(pairs):
        ident = f"{first}+{second}"
        for lang in ("zh", "en"):
            lead = own[first][lang]
            yield ident, f"{family}-stated", lang, joined(lead, own[second][lang], lang, way), SUPPORTED
            wrong = [claim for said, claim in refuted.get(second, ()) if said == lang]
            if wrong:
                claim = joined(lead, chance.choice(wrong), lang, way)
                yield ident, f"{family}-refuted", lang, claim, REFUTED
            more = [claim for said, claim in unstated.get(second, ()) if said == lang]
            if more:
                claim = joined(lead, chance.choice(more), lang, way)
                yield ident, f"{family}-unstated", lang, claim, NOT_ENOUGH_INFO
