"""Fact text is data: Rich markup and terminal controls are shown, escaped or passed, never obeyed."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import PARAGRAPHS, fact_toml, run, toml_string, write_base

from beilun_cli.cli.output import Output
from beilun_cli.cli.output.environment import Environment

MARKUP = "[red]5%[/red] [/] [link=https://evil.example]click[/link] :smile:"
CONTROLS = "\x1b[2J \x1b]0;title\x07 \x9b31m \u202eevil"
HOSTILE = f"{MARKUP} {CONTROLS}"
# What a table or TSV shows instead: markup literally, each control as a visible mark.
SHOWN = f"{MARKUP} ␛[2J ␛]0;title␇ <U+009B>31m <U+202E>evil"
# Anything a terminal could act on: C0 (bar tab and newline, which layouts use), DEL, C1, bidi.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
WIDE = {"COLUMNS": "400"}  # wide enough that no short cell folds (a claim wraps at 72 cells)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A base whose claim (both languages) and topic name are hostile."""
    # The quote carries the numbers the controls hold (2, 0, 31), as validation asks of a claim.
    quote = "增长5%,又2、0、31"
    facts = fact_toml(zh=HOSTILE, en=HOSTILE, quote=quote)
    root = write_base(tmp_path / "hostile", facts, paragraphs=(f"{quote}。", *PARAGRAPHS))
    text = (root / "base.toml").read_text(encoding="utf-8")
    text = text.replace(
        'name = { zh = "经济", en = "Economy" }', f'name = {{ zh = {toml_string(HOSTILE)}, en = "E" }}'
    )
    (root / "base.toml").write_text(text, encoding="utf-8")
    return root


def test_the_fixture_really_holds_the_raw_controls(hostile: Path) -> None:
    fact = json.loads(run(["--facts", str(hostile), "show", "growth", "--json"]).stdout)
    assert fact["claim"] == {"zh": HOSTILE, "en": HOSTILE}


