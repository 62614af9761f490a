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
    assert lines == [  # the quantity before the score; the claim under them at the terminal's width
        "id                topic        quantity   as_of    score",
        "  claim",
        "────────────────────────────────────────────────────────────────────────────────",
        "gdp-2018          economy   1146.46亿元   2018    11.535",
        "  In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan.",
        "gdp-growth-2018   economy          7.5%   2018     8.602",
        "  Beilun's district-level GDP grew by 7.5% in 2018.",
        "2 of 3 shown — --limit 0 for all",  # on stderr, after the table
    ]


def test_a_wide_table_puts_the_claim_beside_the_id_and_last_at_a_readable_width() -> None:
    lines = shown(["list", "--topic", "economy"], 200)
    assert lines[0].split() == ["id", "quantity", "as_of", "claim"]  # the topic filter fixed the topic
    claim = lines[0].index("claim")
    assert lines[2].startswith("economic-output-share-of-ningbo")
    assert lines[2][claim:].startswith("With 6% of Ningbo's land area")  # beside its id
    assert max(cell_len(line[claim:]) for line in lines) <= 100


def test_a_claim_goes_beside_its_id_once_the_terminal_leaves_it_40_cells() -> None:
    """search 投资 at 140 columns: the claim beside the id, the quantity before the score."""
    lines = shown(["search", "投资", "--lang", "en"], 140)
    assert lines[0].split() == ["id", "topic", "quantity", "as_of", "score", "claim"]
    first = ["introduced-projects-total-over-50bn", "investment", "超过500亿元", "7.484"]
    assert lines[2].split()[:4] == first
    assert lines[2].endswith("The attracted projects of 2 billion yuan or more")


@pytest.mark.parametrize("columns", [80, 120])
def test_topics_take_a_line_each_and_fit_a_screen_of_24_lines(columns: int) -> None:
    lines = shown(["topics"], columns)
    assert lines[:4] == [
        "id             name.zh      name.en                    facts",
        "────────────────────────────────────────────────────────────",
        "overview       区情概况     Overview                       9",
        "history        历史沿革     History                       10",
    ]
    assert len(lines) == 2 + len(ids(["topics"])) < 24


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_a_timeline_is_led_by_its_dates(columns: int) -> None:
    lines = shown(["timeline", "--from", "2019-06"], columns)
    if is_table(lines):
        assert lines[0].split()[:2] == ["as_of", "id"]
        starts = [line.split()[0] for line in lines[1:] if line and line[0] not in " ─"]
    else:  # cards: the time first in each
        assert lines[0].startswith("as_of")
        starts = [line.split()[1] for line in lines if line.startswith("as_of")]
    assert starts and all(re.fullmatch(r"\d{4}[-.\d]*", date) for date in starts), starts
    assert [date[:4] for date in starts] == sorted(date[:4] for date in starts)


def test_entities_are_listed_people_first_awards_last() -> None:
    kinds = [line.split("\t")[1] for line in run(["entities", "--format", "tsv"]).stdout.splitlines()]
    order = ["person", "organisation", "company", "place", "project", "event", "programme", "award"]
    assert list(dict.fromkeys(kinds)) == order


def test_show_puts_the_chinese_and_the_english_claim_on_lines_of_their_own() -> None:
    lines = shown(["show", "gdp-2018"], 80)
    assert lines[2:5] == [
        "claim     2018年北仑本级实现地区生产总值1146.46亿元。",
        "          In 2018 Beilun (district level) produced a GDP of",
        "          114.646 billion yuan.",
    ]
