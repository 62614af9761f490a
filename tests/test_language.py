"""One language rule for every command: --lang, else BEILUN_LANG, else the config file's lang,
else the language of what the user typed, else the command's default; messages follow it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import installed_script, on_a_terminal

INVESTMENT_ZH = (
    "北仑引进的投资总额20亿元以上的项目(普芮玛投资总部、禹洲集团、铭泰方程时空港等)投资总额超过500亿元。"
)
INVESTMENT_EN = (
    "The attracted projects of 2 billion yuan or more each (Puruima investment headquarters, Yuzhou Group,"
    " Mingtai Fangcheng Shikonggang and others) have a combined total investment of over 50 billion yuan."
)
TOP_HIT = "introduced-projects-total-over-50bn"


def piped(args: list[str], variables: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed script with stdout and stderr in pipes, the user's standing choices unset."""
    env = {key: value for key, value in os.environ.items() if key not in ("BEILUN_LANG", "BEILUN_DEBUG")}
    env.update(variables or {})
    return subprocess.run(
        [installed_script(), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def config(tmp_path: Path, text: str) -> dict[str, str]:
    """The variables that point beilun at a config file holding `text`."""
    folder = tmp_path / "config" / "beilun"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")
    return {"XDG_CONFIG_HOME": str(tmp_path / "config")}


@pytest.mark.parametrize(
    ("args", "variables", "claim"),
    [
        (["search", "投资"], {}, INVESTMENT_ZH),  # the query's language
        (["search", "investment"], {}, INVESTMENT_EN),
        (["search", "投资"], {"BEILUN_LANG": "en"}, INVESTMENT_EN),  # the environment beats the rule
        (["search", "投资", "--lang", "zh"], {"BEILUN_LANG": "en"}, INVESTMENT_ZH),  # the flag beats it
    ],
)
def test_search_answers_in_the_language_asked(args: list[str], variables: dict[str, str], claim: str) -> None:
    result = piped([*args, "-n", "1", "--fields", "id,claim"], variables)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{TOP_HIT}\t{claim}\n", "")


def test_the_config_file_sets_a_default_below_the_environment(tmp_path: Path) -> None:
    variables = config(tmp_path, 'lang = "zh"\n')
    shown = piped(["search", "investment", "-n", "1", "--fields", "claim"], variables)
    assert (shown.returncode, shown.stdout) == (0, INVESTMENT_ZH + "\n")
    overruled = piped(
        ["search", "investment", "-n", "1", "--fields", "claim"], {**variables, "BEILUN_LANG": "en"}
    )
    assert overruled.stdout == INVESTMENT_EN + "\n"


def test_names_typed_in_chinese_give_chinese_claims() -> None:
    fact = "smic-chevron-lng-projects-under-construction"
    zh = "总投资640亿元的中芯国际N2、雪佛龙、LNG二期等在建项目也在稳步推进。"
    for args in (["list", "--entity", "中芯国际"], ["entities", "中芯国际"]):
        result = piped([*args, "--fields", "id,claim"])
        assert (result.returncode, result.stdout.splitlines()[0]) == (0, f"{fact}\t{zh}")
    english = piped(["list", "--entity", "SMIC", "--fields", "claim", "-n", "1"])
    assert english.stdout == (
        "Projects under construction such as SMIC N2, the Chevron project and LNG Phase II, with a"
        " combined total investment of 64 billion yuan, are advancing steadily.\n"
    )


def test_commands_with_nothing_typed_keep_their_default() -> None:
    topics = piped(["topics", "--fields", "id,name"])
    assert topics.stdout.splitlines()[0] == "overview\t区情概况\tOverview"  # both names, as documented
    timeline = piped(["timeline", "-n", "1", "--fields", "claim"])
    assert timeline.stdout.startswith("The 70 eventful years")  # English


def test_a_chinese_name_gets_chinese_messages_and_suggestions() -> None:
    result = piped(["list", "--topic", "经济"])
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines()[1:] == ["提示：您是不是要找：经济总量、数字经济？"]
    assert result.stderr.startswith("beilun: 没有主题“经济”；现有主题：culture, digital,")
    english = piped(["list", "--topic", "econ"])
    assert english.stderr.splitlines()[1:] == ["hint: did you mean: economy, Digital economy?"]
    measure = piped(["figures", "--measure", "森林"])
    assert (measure.returncode, measure.stderr.splitlines()[-1]) == (2, "提示：您是不是要找：森林覆盖率？")


def test_chinese_on_a_terminal() -> None:
    piped(["topics"])  # the index built, so no progress bar is drawn
    status, screen = on_a_terminal(["entities", "胡朝霞", "--fields", "id,claim", "--format", "tsv"])
    assert (status, screen.splitlines()[0]) == (
        0,
        "hu-zhaoxia-police-mum\t“警察妈妈”胡朝霞是北仑涌现出的爱心人士之一。",
    )
    status, screen = on_a_terminal(["list", "--year", "1985", "--entity", "没有这个"])
    assert (status, screen) == (1, "beilun: 没有名为“没有这个”的实体\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('lang = "fr"\n', "lang: 'fr' is not one of zh, en, both"),
        ('colour = "never"\n', "unknown setting 'colour'; settings are: lang, color, pager, facts"),
        ("lang = 1\n", "lang must be a string"),
    ],
)
def test_a_wrong_config_is_a_usage_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    variables = config(tmp_path, text)
    result = piped(["topics"], variables)
    path = Path(variables["XDG_CONFIG_HOME"]) / "beilun" / "config.toml"
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"beilun: {path}: {message}\n")


