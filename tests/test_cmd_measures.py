"""beilun measures: the vocabulary of what values count, with fact counts."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run


def test_measures_json_gives_names_unit_aliases_and_counts(base: Path) -> None:
    result = run(["--facts", str(base), "measures", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "id": "growth",
            "name": {"zh": "增速", "en": "growth"},
            "amount_unit": "percent",
            "aliases": [],
            "reading": "amount",
            "facts": 0,
        },
        {
            "id": "headcount",
            "name": {"zh": "人数", "en": "headcount"},
            "amount_unit": "people",
            "aliases": [],
            "reading": "amount",
            "facts": 0,
        },
        {
            "id": "investment",
            "name": {"zh": "总投资", "en": "total investment"},
            "amount_unit": "yuan",
            "aliases": [],
            "reading": "amount",
            "facts": 0,
        },
    ]


def test_measures_tsv_of_the_shipped_base_counts_every_value_once() -> None:
    result = run(["measures", "--format", "tsv"])
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["gdp", "地区生产总值", "GDP", "yuan", "1"]
    assert ["total-investment", "总投资", "total investment", "yuan", "5"] in rows
    figures = json.loads(run(["figures", "--json"]).stdout)
    assert sum(int(row[-1]) for row in rows) == len(figures)
    assert all(int(row[-1]) > 0 for row in rows)  # no measure is defined and unused
