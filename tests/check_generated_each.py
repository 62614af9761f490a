"""Claims generated from every fact whose measure reads `each` (a bound each member of its list has:
20亿元以上的项目有普芮玛投资总部、禹洲集团…等), for tests/check_generated.py (docs/check.md,
figure-exclusive): of each member the fact lists (an entity of a kind that has a figure of its own),
by its names in both languages, with the total investment as the claim names it:

- at least the bound: supported, the member inherits the list's bound;
- below the bound, and below half of it: refuted;
- above ten times the bound: not-enough-info (the bound says nothing of how far above it).

The members and the bound are taken from the facts' own entities and quantities."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Entities that have a figure of their own (a project, the company behind it).
_MEMBER_KINDS = frozenset({"company", "project", "organisation"})
# A bound from below: what a member's figure is at least.
_FROM_BELOW = frozenset({"at_least", "over", "more_than"})
_YUAN_UNITS = {"zh": ((1e8, "亿元"), (1e4, "万元")), "en": ((1e9, " billion yuan"), (1e6, " million yuan"))}


def each_cases(
    records: Sequence[FactRecord],
    readings: Mapping[str, str],
    names: Mapping[str, Sequence[str]],
    kinds: Mapping[str, str],
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every member of every fact of an `each` measure."""
    for record in records:
        quantity = record["quantity"]
        if readings.get(record["measure"] or "") != "each" or quantity is None:
            continue
        if quantity["qualifier"] not in _FROM_BELOW or quantity["amount_unit"] != "yuan":
            continue
        bound = quantity["amount"]
        members = [e for e in record["entities"] if kinds.get(e) in _MEMBER_KINDS]
        for entity in (e for e in members if len(names.get(e, ())) > 1):
            zh, en = names[entity][0], names[entity][1]
            ident = record["id"]
            yield ident, "each-bound-kept", "zh", f"{zh}项目的投资总额不少于{_yuan(bound, 'zh')}", SUPPORTED
            yield ident, "each-below", "zh", f"{zh}项目的投资总额不到{_yuan(bound, 'zh')}", REFUTED
            yield ident, "each-below", "zh", f"{zh}项目的投资总额不足{_yuan(bound / 2, 'zh')}", REFUTED
            claim = f"{zh}项目的投资总额超过{_yuan(bound * 10, 'zh')}"
            yield ident, "each-far-above", "zh", claim, NOT_ENOUGH_INFO
            claim = f"The {en} project has a total investment of at least {_yuan(bound, 'en')}."
            yield ident, "each-bound-kept", "en", claim, SUPPORTED
            claim = f"The {en} project has a total investment of less than {_yuan(bound, 'en')}."
            yield ident, "each-below", "en", claim, REFUTED
            claim = f"The {en} project is worth under {_yuan(bound / 2, 'en')}."
            yield ident, "each-below", "en", claim, REFUTED
            claim = f"The {en} project has a total investment of over {_yuan(bound * 10, 'en')}."
            yield ident, "each-far-above", "en", claim, NOT_ENOUGH_INFO


def _yuan(amount: float, lang: str) -> str:
    """An amount of yuan as the language writes it: 20亿元, 2 billion yuan, 1 billion yuan."""
    for scale, unit in _YUAN_UNITS[lang]:
        if amount >= scale:
            return f"{amount / scale:g}{unit}"
    return f"{amount:g}元" if lang == "zh" else f"{amount:g} yuan"
