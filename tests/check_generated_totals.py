"""Claims generated from every fact for tests/check_generated.py on whose figure a figure is
(verify/totals.py, verify/places.py; docs/check.md, figure-exclusive and unstated-entity):

- a figure the article gives each member (进出口双双突破百亿美元) said as the members' total: past
  twice the figure, supported; past the figure alone, supported (twice it is past it); only just
  past the figure (才刚刚突破), refuted (the total is at least twice it);
- the figure of a place or a project in Beilun of its own (Dagang's area, an eco zone's) said as
  Beilun's own measure (北仑区的面积为6.7平方公里): not-enough-info, the article gives Beilun's none.

The facts, their figures and their measures' names are the base's own."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.places import HOME
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED
from beilun_cli.verify.totals import EACH

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_OWN_EXTENT_KINDS = frozenset({"place", "project"})
_ZH_YUAN_SCALES = ((1e8, "亿"), (1e4, "万"))
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


def total_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each fact whose figure is each member's, said as a
    statement of it (…双双突破百亿美元。), with the figure said as the members' total."""
    for record in records:
        quantity = record["quantity"]
        if quantity is None or quantity["qualifier"] != "over" or not EACH.search(quantity["written"]):
            continue
        zh = record["claim"]["zh"]
        written = quantity["written"]
        if not zh.endswith(written + "。"):
            continue
        head = zh[: -len(written) - 1]
        unit = re.sub(r"^.*[百千万亿]", "", written)  # 美元 of 百亿美元
        if not unit or unit == written:
            continue
        amount = quantity["amount"]
        ident = record["id"]
        twice, once = _zh_amount(2 * amount, unit), _zh_amount(amount, unit)
        yield ident, "total-of-each", "zh", f"{head}合计超过{twice}。", SUPPORTED
        yield ident, "total-of-each", "zh", f"{head}合计超过{once}。", SUPPORTED
        yield ident, "total-of-each-just-past", "zh", f"{head}总额刚刚突破{once}。", REFUTED


def _zh_amount(amount: float, unit: str) -> str:
    """An amount as Chinese writes it before its unit: 200亿美元."""
    for scale, word in _ZH_YUAN_SCALES:
        if amount >= scale:
            return f"{amount / scale:g}{word}{unit}"
    return f"{amount:g}{unit}"


def another_place_cases(
    records: Sequence[FactRecord], kinds: Mapping[str, str], measure_names: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each figure of a place or a project in Beilun of its
    own, said as Beilun's by its measure's Chinese name (北仑区的面积为6.7平方公里)."""
    for record in records:
        quantity, subject = record["quantity"], record["subject"]
        if (
            quantity is None
            or subject is None
            or subject in HOME
            or kinds.get(subject) not in _OWN_EXTENT_KINDS
        ):
            continue
        if not HOME & set(record["entities"]):
            continue  # a place beyond Beilun (the country of the anniversary)
        names = [name for name in measure_names.get(record["measure"] or "", ()) if _HAN.fullmatch(name)]
        if not names:
            continue
        claim = f"北仑区的{names[0]}为{quantity['written']}。"
        yield record["id"], "figure-of-another-place", "zh", claim, NOT_ENOUGH_INFO
