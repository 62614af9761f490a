"""One layout per kind of record, in every format: the same fact columns in every listing,
numbers as people read them, Markdown, a TSV header, --fields as headers print them, --limit 0."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import fact_toml, run, write_base

from beilun_cli.cli.output import fields
from beilun_cli.cli.output.fields import FACT_FIELDS
from beilun_cli.lexicon.numbers import readable_number

DATED = (
    fact_toml(zh="2018年北仑增长5%。", en="Beilun grew by 5% in 2018.", quote="去年北仑增长5%")
    + 'value = 5\nunit = "%"\n'
    + 'quantity = { written = "5%", qualifier = "exact", amount = 5, amount_unit = "percent" }\n'
    + 'as_of = { written = "去年", start = "2018", end = "2018", precision = "year" }\n'
    + 'measure = "growth"\nsubject = "beilun"\nentities = ["beilun"]\n'
    + '\n[[entities]]\nid = "beilun"\nkind = "place"\nname = { zh = "北仑", en = "Beilun" }\n'
)
# The same leading columns in every command, a command's extras (search's score) after them.
FACT_ROW = "growth\teconomy\tBeilun grew by 5% in 2018.\t5\t%\t2018\tyear\n"


@pytest.fixture
def dated(tmp_path: Path) -> str:
    return str(write_base(tmp_path / "dated", DATED, paragraphs=("去年北仑增长5%。",)))


@pytest.mark.parametrize(
    ("args", "row"),
    [
        (["list"], FACT_ROW),
        (["timeline"], FACT_ROW),
        (["entities", "beilun"], FACT_ROW),
        (["search", "grew"], FACT_ROW.replace("\n", "\t0.288\n")),
    ],
)
def test_every_listing_of_facts_has_the_same_columns_and_language(
    dated: str, args: list[str], row: str
) -> None:
    result = run(["--facts", dated, *args, "--format", "tsv"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, row, "")


def test_tsv_takes_a_header_row_when_asked(dated: str) -> None:
    result = run(["--facts", dated, "list", "--header", "--lang", "both"])
    assert result.stdout == (
        "id\ttopic\tclaim.zh\tclaim.en\tvalue\tunit\tas_of\tprecision\n"
        "growth\teconomy\t2018年北仑增长5%。\tBeilun grew by 5% in 2018.\t5\t%\t2018\tyear\n"
    )
    assert run(["--facts", dated, "topics", "--header"]).stdout.startswith("id\tname.zh\tname.en\tfacts\n")


@pytest.mark.parametrize("command", [["list"], ["timeline"], ["search", "北仑"]])
def test_every_column_a_csv_header_names_is_a_field(command: list[str]) -> None:
    everything = ",".join(FACT_FIELDS)
    header = run([*command, "--format", "csv", "--lang", "both", "--fields", everything]).stdout.splitlines()[
        0
    ]
    assert "claim.en" in header
    again = run([*command, "--format", "csv", "--lang", "en", "--fields", header, "--limit", "1"])
    assert again.exit_code == 0, again.stderr
    assert again.stdout.splitlines()[0] == header


def test_a_field_in_one_language_is_that_text_in_json_and_tsv(dated: str) -> None:
    shown = run(["--facts", dated, "list", "--fields", "id,claim.zh", "--json"])
    assert json.loads(shown.stdout) == [{"id": "growth", "claim.zh": "2018年北仑增长5%。"}]
    tsv = run(["--facts", dated, "list", "--fields", "claim.en,claim.zh", "--lang", "zh"])
    assert tsv.stdout == "Beilun grew by 5% in 2018.\t2018年北仑增长5%。\n"


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0.16666666666666666, "1/6"),
        (1146.46, "1146.46"),
        (114646000000.0, "114646000000"),
        (6.5, "6.5"),
        (2 / 3, "2/3"),
        (3.14159265358979, "3.142"),
        (0.000123456789, "0.0001235"),
        (114646000000.5, "114646000000"),
        (-1 / 3, "-1/3"),
    ],
)
def test_numbers_show_as_written_or_sensibly_rounded(number: float, text: str) -> None:
    assert readable_number(number) == text


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        ("2018", "2018", "2018"),
        ("1949", "2019", "1949..2019"),
        ("2019-01", "2019-06", "2019-01..06"),
        ("2012-11", "2019-09", "2012-11..2019-09"),
        ("2019-06-07", "2019-06-09", "2019-06-07..09"),
    ],
)
def test_people_see_a_time_as_its_span_and_programs_its_start_and_end_which_sort(
    start: str, end: str, text: str
) -> None:
    time = {"written": "", "start": start, "end": end, "precision": "period"}
    assert fields.cell("as_of", time, "en", readable=True) == text
    assert fields.cell("as_of", time, "en") == (start if start == end else f"{start}..{end}")
    assert fields.value({"as_of": time}, "precision") == "period"


@pytest.mark.parametrize(
    ("command", "extras"),
    [
        (["list"], []),
        (["timeline"], []),
        (["entities", "beilun"], []),
        (["search", "grew"], ["score"]),
        (["figures"], ["measure", "quantity"]),
    ],
)
def test_every_command_names_the_same_leading_columns_of_a_fact_and_its_extras_after(
    dated: str, command: list[str], extras: list[str]
) -> None:
    result = run(["--facts", dated, *command, "--format", "tsv", "--header"])
    header, row = result.stdout.splitlines()
    assert header.split("\t") == [*fields.FACT_COLUMNS, *extras]
    assert row.split("\t")[:7] == FACT_ROW.rstrip("\n").split("\t")


def test_tsv_of_times_sorts_by_date_with_the_precision_apart() -> None:
    args = ["timeline", "--fields", "as_of,precision,id", "--format", "tsv", "--to", "1993"]
    rows = [line.split("\t") for line in run(args).stdout.splitlines()]
    assert all(re.fullmatch(r"\d{4}(-\d\d){0,2}(\.\.\d{4}(-\d\d){0,2})?", row[0]) for row in rows), rows
    assert [row[0][:4] for row in rows] == sorted(row[0][:4] for row in rows)  # `sort` keeps the years
    assert [row[:2] for row in rows[-4:]] == [
        ["1984-01-27", "day"],
        ["1985", "year"],
        ["1987-09-14", "day"],
        ["1993", "year"],
    ]


def test_people_see_one_sixth_and_programs_the_exact_value() -> None:
    args = ["list", "--topic", "economy", "--limit", "1", "--fields", "id,value"]
    table = run([*args, "--format", "table"], env={"COLUMNS": "80"})
    assert table.stdout.splitlines()[2].split() == ["economic-output-share-of-ningbo", "1/6"]
    assert json.loads(run([*args, "--json"]).stdout) == [
        {"id": "economic-output-share-of-ningbo", "value": 0.16666666666666666}
    ]
    assert run([*args, "--format", "tsv"]).stdout == "economic-output-share-of-ningbo\t0.16666666666666666\n"


def test_numbers_are_right_aligned_on_the_decimal_point() -> None:
    args = ["list", "--topic", "economy", "--fields", "id,value", "--format", "table"]
    lines = [line.rstrip() for line in run(args, env={"COLUMNS": "80"}).stdout.splitlines()]
    assert lines[2:6] == [
        "economic-output-share-of-ningbo                     1/6",
        "gdp-2018                                           1146.46",
        "gdp-growth-2018                                       7.5",
        "ten-indicators-first-in-ningbo-h1-2019               10",
    ]


def test_markdown_is_a_table_whose_cells_cannot_break_it(tmp_path: Path) -> None:
    root = write_base(tmp_path / "md", fact_toml(en="a | b\nnext *line* <b>"))
    result = run(["--facts", str(root), "list", "--format", "md", "--fields", "id,claim"])
    assert result.stdout == "| id | claim |\n| --- | --- |\n| growth | a \\| b<br>next \\*line\\* \\<b\\> |\n"


def test_markdown_shows_control_characters_as_marks(tmp_path: Path) -> None:
    root = write_base(tmp_path / "md", fact_toml(en="red \x1b[m\u202eevil"))
    result = run(["--facts", str(root), "list", "--format", "md", "--fields", "claim"])
    assert result.stdout.splitlines()[2] == "| red ␛\\[m\\<U+202E\\>evil |"


def test_markdown_aligns_numbers_right(dated: str) -> None:
    assert run(["--facts", dated, "topics", "--format", "md", "--lang", "en"]).stdout == (
        "| id | name | facts |\n| --- | --- | --: |\n| economy | Economy | 1 |\n| urban | Urban | 0 |\n"
    )


def test_markdown_shows_people_the_quantity_as_written(dated: str) -> None:
    assert run(["--facts", dated, "list", "--format", "md"]).stdout == (
        "| id | topic | quantity | as\\_of | claim |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| growth | economy | 5% | 2018 | Beilun grew by 5% in 2018. |\n"
    )


def test_one_fact_in_markdown_is_a_field_value_table(dated: str) -> None:
    result = run(["--facts", dated, "show", "growth", "--format", "md", "--fields", "id,value,as_of"])
    assert (
        result.stdout
        == "| field | value |\n| --- | --- |\n| id | growth |\n| value | 5 |\n| as\\_of | 2018 |\n"
    )


@pytest.mark.parametrize(
    "args",
    [["list"], ["timeline"], ["search", "北仑"], ["search", "beilun"]],
)
def test_limit_0_is_no_limit_in_every_command(args: list[str]) -> None:
    every = run([*args, "--format", "tsv", "--fields", "id", "--limit", "1000"]).stdout
    assert len(every.splitlines()) > 10  # more than search's default
    result = run([*args, "--format", "tsv", "--fields", "id", "--limit", "0"])
    assert (result.exit_code, result.stdout) == (0, every)


@pytest.mark.parametrize("columns", ["0", "-3", "wide", ""])
def test_columns_0_or_garbage_is_as_if_unset_and_the_answer_is_printed(dated: str, columns: str) -> None:
    for args in (["show", "growth"], ["list"]):
        result = run(["--facts", dated, *args, "--format", "table"], env={"COLUMNS": columns})
        assert result.exit_code == 0, result.stderr
        assert "Beilun grew by 5% in 2018." in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80  # a pipe is 80 columns


def test_csv_round_trips_the_exact_values() -> None:
    text = run(["list", "--format", "csv", "--fields", "id,value"]).stdout
    values = {row["id"]: row["value"] for row in csv.DictReader(io.StringIO(text))}
    assert values["economic-output-share-of-ningbo"] == "0.16666666666666666"
