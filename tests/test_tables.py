"""Listing commands at the widths people use: the shipped base on a pseudo-terminal 60, 80, 120
and 200 columns wide, as a user sees it. Every line fits, ids are whole, tables from 80 columns
up, and a record takes few lines."""

from __future__ import annotations

import json
import re

import pytest
from conftest import on_a_terminal, run

WIDTHS = (60, 80, 120, 200)
# Each listing command, and the lines one record may take on average at 80 columns.
COMMANDS = {
    "list": (["list"], 4),
    "search": (["search", "投资"], 4),
    "search both languages": (["search", "投资", "--lang", "both"], 5),
    "timeline": (["timeline", "--from", "2018"], 4),
    "entities": (["entities"], 4),
    "one entity": (["entities", "hu zhaoxia"], 4),
    "topics": (["topics"], 4),
}
STYLE = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(autouse=True)
def no_pager(monkeypatch: pytest.MonkeyPatch) -> None:
    """What is drawn on the terminal itself: a pager, where there is one, passes it through."""
    monkeypatch.setenv("BEILUN_PAGER", "cat")
    monkeypatch.setenv("PAGER", "cat")


def cell_len(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def shown(args: list[str], columns: int) -> list[str]:
    run(["topics"])  # the index built first: its progress bar is drawn on the same terminal
    status, text = on_a_terminal(args, columns=columns)
    assert status == 0, text
    return STYLE.sub("", text).splitlines()


def ids(args: list[str]) -> list[str]:
    answer = json.loads(run([*args, "--json"]).stdout)
    return [record["id"] for record in (answer["facts"] if isinstance(answer, dict) else answer)]


def is_table(lines: list[str]) -> bool:
    """A header, then a rule (cards have neither)."""
    return any(line.strip() and set(line.strip()) == {"─"} for line in lines[:4])


def lines_per_record(lines: list[str]) -> list[int]:
    """A record starts at the left margin; its continuation lines (the claim under its id, the
    other lines of a wrapped cell) are indented."""
    rule = next(number for number, line in enumerate(lines) if line.strip() and set(line.strip()) == {"─"})
    counts: list[int] = []
    for line in lines[rule + 1 :]:
        if line.endswith(("--limit 0 for all", "--limit 0 显示全部")):  # stderr's note after a cut list
            break
        if line and not line.startswith(" "):
            counts.append(1)
        elif counts:
            counts[-1] += 1
    return counts


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_line_fits_and_every_id_is_whole(command: str, columns: int) -> None:
    args, _ = COMMANDS[command]
    lines = shown(args, columns)
    assert max(cell_len(line) for line in lines) <= columns
    for ident in ids(args):
        assert any(re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", line) for line in lines), ident
    if columns >= 80:
        assert is_table(lines)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_record_takes_few_lines_at_80_columns(command: str) -> None:
    args, budget = COMMANDS[command]
    counts = lines_per_record(shown(args, 80))
    assert len(counts) == len(ids(args))
    # Within the budget on average; a claim of 300 characters takes more, for it is never cut.
    assert sum(counts) / len(counts) <= budget
    assert max(counts) <= budget + 3


ASK = ["ask", "哪家公司在北仑建设总投资640亿元的项目？", "--lang", "en"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_answer_fits_every_width_with_its_fact_id_whole(columns: int) -> None:
    lines = shown(ASK, columns)
    assert max(cell_len(line) for line in lines) <= columns
    assert lines[0] == "answer   SMIC, Chevron"
    assert "id       smic-chevron-lng-projects-under-construction" in lines


def test_a_narrow_table_puts_each_claim_under_its_id_and_its_short_fields() -> None:
    lines = shown(["search", "GDP", "--limit", "2"], 80)
    assert lines == [
        "id                 score   topic        quantity   as_of",
        "  claim",
        "──────────────────────────────────────────────────────────────────────────",
        "gdp-2018          10.71    economy   1146.46亿元   2018",
        "  In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan.",
        "gdp-growth-2018    7.775   economy          7.5%   2018",
        "  Beilun's district-level GDP grew by 7.5% in 2018.",
        "2 of 13 shown — --limit 0 for all",  # on stderr, after the table
    ]


def test_a_wide_table_caps_the_claim_so_its_values_stay_near_it() -> None:
    lines = shown(["list", "--topic", "economy"], 200)
    assert max(cell_len(line) for line in lines) < 160
    assert lines[0].split() == ["id", "claim", "quantity", "as_of"]  # the topic filter fixed the topic
