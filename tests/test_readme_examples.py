"""The console examples of README and of every docs/ page, run as written: what each shows is
what the command prints.

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

ROOT = Path(__file__).resolve().parents[1]
# README and the guides; the generated CLI reference shows usage lines, not examples to run.
GUIDES = sorted(path for path in (ROOT / "docs").glob("*.md") if path.name != "reference.md")
PAGES = [ROOT / "README.md", *GUIDES]


def examples() -> list[tuple[str, str, list[str]]]:
    """(page, command, lines shown) of every `$ ` line of the pages' console blocks."""
    found: list[tuple[str, str, list[str]]] = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"```console\n(.*?)```", text, re.S):
            for command, shown in re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, re.M):
                if shown:
                    lines = [line.rstrip() for line in shown.rstrip("\n").split("\n")]
                    found.append((page.relative_to(ROOT).as_posix(), command, lines))
    return found


def same(printed: list[str], shown: list[str]) -> bool:
    return len(printed) == len(shown) and all(
        re.fullmatch(".*".join(map(re.escape, want.split("…"))), got)
        for got, want in zip(printed, shown, strict=True)
    )


EXAMPLES = examples()


def test_readme_and_the_guides_have_examples() -> None:
    pages = {page for page, _, _ in EXAMPLES}
    assert "README.md" in pages and len(pages) > 5, pages


@pytest.mark.parametrize(
    ("page", "command", "shown"), EXAMPLES, ids=[f"{page}: {command}" for page, command, _ in EXAMPLES]
)
def test_an_example_prints_what_it_shows(page: str, command: str, shown: list[str]) -> None:
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
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    printed = [line.rstrip() for line in result.stdout.rstrip("\n").split("\n")]
    starts = range(len(printed) - len(shown) + 1)
    assert any(same(printed[start : start + len(shown)], shown) for start in starts), (
        f"{page}: {command}\n" + "\n".join(printed)
    )
