"""beilun list: filters, formats, fields and the empty result."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import fact_toml, run, write_base

TWO_FACTS = fact_toml() + fact_toml(
    "port", zh="北仑港是大港。", en="Beilun port is a big port.", quote="北仑港是大港", topic="urban"
)


def two_fact_base(tmp_path: Path) -> str:
    return str(write_base(tmp_path / "b", TWO_FACTS))


def test_list_json_is_an_array_of_fact_objects(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--json", "--fields", "id,topic"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"id": "growth", "topic": "economy"},
        {"id": "port", "topic": "urban"},
    ]


def test_list_by_topic(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--topic", "urban", "--format", "jsonl"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["port"]


def test_list_tsv_is_plain_rows_without_header(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--format", "tsv", "--lang", "zh"])
    assert result.stdout == ("growth\teconomy\t北仑增长5%。\t\t\t\t\nport\turban\t北仑港是大港。\t\t\t\t\n")


def test_list_csv_has_a_header_and_both_languages(tmp_path: Path) -> None:
    base = two_fact_base(tmp_path)
    result = run(["--facts", base, "list", "--format", "csv", "--fields", "id,claim", "--lang", "both"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [
        ["id", "claim.zh", "claim.en"],
        ["growth", "北仑增长5%。", "Beilun grew by 5%."],
        ["port", "北仑港是大港。", "Beilun port is a big port."],
    ]


def test_list_limit(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--limit", "1", "--json", "--fields", "id"])
    assert json.loads(result.stdout) == [{"id": "growth"}]


def test_no_match_is_exit_1_and_an_empty_array(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--year", "1999", "--json"])
    assert result.exit_code == 1
    assert result.stdout == "[]\n"
    assert result.stderr == "beilun: no fact matches these filters\n"


def test_unknown_topic_is_usage_error_listing_topics(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--topic", "econ"])
    assert result.exit_code == 2
    assert result.stderr == (
        "beilun: unknown topic 'econ'; topics are: economy, urban\nhint: did you mean: economy?\n"
    )


def test_unknown_field_lists_the_fields(tmp_path: Path) -> None:
    result = run(["--facts", two_fact_base(tmp_path), "list", "--fields", "id,colour"])
    assert result.exit_code == 2
    assert result.stderr == (
        "beilun: unknown field: colour; fields are: id, topic, claim, quote, value, unit, quantity, measure, "
        "subject, as_of, entities, tags, source\n"
    )


def test_value_filters_on_the_shipped_base() -> None:
    result = run(["list", "--unit", "亿元", "--min", "500", "--json", "--fields", "id,value"])
    values = [fact["value"] for fact in json.loads(result.stdout)]
    assert values and all(value >= 500 for value in values)
    assert 1146.46 in values and 640 in values


def test_entity_filter_by_english_name() -> None:
    result = run(["list", "--entity", "SMIC", "--json", "--fields", "id,entities"])
    facts = json.loads(result.stdout)
    assert facts and all(any("smic" in entity for entity in fact["entities"]) for fact in facts)
