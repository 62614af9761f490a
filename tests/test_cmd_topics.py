"""beilun topics."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run


def test_topics_json_counts_facts(base: Path) -> None:
    result = run(["--facts", str(base), "topics", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"id": "economy", "name": {"zh": "经济", "en": "Economy"}, "facts": 1},
        {"id": "urban", "name": {"zh": "城市", "en": "Urban"}, "facts": 0},
    ]


def test_topics_tsv_splits_both_languages(base: Path) -> None:
    result = run(["--facts", str(base), "topics", "--format", "tsv"])
    assert result.stdout == "economy\t经济\tEconomy\t1\nurban\t城市\tUrban\t0\n"


def test_topics_table_on_request(base: Path) -> None:
    result = run(["--facts", str(base), "topics", "--format", "table"], env={"COLUMNS": "60"})
    lines = result.stdout.splitlines()
    assert "经济" in result.stdout and "Economy" in result.stdout
    assert all("\x1b" not in line for line in lines)


def test_env_var_points_at_another_base(base: Path) -> None:
    result = run(["topics", "--json", "--fields", "id"], env={"BEILUN_FACTS": str(base)})
    assert json.loads(result.stdout) == [{"id": "economy"}, {"id": "urban"}]


def test_every_shipped_topic_has_facts() -> None:
    topics = json.loads(run(["topics", "--json"]).stdout)
    assert len(topics) == 15
    assert all(topic["facts"] > 0 for topic in topics), topics
