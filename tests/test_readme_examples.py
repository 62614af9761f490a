"""README's console examples, run as written: what each shows is what the command prints.

Each runs in a shell, its output to a pipe (a table where it asks for one with --format
table), 80 columns wide unless its comment names a width. An example may show part of a long
answer (its comment says so): its lines must then stand together in the answer; `…` in a line
stands for any text (a path). Trailing spaces are not compared (editors strip them).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import installed_script, run

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, list[str]]]:
    """(command, lines shown) of every `$ ` line of README's console blocks."""
    found: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        for command, shown in re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, re.M):
            if shown:
                found.append((command, [line.rstrip() for line in shown.rstrip("\n").split("\n")]))
    return found


def same(printed: list[str], shown: list[str]) -> bool:
    return len(printed) == len(shown) and all(
        re.fullmatch(".*".join(map(re.escape, want.split("…"))), got)
        for got, want in zip(printed, shown, strict=True)
    )


@pytest.mark.parametrize(("command", "shown"), examples(), ids=[command for command, _ in examples()])
def test_a_readme_example_prints_what_it_shows(command: str, shown: list[str]) -> None:
    run(["topics"])  # the index built first, without a progress bar to show
    env = {key: value for key, value in os.environ.items() if key not in ("BEILUN_FACTS", "NO_COLOR")}
    env["PATH"] = os.path.dirname(installed_script()) + os.pathsep + env.get("PATH", "")
    width = re.search(r"# .*?(\d+) columns", command)
    env["COLUMNS"] = width.group(1) if width else "80"
    result = subprocess.run(
        ["bash", "-c", command + " 2>&1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        timeout=60,
        check=False,
    )
    printed = [line.rstrip() for line in result.stdout.rstrip("\n").split("\n")]
    starts = range(len(printed) - len(shown) + 1)
    assert any(same(printed[start : start + len(shown)], shown) for start in starts), "\n".join(printed)
