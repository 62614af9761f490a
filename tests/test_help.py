"""Help fits the terminal by cells (a Chinese character takes two) and names values one way."""

from __future__ import annotations

import os
import re
import subprocess

import pytest
from conftest import installed_script

from beilun_cli.cli.app import COMMANDS
from beilun_cli.cli.help_format import wrap, wrap_paragraphs

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


def test_the_command_list_shows_each_summary_whole_on_one_line_at_120_columns() -> None:
    shown = help_at(["--help"], 120)
    listed = shown[shown.index("Commands:\n") :].splitlines()[1:]
    assert [line.split()[0] for line in listed] == [*COMMANDS, "help"]  # one line each
    assert "..." not in "\n".join(listed)
    assert (
        "  cite      Cite facts: each with its quote, paragraph and the article's bibliographic record."
        in listed
    )
    assert (
        "  check     Check a statement against the article: supported, refuted, or not-enough-info." in listed
    )
    # Narrower, a summary wraps rather than being cut.
    at_80 = help_at(["--help"], 80)
    assert "  check     Check a statement against the article: supported, refuted, or\n" in at_80
    assert "            not-enough-info.\n" in at_80


def test_the_top_level_examples_ask_check_and_search() -> None:
    examples = help_at(["--help"], 80).split("Examples:\n")[1].split("Options:")[0]
    commands = [line.split()[1] for line in examples.splitlines() if line.strip()]
    assert commands == ["topics", "search", "ask", "check", "list", "show", "list", "help"]


@pytest.mark.parametrize("command", [*COMMANDS, None])
def test_beilun_help_is_the_same_as_help(command: str | None) -> None:
    asked = [command] if command else []
    assert help_at(["help", *asked], 80) == help_at([*asked, "--help"], 80)


def test_beilun_help_of_no_command_is_a_usage_error() -> None:
    result = subprocess.run(
        [installed_script(), "help", "serch"], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "beilun: no command 'serch'\nhint: did you mean: search, sources?\n"


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            ["沙滩"],
            ["beilun: 没有“沙滩”这个命令", "提示：要查找它，请试试：beilun search 沙滩 或 beilun ask 沙滩"],
        ),
        (
            ["volunteers", "in", "Beilun?"],
            [
                "beilun: no command 'volunteers'",
                "hint: to look it up, try: beilun search volunteers in 'Beilun?'"
                "  or  beilun ask volunteers in 'Beilun?'",
            ],
        ),
    ],
)
def test_an_unknown_command_that_looks_like_a_query_suggests_search_and_ask(
    args: list[str], lines: list[str]
) -> None:
    from conftest import on_a_terminal

    status, screen = on_a_terminal(args, columns=120)
    assert (status, screen) == (2, "\n".join(lines) + "\n")


def test_a_misspelt_command_still_gets_the_command_it_meant() -> None:
    result = subprocess.run(
        [installed_script(), "serch", "沙滩"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.endswith("Error: No such command 'serch'. Did you mean 'search'?\n")


@pytest.mark.parametrize(
    ("args", "option", "text"),
    [
        (["topics"], "--fields FIELDS", "Comma-separated fields to output: id, name, facts."),
        (["measures"], "--fields FIELDS", "Comma-separated fields to output, named as in --json (a"),
        (["validate"], "--json", "Print the report as one JSON object: ok, counts, problems,"),
        (["article"], "--lang LANG", "Language of the paragraphs: zh, en or both."),
        (["sources"], "--lang LANG", "Language of outlets and titles in tables, TSV and CSV:"),
        (["cite"], "--lang LANG", "Language of the claim in plain and markdown citations:"),
        (["entities"], "-k, --kind KIND", "Only entities of this kind: person, organisation,"),
        (["search"], "--lang LANG", "Language of claims in tables, TSV and CSV: zh, en or"),
    ],
)
def test_option_help_says_what_the_option_means_in_that_command(
    args: list[str], option: str, text: str
) -> None:
    line = next(
        line for line in help_at([*args, "--help"], 80).splitlines() if line.lstrip().startswith(option)
    )
    assert line.split(option, 1)[1].strip().startswith(text)  # its first line


def test_no_example_pipes_a_table_into_a_pager_of_its_own() -> None:
    for name in COMMANDS:
        assert "less -R" not in help_at([name, "--help"], 80)
