"""The numeral reader on its peers' test suites, carried in as data under tests/data/ with their
source and licence named in each file: Duckling's Chinese numerals, the bounds of Duckling's
Chinese money corpus, and cn2an's cases (docs/check.md, "Numbers")."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from beilun_cli.read.claims import Vocabulary, read_claim
from beilun_cli.read.numerals import chinese_numbers
from beilun_cli.read.quantities import MONEY_YUAN

DATA = Path(__file__).parent / "data"
NO_NAMES = Vocabulary([], {}, [])


def marks(case: dict[str, Any]) -> list[pytest.MarkDecorator]:
    """A case out of scope is skipped with its reason; one in scope and not read yet, expected to fail."""
    if "skip" in case:
        return [pytest.mark.skip(reason=case["skip"])]
    if "pending" in case:
        return [pytest.mark.xfail(reason=case["pending"], strict=True)]
    return []


def corpus(name: str) -> list[Any]:
    cases = tomllib.loads((DATA / name).read_text(encoding="utf-8"))["cases"]
    return [pytest.param(case, id=case["text"], marks=marks(case)) for case in cases]


def read_one(text: str) -> list[float]:
    return [number.amount for number in chinese_numbers(text, characters=True)]


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-18)


@pytest.mark.parametrize("case", corpus("duckling_numeral_zh.toml"))
def test_duckling_numerals(case: dict[str, Any]) -> None:
    amounts = read_one(case["text"])
    assert len(amounts) == 1 and same(amounts[0], case["value"]), amounts


@pytest.mark.parametrize("case", corpus("cn2an.toml"))
def test_cn2an(case: dict[str, Any]) -> None:
    amounts = read_one(case["text"])
    assert len(amounts) == 1 and same(amounts[0], case["value"]), amounts


@pytest.mark.parametrize("case", corpus("duckling_money_bounds_zh.toml"))
def test_duckling_money_bounds(case: dict[str, Any]) -> None:
    values = read_claim(case["text"], "2019-09-16", NO_NAMES).values
    assert [value.unit for value in values] == [MONEY_YUAN]
    interval = values[0].interval
    assert same(interval.low, case.get("low", -math.inf)) and same(interval.high, case.get("high", math.inf))
