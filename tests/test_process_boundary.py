"""The installed beilun in odd environments: locales that are not UTF-8, arguments that are not
text, a full disk under help, a nonsense terminal width. Never exit 70, never a lost answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import installed_script

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locales and devices")


def beilun(args: Sequence[str | bytes], **env: str) -> subprocess.CompletedProcess[bytes]:
    """The installed script on the shipped base, with `env` over this process's environment."""
    variables = {k: v for k, v in os.environ.items() if k not in ("BEILUN_DEBUG", "BEILUN_FACTS", "COLUMNS")}
    return subprocess.run(
        [installed_script(), *args], capture_output=True, env={**variables, **env}, timeout=120
    )


def test_stdout_is_utf8_whatever_pythonioencoding_says() -> None:
    expected = beilun(["show", "gdp-2018", "--json"])
    result = beilun(["show", "gdp-2018", "--json"], PYTHONIOENCODING="ascii")
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout, b"")
    assert "北仑" in json.loads(result.stdout.decode("utf-8"))["quote"]


def test_a_c_locale_without_utf8_mode_still_reads_and_writes_chinese() -> None:
    expected = beilun(["search", "森林覆盖率", "--limit", "2", "--json"])
    assert expected.returncode == 0 and len(json.loads(expected.stdout)) == 2
    result = beilun(["search", "森林覆盖率", "--limit", "2", "--json"], LC_ALL="C", PYTHONUTF8="0")
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout, b"")


@pytest.mark.parametrize(
    ("args", "status", "said"),
    [
        ([b"show", b"\xff"], 1, b"beilun: no fact with id '\\udcff'\n"),
        ([b"entities", b"\xff"], 1, b"beilun: no entity named '\\udcff'\n"),
        ([b"list", b"--entity", b"\xff"], 1, b"beilun: no entity named '\\udcff'\n"),
        ([b"list", b"--unit", b"\xff"], 1, b"beilun: no fact matches these filters\n"),
        ([b"search", b"gdp\xff"], 0, b""),
    ],
    ids=["show", "entities", "--entity", "--unit", "search"],
)
def test_arguments_that_are_not_utf8_are_not_found_never_a_crash(
    args: list[bytes], status: int, said: bytes
) -> None:
    result = beilun([*args, b"--json"])
    assert (result.returncode, result.stderr) == (status, said)


def test_a_path_that_is_not_utf8_is_echoed_escaped_and_stdout_stays_utf8() -> None:
    result = beilun([b"validate", b"/nowhere/\xff", b"--json"])
    assert result.returncode == 3
    assert json.loads(result.stdout.decode("utf-8"))["path"] == "/nowhere/\udcff"
    assert result.stderr == b"beilun: 1 problem(s) in /nowhere/\\udcff\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["show", "--help"]])
def test_help_and_version_to_a_full_disk_exit_74(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([installed_script(), *args], stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert (result.returncode, result.stderr) == (
        74,
        b"beilun: cannot write output: No space left on device\n",
    )


@pytest.mark.parametrize("columns", ["0", "-3", "wide"])
def test_a_nonsense_columns_is_as_if_unset(columns: str) -> None:
    expected = beilun(["topics", "--format", "table"])
    result = beilun(["topics", "--format", "table"], COLUMNS=columns)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout, b"")
    assert b"economy" in result.stdout