def test_tsv_shows_markup_literally_and_controls_as_marks(hostile: Path) -> None:
    result = run(["--facts", str(hostile), "list", "--format", "tsv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"growth\teconomy\t{SHOWN}\t\t\t\t\n"
    assert result.stderr == ""


def test_show_tsv_neutralises_every_field(hostile: Path) -> None:
    result = run(["--facts", str(hostile), "show", "growth", "--format", "tsv", "--lang", "en"])
    assert result.exit_code == 0
    assert f"claim\t{SHOWN}\n" in result.stdout
    assert not RAW_CONTROL.search(result.stdout)


@pytest.mark.parametrize("args", [["list"], ["show", "growth"], ["topics"]])
def test_tables_show_markup_literally_and_never_emit_controls(hostile: Path, args: list[str]) -> None:
    result = run(["--facts", str(hostile), *args, "--format", "table", "--lang", "zh"], env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert all(word in result.stdout for word in SHOWN.split())  # a long claim wraps at spaces
    assert not RAW_CONTROL.search(result.stdout)
    assert "😄" not in result.stdout  # :smile: stays text
    assert "\x1b" not in result.stdout  # not even Rich's own styling: CliRunner is no terminal


def test_a_table_title_quoting_an_entity_name_is_neutralised(tmp_path: Path) -> None:
    entity = (
        f'\n[[entities]]\nid = "evil"\nkind = "person"\nname = {{ zh = {toml_string(HOSTILE)}, en = "E" }}\n'
    )
    root = write_base(tmp_path / "entity", fact_toml() + 'entities = ["evil"]\n' + entity)
    result = run(["--facts", str(root), "entities", "evil", "--format", "table"], env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert f"{SHOWN} · E (person)" in result.stdout
    assert not RAW_CONTROL.search(result.stdout)


def test_the_context_paragraph_is_neutralised_too(tmp_path: Path) -> None:
    paragraph = f"开头{CONTROLS}结尾5%"
    root = write_base(tmp_path / "ctx", fact_toml(quote=f"{CONTROLS}结尾5%"), paragraphs=(paragraph,))
    for fmt in ("table", "tsv"):
        result = run(["--facts", str(root), "show", "growth", "--context", "--format", fmt], env=WIDE)
        assert result.exit_code == 0, result.stderr
        assert "␛[2J ␛]0;title␇ <U+009B>31m <U+202E>evil结尾5%" in result.stdout
        assert not RAW_CONTROL.search(result.stdout)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_escapes_controls_and_parses_back_to_the_same_text(hostile: Path, fmt: str) -> None:
    result = run(["--facts", str(hostile), "list", "--format", fmt])
    assert result.exit_code == 0
    assert not RAW_CONTROL.search(result.stdout)
    for escape in ("\\u001b[2J", "\\u0007", "\\u009b31m", "\\u202eevil", "[red]5%[/red]"):
        assert escape in result.stdout
    records = json.loads(result.stdout) if fmt == "json" else [json.loads(result.stdout)]
    assert records[0]["claim"] == {"zh": HOSTILE, "en": HOSTILE}


def test_show_json_with_context_escapes_the_paragraph(tmp_path: Path) -> None:
    root = write_base(tmp_path / "ctx", fact_toml(quote="结尾5%"), paragraphs=(f"{CONTROLS}结尾5%",))
    result = run(["--facts", str(root), "show", "growth", "--context", "--json"])
    assert not RAW_CONTROL.search(result.stdout)
    assert json.loads(result.stdout)["context"]["paragraph"] == f"{CONTROLS}结尾5%"


def test_csv_passes_text_through_exactly_into_a_pipe(hostile: Path) -> None:
    for args in (["export", "--format", "csv"], ["show", "growth", "--format", "csv"]):
        result = run(["--facts", str(hostile), *args])
        assert result.exit_code == 0
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows[0]["claim.zh"] == HOSTILE and rows[0]["claim.en"] == HOSTILE


def test_csv_on_a_terminal_makes_controls_visible() -> None:
    buffer = io.StringIO()
    env = Environment(buffer, None, stdout_isatty=True, stderr_isatty=False)  # as if stdout were a terminal
    Output(env, "csv", None, "zh").records([{"claim": {"zh": HOSTILE, "en": "x"}}], ["claim"])
    assert buffer.getvalue() == f"claim\n{SHOWN}\n"


def test_error_messages_show_hostile_arguments_inertly(base: Path) -> None:
    result = run(["--facts", str(base), "show", f"x{CONTROLS}"])
    assert result.exit_code == 1
    assert result.stderr.startswith("beilun: no fact with id 'x␛[2J ␛]0;title␇ <U+009B>31m <U+202E>evil'\n")
    assert not RAW_CONTROL.search(result.stderr)


def test_validate_reports_hostile_values_inertly(tmp_path: Path) -> None:
    root = write_base(tmp_path / "bad", fact_toml(topic=f"no{CONTROLS}"))
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert "unknown topic 'no␛[2J ␛]0;title␇ <U+009B>31m <U+202E>evil'" in result.stdout
    assert not RAW_CONTROL.search(result.stdout + result.stderr)
    as_json = run(["validate", str(root), "--json"])
    assert f"no{CONTROLS}" in json.loads(as_json.stdout)["problems"][0]["message"]


# A long Chinese claim with no spaces, on a terminal 30 columns wide.
LONG_CLAIM = "北仑区" * 40 + "增长百分之五"
CJK = re.compile("[\u4e00-\u9fff]")


@pytest.mark.parametrize("command", [["list"], ["show", "growth"]])
def test_a_long_chinese_claim_folds_at_30_columns_without_losing_a_character(
    tmp_path: Path, command: list[str]
) -> None:
    from rich.cells import cell_len

    root = write_base(tmp_path / "long", fact_toml(zh=LONG_CLAIM, quote="增长5%"))
    args = ["--facts", str(root), *command, "--fields", "id,claim", "--lang", "zh", "--format", "table"]
    result = run(args, env={"COLUMNS": "30"})
    assert result.exit_code == 0, result.stderr
    assert "".join(CJK.findall(result.stdout)) == LONG_CLAIM
    lines = [line for line in result.stdout.split("\n") if line.strip()]
    widths = [cell_len(line) for line in lines]
    # Folded at the terminal's edge, never past it: a character two cells wide may leave one free.
    assert 29 <= max(widths) <= 30
    claim_lines = [line for line in lines if CJK.search(line)]
    assert len(claim_lines) > 5
    starts = {cell_len(CJK.split(line, maxsplit=1)[0]) for line in claim_lines}
    assert len(starts) == 1  # the folded claim stays in its column
