"""output: neutralising, JSON escaping, cells by field, bars, cards and the streamed formats."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beilun_cli.cli.output import Output, charts, fields, formats
from beilun_cli.cli.output.environment import Environment
from beilun_cli.cli.output.messages import message, progress_bar
from beilun_cli.cli.output.text import neutralise, to_json


def environment(stream: io.StringIO, *, width: int | None = None, force_color: bool = False) -> Environment:
    """This call's terminal decisions, made here: output into `stream`, which is no terminal."""
    return Environment(
        stream, None, stdout_isatty=False, stderr_isatty=False, width=width, force_color=force_color
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain 中文", "plain 中文"),
        ("\x1b[2J", "␛[2J"),
        ("a\tb\nc", "a␉b␊c"),
        ("\x9b31m", "<U+009B>31m"),
        ("\u202eevil", "<U+202E>evil"),
        ("\x7f", "␡"),
        ("[red]5%[/red]", "[red]5%[/red]"),
    ],
)
def test_neutralise_makes_controls_visible(text: str, shown: str) -> None:
    assert neutralise(text) == shown


def test_json_keeps_chinese_and_escapes_every_control() -> None:
    text = to_json({"t": "北仑\x1b\x9b\u202e\u2028"}, indent=None)
    assert text == '{"t":"北仑\\u001b\\u009b\\u202e\\u2028"}'
    assert json.loads(text) == {"t": "北仑\x1b\x9b\u202e\u2028"}


@pytest.mark.parametrize(
    ("name", "value", "lang", "text"),
    [
        ("value", None, "en", ""),
        ("value", 114646000000.0, "en", "114646000000"),
        ("value", 0.16666666666666666, "en", "0.16666666666666666"),
        ("claim", {"zh": "经济", "en": "Economy"}, "zh", "经济"),
        ("name", {"zh": "经济", "en": "Economy"}, "both", "经济 / Economy"),
        (
            "as_of",
            {"written": "去年", "start": "2018", "end": "2018", "precision": "year"},
            "en",
            "2018",  # the precision is a column of its own
        ),
        (
            "as_of",
            {"written": "", "start": "2012", "end": "2019", "precision": "period"},
            "en",
            "2012..2019",
        ),
        ("tags", ["beilun", "ningbo"], "en", "beilun, ningbo"),
        ("source", {"id": "src", "paragraph": 3, "offset": 9}, "en", "src ¶3"),
    ],
)
def test_cell_text(name: str, value: object, lang: str, text: str) -> None:
    assert fields.cell(name, value, lang) == text


@pytest.mark.parametrize(
    ("amount", "largest", "drawn"),
    [(10, 10, "█" * 8), (5, 10, "█" * 4), (1, 100, "▏"), (0, 10, ""), (41, 80, "████▏")],
)
def test_bar_is_drawn_to_scale(amount: float, largest: float, drawn: str) -> None:
    assert charts.bar(amount, largest, 8) == drawn


def lines(*texts: str) -> str:
    return "".join(text + "\n" for text in texts)


CARD_RECORDS = [
    {"id": "gdp", "claim": {"zh": "生产总值", "en": "GDP grew by a large amount last year."}, "unit": "亿元"},
    {"id": "trees", "claim": {"zh": "森林", "en": "Forest."}, "unit": None},
]


def test_cards_align_labels_wrap_long_values_and_leave_no_trailing_space() -> None:
    stdout = io.StringIO()
    out = Output(environment(stdout, width=24), "table", None, "en")  # too narrow for columns: cards
    assert out.records(CARD_RECORDS, ["claim", "unit"], title="Found") == 2
    assert stdout.getvalue() == lines(  # a fact's claim last, as in a table
        "Found",
        "unit  亿元",
        "claim GDP grew by a",
        "      large amount last",
        "      year.",
        "",
        "unit",
        "claim Forest.",
    )


def test_a_narrow_table_puts_each_claim_under_its_id_and_short_fields() -> None:
    stdout = io.StringIO()
    out = Output(environment(stdout, width=24), "table", None, "en")
    assert out.records(CARD_RECORDS, ["id", "claim", "unit"], title="Found") == 2
    assert stdout.getvalue() == lines(
        "Found",
        "id      unit",
        "  claim",
        "────────────────────────",
        "gdp     亿元",
        "  GDP grew by a large",
        "  amount last year.",
        "trees",
        "  Forest.",
    )


def test_a_narrow_table_marks_search_words_in_the_claim_under_its_id() -> None:
    stdout = io.StringIO()
    out = Output(environment(stdout, width=24, force_color=True), "table", None, "en")
    out.records(CARD_RECORDS[:1], ["id", "claim"], highlight=["amount", "gdp"])
    assert stdout.getvalue().splitlines()[3:] == [
        "\x1b[1mgdp\x1b[0m",  # an id is a name, not text that matched
        "  \x1b[7mGDP\x1b[0m grew by a large",
        "  \x1b[7mamount\x1b[0m last year.",
    ]


