"""beilun validate: clean on the shipped base, exit 3 with path:line on a broken one."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import fact_toml, run, write_base


def test_shipped_base_is_valid_and_fully_covers_the_numbers() -> None:
    result = run(["validate", "--json"])
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["numeric_coverage"]["cnnb-2019-09-16"] == {"covered": 86, "total": 86, "missing": []}


def test_validate_text_summary(base: Path) -> None:
    result = run(["validate", str(base)])
    assert result.exit_code == 0
    assert result.stdout == (
        f"ok: {base}: 1 facts, 2 topics, 0 entities, 1 sources\n"
        "numeric coverage of src: 1/2 numbers quoted by a fact\n"
        "  not quoted: ¶1: 2018\n"
    )


def test_duplicate_id_fails_with_exit_3(base: Path) -> None:
    (base / "more.toml").write_text(fact_toml(), encoding="utf-8")
    result = run(["validate", str(base)])
    assert result.exit_code == 3
    assert result.stdout == (
        f"{base / 'more.toml'}:3:1: duplicate facts id 'growth' (first defined at {base / 'base.toml'}:17)\n"
    )
    assert result.stderr == f"beilun: 1 problem(s) in {base}\n"


def test_non_verbatim_quote_fails_with_exit_3(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(quote="增长 5%"))
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert "fact 'growth': quote is not verbatim in source 'src'" in result.stdout


def test_broken_toml_fails_with_exit_3(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", '\n[[facts]]\nid = "x"\ntopic = \n')
    result = run(["validate", str(root), "--json"])
    assert result.exit_code == 3
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["path"], problem["line"]) == (str(root / "base.toml"), 18)


def test_other_commands_refuse_an_invalid_base(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(quote="nowhere"))
    result = run(["--facts", str(root), "list"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"beilun: {root / 'base.toml'}:17:1: "
        "fact 'growth': quote is not verbatim in source 'src': 'nowhere'\n"
        "hint: run 'beilun validate' to list every problem\n"
    )
