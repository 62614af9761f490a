"""beilun figures: the numbers, as rows in a pipe and as bar charts on a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BEILUN, fact_toml, run, statement, write_base


def test_figures_json_are_facts_with_quantities() -> None:
    facts = json.loads(run(["figures", "--topic", "ecology", "--json"]).stdout)
    assert facts and all(fact["quantity"] and fact["measure"] for fact in facts)


def test_a_measure_is_named_by_id_name_or_alias_and_its_figures_come_largest_first() -> None:
    for name in ("total-investment", "Total Investment", "总投资", "投资额"):
        facts = json.loads(run(["figures", "--measure", name, "--json"]).stdout)
        assert [fact["quantity"]["written"] for fact in facts] == [
            "640亿元",
            "超过500亿元",
            "66亿元",
            "33.3亿元",
            "4亿元",
        ]
        assert {(fact["measure"], fact["quantity"]["amount_unit"]) for fact in facts} == {
            ("total-investment", "yuan")
        }


def test_an_unknown_measure_is_a_usage_error_with_a_hint() -> None:
    result = run(["figures", "--measure", "forest-cover"])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "beilun: unknown measure 'forest-cover'; measures are: age, age-covered, "
    )
    assert "forest-coverage" in result.stderr.splitlines()[-1]  # did you mean


def test_figures_table_draws_bars_to_scale() -> None:
    result = run(["figures", "--measure", "total-investment", "--format", "table"], env={"COLUMNS": "140"})
    assert result.exit_code == 0
    bars = {line.split()[2]: line.split()[1] for line in result.stdout.splitlines() if "█" in line}
    assert bars["smic-chevron-lng-projects-under-construction"] == "█" * 24  # the largest fills the bar
    assert bars["introduced-projects-total-over-50bn"].count("█") == 18  # 500/640 of 24 cells


def test_both_languages_of_a_claim_stand_on_their_own_lines_in_a_chart() -> None:
    args = ["figures", "--topic", "economy", "--format", "table", "--lang", "both"]
    lines = run(args, env={"COLUMNS": "200"}).stdout.splitlines()
    growth = next(number for number, line in enumerate(lines) if "gdp-growth-2018" in line)
    assert lines[growth].split() == ["7.5%", "gdp-growth-2018", "2018年北仑本级地区生产总值增长7.5%。"]
    assert lines[growth + 1].strip() == "Beilun's district-level GDP grew by 7.5% in 2018."
    narrow = run(args, env={"COLUMNS": "80"}).stdout.splitlines()
    growth = narrow.index("       7.5%  gdp-growth-2018")  # the id over its claim
    assert [line.strip() for line in narrow[growth + 1 : growth + 3]] == [
        "2018年北仑本级地区生产总值增长7.5%。",
        "Beilun's district-level GDP grew by 7.5% in 2018.",
    ]


def test_a_wide_terminal_gives_ids_a_column_and_caps_the_claim() -> None:
    lines = run(
        ["figures", "--measure", "length", "--format", "table"], env={"COLUMNS": "200"}
    ).stdout.splitlines()
    assert lines[:6] == [
        "length · m",
        "  figure                            id                       claim",
        " 123公里  ████████████████████████  forest-trails-123-km     "
        "Beilun has built a cumulative 123 km of forest walking trails.",
        "11.5公里  ██▎                       blue-bay-11-5-km         Beilun has an 11.5-kilometre blue bay.",
        "近2000米  ▍                         arc-beach-nearly-2000-m  "
        "Beilun has a curved sandy beach nearly 2,000 metres long and is described as an attractive new",
        "                                                             coastal city.",
    ]
    assert max(len(line) for line in lines) < 200 - 40  # a claim of 96 cells at most


def _quantity(written: str, value: float, unit: str, amount: float, measure: str) -> str:
    amount_unit = {"investment": "yuan", "growth": "percent"}[measure]
    return (
        f'value = {value}\nunit = "{unit}"\nquantity = {{ written = "{written}", qualifier = "exact",'
        f' amount = {amount}, amount_unit = "{amount_unit}" }}\n' + statement(measure)
    )


@pytest.fixture
def investments(tmp_path: Path) -> Path:
    """Two investments in yuan (a chart, one id longer than a 60-column claim) and a growth rate."""
    facts = (
        fact_toml(
            "smic-chevron-lng-projects-under-construction",
            zh="在建项目总投资640亿元。",
            en="Projects under construction have a total investment of 64 billion yuan.",
            quote="总投资640亿元",
        )
        + _quantity("640亿元", 640, "亿元", 64e9, "investment")
        + fact_toml(
            "xusheng",
            zh="旭升总部基地总投资66亿元。",
            en="The Xusheng headquarters base has a total investment of 6.6 billion yuan.",
            quote="总投资66亿元",
        )
        + _quantity("66亿元", 66, "亿元", 6.6e9, "investment")
        + fact_toml("growth", zh="北仑增长7.5%。", en="Beilun grew by 7.5%.", quote="增长7.5%")
        + _quantity("7.5%", 7.5, "%", 7.5, "growth")
        + BEILUN
    )
    paragraphs = ("在建项目总投资640亿元。", "旭升总部基地总投资66亿元。", "北仑增长7.5%。")
    return write_base(tmp_path / "investments", facts, paragraphs)


def test_a_chart_compares_figures_of_one_measure_and_a_lone_figure_is_a_row(investments: Path) -> None:
    result = run(["--facts", str(investments), "figures", "--format", "table"], env={"COLUMNS": "80"})
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "total investment · yuan\n"
        " figure                id · claim\n"
        "640亿元  ████████████  smic-chevron-lng-projects-under-construction\n"
        "                       Projects under construction have a total investment of\n"
        "                       64 billion yuan.\n"  # never a number apart from its unit
        " 66亿元  █▎            xusheng\n"
        "                       The Xusheng headquarters base has a total investment of\n"
        "                       6.6 billion yuan.\n"
        "\n"
        "economy · other figures\n"  # short ids: a column of their own
        "figure  id      claim\n"
        "  7.5%  growth  Beilun grew by 7.5%.\n"
    )


def test_an_id_too_wide_for_the_claim_column_stands_whole_on_its_own_line(investments: Path) -> None:
    result = run(["--facts", str(investments), "figures", "--format", "table"], env={"COLUMNS": "60"})
    assert result.stdout.split("\n\n")[0] == (
        "total investment · yuan\n"
        "smic-chevron-lng-projects-under-construction\n"
        "640亿元  ████████  Projects under construction have a total\n"
        "                   investment of 64 billion yuan.\n"
        "xusheng\n"
        " 66亿元  ▉         The Xusheng headquarters base has a total\n"
        "                   investment of 6.6 billion yuan."
    )


BAR_CELLS = set("█▏▎▍▌▋▊▉")


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_every_chart_fits_the_width_keeps_ids_whole_and_charts_two_figures_or_more(columns: int) -> None:
    from rich.cells import cell_len

    result = run(["figures", "--format", "table"], env={"COLUMNS": str(columns)})
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    ids = [fact["id"] for fact in json.loads(run(["figures", "--json"]).stdout)]
    words = {word for line in lines for word in line.split()}
    assert [ident for ident in ids if ident not in words] == []
    for section in result.stdout.rstrip("\n").split("\n\n"):
        title, *rows = section.splitlines()
        shown = [ident for ident in ids if ident in section.split()]
        if title.endswith("· other figures"):
            assert not set(section) & BAR_CELLS, title
        else:  # one bar per figure, and never a chart of one
            assert len(shown) >= 2 and sum(bool(set(row) & BAR_CELLS) for row in rows) == len(shown), title


def test_units_that_measure_different_things_are_charted_apart() -> None:
    facts = {fact["id"]: fact["quantity"] for fact in json.loads(run(["figures", "--json"]).stdout)}
    units = {
        "weike-tax-per-mu": "yuan-per-mu",  # 亩均税收可达147万元
        "xuelong-clutch-fan-project": "sets-per-year",  # 年产20万套
        "huashuo-auto-parts-project": "sets-per-year",  # 年产100万套
        "caption-womens-volleyball-olympic-ticket": "matches",  # 三战全胜
        "tribute-to-prc-70th-anniversary": "anniversary",  # 新中国成立70周年
        "red-education-visitors-100k": "person-times-per-year",  # 年均接待…近10万人次
        "dandelion-1500-sessions-a-year": "talks-per-year",  # 年均…1500场以上
        "dandelion-50-people-scale": "people-per-talk",  # 50人规模以上 (each talk)
    }
    assert {ident: facts[ident]["amount_unit"] for ident in units} == units


def test_chart_titles_are_bold_never_coloured(investments: Path) -> None:
    env = {"COLUMNS": "80", "CLICOLOR_FORCE": "1"}
    result = run(["--facts", str(investments), "figures", "--format", "table"], env=env)
    assert result.stdout.startswith("\x1b[1mtotal investment · yuan\x1b[0m\n")
    assert "\x1b[3" not in result.stdout  # no foreground colour: readable on light and dark


def test_nothing_to_chart_names_the_topic_or_the_base(base: Path) -> None:
    for fmt in ("json", "tsv", "table"):
        with_topic = run(["--facts", str(base), "figures", "--topic", "economy", "--format", fmt])
        assert (with_topic.exit_code, with_topic.stderr) == (1, "beilun: no figures for topic 'economy'\n")
        without = run(["--facts", str(base), "figures", "--format", fmt])
        assert (without.exit_code, without.stderr) == (1, "beilun: this fact base holds no figures\n")
        assert without.stdout == ("[]\n" if fmt == "json" else "")
