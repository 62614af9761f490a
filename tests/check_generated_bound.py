"""Claims generated from every fact whose own claim gives two names of one kind each its own
words in a clause of its own (在“六争攻坚”当标兵、“三年攀高”争先进; a model in the Six Contests
campaign, to rank among the advanced in the Three-Year Climb campaign), for
tests/check_generated.py (docs/check.md, swapped-attributes):

- the two names exchanged, each now said with the other's words: refuted;
- the claim with the two names kept in their places, written in another of their forms
  (北仑 for 北仑区, "Six Contests" for the Six Contests campaign) where they have one: supported.

The clauses and names are found by patterns of this file, not by the checker's reader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_CLAUSE_END = re.compile(r"[，,。；;：:、()（）]|\band\b")
# Words of a clause of its own beside a name: two Chinese characters, or an English word of four
# letters or more.
_OWN_WORDS = {"zh": re.compile(r"[\u4e00-\u9fff]{2}"), "en": re.compile(r"[A-Za-z]{4,}")}


def _once(text: str, forms: Sequence[str]) -> tuple[int, int] | None:
    """Where the text writes the entity once, by the longest of its forms that it writes."""
    for form in sorted(forms, key=len, reverse=True):
        if len(form) > 1 and text.count(form) == 1:
            at = text.index(form)
            return at, at + len(form)
    return None


def _clause(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    after = _CLAUSE_END.search(text, at)
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def _listed(text: str, names: Sequence[str]) -> bool:
    """Whether the text writes two of the names with no word between them: a list (A、B等)."""
    spans = sorted((at, at + len(name)) for name in names if len(name) > 1 for at in _starts(text, name))
    return any(
        not re.search(r"[\u4e00-\u9fff]|[A-Za-z]{4,}", text[end:start])
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False)
        if start >= end
    )


def _starts(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(name), text)]


def _masked(text: str, names: Sequence[str]) -> str:
    """The text with the names in it blanked out, the longest first."""
    for name in sorted(names, key=len, reverse=True):
        if len(name) > 1:
            text = text.replace(name, " " * len(name))
    return text


def _clauses_between(text: str, first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """The clauses from the first to the last, both included."""
    clauses = [first]
    while clauses[-1] != last and clauses[-1][1] < len(text):
        after = _CLAUSE_END.match(text, clauses[-1][1])
        clauses.append(_clause(text, after.end() if after else clauses[-1][1] + 1))
    return clauses


def _other_form(forms: Sequence[str], written: str, lang: str) -> str:
    """Another form of the name in the claim's language (北仑 for 北仑区), or the one written."""
    for form in forms:
        if form != written and len(form) > 1 and (form.isascii() == (lang == "en")) and written not in form:
            return form
    return written


def named_attribute_cases(
    records: Sequence[FactRecord], names: dict[str, list[str]], kinds: dict[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of two names of one kind in clauses of their own."""
    for record in records:
        for lang in ("zh", "en"):
            text = record["claim"][lang]
            for first, second in combinations(record["entities"], 2):
                if kinds.get(first) != kinds.get(second) or first not in names or second not in names:
                    continue

                def forms_of(entity: str, lang: str = lang) -> list[str]:
                    return [n for n in names.get(entity, []) if n.isascii() == (lang == "en")]

                forms = {e: forms_of(e) for e in (first, second)}
                spans = {e: _once(text, forms[e]) for e in (first, second)}
                one, two = spans[first], spans[second]
                if one is None or two is None:
                    continue
                # Each written once, in no other of its forms either.
                if any(
                    name in _masked(text, [text[at:end]])
                    for entity, (at, end) in ((first, one), (second, two))
                    for name in forms[entity]
                    if len(name) > 1
                ):
                    continue
                (a, b), (c, d) = sorted((one, two))
                if b > c or _listed(text, [n for e in record["entities"] for n in forms_of(e, lang)]):
                    continue
                clause_one, clause_two = _clause(text, a), _clause(text, c)
                if clause_one == clause_two:
                    continue
                # Each clause names its one entity of the kind: no other is written in it.
                kin = [n for e in record["entities"] if kinds.get(e) == kinds.get(first) for n in forms_of(e)]
                if any(
                    _masked(text[start:stop], [text[at:end]]).count(name)
                    for name in kin
                    for (start, stop), (at, end) in ((clause_one, (a, b)), (clause_two, (c, d)))
                    if len(name) > 1 and name not in text[at:end]
                ):
                    continue
                # Each name has words of its own in its clause, and the clause names no other
                # entity of the pair's kind.
                masked = _masked(text, [n for e in record["entities"] for n in names.get(e, [])])
                own = [
                    set(_OWN_WORDS[lang].findall(masked[start:stop]))
                    for start, stop in _clauses_between(text, clause_one, clause_two)
                ]
                # Every clause from the one name's to the other's has words, and the two names'
                # differ: no list of names, whose words are the list's.
                if not all(own) or own[0] == own[-1]:
                    continue
                swapped = f"{text[:a]}{text[c:d]}{text[b:c]}{text[a:b]}{text[d:]}"
                yield record["id"], "attributes-swapped", lang, swapped, REFUTED
                one_form = _other_form(names[first if one < two else second], text[a:b], lang)
                two_form = _other_form(names[second if one < two else first], text[c:d], lang)
                kept = f"{text[:a]}{one_form}{text[b:c]}{two_form}{text[d:]}"
                yield record["id"], "attributes-kept", lang, kept, SUPPORTED
