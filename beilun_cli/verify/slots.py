"""Slots read from a fact's own words: its markers (first, only, a plan, a reason), whether it
dates an event, and the texts they are read from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli.read import claims
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, TimeRecord
    from beilun_cli.read.claims import ClaimedTime

# Markers a fact states only in its own claim, not in the rest of its quote.
_OWN_MARKERS = frozenset({"planned", "reason"})

# Markers a first, an only or a most carries: where it holds then matters.
RANKING = frozenset({"only", "first", "second", "third", "largest", "most", "highest", "longest", "earliest"})

# A fact's time written as "now" (当前, 至今, 截至目前) dates a state, not an event: the same
# state claimed at another time is not stated, rather than refuted.
_AS_OF_NOW = Lazy(r"当前|至今|截至|目前|现在|如今")


def is_event(record: FactRecord, *, years: bool = False) -> bool:
    """Whether a fact dates an event (on a day or in a month; with `years`, in a year too): the
    same event claimed at another time is refuted."""
    as_of = record["as_of"]
    precisions = ("day", "month", "year") if years else ("day", "month")
    return as_of is not None and as_of["precision"] in precisions and not _AS_OF_NOW.search(as_of["written"])


def fact_text(record: FactRecord) -> str:
    return " ".join((record["claim"]["zh"], record["claim"]["en"], record["quote"]))


def stated_markers(record: FactRecord) -> set[str]:
    """The markers a fact states, read from the article's own words (its quote and Chinese claim):
    a translation may say "one of" of another set ("the only river named one of Zhejiang's...").
    A plan or a reason must be the fact's own (its Chinese claim): a quote's 计划 may be another
    figure's (计划推出1000套, 第一批600套)."""
    stated = claims.markers_of(article_words(record))
    if not stated & _OWN_MARKERS:
        return stated
    own = claims.markers_of(record["claim"]["zh"])
    return {marker for marker in stated if marker not in _OWN_MARKERS or marker in own}


def article_words(record: FactRecord) -> str:
    return f"{record['claim']['zh']} {record['quote']}"


def marker_name(marker: str) -> str:
    return marker.replace("decade:", "born in the ").replace("one-of", "one of")


def when_of(as_of: TimeRecord) -> str:
    """A fact's time for a reason: '2018 (去年)', '1987-09-14'."""
    span = span_of(as_of["start"], as_of["end"])
    return span if as_of["written"] in (span, f"{span}年") else f"{span} ({as_of['written']})"


def span_of(start: str, end: str) -> str:
    return start if start == end else f"{start} to {end}"


def claimed_when(time: ClaimedTime) -> str:
    if time.relative:
        return f"'{time.written}' ({time.start})"
    return time.start
