"""--color auto|always|never on every command, and NO_COLOR and CLICOLOR_FORCE under auto."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import on_a_terminal, run

from beilun_cli.cli.output.environment import Environment

SHOW = ["show", "growth", "--format", "table", "--fields", "id,topic"]
STYLED = "\x1b[1mid\x1b[0m     growth\n\x1b[1mtopic\x1b[0m  economy\n"
PLAIN = "id     growth\ntopic  economy\n"


@pytest.mark.parametrize(
    ("args", "variables", "shown"),
    [
        ([*SHOW, "--color", "always"], {}, STYLED),
        (["--color", "always", *SHOW], {"NO_COLOR": "1"}, STYLED),  # before the command too
        ([*SHOW, "--color=always"], {}, STYLED),
        (SHOW, {"CLICOLOR_FORCE": "1"}, STYLED),
        (SHOW, {}, PLAIN),  # a pipe: auto is no styles
        ([*SHOW, "--color", "never"], {"CLICOLOR_FORCE": "1"}, PLAIN),
        ([*SHOW, "--color", "auto"], {}, PLAIN),
    ],
)
def test_color_in_a_pipe(base: Path, args: list[str], variables: dict[str, str], shown: str) -> None:
    result = run(["--facts", str(base), *args], env={"NO_COLOR": None, "CLICOLOR_FORCE": None, **variables})
    assert (result.exit_code, result.stdout, result.stderr) == (0, shown, "")


@pytest.mark.parametrize(("color", "shown"), [([], STYLED), (["--color", "never"], PLAIN)])
def test_color_on_a_terminal(base: Path, color: list[str], shown: str) -> None:
    assert run(["--facts", str(base), "list", "--json"]).exit_code == 0  # the index built: no progress bar
    assert on_a_terminal(["--facts", str(base), *SHOW, *color]) == (0, shown)


def test_an_unknown_color_is_a_usage_error(base: Path) -> None:
    result = run(["--facts", str(base), "list", "--color", "sometimes"])
    assert result.exit_code == 2
    assert "Invalid value for '--color': 'sometimes' is not one of auto, always, never" in result.stderr


@pytest.mark.parametrize(
    ("color", "variables", "decided"),
    [
        ("auto", {}, (False, False, False)),
        ("auto", {"NO_COLOR": "1"}, (False, True, False)),
        ("auto", {"CLICOLOR_FORCE": "1"}, (True, False, False)),
        ("auto", {"CLICOLOR_FORCE": "0"}, (False, False, False)),
        ("always", {"NO_COLOR": "1"}, (True, False, False)),
        ("never", {"CLICOLOR_FORCE": "1"}, (False, False, True)),
    ],
)
def test_color_overrules_the_variables_and_auto_follows_them(
    color: str, variables: dict[str, str], decided: tuple[bool, bool, bool]
) -> None:
    env = Environment.from_process(variables, color=color)
    assert (env.force_color, env.no_color, env.plain) == decided


JSON_ARGS = ["show", "growth", "--json", "--fields", "id,value,unit"]
COLOURED_JSON = (
    '{\n  \x1b[1;34m"id"\x1b[0m: \x1b[32m"growth"\x1b[0m,\n'
    '  \x1b[1;34m"value"\x1b[0m: \x1b[1;30mnull\x1b[0m,\n'
    '  \x1b[1;34m"unit"\x1b[0m: \x1b[1;30mnull\x1b[0m\n}\n'
)
PLAIN_JSON = '{\n  "id": "growth",\n  "value": null,\n  "unit": null\n}\n'


@pytest.mark.parametrize(
    ("args", "variables", "shown"),
    [
        (JSON_ARGS, {}, COLOURED_JSON),  # a terminal: keys, strings and null coloured as jq does
        (JSON_ARGS, {"NO_COLOR": "1"}, PLAIN_JSON),
        ([*JSON_ARGS, "--color", "never"], {}, PLAIN_JSON),
    ],
)
def test_json_is_coloured_on_a_terminal(
    base: Path, args: list[str], variables: dict[str, str], shown: str
) -> None:
    run(["--facts", str(base), "topics"])  # the index built: no progress bar
    status, screen = on_a_terminal(["--facts", str(base), *args], variables=variables)
    assert (status, screen) == (0, shown)


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (JSON_ARGS, PLAIN_JSON),  # a pipe: plain
        ([*JSON_ARGS, "--color", "always"], COLOURED_JSON),
        (
            ["list", "--format", "jsonl", "--fields", "id", "--color", "always"],
            '{\x1b[1;34m"id"\x1b[0m:\x1b[32m"growth"\x1b[0m}\n',
        ),
    ],
)
def test_json_in_a_pipe_is_plain_unless_colour_is_forced(base: Path, args: list[str], shown: str) -> None:
    result = run(["--facts", str(base), *args], env={"NO_COLOR": None, "CLICOLOR_FORCE": None})
    assert (result.exit_code, result.stdout) == (0, shown)
