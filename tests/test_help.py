"""Help fits the terminal by cells (a Chinese character takes two) and names values one way."""

from __future__ import annotations

import os
import re
import subprocess

import pytest
from conftest import installed_script

from beilun_cli.cli import COMMANDS
from beilun_cli.help_format import wrap, wrap_paragraphs

EVERY_HELP = [["--help"], *([name, "--help"] for name in COMMANDS)]
# A metavar: capitals, maybe a range of them (N[-M]), maybe repeated (ID...), maybe optional.
METAVAR = r"\[?[A-Z]+(?:\[-[A-Z]+\])?(?:\.\.\.)?\]?"


def help_at(args: list[str], columns: int) -> str:
    """The installed script's help at a terminal width (CliRunner would force its own)."""
    env = {**os.environ, "COLUMNS": str(columns)}
    result = subprocess.run([installed_script(), *args], capture_output=True, text=True, env=env, check=True)
    return result.stdout


@pytest.mark.parametrize("columns", [60, 80])
@pytest.mark.parametrize("args", EVERY_HELP, ids=" ".join)
def test_every_help_line_fits_the_terminal_in_cells(args: list[str], columns: int) -> None:
    from rich.cells import cell_len

    too_wide = [line for line in help_at(args, columns).splitlines() if cell_len(line) > columns]
    assert too_wide == []


@pytest.mark.parametrize("args", EVERY_HELP, ids=" ".join)
def test_every_value_is_named_in_one_style(args: list[str]) -> None:
    shown = help_at(args, 80)
    usage = shown.splitlines()[0]
    assert re.fullmatch(
        rf"Usage: beilun(?: [a-z]+)? \[OPTIONS\](?: {METAVAR})*(?: COMMAND \[ARGS\]\.\.\.)?", usage
    )
    options = shown[shown.index("\nOptions:\n") :]
    for option in re.findall(r"^  (?:-[a-zA-Z], )?--[a-z-]+(?: \S+)?", options, flags=re.MULTILINE):
        name, _, metavar = option.strip().rpartition(" ")
        if name and not name.endswith(","):
            assert re.fullmatch(METAVAR, metavar), option


def test_search_help_wraps_its_chinese_by_cells() -> None:
    shown = help_at(["search", "--help"], 80)
    assert "Usage: beilun search [OPTIONS] QUERY...\n" in shown
    assert (
        "  fact. Chinese needs no spaces (沙滩 finds 弧形沙滩), and question words such\n"
        "  as 多少, 什么 and 啥 are left out; traditional characters and full-width\n"
        "  forms find the article's text;"
    ) in shown
    assert "  --unit UNIT          Only facts whose unit is exactly this, e.g. 亿元 or %.\n" in shown


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("spaces (沙滩 finds 弧形沙滩); more", 20, ["spaces (沙滩 finds", "弧形沙滩); more"]),
        ("北仑的森林覆盖率是多少？", 10, ["北仑的森林", "覆盖率是多", "少？"]),
        ("北仑港是大港。好", 8, ["北仑港是", "大港。好"]),  # no line starts with closing punctuation
        ("one two", 20, ["one two"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  # a word wider than a line is cut
    ],
)
def test_wrap_fills_lines_by_cells(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


def test_paragraphs_keep_their_indent_and_a_marked_block_is_kept_as_written() -> None:
    text = "First words here.\n\n    beilun search 沙滩\n\n\b\n  a  b\n  c"
    assert (
        wrap_paragraphs(text, 14, "  ")
        == "  First words\n  here.\n\n      beilun\n      search\n      沙滩\n\n    a  b\n    c"
    )


@pytest.mark.parametrize("args", EVERY_HELP, ids=" ".join)
def test_every_command_takes_color_and_no_pager(args: list[str]) -> None:
    options = help_at(args, 80).split("\nOptions:\n")[1]
    assert "\n  --color WHEN " in options and "\n  --no-pager " in options
