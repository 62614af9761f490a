"""Claims generated from every fact with a figure, for tests/check_generated.py, that pin which
fact a claimed figure is judged against (verify/figures.py, _same_measure and the order of the
facts it weighs):

- noun-moved, noun-other: a fact whose English claim writes its count as a number and the noun it
  counts (507 volunteer teams), with the number moved: refuted; the same with the noun replaced by
  one the article never writes (1,521 spectators): the figure counts something else, which the
  article does not give (not-enough-info);
- marked-moved: of two facts of one measure and subject, the one that states a marker the other
  does not (第一批600套, beside 计划推出1000套), its claim with its figure moved to a third value:
  refuted by the fact of the marker, not left undecided by the other's.

None is chosen by hand."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli.read import quantities
from beilun_cli.read.counted import english_phrase
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED
from beilun_cli.verify.slots import stated_markers

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A noun the article never writes, for what a figure counts.
_STRANGER = "spectators"
_EN_COUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%])")
# What may follow a noun phrase: punctuation, the end, or a word that starts another phrase.
_PHRASE_END = re.compile(
    r"\s*(?:[^\w\s]|$|(?:of|in|at|on|for|to|with|and|by|from|that|which|were|was|are|is|a)\b)"
)
_ZH_NUMBER = re.compile(r"(?<![\d.])(\d+)(?![\d.%年月日])")


def _count(record: FactRecord) -> float | None:
    """A fact's exact count (of things or people) in its unit class, or None."""
    quantity = record["quantity"]
    if quantity is None or quantity["qualifier"] != "exact":
        return None
    unit, factor = quantities.fact_unit_class(quantity["amount_unit"])
    if unit not in (quantities.COUNT, quantities.PEOPLE):
        return None
    return quantity["amount"] * factor


def noun_cases(records: Sequence[FactRecord], article: str) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each fact's English count moved, with its noun and with
    a noun the article never writes."""
    if _STRANGER in article.casefold():
        return
    for record in records:
        count = _count(record)
        en = record["claim"]["en"]
        if count is None or count < 2:
            continue
        found = [m for m in _EN_COUNT.finditer(en) if float(m.group(1).replace(",", "")) == count]
        if len(found) != 1:
            continue
        match = found[0]
        phrase = english_phrase(en.casefold(), match.span())
        if not phrase:
            continue
        moved = f"{round(count * 3):,}"
        end = match.end() + en.casefold()[match.end() :].find(phrase) + len(phrase)
        if not _PHRASE_END.match(en[end:]):
            continue  # the noun phrase goes on (2 new 10-billion-yuan-scale enterprises)
        ident = record["id"]
        yield ident, "noun-moved", "en", f"{en[: match.start()]}{moved}{en[match.end() :]}", REFUTED
        other = f"{en[: match.start()]}{moved} {_STRANGER}{en[end:]}"
        yield ident, "noun-other", "en", other, NOT_ENOUGH_INFO


def marked_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): the claim of a fact that states a marker its rival of
    the same measure and subject does not, with its figure moved to neither's."""
    for record in records:
        count = _count(record)
        zh = record["claim"]["zh"]
        numbers = _ZH_NUMBER.findall(zh)
        if count is None or record["measure"] is None or len(numbers) != 1 or float(numbers[0]) != count:
            continue
        marked = stated_markers(record)
        for rival in records:
            theirs = _count(rival)
            if (
                rival["id"] == record["id"]
                or theirs is None
                or rival["measure"] != record["measure"]
                or rival["subject"] != record["subject"]
                or not marked - stated_markers(rival)
            ):
                continue
            moved = round(max(count, theirs) * 4 / 3)
            claim = re.sub(rf"(?<![\d.]){numbers[0]}(?![\d.])", str(moved), zh, count=1)
            yield f"{record['id']}+{rival['id']}", "marked-moved", "zh", claim, REFUTED
            break
