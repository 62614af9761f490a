"""--format excel: CSV made for a spreadsheet (a byte-order mark, formula cells made text), while
plain CSV stays exact for programs."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import fact_toml, run, write_base

from beilun_cli.cli.output import Output
from beilun_cli.cli.output.environment import Environment

BOM = "\ufeff"


@pytest.fixture
def formulas(tmp_path: Path) -> Path:
    """Claims a spreadsheet would run as formulas (OWASP's starts: = + - @ tab CR), and one that
    only holds those characters later on."""
    facts = (
        fact_toml("link", zh='=HYPERLINK("http://evil.example","5%")', en="+cmd|' /C calc'!A5")
        + fact_toml("sum", zh="@SUM(5)", en="-5% growth")
        + fact_toml("blank", zh="\t5%", en="\r5%")
        + fact_toml("fine", zh="增长5%", en="a-5 = 5")
    )
    return write_base(tmp_path / "formulas", facts)


def test_excel_marks_formula_cells_as_text_after_a_byte_order_mark(formulas: Path) -> None:
    result = run(["--facts", str(formulas), "export", "--format", "excel", "--fields", "id,claim,value"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout_bytes.decode("utf-8") == (
        f'{BOM}"id","claim.zh","claim.en","value"\r\n'
        '"link","\'=HYPERLINK(""http://evil.example"",""5%"")","\'+cmd|\' /C calc\'!A5",""\r\n'
        '"sum","\'@SUM(5)","\'-5% growth",""\r\n'
        '"blank","\'\t5%","\'\r5%",""\r\n'
        '"fine","增长5%","a-5 = 5",""\r\n'
    )


def test_plain_csv_passes_the_same_cells_through_exactly(formulas: Path) -> None:
    result = run(["--facts", str(formulas), "export", "--format", "csv", "--fields", "id,claim,value"])
    assert result.stdout == (
        "id,claim.zh,claim.en,value\n"
        'link,"=HYPERLINK(""http://evil.example"",""5%"")",+cmd|\' /C calc\'!A5,\n'
        "sum,@SUM(5),-5% growth,\n"
        '"blank","\t5%","\r5%",""\n'
        "fine,增长5%,a-5 = 5,\n"
    )


def test_a_negative_number_stays_a_number_and_negative_text_becomes_text() -> None:
    """-5 in `value` is a number, which a spreadsheet should sum and sort; the same characters in a
    text field are made text. A value that is no finite number is text too."""
    buffer = io.StringIO()
    env = Environment(buffer, None, stdout_isatty=False, stderr_isatty=False)
    records = [
        {"id": "fall", "claim": {"zh": "-5", "en": "-5"}, "value": -5.0},
        {"id": "tiny", "claim": {"zh": "x", "en": "x"}, "value": -1e-05},
        {"id": "odd", "claim": {"zh": "x", "en": "x"}, "value": float("-inf")},
    ]
    Output(env, "excel", None, "zh").records(records, ["id", "claim", "value"])
    assert buffer.getvalue() == (
        f'{BOM}"id","claim","value"\r\n"fall","\'-5","-5"\r\n"tiny","x","-1e-05"\r\n"odd","x","\'-inf"\r\n'
    )


def test_excel_of_the_shipped_base_is_its_csv_readable_as_utf8_with_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    assert run(["export", "--format", "excel", "-o", str(target)]).exit_code == 0
    written = target.read_bytes()
    assert written.startswith(b'\xef\xbb\xbf"id","topic","claim.zh","claim.en",')
    rows = list(csv.reader(io.StringIO(written.decode("utf-8-sig"), newline="")))
    plain = list(csv.reader(io.StringIO(run(["export", "--format", "csv"]).stdout, newline="")))
    assert rows == plain  # no claim of the shipped base starts like a formula
    assert ["gdp-2018", "economy", "2018年北仑本级实现地区生产总值1146.46亿元。"] == rows[
        [r[0] for r in rows].index("gdp-2018")
    ][:3]


def test_every_format_option_offers_excel(formulas: Path) -> None:
    listed = run(
        ["--facts", str(formulas), "list", "--format", "excel", "--fields", "id,claim", "--lang", "en"]
    )
    assert listed.stdout_bytes.decode("utf-8") == (
        f'{BOM}"id","claim"\r\n"link","\'+cmd|\' /C calc\'!A5"\r\n"sum","\'-5% growth"\r\n'
        '"blank","\'\r5%"\r\n"fine","a-5 = 5"\r\n'
    )
    shown = run(["--facts", str(formulas), "show", "sum", "--format", "excel", "--fields", "id,claim"])
    assert (
        shown.stdout_bytes.decode("utf-8")
        == f'{BOM}"id","claim.zh","claim.en"\r\n"sum","\'@SUM(5)","\'-5% growth"\r\n'
    )
    checked = run(["--facts", str(formulas), "check", "=SUM(5)", "--format", "excel"])
    rows = list(csv.reader(io.StringIO(checked.stdout_bytes.decode("utf-8").removeprefix(BOM), newline="")))
    assert (rows[0], rows[1][0]) == (["claim", "verdict", "reason", "evidence"], "'=SUM(5)")
