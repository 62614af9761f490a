"""Claims generated from every fact that deny one of their clauses or put one thing in the stead
of another (verify/contrast.py, and conjoined.py for a negated claim split at its clauses), for
tests/check_generated.py; none chosen by hand:

- a claim of two clauses, each a fact's own claim (the fact and the next one of the base), one
  of them denied (…，并非…; "…; it is not true that …", or "not" after the English claim's first
  auxiliary, has not, is not): refuted, the article states what the clause denies
  (`denied-clause`), whichever clause it is;
- each member of a set of alternatives (lexicon/data/alternatives.toml, or a place of the
  lexicon) a fact's own claim names, said in the stead of another of its set ("X rather than
  Y", X而非Y, with Y the fact's member): refuted (`contrast-swapped`); the fact's member said
  rather than another: supported (`contrast-kept`), what it denies the article refutes;
- another member of the set named in a clause of its own, after the fact's claim (…；租下另当别论,
  "…; rented is another matter"): not-enough-info (`member-aside`), it stands in no slot of the
  fact's.

The other member is chosen by the fact's id (check_generated_alternatives), so the cases stay the
same from run to run."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from check_generated_alternatives import _members, _places

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

FAMILIES = ("denied-clause", "contrast-swapped", "contrast-kept", "member-aside")

# The English auxiliaries after which "not" denies a claim (Beilun has not…, X is not…).
_AUXILIARY = re.compile(r"\b(is|are|was|were|has|have|had|will)\b(?! not\b)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'")
_OPENERS = frozenset("the a an in on as after with over since from by at during when".split())
_CONTRAST = {"zh": "{mine}而非{theirs}", "en": "{mine} rather than {theirs}"}
# Another member in a clause of its own, after the fact's claim: "…; X is another matter".
_ASIDE = {"zh": "{text}；{other}另当别论。", "en": "{text}; {other} is another matter."}


def contrast_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for every fact (module doc)."""
    ordered = sorted(records, key=lambda record: record["id"])
    for at, record in enumerate(ordered):
        lead = ordered[(at + 1) % len(ordered)]
        for lang in ("zh", "en"):
            mine, theirs = record["claim"][lang], lead["claim"][lang]
            for claim in _denied_clauses(theirs, mine, lang):
                yield record["id"], "denied-clause", lang, claim, REFUTED
            for written, other in _members(mine, lang, record["id"]):
                swapped = _CONTRAST[lang].format(mine=other, theirs=written)
                yield record["id"], "contrast-swapped", lang, _replaced(mine, written, swapped), REFUTED
                kept = _CONTRAST[lang].format(mine=written, theirs=other)
                yield record["id"], "contrast-kept", lang, _replaced(mine, written, kept), SUPPORTED
                if not _places(written, lang):
                    aside = _ASIDE[lang].format(other=other, text=mine.rstrip("。."))
                    yield record["id"], "member-aside", lang, aside, NOT_ENOUGH_INFO


def _denied_clauses(first: str, second: str, lang: str) -> Iterator[str]:
    """The two claims joined, the second denied; and the first denied, where English can say it
    by an auxiliary."""
    first, second = first.rstrip("。."), second.rstrip("。.")
    if lang == "zh":
        yield f"{first}；并非{second}。"
        yield f"并非{first}；{second}。"
        return
    yield f"{first}; it is not true that {_inside(second)}."
    denied = _denied(first)
    if denied is not None:
        yield f"{denied}; {second}."


def _denied(text: str) -> str | None:
    """An English claim with "not" after its first auxiliary outside a quotation, or None."""
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    for match in _AUXILIARY.finditer(text):
        if not any(start <= match.start() < end for start, end in quoted):
            return f"{text[: match.end()]} not{text[match.end() :]}"
    return None


def _inside(text: str) -> str:
    """An English sentence as said inside another: its first word in lower case, unless a name."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.casefold() in _OPENERS else text


def _replaced(text: str, written: str, said: str) -> str:
    """The text with its member said otherwise, at its first place (as a whole word in English)."""
    if written.isascii():
        pattern = rf"(?<![\w-]){re.escape(written)}(?![\w-])"
        return re.sub(pattern, lambda _: said, text, count=1, flags=re.IGNORECASE)
    return text.replace(written, said, 1)
