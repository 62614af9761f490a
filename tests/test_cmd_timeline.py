"""beilun timeline: dated facts in order, bounded by years."""

from __future__ import annotations

import json

from conftest import run


def timeline(*args: str) -> list[dict[str, object]]:
    result = run(["timeline", "--json", *args])
    assert result.exit_code == 0, result.stderr
    facts: list[dict[str, object]] = json.loads(result.stdout)
    return facts


def test_timeline_is_in_time_order_and_every_entry_is_dated() -> None:
    facts = timeline()
    starts = [fact["as_of"]["start"] for fact in facts]  # type: ignore[index]
    assert starts == sorted(starts)
    assert {"binhai-new-district-approved-1984", "binhai-renamed-beilun-1987", "gdp-2018"} <= {
        fact["id"] for fact in facts
    }


def test_timeline_bounds_select_overlapping_times() -> None:
    facts = timeline("--from", "2018", "--to", "2018")
    assert facts
    for fact in facts:
        as_of = fact["as_of"]
        assert as_of["start"][:4] <= "2018" <= as_of["end"][:4]  # type: ignore[index]


def test_year_month_bounds_include_every_fact_whose_time_touches_that_month() -> None:
    june = {fact["id"]: fact["as_of"]["start"] for fact in timeline("--from", "2019-06", "--to", "2019-06")}
    assert june["dragon-boat-light-show-2019"] == "2019-06-07"  # a day in June
    assert june["ten-indicators-first-in-ningbo-h1-2019"] == "2019-01"  # the first half-year
    assert june["youth-apartments-1000-planned-2019"] == "2019"  # a year holds its June
    assert "youth-apartments-first-batch-600" not in june  # August
    for fact in timeline():
        as_of = fact["as_of"]
        first = as_of["start"][:7] if len(as_of["start"]) > 4 else as_of["start"] + "-01"
        last = as_of["end"][:7] if len(as_of["end"]) > 4 else as_of["end"] + "-12"
        assert (fact["id"] in june) == (first <= "2019-06" <= last), fact["id"]


def test_a_year_bound_is_the_same_as_its_first_or_last_month() -> None:
    assert timeline("--from", "2018") == timeline("--from", "2018-01")
    assert timeline("--to", "2018") == timeline("--to", "2018-12")
    assert timeline("--from", "2019-09", "--to", "2019") == timeline("--from", "2019-09", "--to", "2019-12")


def test_a_bound_that_is_no_year_or_month_is_a_usage_error() -> None:
    for bound in ("2019-13", "2019-6", "19", "June", "0999"):
        result = run(["timeline", "--to", bound])
        assert (result.exit_code, result.stdout) == (2, "")
        assert (
            f"Invalid value for '--to': '{bound}' is not a year or a year-month, e.g. 2019" in result.stderr
        )
    inverted = run(["timeline", "--from", "2019-09", "--to", "2019-06"])
    assert (inverted.exit_code, inverted.stderr) == (2, "beilun: --from 2019-09 is after --to 2019-06\n")


def test_timeline_resolves_relative_times() -> None:
    by_id = {fact["id"]: fact["as_of"] for fact in timeline()}
    assert by_id["gdp-2018"] == {"written": "去年", "start": "2018", "end": "2018", "precision": "year"}
    assert by_id["binhai-renamed-beilun-1987"] == {
        "written": "1987年9月14日",
        "start": "1987-09-14",
        "end": "1987-09-14",
        "precision": "day",
    }


def test_inverted_range_is_a_usage_error() -> None:
    result = run(["timeline", "--from", "2019", "--to", "2000"])
    assert result.exit_code == 2
    assert result.stderr == "beilun: --from 2019 is after --to 2000\n"


def test_empty_range_exits_1() -> None:
    result = run(["timeline", "--from", "2030", "--json"])
    assert (result.exit_code, result.stdout) == (1, "[]\n")
