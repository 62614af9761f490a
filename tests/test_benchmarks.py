"""The benchmark scripts still run: they measure, and must not rot between measurements."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from beilun_cli.store import loader

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import perf  # noqa: E402  (a script beside the tests, not a package)


def test_search_quality_prints_its_table() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "search_quality.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "beilun search  search_cases" in result.stdout and "grep -F        search_cases" in result.stdout
    assert "top 5" in result.stdout


def test_replicated_bases_are_valid_and_as_large_as_asked(tmp_path: Path) -> None:
    base = loader.load(perf.replicate(450, tmp_path / "base"))
    assert len(base.facts) == 450
    assert len({fact.id for fact in base.facts}) == 450
    assert len(list((tmp_path / "base" / "facts").glob("*.toml"))) == 1


def test_the_edit_of_one_file_adds_one_valid_fact_to_the_middle_file(tmp_path: Path) -> None:
    root = perf.replicate(2500, tmp_path / "base")
    perf.edit_one_file(root)
    base = loader.load(root)
    assert len(base.facts) == 2501
    # Three files of 1,000, 1,000 and 500 facts: the middle one's first fact again, at its end.
    assert (len(base.facts), base.facts[2000].id) == (2501, base.facts[1000].id + "-edited")


def test_side_by_side_prints_both_installs_against_the_floor() -> None:
    """The same install twice: the script's own plumbing (warm caches, rounds, medians)."""
    script = str(Path(sys.executable).with_name("beilun"))
    command = [sys.executable, str(BENCHMARKS / "side_by_side.py"), script, script, "--rounds", "1"]
    result = subprocess.run([*command, "--batch-runs", "0"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "floor (python -c 'import typer')" in result.stdout
    for label in ("check CLAIM --json", "ask Q --json", "show ID --json"):
        assert sum(line.startswith(label + "  ") for line in result.stdout.splitlines()) == 2
