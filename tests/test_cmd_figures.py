"""beilun figures: the numbers, as rows in a pipe and as bar charts on a terminal."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run


def test_figures_json_are_facts_with_quantities() -> None:
    facts = json.loads(run(["figures", "--topic", "ecology", "--json"]).stdout)
    assert facts and all(fact["quantity"] for fact in facts)
    percents = [fact["quantity"]["written"] for fact in facts if fact["quantity"]["amount_unit"] == "percent"]
    assert percents == ["40.6%", "40.1%", "36.8%"]


def test_figures_table_draws_bars_to_scale() -> None:
    result = run(["figures", "--topic", "ecology", "--format", "table"], env={"COLUMNS": "140"})
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert lines["green-coverage-40-6"].count("█") == 24  # the largest of its group fills the bar
    assert 20 <= lines["green-space-ratio-36-8"].count("█") < 24


def test_both_languages_of_a_claim_stand_on_their_own_lines_in_a_chart() -> None:
    args = ["figures", "--topic", "economy", "--format", "table", "--lang", "both"]
    result = run(args, env={"COLUMNS": "200"})
    lines = [line.strip() for line in result.stdout.splitlines()]
    growth = next(number for number, line in enumerate(lines) if line.startswith("gdp-growth-2018"))
    assert lines[growth].endswith("2018年北仑本级地区生产总值增长7.5%。")
    assert lines[growth + 1] == "Beilun's district-level GDP grew by 7.5% in 2018."
    assert "␊" not in result.stdout


def test_nothing_to_chart_names_the_topic_or_the_base(base: Path) -> None:
    for fmt in ("json", "tsv", "table"):
        with_topic = run(["--facts", str(base), "figures", "--topic", "economy", "--format", fmt])
        assert (with_topic.exit_code, with_topic.stderr) == (1, "beilun: no figures for topic 'economy'\n")
        without = run(["--facts", str(base), "figures", "--format", fmt])
        assert (without.exit_code, without.stderr) == (1, "beilun: this fact base holds no figures\n")
        assert without.stdout == ("[]\n" if fmt == "json" else "")
