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
