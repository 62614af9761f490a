"""The claim reader's ranges, restated figures and scale letters (beilun_cli/read/ranges.py), and
the quantifier before a currency sign: each read as one figure with its interval."""

from __future__ import annotations

import pytest

from beilun_cli.read import claims, quantities

_NO_NAMES = claims.Vocabulary([], {}, [], {})


def _figures(text: str) -> list[tuple[float, float, str | None]]:
    claim = claims.read_claim(text, "2019-09-16", _NO_NAMES)
    return [(value.interval.low, value.interval.high, value.unit) for value in claim.values]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("股价在5.6到5.78元之间", [(5.6, 5.78, "yuan")]),
        ("GDP为1100-1200亿元", [(1.1e11, 1.2e11, "yuan")]),
        ("GDP在1100亿元至1200亿元之间", [(1.1e11, 1.2e11, "yuan")]),
        ("GDP was 110-120 billion yuan", [(1.1e11, 1.2e11, "yuan")]),
        ("GDP was between 110 and 120 billion yuan", [(1.1e11, 1.2e11, "yuan")]),
        ("GDP was 110 to 120 billion yuan", [(1.1e11, 1.2e11, "yuan")]),
        # "and" joins a range only after "between": two figures otherwise.
        ("110 and 120 billion yuan", [(109.5, 110.5, None), (1.15e11, 1.25e11, "yuan")]),
        # Upper-case M is a million; lower-case m is metres.
        ("1.2M people", [(1.15e6, 1.25e6, "people")]),
        ("1.2m", [(1.15, 1.25, "m")]),
        # A multiple with a half.
        ("two and a half times", [(2.45, 2.55, None)]),
    ],
)
def test_ranges_and_scale_letters_are_read(text: str, figures: list[tuple[float, float, str | None]]) -> None:
    found = _figures(text)
    assert [unit for _, _, unit in found] == [unit for _, _, unit in figures]
    assert [bounds[:2] for bounds in found] == [pytest.approx(bounds[:2]) for bounds in figures]


def test_a_quantifier_before_a_currency_sign_is_read() -> None:
    claim = claims.read_claim("exports exceed $10 billion", "2019-09-16", _NO_NAMES)
    assert [(value.qualifier, value.amount) for value in claim.values] == [(quantities.OVER, 1e10)]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("exports passed US$10 billion but imports stayed below that level", ["over", "under"]),
        ("出口突破百亿美元，但进口低于这一水平", ["over", "under"]),
        ("exports passed US$10 billion and imports rose above that level", ["over", "over"]),
    ],
)
def test_a_figure_restated_by_reference_is_read_again_with_its_quantifier(
    text: str, qualifiers: list[str]
) -> None:
    claim = claims.read_claim(text, "2019-09-16", _NO_NAMES)
    assert [value.qualifier for value in claim.values] == qualifiers
    assert {value.amount for value in claim.values} == {1e10}
