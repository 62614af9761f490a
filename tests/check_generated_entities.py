"""Claims generated from every fact for tests/check_generated.py, of an entity, a list or a date
of the base put in the stead of the fact's:

- the one entity of its kind a fact names (a civilisation demonstration line, a programme, an
  event, an organisation; companies and people are check_generated.py's other-entity), written in its
  own claim, replaced by another entity of that kind from the base: refuted, the claim ties the
  other to the fact's predicate (verify/entities.py, _slot_owner);
- a Chinese claim's closed list of quoted members that end with one character (“生态之美”“品质
  之美”…), given back with a count after it by that character: all its members counted right
  (四美) is never refuted, one member dropped and the rest counted (三美) is refuted, the set the
  fact closes has another size (verify/members.py, counted_list_conflict);
- two events of one entity besides Beilun that the base dates to different years, each claimed
  in the other's year: refuted, though the other fact's year agrees with the claim's (the
  creation of Binhai New District in 1987, the year of its renaming).

The entities, lists and years are found by patterns of this file, not by the checker's reader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from check_generated_relations import IN_ORDER

from beilun_cli.verify.rules import REFUTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Kinds check_generated.py's other-entity family leaves out; places are the sibling places'. An
# award is a title many hold (Beilun's river's 'Beautiful Rivers and Lakes' is Beilun's too).
_SLOT_KINDS = ("project", "programme", "event", "organisation")
_HOME = {"beilun"}
# How alike a fact of the other entity may be, its name aside, before the claim may be true.
_ALIKE = 0.6
# A closed list of quoted members side by side, not followed by 等.
_QUOTED_LIST = re.compile(r"(?:“[^“”]{2,12}”){2,}(?!等)")
_MEMBER = re.compile(r"“([^“”]{2,12})”")
_ZH_COUNTS = "零一二三四五六七八九十"


def slot_swap_cases(
    records: Sequence[FactRecord], names: dict[str, list[str]], kinds: dict[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): the fact's one entity of a kind, renamed another, in
    a fact of no figure and no time (one of them says more than the entity's deed). Not where a
    fact of the other says much the same of it (Beilun hosted a festival, and another)."""
    for record in records:
        if record["quantity"] is not None or record["as_of"] is not None:
            continue
        for entity in record["entities"]:
            kind = kinds.get(entity)
            if kind not in _SLOT_KINDS or sum(kinds.get(e) == kind for e in record["entities"]) != 1:
                continue
            others = sorted(e for e, k in kinds.items() if k == kind and e not in record["entities"])
            if not others:
                continue
            other = others[sum(map(ord, record["id"])) % len(others)]
            for lang, at in (("zh", 0), ("en", 1)):
                mine, theirs = names[entity], names[other]
                if len(mine) <= at or len(theirs) <= at:
                    continue
                text = record["claim"][lang]
                # Its name whole, and only once: a name inside another's (北仑 of 北仑港) stays.
                if len(mine[at]) < 2 or text.count(mine[at]) != 1 or theirs[at] in text:
                    continue
                said = text.replace(mine[at], "")
                of_other = [
                    r["claim"][lang].replace(theirs[at], "") for r in records if other in r["entities"]
                ]
                if any(SequenceMatcher(None, said, alike).ratio() >= _ALIKE for alike in of_other):
                    continue
                yield record["id"], "slot-swapped", lang, text.replace(mine[at], theirs[at]), REFUTED


def recounted_list_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): a closed quoted list counted after it by its members'
    last character, all of them (never refuted) and one dropped (refuted)."""
    for record in records:
        text = record["claim"]["zh"]
        for found in _QUOTED_LIST.finditer(text):
            members = _MEMBER.findall(found.group())
            heads = {member[-1] for member in members}
            if len(heads) != 1 or not 3 <= len(members) <= 10:
                continue
            head = heads.pop()
            before, after = text[: found.start()], text[found.end() :]
            tail = after if after[:1] in ("", "。", ",", "，", ";", "；") else None
            if tail is None:
                continue
            for kept, family, verdict in (
                (members, "list-counted", IN_ORDER),
                (members[:-1], "list-recounted", REFUTED),
            ):
                listed = "".join(f"“{member}”" for member in kept)
                yield (
                    record["id"],
                    family,
                    "zh",
                    f"{before}{listed}{_ZH_COUNTS[len(kept)]}{head}{tail}",
                    verdict,
                )


def swapped_year_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(pair, family, lang, claim, verdict): an event claimed in the year of another event of the
    same entity that the base dates to another year."""
    events = [r for r in records if r["as_of"] is not None and r["quantity"] is None]
    for one in events:
        for other in events:
            assert one["as_of"] is not None and other["as_of"] is not None
            shared = set(one["entities"]) & set(other["entities"]) - _HOME
            mine, theirs = one["as_of"]["start"][:4], other["as_of"]["start"][:4]
            if one["id"] == other["id"] or not shared or mine == theirs:
                continue
            for lang in ("zh", "en"):
                text = one["claim"][lang]
                if len(re.findall(r"(?<!\d)\d{4}(?!\d)", text)) != 1 or mine not in text:
                    continue
                yield f"{one['id']}+{other['id']}", "year-swapped", lang, text.replace(mine, theirs), REFUTED
