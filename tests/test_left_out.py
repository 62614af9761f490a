"""What a call leaves out is said: a limit that cuts results is noted on a terminal, a repeated
filter is combined or refused, never dropped."""

from __future__ import annotations

import subprocess

import pytest
from conftest import installed_script, on_a_terminal

# The best two of each query.
TOP_TWO = {
    "投资": ["introduced-projects-total-over-50bn", "xusheng-hq-major-projects-started"],
    "investment": ["introduced-projects-total-over-50bn", "expansion-symposium-total-investment"],
}


def piped(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed_script(), *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("投资", "显示了 13 条中的 2 条——--limit 0 显示全部"),
        ("investment", "2 of 13 shown — --limit 0 for all"),
    ],
)
def test_a_cut_search_says_so_on_a_terminal_after_the_results(query: str, note: str) -> None:
    piped(["topics"])  # the index built beforehand: no progress bar on the terminal
    status, screen = on_a_terminal(["search", query, "-n", "2", "--fields", "id", "--format", "tsv"])
    assert (status, screen) == (0, "\n".join([*TOP_TWO[query], note]) + "\n")


def test_a_cut_listing_says_so_on_a_terminal_and_not_in_a_pipe() -> None:
    piped(["topics"])
    status, screen = on_a_terminal(
        ["list", "--topic", "economy", "-n", "1", "--fields", "id", "--format", "tsv"]
    )
    assert (status, screen) == (0, "economic-output-share-of-ningbo\n1 of 6 shown — --limit 0 for all\n")
    status, screen = on_a_terminal(
        ["timeline", "--topic", "经济总量", "-n", "1", "--fields", "id", "--format", "tsv"]
    )
    assert (status, screen) == (0, "gdp-2018\n显示了 5 条中的 1 条——--limit 0 显示全部\n")
    # All of them shown, or no limit: nothing to say.
    status, screen = on_a_terminal(
        ["list", "--topic", "economy", "-n", "6", "--fields", "id", "--format", "tsv"]
    )
    assert (status, screen.count("\n"), "shown" in screen) == (0, 6, False)
    # In a pipe, as gh: the script gets what it asked for, and stderr stays quiet.
    result = piped(["list", "--topic", "economy", "-n", "1", "--fields", "id"])
    assert (result.returncode, result.stdout, result.stderr) == (0, "economic-output-share-of-ningbo\n", "")


def test_a_repeated_topic_means_either() -> None:
    result = piped(["list", "--topic", "economy", "--topic", "生态环境", "--fields", "topic"])
    assert result.returncode == 0
    assert sorted(set(result.stdout.split())) == ["ecology", "economy"]
    assert result.stdout.split().count("economy") == 6


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["list", "--unit", "亿元", "--unit", "万元"], "--unit"),
        (["search", "投资", "-n", "2", "--limit", "3"], "--limit"),
        (["list", "--entity", "SMIC", "-e", "Beilun"], "--entity"),
        (["timeline", "--from", "2018", "--from", "2019"], "--from"),
        (["figures", "--measure", "gdp", "-m", "area"], "--measure"),
        (["entities", "--kind", "person", "--kind", "award"], "--kind"),
        (["show", "gdp-2018", "--lang", "zh", "--lang", "en"], "--lang"),
    ],
)
def test_an_option_of_one_value_given_twice_is_refused(args: list[str], option: str) -> None:
    result = piped(args)
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        f"beilun: {option} given more than once: give it once\n",
    )
