"""Generated claims that pin what a count counts as part of its measure (docs/check.md,
figure-exclusive), drawn from every fact, none chosen by hand:

- a fact's own claim with the noun its figure counts (志愿者, teams) replaced by the noun of a
  kind another fact of the same dimension counts (households for teams): never supported
  (counted-noun-swapped), as the fact's figure is of another measure;
- the same with the noun of a kind no fact counts (党员, diners): not-enough-info with the fact's
  figure (counted-noun-unstated) and with its figure moved (counted-noun-moved): the fact's
  figure neither supports nor refutes a count of something else.

A swap is made only where the claim reader takes the new noun for the figure's (the mechanism
under test), and never with a noun the fact says of something else (社区 of 大港社区).

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from check_generated_synonyms import NOT_SUPPORTED

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.read.claims import reading_form
from beilun_cli.read.counted import counted_kind
from beilun_cli.verify.counted import fact_kinds
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# The dimensions whose figures count nouns (a sum of money is of a measure named before it).
_COUNTED_DIMENSIONS = (quantities.COUNT, quantities.PEOPLE)
_MONEY_KINDS = frozenset({"output-value", "tax", "investment"})


def _nouns() -> dict[str, dict[str, tuple[str, ...]]]:
    """Each kind's nouns per language, in the lexicon's order (its usual noun first)."""
    return {kind: {"zh": zh, "en": en} for kind, zh, en in lexicon.counted_kinds()}


def _noun_at(text: str, nouns: Sequence[str], found: re.Match[str]) -> tuple[int, int] | None:
    """The span of the noun of `nouns` nearest the number in `text` (as a whole word in English),
    the longest where two start at one place."""
    spans = [
        hit.span()
        for noun in nouns
        for hit in re.finditer(rf"\b{re.escape(noun)}\b" if noun.isascii() else re.escape(noun), text)
    ]
    if not spans:
        return None

    def distance(span: tuple[int, int]) -> tuple[int, int]:
        return min(abs(span[0] - found.end()), abs(found.start() - span[1])), -span[1]

    return min(spans, key=distance)


def counted_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for every fact whose figure counts one kind of noun
    that its claims write by the figure, with the noun of each other kind."""
    nouns = _nouns()
    kinds_of: dict[str, set[str]] = defaultdict(set)  # the kinds each dimension's facts count
    counted: list[tuple[FactRecord, str, str]] = []
    for record in records:
        quantity = record["quantity"]
        if quantity is None:
            continue
        dimension, _ = quantities.fact_unit_class(quantity["amount_unit"])
        kinds = fact_kinds(record)
        kinds_of[dimension] |= kinds
        if dimension in _COUNTED_DIMENSIONS and len(kinds) == 1:
            counted.append((record, dimension, next(iter(kinds))))
    # Kinds no fact counts (Party members, the elderly): the article gives no figure of them.
    uncounted = {kind for kind in nouns if not any(kind in kinds for kinds in kinds_of.values())}
    uncounted -= _MONEY_KINDS
    for record, dimension, kind in counted:
        told = f"{record['quote']} {record['claim']['zh']} {record['claim']['en']}".casefold()
        others = [(other, other in uncounted) for other in sorted((kinds_of[dimension] | uncounted) - {kind})]
        for other, unstated in others:
            # A noun of the kind the fact says of something else (社区 of 大港社区) is grounded.
            if any(noun.casefold() in told for lang in ("zh", "en") for noun in nouns[other][lang]):
                continue
            for lang in ("zh", "en"):
                for family, claim, verdict in _swaps(record, lang, nouns, kind, other, unstated):
                    yield record["id"], family, lang, claim, verdict


