"""The claim reader on the fact base itself: each fact's quote, Chinese claim and English claim,
read as a claim (read/claims.py over read/numerals.py), yields the fact's own figure, in its
unit (docs/check.md, "How a claim is read"). Generated over every fact with a quantity, none
chosen by hand; `python tests/test_reader_on_base.py` prints the figures and every miss."""

from __future__ import annotations

import math
import re
import sys
from typing import Any

import pytest

from beilun_cli.base import paths
from beilun_cli.base.model import Fact
from beilun_cli.read import claims, quantities
from beilun_cli.store import loader

BASE = loader.load(paths.default_root())
FIELDS = ("quote", "claim.zh", "claim.en")


def _vocabulary() -> claims.Vocabulary:
    """The base's names, as check reads a claim with them (store/catalog.py builds the same from
    the index): numerals inside names (一号工程) are no figures."""
    entities = [
        (name.casefold(), entity.id)
        for entity in BASE.entities.values()
        for name in entity.names
        if len(name) > 1
    ]
    measures = [
        (name.casefold(), measure.id)
        for measure in BASE.measures.values()
        for name in {measure.id, measure.name.zh, measure.name.en, *measure.aliases}
        if len(name) > 1
    ]
    kinds = {entity.id: entity.kind for entity in BASE.entities.values()}
    readings = {measure.id: measure.reading for measure in BASE.measures.values()}
    return claims.Vocabulary(
        sorted(entities, key=lambda pair: -len(pair[0])),
        kinds,
        sorted(measures, key=lambda pair: -len(pair[0])),
        readings,
    )


VOCABULARY = _vocabulary()


# Texts whose figure the claim reader does not give, reviewed, each with why: none is a numeral
# misread. A figure inside a name of the base is part of the name, not a figure of the claim.
IN_A_NAME = "the figure is inside a name of the base (an entity), which the claim reader takes whole"
KNOWN_MISSES = {
    ("xuelong-clutch-fan-project", "quote"): IN_A_NAME,
    ("xuelong-clutch-fan-project", "claim.zh"): IN_A_NAME,
    ("huashuo-auto-parts-project", "quote"): IN_A_NAME,
    ("huashuo-auto-parts-project", "claim.zh"): IN_A_NAME,
    ("youth-beilun-ten-policies-feb-2019", "quote"): IN_A_NAME,
    ("youth-beilun-ten-policies-feb-2019", "claim.zh"): IN_A_NAME,
    ("beautiful-beilun-ten-major-projects", "quote"): IN_A_NAME,
    ("beautiful-beilun-ten-major-projects", "claim.zh"): IN_A_NAME,
    ("jilin-girl-17-arm-saved", "quote"): IN_A_NAME,
    ("jilin-girl-17-arm-saved", "claim.zh"): IN_A_NAME,
    ("jilin-girl-17-arm-saved", "claim.en"): IN_A_NAME,
    ("seventy-years-brief-moment", "claim.en"): "a word stands between figure and unit (70 eventful years): "
    "the claim reader takes a unit only right after its figure",
    ("tribute-to-prc-70th-anniversary", "claim.en"): "70th is read as a rank, not as 70 years",
    ("love-canteens-cover-over-80s", "claim.en"): "the unit is a word before the figure (aged 80), "
    "which the claim reader's unit tables do not hold",
}


def _text(fact: Fact, field: str) -> str:
    return {"quote": fact.quote, "claim.zh": fact.claim.zh, "claim.en": fact.claim.en}[field]


def figure_read(fact: Fact, field: str) -> tuple[bool, str]:
    """Whether the text states the fact's figure in its unit class, and what it was read as."""
    assert fact.quantity is not None
    unit, factor = quantities.fact_unit_class(fact.quantity.amount_unit)
    amount = fact.quantity.amount * factor
    published = BASE.sources[fact.location.source].published
    values = claims.read_claim(_text(fact, field), published, VOCABULARY).values
    for value in values:
        same_unit = value.unit == unit or (
            value.unit is None and unit in (quantities.COUNT, quantities.PEOPLE)
        )
        if same_unit and math.isclose(value.amount, amount, rel_tol=1e-9):
            return True, ""
    found = ", ".join(f"{value.text!r} {value.amount:g} {value.unit}" for value in values) or "no figure"
    return False, f"wants {amount:g} {unit}; read {found}"


