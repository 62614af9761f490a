"""Long output on a terminal goes through the pager, as git and gh page theirs; nothing else does."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import fact_toml, installed_script, on_a_terminal, run, write_base

from beilun_cli.cli.output.environment import Environment, Pager

FACTS = 30  # as a table at 80 columns, far more than the 24 lines of on_a_terminal's screen


@pytest.fixture
def long_base(tmp_path: Path) -> Path:
    facts = "".join(fact_toml(f"growth-{n:02}", en=f"Beilun grew by 5% ({n}).") for n in range(FACTS))
    root = write_base(tmp_path / "long", facts)
    assert run(["--facts", str(root), "list", "--json"]).exit_code == 0  # the index built: no progress bar
    return root


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[str, Path]:
    """A pager that records what it is given, and its LESS variable, beside the text."""
    record = tmp_path / "paged.txt"
    script = tmp_path / "record-pager"
    script.write_text(
        f'#!/bin/sh\nprintf "LESS=%s\\n" "$LESS" > {record}\ncat >> {record}\n', encoding="utf-8"
    )
    script.chmod(0o755)
    return str(script), record


def test_long_output_on_a_terminal_goes_through_the_pager_with_its_colours(
    long_base: Path, recorder: tuple[str, Path]
) -> None:
    pager, record = recorder
    args = ["--facts", str(long_base), "list"]
    status, shown = on_a_terminal(args, variables={"BEILUN_PAGER": pager})
    assert (status, shown) == (0, "")
    status, unpaged = on_a_terminal([*args, "--no-pager"])
    assert status == 0
    assert unpaged.count("\n") > 24 and "\x1b[1m" in unpaged  # long, and styled
    assert record.read_text(encoding="utf-8") == "LESS=FRX\n" + unpaged


def test_beilun_pager_comes_before_pager_and_less_keeps_the_users_options(
    long_base: Path, recorder: tuple[str, Path]
) -> None:
    pager, record = recorder
    variables = {"BEILUN_PAGER": pager, "PAGER": "false", "LESS": "-S"}
    status, shown = on_a_terminal(["--facts", str(long_base), "list"], variables=variables)
    assert (status, shown) == (0, "")
    recorded = record.read_text(encoding="utf-8")
    assert recorded.startswith("LESS=-S\n") and recorded.count("growth-") == FACTS


@pytest.mark.parametrize("where", ["before", "after"])
def test_no_pager_before_or_after_the_command_prints_directly(
    long_base: Path, recorder: tuple[str, Path], where: str
) -> None:
    pager, record = recorder
    args = ["--facts", str(long_base), "list", "--lang", "zh"]
    args = ["--no-pager", *args] if where == "before" else [*args, "--no-pager"]
    status, shown = on_a_terminal(args, variables={"PAGER": pager})
    assert status == 0
    assert shown.count("北仑增长5%。") == FACTS
    assert not record.exists()


def test_a_pipe_is_never_paged(long_base: Path, recorder: tuple[str, Path]) -> None:
    pager, record = recorder
    env = {**os.environ, "PAGER": pager, "BEILUN_PAGER": pager}
    result = subprocess.run(
        [installed_script(), "--facts", str(long_base), "list", "--fields", "id"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "".join(f"growth-{n:02}\n" for n in range(FACTS))
    assert not record.exists()


def test_a_one_fact_answer_fits_the_screen_and_is_not_paged(base: Path, recorder: tuple[str, Path]) -> None:
    pager, record = recorder
    assert run(["--facts", str(base), "list", "--json"]).exit_code == 0
    status, shown = on_a_terminal(["--facts", str(base), "show", "growth"], variables={"PAGER": pager})
    assert status == 0
    assert "北仑增长5%。" in shown
    assert not record.exists()


def test_quitting_the_pager_early_ends_quietly_with_exit_0(long_base: Path) -> None:
    args = ["--facts", str(long_base), "list", "--fields", "id", "--format", "tsv"]
    status, shown = on_a_terminal(args, variables={"BEILUN_PAGER": "head -n 2"})
    assert (status, shown) == (0, "growth-00\ngrowth-01\n")


def test_a_pager_that_cannot_start_is_said_and_the_output_printed(long_base: Path) -> None:
    args = ["--facts", str(long_base), "list", "--fields", "id", "--format", "tsv"]
    status, shown = on_a_terminal(args, variables={"BEILUN_PAGER": "/nonexistent/pager"})
    assert status == 0
    assert shown == (
        "beilun: cannot run the pager '/nonexistent/pager': No such file or directory\n"
        + "".join(f"growth-{n:02}\n" for n in range(FACTS))
    )


@pytest.mark.parametrize(
    ("variables", "argv"),
    [
        ({"BEILUN_PAGER": "most -s", "PAGER": "more"}, ["most", "-s"]),
        ({"PAGER": "more"}, ["more"]),
        ({"PAGER": "cat"}, None),
        ({"BEILUN_PAGER": "", "PAGER": "more"}, None),
    ],
)
def test_the_pager_is_beilun_pager_else_pager_and_cat_or_empty_means_none(
    variables: dict[str, str], argv: list[str] | None
) -> None:
    from beilun_cli.cli.output.environment import _pager

    chosen = _pager(variables)
    assert chosen == (None if argv is None else Pager(argv, {"LESS": "FRX", "LV": "-c", **variables}))


def test_off_a_terminal_no_pager_is_chosen() -> None:
    assert Environment.from_process({"PAGER": "less"}).pager is None  # pytest's stdout is captured


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("a\nb\n", 2),
        ("\x1b[1m" + "x" * 10 + "\x1b[0m\n", 1),  # escape sequences take no cells
        ("x" * 11 + "\n", 2),  # a long line wraps
        ("北" * 5 + "\n", 1),
        ("北" * 6 + "\n", 2),  # a Chinese character takes two cells
        ("\n\n", 2),
    ],
)
def test_rows_counts_what_the_terminal_shows_at_its_width(text: str, rows: int) -> None:
    from beilun_cli.cli.output import pager

    assert pager.rows(text, 10) == rows
