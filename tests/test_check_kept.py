"""What check keeps from one claim to the next, or looks up through a cheap test first, reads
what it read without (docs/check.md, "Output and many claims"): over every fact of the base,
the places and the members of sets a text writes, and the names a claim is read with, are those
a plain scan finds; and the claims of every generated family get the same answers checked in
either order, so that nothing kept of one claim moves another's verdict."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from check_generated import cases
from conftest import shipped_base

from beilun_cli import lexicon
from beilun_cli.lexicon.records import Place
from beilun_cli.store.catalog import Filters
from beilun_cli.verify import alternatives, places, verdicts


def _texts() -> Iterator[str]:
    """Every fact's texts as check reads them: quote, claims, and a claim of both languages."""
    for record in shipped_base().fact_records(Filters()):
        claim = record["claim"]
        yield from (record["quote"], claim["zh"], claim["en"], f"{claim['zh']} {claim['en']}")


def _scanned_places(text: str) -> list[tuple[str, Place]]:
    """Every substring of a text looked up in the lexicon, as places.places_in reads them."""
    if text.isascii():
        words = [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
        spans = [" ".join(words[at : at + size]) for at in range(len(words)) for size in (1, 2, 3)]
    else:
        runs = re.findall(r"[\u4e00-\u9fff]+", text)
        spans = [run[at : at + size] for run in runs for at in range(len(run)) for size in range(2, 6)]
    return [(span, found) for span in spans if (found := lexicon.place(span)) is not None]


def _scanned_members(text: str) -> list[alternatives.Member]:
    """The members of alternatives.toml a text writes, each English name sought by its pattern."""
    folded = text.casefold()
    found = []
    for group, ident, zh, en in lexicon.alternatives():
        found += [alternatives.Member(name, group, ident, None, (zh, en)) for name in zh if name in text]
        found += [
            alternatives.Member(name, group, ident, None, (zh, en))
            for name in en
            if re.search(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])", folded)
        ]
    return found


def test_places_are_those_every_substring_finds() -> None:
    checked = 0
    for text in _texts():
        assert places.places_in(text) == _scanned_places(text), text
        checked += 1
    assert checked > 500


def test_members_are_those_every_pattern_finds() -> None:
    found = 0
    for text in _texts():
        members = alternatives.members_in(text)
        assert [m for m in members if m.place is None] == _scanned_members(text), text
        found += len(members)
    assert found > 100


def test_a_member_may_be_named_where_a_head_stands() -> None:
    heads = lexicon.member_heads()
    named = 0
    for text in _texts():
        words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.casefold())) | set(
            re.findall(r"[a-z]+", text.casefold())
        )
        scanned = any(head in text for head in heads if not head.isascii()) or any(
            head in words for head in heads if head.isascii()
        )
        assert alternatives.may_name(text, set()) == scanned, text
        named += scanned
    assert named > 100


def test_names_picked_by_first_character_hold_every_name_written() -> None:
    vocabulary = shipped_base().claim_vocabulary()
    picked_some = False
    for text in _texts():
        folded = text.casefold()
        for names, picked in (
            (vocabulary.entities, vocabulary.entities_in(folded)),
            (vocabulary.measures, vocabulary.measures_in(folded)),
        ):
            # Those whose first character the text holds, in the list's order (longest first)...
            assert picked == [pair for pair in names if pair[0] and pair[0][0] in folded]
            # ...so every name the text writes.
            assert [pair for pair in names if pair[0] and pair[0] in folded] == [
                pair for pair in picked if pair[0] in folded
            ]
            picked_some = picked_some or len(picked) < len(names)
    assert picked_some


@functools.cache
def _sample() -> list[str]:
    """A claim of every generated family (the first three of each), in the suite's order."""
    taken: dict[str, int] = {}
    sample = []
    for case in cases(shipped_base()):
        if taken.get(case.family, 0) < 3:
            taken[case.family] = taken.get(case.family, 0) + 1
            sample.append(case.claim)
    return sample


def _answer(claim: str) -> tuple[object, ...]:
    answer = verdicts.check(shipped_base(), claim)
    return (
        answer.verdict,
        answer.rule,
        answer.reason,
        [record["id"] for record in answer.evidence],
        answer.alignment,
    )


def test_answers_do_not_hang_on_the_claims_checked_before() -> None:
    sample = _sample()
    assert len(sample) > 100
    forward = [_answer(claim) for claim in sample]
    backward = [_answer(claim) for claim in reversed(sample)]
    assert forward == backward[::-1]
