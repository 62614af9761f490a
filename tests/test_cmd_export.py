"""beilun export: the whole base, in every machine format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import run

from beilun_cli.cli.output.fields import FACT_FIELD_COLUMNS, FACT_FIELDS


def test_export_json_is_the_whole_base(base: Path) -> None:
    result = run(["--facts", str(base), "export"])
    [fact] = json.loads(result.stdout)
    assert fact["id"] == "growth" and list(fact) == list(FACT_FIELDS)


def test_export_jsonl_is_one_compact_object_per_line() -> None:
    result = run(["export", "--format", "jsonl"])
    lines = result.stdout.splitlines()
    assert len(lines) == len(json.loads(run(["export"]).stdout))
    assert all(json.loads(line)["id"] for line in lines)
    assert "\\u" not in result.stdout[:2000]  # Chinese stays readable UTF-8


def test_export_csv_has_every_field(base: Path) -> None:
    result = run(["--facts", str(base), "export", "--format", "csv"])
    header, row = list(csv.reader(io.StringIO(result.stdout)))
    assert header == ["id", "topic", "claim.zh", "claim.en", *FACT_FIELD_COLUMNS[3:]]  # as_of, precision
    assert row[:4] == ["growth", "economy", "北仑增长5%。", "Beilun grew by 5%."]
    assert row[-1] == "src ¶1"


def test_export_refuses_a_table(base: Path) -> None:
    result = run(["--facts", str(base), "export", "--format", "table"])
    assert result.exit_code == 2
    assert result.stderr == (
        "beilun: export writes json, jsonl, csv, excel, tsv or sqlite; for a table use 'beilun list'\n"
    )