def test_a_wrong_beilun_lang_is_a_usage_error() -> None:
    result = piped(["topics"], {"BEILUN_LANG": "fr"})
    assert (result.returncode, result.stderr) == (2, "beilun: BEILUN_LANG: 'fr' is not one of zh, en, both\n")


def test_the_config_file_sets_colour_pager_and_fact_base(tmp_path: Path) -> None:
    from conftest import write_base

    base = write_base(tmp_path / "mine")
    variables = config(tmp_path, f'color = "always"\nfacts = "{base}"\npager = "cat"\n')
    result = piped(["list", "--fields", "id", "--format", "table"], variables)
    assert result.stdout.startswith("\x1b[")  # coloured into a pipe, as --color always
    assert "growth" in result.stdout  # the config's base, not the shipped one
    plain = piped(["list", "--fields", "id", "--format", "table"], {**variables, "NO_COLOR": "1"})
    assert "\x1b[3" not in plain.stdout  # NO_COLOR beats the config's color


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (
            ["search", "巴黎铁塔"],
            "beilun: 没有事实匹配“巴黎铁塔”：没有一条包含这个词（巴黎铁塔）或意思相同的词\n"
            "提示：换些词试试（中文或英文均可），或用 'beilun topics' 看看事实涵盖哪些主题\n",
        ),
        (
            ["search", "投资", "--year", "1900"],
            "beilun: 有 13 条事实匹配“投资”，但没有一条符合筛选条件\n"
            "提示：去掉一个筛选条件，或用相同条件看看 'beilun list'\n",
        ),
        (
            ["search", "investment", "--year", "1900"],
            "beilun: 13 facts match 'investment', but none passes the filters\n"
            "hint: drop a filter, or see 'beilun list' with the same filters\n",
        ),
        (["list", "--topic", "经济总量", "--year", "1900"], "beilun: 没有符合这些条件的事实\n"),
        (["list", "--topic", "economy", "--year", "1900"], "beilun: no fact matches these filters\n"),
    ],
)
def test_no_match_is_said_in_the_language_of_the_query(args: list[str], stderr: str) -> None:
    result = piped(args)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", stderr)
