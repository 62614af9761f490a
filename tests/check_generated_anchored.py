"""Claims generated from every fact, for tests/check_generated.py, that pin a figure found by its
subject where the claim's other words find no fact (verify/anchored.py), and one year said as the
time a statement holds over (verify/periods.py, one_year):

- a fact's figure said of its subject in words the article never uses (邻居们都知道, the
  neighbours all know), where the fact is the one figure of its dimension (and of the kind of
  thing it counts) the article gives that subject, a count with the noun of what it counts:
  not-enough-info at the fact's figure (the words are unstated; subject-figure-kept), refuted
  with the figure moved beyond its precision (subject-figure-moved), in both languages; its
  period (7年来) said of another length (subject-period-moved): refuted;
- a fact dated to one year whose Chinese claim opens on that year (2018年, 去年) with 一年 after
  it (2018年一年, 去年一年就): supported as the fact's own claim is (one-year-frame), refuted with
  its figure moved (one-year-frame-moved). (English says one year with no number: in 2018 alone.)

None is chosen by hand."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.verify.counted import fact_kinds
from beilun_cli.verify.places import HOME
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, QuantityRecord

# Words no fact says, around the subject and its figure.
_FRAMES = {
    "zh": "邻居们都知道{name}是{figure}。",
    "en": "The neighbours all know that {name} is at {figure}.",
}
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# A period named by its length (7年来).
_PERIOD = re.compile(r"(\d+)年来$")
# A year the Chinese claim opens on.
_OPENING_YEAR = re.compile(r"^(?:\d{4}年|去年|今年)")


def subject_figure_cases(
    records: Sequence[FactRecord], names: Callable[[str], list[str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for each fact that is its subject's one figure of its
    dimension (or one of several of one measure), whose figure is written in digits."""
    # The figures of a subject in one dimension, of one kind of thing counted (companies, projects).
    by_subject: dict[tuple[str, str, frozenset[str]], list[FactRecord]] = defaultdict(list)
    for record in records:
        quantity = record["quantity"]
        if quantity is None or record["subject"] in (None, *HOME):
            continue
        dimension, _ = quantities.fact_unit_class(quantity["amount_unit"])
        by_subject[(record["subject"], dimension, fact_kinds(record))].append(record)
    nouns = {kind: (zh[0], en[0]) for kind, zh, en in lexicon.counted_kinds() if zh and en}
    for (subject, dimension, _), found in by_subject.items():
        if len(found) != 1:
            continue  # of two figures (1,000 planned, 600 a first batch), a third is neither's
        called = names(subject)
        zh_name = next((name for name in called if not name.isascii()), None)
        en_name = next((name for name in called if name.isascii()), None)
        for record in found:
            quantity = record["quantity"]
            written = quantity["written"]
            number = _DIGITS.search(written)
            if number is None or "每" in lexicon.amount_words(1.0, quantity["amount_unit"], "zh"):
                continue  # a figure in Chinese numerals, or per something: not rewritten here
            bounds = quantities.interval(quantity["amount"], quantity["qualifier"], float(number.group()))
            if math.isinf(bounds.low) or math.isinf(bounds.high):
                continue  # a bound (80岁以上) moved up is no other figure than the fact's
            moved_number = _moved(number.group())
            moved = written[: number.start()] + moved_number + written[number.end() :]
            scale = float(moved_number) / float(number.group())
            # What the figure counts, after it (570家企业), as the fact's claim says it.
            kinds = fact_kinds(record) if dimension != quantities.MONEY_YUAN else frozenset()
            zh_noun, en_noun = nouns.get(next(iter(kinds)), ("", "")) if len(kinds) == 1 else ("", "")
            if dimension in (quantities.COUNT, quantities.PEOPLE) and not zh_noun:
                continue  # a count of nothing named is no count of the fact's
            # An age in English is written by the lexicon as years (not years old), no age.
            english = _english(quantity, scale) if "岁" not in written else (None, None)
            for lang, name, figure, other in (
                ("zh", zh_name, written + zh_noun, moved + zh_noun),
                ("en", en_name, *(_counted(words, en_noun) for words in english)),
            ):
                if name is None or figure is None or other is None:
                    continue
                frame = _FRAMES[lang]
                kept = frame.format(name=name, figure=figure)
                yield record["id"], "subject-figure-kept", lang, kept, NOT_ENOUGH_INFO
                moved_claim = frame.format(name=name, figure=other)
                yield record["id"], "subject-figure-moved", lang, moved_claim, REFUTED
                # Its period said of another length (11年来 for 7年来): the statement dated otherwise.
                as_of = record["as_of"]
                period = _PERIOD.match(as_of["written"]) if as_of and as_of["precision"] == "period" else None
                if period is not None:
                    longer = int(period.group(1)) + 4
                    if lang == "zh":
                        dated = frame.format(name=f"{name}{longer}年来", figure=figure)
                    else:
                        dated = f"{kept[:-1]} over the past {longer} years."
                    yield record["id"], "subject-period-moved", lang, dated, REFUTED


def one_year_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for each fact of one year whose claim opens on it."""
    for record in records:
        quantity, as_of = record["quantity"], record["as_of"]
        if quantity is None or as_of is None or as_of["precision"] != "year":
            continue
        number = _DIGITS.search(quantity["written"])
        zh = record["claim"]["zh"]
        opening = _OPENING_YEAR.match(zh)
        if opening is not None:
            framed = f"{opening.group()}一年{zh[opening.end() :]}"
            yield record["id"], "one-year-frame", "zh", framed, "supported"
            if number is not None and quantity["written"] in framed:
                moved = quantity["written"].replace(number.group(), _moved(number.group()), 1)
                other = framed.replace(quantity["written"], moved)
                yield record["id"], "one-year-frame-moved", "zh", other, REFUTED


def _english(quantity: QuantityRecord, scale: float) -> tuple[str | None, str | None]:
    """The fact's figure in English, as the lexicon writes amounts, and the same scaled."""
    amount, unit, qualifier = float(quantity["amount"]), quantity["amount_unit"], quantity["qualifier"]
    kept = lexicon.amount_words(amount, unit, "en", qualifier)
    moved = lexicon.amount_words(amount * scale, unit, "en", qualifier)
    return kept, moved


def _counted(words: str | None, noun: str) -> str | None:
    """An English figure with the noun of what it counts, for the lexicon's (items, people)."""
    if words is None or not noun:
        return words
    figure = words if words[-1].isdigit() else words.rpartition(" ")[0]
    return f"{figure} {noun}"


def _moved(number: str) -> str:
    """A number moved well beyond its precision, written at the same precision."""
    decimals = len(number.partition(".")[2])
    moved = float(number) * 1.3 + (10**-decimals if decimals else 1)
    return f"{moved:.{decimals}f}"