def test_a_card_marks_search_words_even_where_a_value_wraps() -> None:
    stdout = io.StringIO()
    out = Output(environment(stdout, width=12, force_color=True), "table", ("claim",), "en")
    out.records(CARD_RECORDS[:1], [], highlight=["amount"])
    assert stdout.getvalue() == lines(
        "\x1b[1mclaim\x1b[0m GDP",
        "      grew",
        "      by a",
        "      large",
        "      \x1b[7mamount\x1b[0m",
        "      last",
        "      year.",
    )


def test_show_lists_fields_with_the_quote_marked_in_its_paragraph() -> None:
    stdout = io.StringIO()
    record = {"id": "gdp", "quote": "增长7.5%"}
    context = {"paragraph": "去年北仑增长7.5%,全国罕见。", "start": 4, "end": 10}
    Output(environment(stdout, width=20), "table", None, "en").one(record, context=context)
    assert stdout.getvalue() == lines(  # two spaces after the labels: one record alone
        "id       gdp",
        "quote    增长7.5%",
        "context  去年北仑增",
        "         长7.5%,全国",
        "         罕见。",
    )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@given(st.lists(st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=4), max_size=4))
def test_a_streamed_json_array_is_the_array_written_at_once(records: list[dict[str, object]]) -> None:
    assert "".join(formats.json_array(records)) == to_json(records) + "\n"


class CountingStdout(io.StringIO):
    writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv"])
def test_many_records_are_written_a_batch_at_a_time_and_counted(fmt: str) -> None:
    stdout = CountingStdout()
    records = ({"id": f"fact-{number}", "value": number} for number in range(1234))  # read once, as it comes
    assert Output(environment(stdout), fmt, None, "en").records(records, ["id", "value"]) == 1234
    assert stdout.writes == 3  # 500 + 500 + 234 records, never the whole answer as one string
    lines = stdout.getvalue().splitlines()
    if fmt == "json":
        assert [record["id"] for record in json.loads(stdout.getvalue())][-1] == "fact-1233"
    else:
        assert lines[-1] in ('{"id":"fact-1233","value":1233}', "fact-1233\t1233", "fact-1233,1233")


@pytest.mark.parametrize(
    ("columns", "width"), [("120", 120), (" 90 ", 90), ("0", None), ("-5", None), ("wide", None), ("", None)]
)
def test_columns_sets_the_width_and_zero_or_garbage_is_as_if_unset(columns: str, width: int | None) -> None:
    assert Environment.from_process({"COLUMNS": columns}).width == width


def test_the_environment_reads_colour_variables_once_and_keeps_columns_from_rich() -> None:
    env = Environment.from_process({"CLICOLOR_FORCE": "1", "NO_COLOR": "1", "COLUMNS": "50", "TERM": "xterm"})
    assert (env.force_color, env.no_color, env.width) == (True, True, 50)
    assert env.terminal_variables == {"CLICOLOR_FORCE": "1", "NO_COLOR": "1", "TERM": "xterm"}
    unset = Environment.from_process({"CLICOLOR_FORCE": "0", "NO_COLOR": ""})
    assert (unset.force_color, unset.no_color, unset.width) == (False, False, None)


def test_output_goes_to_the_environments_stream_only(capsys: pytest.CaptureFixture[str]) -> None:
    stdout = io.StringIO()
    Output(environment(stdout), "tsv", ("id",), "en").records([{"id": "gdp"}], ["id"])
    assert stdout.getvalue() == "gdp\n"
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("reports", [0, 2])
def test_a_progress_bar_is_drawn_on_a_terminals_stderr_from_the_first_report_and_cleared(
    reports: int,
) -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    env = Environment(stdout, stderr, stdout_isatty=False, stderr_isatty=True, force_color=True, width=60)
    display = progress_bar(env, "building the index")  # a factory: one display per build
    with display() as report:
        for done in range(1, reports + 1):
            report("indexing", done, 3)
    drawn = stderr.getvalue()
    if reports:
        assert "building the index: indexing" in drawn and drawn.endswith("\x1b[2K")  # cleared
    else:
        assert drawn == ""  # a call that builds nothing draws nothing
    assert stdout.getvalue() == ""


def test_no_progress_bar_where_stderr_is_no_terminal() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    env = Environment(stdout, stderr, stdout_isatty=True, stderr_isatty=False, force_color=True)
    with progress_bar(env, "building the index")() as report:
        report("indexing", 1, 3)
    assert (stdout.getvalue(), stderr.getvalue()) == ("", "")


def test_no_progress_bar_on_a_dumb_terminal_which_could_not_erase_it() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    env = Environment(
        stdout, stderr, stdout_isatty=False, stderr_isatty=True, terminal_variables={"TERM": "dumb"}
    )
    with progress_bar(env, "building the index")() as report:
        report("indexing", 1, 3)
    assert (stdout.getvalue(), stderr.getvalue()) == ("", "")


def test_messages_are_neutralised_lines_on_the_stream_given() -> None:
    stderr = io.StringIO()
    message("beilun: no fact with id 'x\x1b[2J'", stderr)
    assert stderr.getvalue() == "beilun: no fact with id 'x␛[2J'\n"
