"""Line breaking of Chinese and English text (output.linebreak): never inside a number or between
a number and its unit, never closing punctuation at a line's start or opening punctuation at its
end. Checked over every text of the shipped base at every width a layout gives prose, and on a
pseudo-terminal 50, 60, 80 and 120 columns wide."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from conftest import on_a_terminal, run

from beilun_cli.cli.output.linebreak import CLOSING, OPENING, _piece, cells, wrap

STYLE = re.compile(r"\x1b\[[0-9;]*m")


@cache
def texts() -> list[str]:
    """Every claim (both languages), quote and paragraph (both languages) of the shipped base."""
    facts = json.loads(run(["list", "--json"]).stdout)
    paragraphs = json.loads(run(["article", "--json"]).stdout)
    found = [text for fact in facts for text in (fact["claim"]["zh"], fact["claim"]["en"], fact["quote"])]
    return found + [text for paragraph in paragraphs for text in (paragraph["zh"], paragraph["en"])]


def pieces(text: str) -> list[tuple[int, int]]:
    """Each number with its unit, and the closing punctuation that must stay on its line."""
    found = []
    for match in _piece().finditer(text):
        start, end = match.span()
        while end < len(text) and text[end] in CLOSING:
            end += 1
        found.append((start, end))
    return found


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        # The cases: a number kept with its unit, no full stop alone on a line.
        (
            "去年北仑本级实现地区生产总值1146.46亿元,增长7.5%。",
            30,
            ["去年北仑本级实现地区生产总值", "1146.46亿元,增长7.5%。"],
        ),
        (
            "2018年北仑本级实现地区生产总值1146.46亿元。",
            40,
            ["2018年北仑本级实现地区生产总值", "1146.46亿元。"],
        ),
        ("占全市（不含海曙）", 16, ["占全市（不含海", "曙）"]),
        ("北仑有“美丽河湖”", 8, ["北仑有", "“美丽河", "湖”"]),
        ("a GDP of 114.646 billion yuan.", 21, ["a GDP of", "114.646 billion yuan."]),
        # A number with its unit wider than the line breaks at a space before it is cut.
        ("a GDP of 114.646 billion yuan.", 16, ["a GDP of", "114.646 billion", "yuan."]),
        ("", 10, [""]),
        # The lexicon's units and counters keep to their number; a count of people in English
        # is a noun, which may start a line.
        ("举办了第3届, 共12万人次", 8, ["举办了第", "3届, 共", "12万人次"]),
        (
            "nearly 100,000 employees and 3,000 households",
            16,
            ["nearly 100,000", "employees and", "3,000 households"],
        ),
    ],
)
def test_known_breaks(text: str, width: int, lines: list[str]) -> None:
    assert [text[start:end] for start, end in wrap(text, width)] == lines


@pytest.mark.parametrize("width", [*range(24, 121, 3), 48, 58, 78, 118])  # 24: the narrowest table column
def test_every_text_of_the_base_breaks_only_where_typesetting_allows(width: int) -> None:
    for text in texts():
        lines = wrap(text, width)
        shown = [text[start:end] for start, end in lines]
        assert "".join(shown).replace(" ", "") == text.replace(" ", "").replace("\n", ""), text
        assert all(cells(line) <= width for line in shown), (width, shown)
        assert not any(line[:1] in CLOSING for line in shown[1:]), (width, shown)
        assert not any(line[-1:] in OPENING for line in shown[:-1]), (width, shown)
        for start, end in pieces(text):  # a number with its unit stands in one line, if it fits one
            kept = any(first <= start and end <= last for first, last in lines)
            assert kept or cells(text[start:end]) > width, (text[start:end], shown)


def segments(output: str) -> list[str]:
    """What stands between runs of two or more spaces on each line: a cell's line of text."""
    plain = STYLE.sub("", output)
    return [part for line in plain.splitlines() for part in re.split(r" {2,}", line.strip()) if part]


@pytest.mark.parametrize("columns", [50, 60, 80, 120])
@pytest.mark.parametrize(
    "args",
    [
        ["article", "--format", "table"],
        ["list", "--lang", "both", "--format", "table"],
        ["ask", "北仑去年GDP多少", "--format", "table"],
        ["show", "gdp-2018", "--context"],
    ],
)
def test_on_a_terminal_no_line_breaks_a_number_or_strands_punctuation(args: list[str], columns: int) -> None:
    status, output = on_a_terminal(args, columns=columns, variables={"BEILUN_PAGER": "cat"})
    assert status == 0, output
    parts = segments(output)
    assert not [part for part in parts if part[0] in CLOSING and part[0] not in "·—…"], parts
    assert not [part for part in parts if part[-1] in OPENING], parts
    assert "1146.46亿元" in STYLE.sub("", output)
