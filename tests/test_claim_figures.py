"""The claim reader's dates in Chinese numerals (beilun_cli/read/times.py) and its quantifier
words (lexicon/data/quantifiers.toml), each read into the interval of values it allows."""

from __future__ import annotations

import pytest

from beilun_cli.read import claims

_NO_NAMES = claims.Vocabulary([], {}, [], {})


def _read(text: str) -> claims.Claim:
    return claims.read_claim(text, "2019-09-16", _NO_NAMES)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("一九八四年一月二十七日,国务院批准新建滨海新区", [("1984-01-27", "day")]),
        ("二〇一九年九月召开", [("2019-09", "month")]),
        ("二零一八年", [("2018", "year")]),
        ("一九八七年九月十四日更名", [("1987-09-14", "day")]),
        ("2019年十二月", [("2019-12", "month")]),
        # A month and day without a year: of the year of publication, or of the year before it.
        ("八月九日开放申购", [("2019-08-09", "day")]),
        ("去年十月", [("2018-10", "month")]),
        ("八月下旬", [("2019-08-21", "day")]),
    ],
)
def test_dates_in_chinese_numerals_are_read(text: str, times: list[tuple[str, str]]) -> None:
    claim = _read(text)
    assert [(time.start, time.precision) for time in claim.times] == times
    assert claim.values == []  # no year read as a count


@pytest.mark.parametrize(("text", "amount"), [("三个月后", 3.0), ("用了二十七天", 27.0), ("十二个月", 12.0)])
def test_counts_of_months_and_days_are_no_dates(text: str, amount: float) -> None:
    claim = _read(text)
    assert claim.times == []
    assert [value.amount for value in claim.values] == [amount]


_INF = float("inf")


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        # Exactly one value, not a figure rounded to its last digit.
        ("进出口总额刚好是100亿美元", "exactly", 1e10, 1e10),
        ("正好8家", "exactly", 8.0, 8.0),
        ("exactly 570 companies", "exactly", 570.0, 570.0),
        # Just past a figure: past it, however little.
        ("a little over 32 years", "over", 32.0, _INF),
        ("slightly more than 4 years", "over", 4.0, _INF),
        ("略超过1146亿元", "over", 1.146e11, _INF),
        # More than, short of the next step of its last digit, before the unit in English too.
        ("95-odd m²", "more_than", 95.0, 96.0),
        ("30-plus years", "more_than", 30.0, 40.0),
        ("三十多年", "more_than", 30.0, 40.0),
        # A unit of two words hyphenated as one.
        ("a 6.7-square-kilometre area", "exact", 6.65e6, 6.75e6),
    ],
)
def test_quantifier_words_are_read_as_intervals(text: str, qualifier: str, low: float, high: float) -> None:
    (value,) = _read(text).values
    assert value.qualifier == qualifier
    assert (value.interval.low, value.interval.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("GDP最多1146亿元", "at_most"),
        ("最高600套", "at_most"),
        ("not more than 17 companies", "at_most"),
        ("not less than 17 companies", "at_least"),
        ("no more than 17 companies", "at_most"),
    ],
)
def test_a_quantifier_before_a_figure_is_no_marker(text: str, qualifier: str) -> None:
    claim = _read(text)
    assert [value.qualifier for value in claim.values] == [qualifier]
    assert claim.markers == set()


def test_a_superlative_without_a_figure_is_still_a_marker() -> None:
    assert "most" in _read("北仑企业最多的行业").markers
    assert "negated" in _read("Beilun did not host the awards").markers
