"""Claims generated for every event of the base (an entity of kind "event") that a fact dates in a
month or on a day, for tests/check_generated.py: the event said held in its fact's month
(supported), and a month and a year away (refuted), in Chinese and in English, whatever verb
of holding it the claim uses (举行, 举办, was held)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def event_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each dated event, once per event."""
    seen: set[str] = set()
    for record in records:
        as_of = record["as_of"]
        if (
            as_of is None
            or as_of["precision"] not in ("month", "day")
            or as_of["start"][:7] != as_of["end"][:7]
        ):
            continue
        for event in (e for e in record["entities"] if kinds.get(e) == "event" and e not in seen):
            seen.add(event)
            zh, en = names[event][0], names[event][1]
            year, month = int(as_of["start"][:4]), int(as_of["start"][5:7])
            shifted = (year, month % 12 + 1 if month < 12 else 11)
            for (y, m), verdict in (
                ((year, month), SUPPORTED),
                (shifted, REFUTED),
                ((year - 1, month), REFUTED),
            ):
                family = "event-month" if verdict == SUPPORTED else "event-other-month"
                yield record["id"], family, "zh", f"{zh}是在{y}年{m}月举行的", verdict
                yield record["id"], family, "zh", f"{zh}于{y}年{m}月举办", verdict
                yield record["id"], family, "en", f"The {en} was held in {_MONTHS[m - 1]} {y}", verdict