def cases() -> list[Any]:
    return [
        pytest.param(
            fact,
            field,
            id=f"{fact.id}-{field}",
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[fact.id, field], strict=True)]
            if (fact.id, field) in KNOWN_MISSES
            else [],
        )
        for fact in BASE.facts
        if fact.quantity is not None
        for field in FIELDS
    ]


@pytest.mark.parametrize(("fact", "field"), cases())
def test_each_text_of_a_fact_yields_its_figure(fact: Fact, field: str) -> None:
    found, missed = figure_read(fact, field)
    assert found, missed


# An English figure and its unit, written as a compound before a noun (a 123-km trail, a
# 10-billion-yuan project, a three-year effort): the unit word singular, joined by hyphens.
_EN_FIGURE_UNIT = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)((?: (?:thousand|million|billion))?)"
    r" (years|km|kilometres|square kilometres|square metres|yuan|US dollars|metres)\b"
)


def compound_cases() -> list[Any]:
    return [
        pytest.param(fact, found, id=fact.id)
        for fact in BASE.facts
        if fact.quantity is not None
        for found in _EN_FIGURE_UNIT.finditer(fact.claim.en)
    ]


@pytest.mark.parametrize(("fact", "found"), compound_cases())
def test_a_figure_written_as_a_compound_is_read_as_the_figure(fact: Fact, found: re.Match[str]) -> None:
    """Each English figure with its unit, rewritten as a number-adjective compound (3 years as a
    3-year, 1.47 million yuan as a 1.47-million-yuan), reads as the same amount in the same unit."""
    number, scale, unit = found.groups()
    singular = unit.removesuffix("s") if unit.endswith(("years", "metres", "dollars")) else unit
    compound = "-".join([number, *scale.split(), *singular.split()])
    published = BASE.sources[fact.location.source].published
    as_written = claims.read_claim(f"a {found.group()} plan", published, VOCABULARY).values
    as_compound = claims.read_claim(f"a {compound} plan", published, VOCABULARY).values
    assert [(v.amount, v.unit) for v in as_compound] == [(v.amount, v.unit) for v in as_written], compound


_SCALED = re.compile(r"[十百千万亿]")


def aspect_cases() -> list[Any]:
    return [
        pytest.param(fact, value, id=f"{fact.id}-{value.text}")
        for fact in BASE.facts
        if fact.quantity is not None
        for value in claims.read_claim(fact.claim.zh, "2019-09-16", VOCABULARY).values
        if value.qualifier == quantities.EXACT and re.match(r"[\d零〇一二两三四五六七八九]", value.text)
    ]


@pytest.mark.parametrize(("fact", "value"), aspect_cases())
def test_guo_after_a_verb_is_an_aspect_and_before_a_scale_says_over(fact: Fact, value: Any) -> None:
    """过 after a verb says it happened (捧获过三座): each exact figure of a fact's Chinese claim,
    after 获得过, stays exact; 过 says "over" only before a figure of a scale (过万, 过亿)."""
    text = fact.claim.zh
    start = text.index(value.text)
    aspect = claims.read_claim(f"{text[:start]}获得过{text[start:]}", "2019-09-16", VOCABULARY).values
    read = next(v for v in aspect if v.text == value.text)
    expected = quantities.EXACT if not _SCALED.search(value.text) else read.qualifier
    assert (read.qualifier, read.amount) == (expected, value.amount)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("志愿者人数过10万", "over"), ("投资过1000亿元", "over"), ("捧获过三座大禹鼎", "exact")],
)
def test_guo_says_over_only_before_a_figure_of_a_scale(text: str, qualifier: str) -> None:
    (value,) = claims.read_claim(text, "2019-09-16", VOCABULARY).values
    assert value.qualifier == qualifier


if __name__ == "__main__":
    passed = dict.fromkeys(FIELDS, 0)
    facts = [fact for fact in BASE.facts if fact.quantity is not None]
    whole = 0
    for fact in facts:
        results = [figure_read(fact, field) for field in FIELDS]
        whole += all(found for found, _ in results)
        for field, (found, missed) in zip(FIELDS, results, strict=True):
            passed[field] += found
            if not found and "--misses" in sys.argv:
                print(f"{fact.id} {field}: {missed}\n    {_text(fact, field)}")
    print(f"{len(facts)} facts with a figure; all three texts read right: {whole}")
    print(", ".join(f"{field} {count}/{len(facts)}" for field, count in passed.items()))
