"""render: cells, neutralising, JSON escaping and bars."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from beilun_cli import render


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
    assert render.neutralise(text) == shown


def test_json_keeps_chinese_and_escapes_every_control() -> None:
    text = render.to_json({"t": "北仑\x1b\x9b\u202e\u2028"}, indent=None)
    assert text == '{"t":"北仑\\u001b\\u009b\\u202e\\u2028"}'
    assert json.loads(text) == {"t": "北仑\x1b\x9b\u202e\u2028"}


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (None, "en", ""),
        (114646000000.0, "en", "114646000000"),
        (0.16666666666666666, "en", "0.16666666666666666"),
        ({"zh": "经济", "en": "Economy"}, "zh", "经济"),
        ({"zh": "经济", "en": "Economy"}, "both", "经济 / Economy"),
        ({"written": "去年", "start": "2018", "end": "2018", "precision": "year"}, "en", "2018 (year)"),
        ({"written": "", "start": "2012", "end": "2019", "precision": "period"}, "en", "2012..2019 (period)"),
        (["beilun", "ningbo"], "en", "beilun, ningbo"),
        ({"id": "src", "paragraph": 3, "offset": 9}, "en", "src ¶3"),
    ],
)
def test_cell_text(value: object, lang: str, text: str) -> None:
    assert render.cell(value, lang) == text


@pytest.mark.parametrize(
    ("amount", "largest", "drawn"),
    [(10, 10, "█" * 8), (5, 10, "█" * 4), (1, 100, "▏"), (0, 10, ""), (41, 80, "████▏")],
)
def test_bar_is_drawn_to_scale(amount: float, largest: float, drawn: str) -> None:
    assert render.bar(amount, largest, 8) == drawn


def lines(*texts: str) -> str:
    return "".join(text + "\n" for text in texts)


CARD_RECORDS = [
    {"id": "gdp", "claim": {"zh": "生产总值", "en": "GDP grew by a large amount last year."}, "unit": "亿元"},
    {"id": "trees", "claim": {"zh": "森林", "en": "Forest."}, "unit": None},
]


def test_cards_align_labels_wrap_long_values_and_leave_no_trailing_space(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "24")  # too narrow for columns: one card per record
    render.emit(CARD_RECORDS, render.Output("table", None, "en"), ["id", "claim", "unit"], title="Found")
    assert capsys.readouterr().out == lines(
        "Found",
        "id    gdp",
        "claim GDP grew by a",
        "      large amount last",
        "      year.",
        "unit  亿元",
        "",
        "id    trees",
        "claim Forest.",
        "unit",
    )


def test_a_card_marks_search_words_even_where_a_value_wraps(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "24")
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    render.emit(CARD_RECORDS[:1], render.Output("table", ("claim",), "en"), [], highlight=["amount"])
    assert capsys.readouterr().out == lines(
        "\x1b[1mclaim\x1b[0m GDP grew by a",
        "      large \x1b[7mamount\x1b[0m last",
        "      year.",
    )


def test_show_lists_fields_with_the_quote_marked_in_its_paragraph(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    record = {"id": "gdp", "quote": "增长7.5%"}
    marked = {"paragraph": "去年北仑增长7.5%,全国罕见。", "start": 4, "end": 10}
    render.emit_one(record, render.Output("table", None, "en"), marked=marked)
    assert capsys.readouterr().out == lines(  # two spaces after the labels: one record alone
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
    assert "".join(render._json_array(records)) == render.to_json(records) + "\n"


class CountingStdout(io.StringIO):
    writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv"])
def test_many_records_are_written_a_batch_at_a_time_and_counted(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout = CountingStdout()
    monkeypatch.setattr(sys, "stdout", stdout)
    records = ({"id": f"fact-{number}", "value": number} for number in range(1234))  # read once, as it comes
    assert render.emit(records, render.Output(fmt, None, "en"), ["id", "value"]) == 1234
    assert stdout.writes == 3  # 500 + 500 + 234 records, never the whole answer as one string
    lines = stdout.getvalue().splitlines()
    if fmt == "json":
        assert [record["id"] for record in json.loads(stdout.getvalue())][-1] == "fact-1233"
    else:
        assert lines[-1] in ('{"id":"fact-1233","value":1233}', "fact-1233\t1233", "fact-1233,1233")
