"""A figure's counted noun as part of its measure: a claim's figure refutes a fact's only when
what they count is of one kind (5万名党员 is no count of the visits, 人次, a fact gives)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.read.claims import reading_form
from beilun_cli.read.counted import counted_kind, kind_of_noun
from beilun_cli.read.quantities import ClaimedValue

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# How near a number of a fact's own claim must be to its amount to be its figure (rounding).
_SAME_AMOUNT = 0.02


def fact_kinds(record: FactRecord) -> frozenset[str]:
    """The kinds a fact's figure counts: its amount_unit's (canteens), and the nouns by its figure
    in its own claims, read as a claim's are."""
    quantity = record["quantity"]
    if quantity is None:
        return frozenset()
    claim = record["claim"]
    return _fact_kinds(claim["zh"], claim["en"], quantity["amount_unit"], quantity["amount"])


@cache
def _fact_kinds(zh: str, en: str, amount_unit: str, amount: float) -> frozenset[str]:
    kinds: set[str] = set()
    own = kind_of_noun(amount_unit.partition("-per-")[0])
    if own is not None:
        kinds.add(own)
    _, factor = quantities.fact_unit_class(amount_unit)
    return frozenset(kinds) | _kinds_at(zh, en, amount * factor)


@cache
def _kinds_at(zh: str, en: str, amount: float) -> frozenset[str]:
    """The kinds of what a fact's claims count with a number of `amount` (as read, or as written)."""
    kinds: set[str] = set()
    for text in (zh, en):
        folded = reading_form(text)
        values, spans = quantities.read_values(folded, [], bool(re.search(r"[a-z]", folded)))
        for value, span in zip(values, spans, strict=True):
            near = _SAME_AMOUNT * max(abs(amount), 1.0)
            if any(abs(number - amount) <= near for number in (value.amount, value.written)):
                kind = counted_kind(folded, span)
                if kind is not None:
                    kinds.add(kind)
    return frozenset(kinds)


def counts_other(kind: str | None, record: FactRecord, value: ClaimedValue) -> bool:
    """Whether a fact's claims write a claim's number as a count of another kind than `kind`
    (2,450 of households, where the claim counts policies)."""
    if kind is None:
        return False
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    kinds = _kinds_at(zh, en, value.amount) | _kinds_at(zh, en, value.written)
    return bool(kinds) and kind not in kinds


def claimed_kind(folded: str, value: ClaimedValue) -> str | None:
    """The kind a claim's figure counts, read where it stands in the claim's reading form."""
    return counted_kind(folded, value.span)


def other_counted(kind: str | None, record: FactRecord) -> bool:
    """Whether a fact's figure counts another kind of thing than a claim's figure of `kind`."""
    if kind is None:
        return False
    theirs = fact_kinds(record)
    return bool(theirs) and kind not in theirs


def inside_word(value: ClaimedValue, text: str, end: int) -> bool:
    """Whether a number a fact's text writes, ending at `end`, is a numeral inside a word (三 of
    三强三快, 两 of 两整两提: the count an abbreviation makes) where the claim counts with a
    classifier (三个): a word's numeral states no count of things."""
    from beilun_cli.verify.residue import CLASSIFIERS

    if value.unit != "count" or not value.text or value.text[-1] not in CLASSIFIERS:
        return False
    after = text[end : end + 1]
    return "\u4e00" <= after <= "\u9fff" and after not in CLASSIFIERS and after not in "多余万亿千百十"
