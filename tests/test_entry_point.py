"""The installed console script, run as a user runs it: a subprocess in a pipe."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_base

from beilun_cli import __version__


def beilun(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("beilun", path=os.path.dirname(sys.executable)) or shutil.which("beilun")
    if executable is None:
        pytest.fail("the beilun console script is not installed")
    return subprocess.run(
        [executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=60,
        cwd="/",  # no checkout around it: the shipped base must come with the package
    )


def test_version_names_the_fact_base_its_sources_and_the_index(tmp_path: Path, private_cache: Path) -> None:
    from beilun_cli.store.cache_location import index_path

    base = write_base(tmp_path / "base")
    index = index_path(base, (private_cache / "beilun").resolve())
    for args in (["--facts", str(base), "--version"], ["-V", "--facts", str(base)]):
        result = beilun(*args)
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout == (
            f"beilun {__version__}\nfacts: {base} (1 fact)\n"
            f"  src  2019-09-16  测试网 · 测试\nindex: {index}\n"
        )


def test_version_of_the_shipped_base_and_of_a_broken_one(tmp_path: Path) -> None:
    shipped = beilun("--version").stdout.splitlines()
    assert shipped[0] == f"beilun {__version__}"
    assert shipped[1].endswith("facts (176 facts)")
    assert shipped[2] == "  cnnb-2019-09-16  2019-09-16  中国宁波网 · 北仑“双城战略”拉开发展新格局"
    assert shipped[3].startswith("index: ") and shipped[3].endswith(".sqlite")
    missing = tmp_path / "nothing"
    result = beilun("--version", env={"BEILUN_FACTS": str(missing)})
    assert (result.returncode, result.stderr) == (0, "")  # the version is said all the same
    assert result.stdout == f"beilun {__version__}\nfacts: {missing}: {missing}: fact base not found\n"


def test_show_json_from_the_installed_script() -> None:
    result = beilun("show", "gdp-2018", "--json", "--fields", "id,value,unit")
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout) == {"id": "gdp-2018", "value": 1146.46, "unit": "亿元"}


def test_a_pipe_gets_plain_tsv_without_escape_codes() -> None:
    result = beilun("list", "--topic", "ecology")
    assert result.returncode == 0
    assert "\x1b" not in result.stdout
    assert all(len(line.split("\t")) == 7 for line in result.stdout.splitlines())  # fields.FACT_COLUMNS


def test_clicolor_force_colours_a_pipe_and_no_color_wins() -> None:
    args = ("figures", "--measure", "length", "--format", "table")
    forced = beilun(*args, env={"CLICOLOR_FORCE": "1", "NO_COLOR": ""})
    assert "\x1b[1mlength · m\x1b[0m" in forced.stdout  # chart titles are bold, not coloured
    plain = beilun(*args, env={"CLICOLOR_FORCE": "1", "NO_COLOR": "1"})
    assert "\x1b[3" not in plain.stdout  # no foreground colour
    assert "█" in plain.stdout


def test_closing_the_pipe_early_is_quiet() -> None:
    executable = shutil.which("beilun", path=os.path.dirname(sys.executable)) or "beilun"
    result = subprocess.run(
        f"{executable} export --format jsonl | head -1",
        shell=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        executable="/bin/bash",
    )
    assert json.loads(result.stdout)["id"]
    assert result.stderr == ""


def test_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "beilun_cli", "topics", "--json", "--fields", "id"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0
    assert {"id": "economy"} in json.loads(result.stdout)


def test_shell_completion_offers_topic_and_fact_ids() -> None:
    topics = beilun(
        env={"_BEILUN_COMPLETE": "complete_bash", "COMP_WORDS": "beilun list --topic ec", "COMP_CWORD": "3"}
    )
    assert topics.stdout.split() == ["economy", "ecology"]
    ids = beilun(
        env={"_BEILUN_COMPLETE": "complete_bash", "COMP_WORDS": "beilun show gdp", "COMP_CWORD": "2"}
    )
    assert ids.stdout.split() == ["gdp-2018", "gdp-growth-2018"]


def test_the_whole_answer_arrives_before_the_quick_exit() -> None:
    """The process ends without tearing the interpreter down: nothing buffered may be lost."""
    lines = beilun("export", "--format", "jsonl").stdout.splitlines()
    facts = json.loads(beilun("validate", "--json").stdout)["facts"]
    assert len(lines) == facts > 100
    assert json.loads(lines[-1])["id"]


def test_an_error_keeps_its_message_and_exit_code() -> None:
    result = beilun("show", "gdp-2017")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "beilun: no fact with id 'gdp-2017'\nhint: did you mean: gdp-2018, gdp-growth-2018?\n"
    )
