"""beilun validate: clean on the shipped base, exit 3 with path:line on a broken one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BEILUN, fact_toml, run, write_base


def test_shipped_base_is_valid_and_fully_covers_the_numbers() -> None:
    result = run(["validate", "--json"])
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["numeric_coverage"]["cnnb-2019-09-16"] == {"covered": 86, "total": 86, "missing": []}


def test_validate_text_summary(base: Path) -> None:
    result = run(["validate", str(base)])
    assert result.exit_code == 0
    assert result.stdout == (
        f"ok: {base}: 1 fact, 0 asked phrasings, 2 topics, 3 measures, 0 entities, 0 concepts, 1 source\n"
        "numeric coverage of src: 1/2 numbers quoted by a fact\n"
        "  not quoted: ¶1: 2018\n"
    )


def test_duplicate_id_fails_with_exit_3(base: Path) -> None:
    (base / "more.toml").write_text(fact_toml(), encoding="utf-8")
    result = run(["validate", str(base)])
    assert result.exit_code == 3
    assert result.stdout == (
        f"{base / 'more.toml'}:3:1: duplicate facts id 'growth' (first defined at {base / 'base.toml'}:17)\n"
    )
    assert result.stderr == f"beilun: 1 problem(s) in {base}\n"


def test_non_verbatim_quote_fails_with_exit_3(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(quote="增长 5%"))
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert "fact 'growth': quote is not verbatim in source 'src'" in result.stdout


def test_broken_toml_fails_with_exit_3(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", '\n[[facts]]\nid = "x"\ntopic = \n')
    result = run(["validate", str(root), "--json"])
    assert result.exit_code == 3
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["path"], problem["line"]) == (str(root / "base.toml"), 18)


def test_other_commands_refuse_an_invalid_base(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(quote="nowhere"))
    result = run(["--facts", str(root), "list"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"beilun: {root / 'base.toml'}:17:1: "
        "fact 'growth': quote is not verbatim in source 'src': 'nowhere'\n"
        "hint: run 'beilun validate' to list every problem\n"
    )


def validate_lines(root: Path) -> list[str]:
    result = run(["validate", str(root)])
    assert result.exit_code == 3, result.stdout
    return result.stdout.splitlines()


def test_a_claim_may_state_no_number_its_quote_lacks(tmp_path: Path) -> None:
    # The quote has 增长5% only; the claim adds a year in Chinese and a ten-fold figure in English.
    facts = fact_toml(zh="2018年北仑增长5%。", en="Beilun grew by 50% in 2018.")
    root = write_base(tmp_path / "b", facts)
    where = f"{root / 'base.toml'}:17:1"
    assert validate_lines(root) == [
        f"{where}: fact 'growth': claim.zh states 2018, which its quote does not carry",
        f"{where}: fact 'growth': claim.en states 50%, which its quote does not carry",
        f"{where}: fact 'growth': claim.en states 2018, which its quote does not carry",
    ]


def test_a_claim_may_state_its_resolved_time_and_bracketed_glosses(tmp_path: Path) -> None:
    # 去年 resolved to 2018 may be written as 2018; a gloss in brackets is the translator's aside.
    paragraphs = ("去年北仑增长5%。", "北仑港是大港。")
    facts = fact_toml(zh="2018年北仑增长5%。", en="Beilun grew by 5% in 2018 (Beilun has 3 ports).")
    facts = facts.replace('quote = "增长5%"', 'quote = "去年北仑增长5%"')
    facts += 'as_of = { written = "去年", start = "2018", end = "2018", precision = "year" }\n'
    root = write_base(tmp_path / "b", facts, paragraphs)
    result = run(["validate", str(root)])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith(f"ok: {root}: 1 fact,")


def test_a_quote_the_source_lacks_is_the_one_problem_not_its_numbers_too(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(quote="增长6%"))
    assert validate_lines(root) == [
        f"{root / 'base.toml'}:17:1: fact 'growth': quote is not verbatim in source 'src': '增长6%'"
    ]


VALUE = (
    'value = 5\nunit = "%"\n'
    'quantity = { written = "5%", qualifier = "exact", amount = 5, amount_unit = "percent" }\n'
)


@pytest.mark.parametrize(
    ("statement", "problems"),
    [
        ("", ["a value needs a 'measure'", "a value needs a 'subject'"]),
        ('measure = "growth"\nentities = ["beilun"]\n', ["a value needs a 'subject'"]),
        (
            'measure = "speed"\nsubject = "beilun"\nentities = ["beilun"]\n',
            ["unknown measure 'speed' (measures: growth, headcount, investment)"],
        ),
        ('measure = "growth"\nsubject = "ningbo"\n', ["unknown subject 'ningbo'"]),
        ('measure = "growth"\nsubject = "beilun"\n', ["subject 'beilun' is not one of its entities"]),
        (
            'measure = "headcount"\nsubject = "beilun"\nentities = ["beilun"]\n',
            ["measure 'headcount' is counted in people, not percent"],
        ),
    ],
)
def test_a_value_must_say_what_it_measures_of_which_entity(
    tmp_path: Path, statement: str, problems: list[str]
) -> None:
    root = write_base(tmp_path / "b", fact_toml() + VALUE + statement + BEILUN)
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert result.stdout == "".join(f"{root / 'base.toml'}:17:1: fact 'growth': {p}\n" for p in problems)


def test_a_measure_without_a_value_is_a_problem(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml() + 'measure = "growth"\n')
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert result.stdout == f"{root / 'base.toml'}:17:1: fact 'growth': 'measure' needs a value\n"


def test_a_measure_needs_a_slug_unit_and_both_names(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b")
    (root / "measures.toml").write_text(
        '[[measures]]\nid = "gdp"\nname = { zh = "", en = "GDP" }\namount_unit = "Yuan!"\n', encoding="utf-8"
    )
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    where = f"{root / 'measures.toml'}:2:1:"
    assert result.stdout == (
        f"{where} measure 'gdp': amount_unit 'Yuan!' is not a slug\n"
        f"{where} measures 'gdp': 'name.zh' must be non-empty text\n"
    )
