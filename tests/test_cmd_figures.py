"""beilun figures: the numbers, as rows in a pipe and as bar charts on a terminal."""

from __future__ import annotations

import json

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