def _swaps(
    record: FactRecord,
    lang: str,
    nouns: dict[str, dict[str, tuple[str, ...]]],
    kind: str,
    other: str,
    unstated: bool,
) -> Iterator[tuple[str, str, str]]:
    """A fact's claim in `lang` with its figure's noun of `kind` made one of `other`: never
    supported; of a kind no fact counts, not-enough-info with its figure moved too."""
    quantity = record["quantity"]
    assert quantity is not None
    text = record["claim"][lang]
    found = _number_in(text, quantity["amount"], lang)
    span = _noun_at(text, nouns[kind][lang], found) if found else None
    if found is None or span is None or not nouns[other][lang]:
        return
    noun = nouns[other][lang][0]
    swapped = text[: span[0]] + noun + text[span[1] :]
    if _kind_read(swapped, quantity["amount"], lang) != other:
        return  # the reader does not take the noun for the figure's, or reads other numbers too
    if not unstated:
        yield "counted-noun-swapped", swapped, NOT_SUPPORTED
        return
    yield "counted-noun-unstated", swapped, NOT_ENOUGH_INFO
    at = swapped.find(found.group()) if span[0] < found.start() else found.start()
    moved = swapped[:at] + _moved(found.group()) + swapped[at + len(found.group()) :]
    yield "counted-noun-moved", moved, NOT_ENOUGH_INFO


def _kind_read(text: str, amount: float, lang: str) -> str | None:
    """The kind the claim reader reads for the figure of `amount` in `text`, where it is the one
    number the text writes (a claim of several figures or a date is split and dated by other
    rules than the one under test)."""
    folded = reading_form(text)
    values, spans = quantities.read_values(folded, [], lang == "en")
    if len(values) != 1 or abs(values[0].amount - amount) > 1e-6 * max(amount, 1.0):
        return None
    return counted_kind(folded, spans[0])


def _number_in(text: str, amount: float, lang: str) -> re.Match[str] | None:
    """Where a claim writes its figure's digits (17 of 近17万人, 170,000), or None."""
    for found in re.finditer(r"(?<![\d./])\d[\d,]*(?:\.\d+)?(?![\d./年月日号])", text):
        value = float(found.group().replace(",", ""))
        for factor in (1.0, 1e4, 1e8) if lang == "zh" else (1.0,):
            if abs(value * factor - amount) <= 1e-6 * max(amount, 1.0):
                return found
    return None


def _moved(number: str) -> str:
    """A number moved well beyond its precision (commas kept out: 170,000 -> 221001)."""
    return str(int(float(number.replace(",", "")) * 1.3 + 1))


# A count with the classifier that fits any noun, of a noun phrase after it (21个增资扩产项目), and
# a modifier of it written before the count with 的 (工业企业的21个…: the projects of industrial firms).
_MODIFIED_COUNT = re.compile(r"(?P<modifier>[\u4e00-\u9fff]{2,6})的(?P<count>\d+)(?P<classifier>个)")


def modifier_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for every fact whose Chinese claim counts with 个 a
    phrase that a noun of another kind modifies, written before it with 的 (工业企业的21个增资扩产项目):
    the modifier moved into the phrase (21个工业企业增资扩产项目), whose head is still what is
    counted, supported; its figure moved, refuted; the count said of the modifier's noun alone (21个
    工业企业), never supported (counted-noun-modifier)."""
    nouns = [(noun, kind) for kind, zh, _ in lexicon.counted_kinds() for noun in zh]
    for record in records:
        quantity = record["quantity"]
        text = record["claim"]["zh"]
        found = _MODIFIED_COUNT.search(text)
        if quantity is None or found is None or float(found.group("count")) != quantity["amount"]:
            continue
        modifier = found.group("modifier")
        kinds = fact_kinds(record)
        own = [kind for noun, kind in nouns if modifier.endswith(noun) and kind not in kinds]
        if not own or len(kinds) != 1:
            continue
        head = text[found.end() :]
        phrase = re.match(r"[\u4e00-\u9fff]+?(?:" + "|".join(n for n, k in nouns if k in kinds) + ")", head)
        if phrase is None:
            continue
        # The modifier's last four characters move (工业企业), the rest stays before the count (北仑区).
        short = modifier[-4:]
        before = text[: found.start()] + modifier[: -len(short)]
        count = found.group("count")
        moved = str(int(count) + 3)
        for said, verdict in ((count, SUPPORTED), (moved, REFUTED)):
            claim = f"{before}{said}个{short}{head}"
            yield record["id"], "counted-noun-modifier", "zh", claim, verdict
        alone = f"{before}{count}个{short}{head[phrase.end() :]}"
        yield record["id"], "counted-noun-modifier", "zh", alone, NOT_SUPPORTED
