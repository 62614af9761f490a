"""beilun topics."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import on_a_terminal, run


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
    assert run(["--facts", str(base), "topics"]).exit_code == 0  # the index is built: no progress bar
    status, shown = on_a_terminal(["--facts", str(base), "topics", "--format", "table"], columns=60)
    assert status == 0, shown
    assert "\t" not in shown and "economy\t" not in shown  # a table, not TSV
    assert re.search(r"\x1b\[1m *id *\x1b\[0m", shown), shown  # bold headers
    assert re.search(r"\x1b\[1m *facts *\x1b\[0m", shown), shown
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    lines = [line.rstrip() for line in plain.splitlines() if line.strip()]
    assert lines[1].strip() == "─" * len(lines[1].strip())  # the rule under the headers
    assert lines[2:] == [  # a topic a line, its names side by side where they fit
        "economy   经济      Economy       1",
        "urban     城市      Urban         0",
    ]
    assert max(len(line) for line in lines) <= 60


def test_env_var_points_at_another_base(base: Path) -> None:
    result = run(["topics", "--json", "--fields", "id"], env={"BEILUN_FACTS": str(base)})
    assert json.loads(result.stdout) == [{"id": "economy"}, {"id": "urban"}]


def test_every_shipped_topic_has_facts() -> None:
    topics = json.loads(run(["topics", "--json"]).stdout)
    assert len(topics) == 15
    assert all(topic["facts"] > 0 for topic in topics), topics
