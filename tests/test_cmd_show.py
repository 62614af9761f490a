"""beilun show: one fact, exactly, in every format."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run

GROWTH = {
    "id": "growth",
    "topic": "economy",
    "claim": {"zh": "北仑增长5%。", "en": "Beilun grew by 5%."},
    "quote": "增长5%",
    "value": None,
    "unit": None,
    "quantity": None,
    "measure": None,
    "subject": None,
    "as_of": None,
    "entities": [],
    "tags": [],
    "source": {"id": "src", "paragraph": 1, "offset": 7},
}


def test_show_json_is_one_object(base: Path) -> None:
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout) == GROWTH


def test_show_context_marks_the_quote(base: Path) -> None:
    result = run(["--facts", str(base), "show", "growth", "--context", "--json"])
    assert json.loads(result.stdout)["context"] == {"paragraph": "2018年北仑增长5%。", "start": 7, "end": 11}
    plain = run(["--facts", str(base), "show", "growth", "--context", "--format", "tsv", "--fields", "id"])
    assert plain.stdout == "id\tgrowth\ncontext\t2018年北仑«增长5%»。\n"


def test_show_fields_selects(base: Path) -> None:
    result = run(["--facts", str(base), "show", "growth", "--json", "--fields", "id,quote"])
    assert json.loads(result.stdout) == {"id": "growth", "quote": "增长5%"}


def test_show_tsv_lists_field_and_value(base: Path) -> None:
    result = run(["--facts", str(base), "show", "growth", "--format", "tsv", "--lang", "en"])
    assert result.stdout.splitlines()[:4] == [
        "id\tgrowth",
        "topic\teconomy",
        "claim\tBeilun grew by 5%.",
        "quote\t增长5%",
    ]


def test_unknown_id_exits_1_with_did_you_mean(base: Path) -> None:
    result = run(["--facts", str(base), "show", "growht"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "beilun: no fact with id 'growht'\nhint: did you mean: growth?\n"


def test_shipped_gdp_fact() -> None:
    fact = json.loads(run(["show", "gdp-2018", "--json"]).stdout)
    assert (fact["value"], fact["unit"]) == (1146.46, "亿元")
    assert fact["quantity"] == {
        "written": "1146.46亿元",
        "qualifier": "exact",
        "amount": 114646000000,
        "amount_unit": "yuan",
    }
    assert fact["as_of"] == {"written": "去年", "start": "2018", "end": "2018", "precision": "year"}
    assert fact["source"] == {"id": "cnnb-2019-09-16", "paragraph": 14, "offset": 34}
