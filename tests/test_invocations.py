"""Odd invocations: each is exit 2 with a message, and a bug inside beilun is exit 70, one line."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import NoReturn

import pytest
from conftest import run
from typer.main import get_command

from beilun_cli.cli import app as cli
from beilun_cli.store import catalog

FIELDS = "id, topic, claim, quote, value, unit, quantity, measure, subject, as_of, entities, tags, source"
DEBUG_HINT = "hint: this is a bug in beilun; rerun with BEILUN_DEBUG=1 to see the traceback\n"


def has_command(name: str) -> bool:
    return name in getattr(get_command(cli.app), "commands", {})


needs_search = pytest.mark.skipif(not has_command("search"), reason="'beilun search' is not registered yet")


def test_an_unknown_command(base: Path) -> None:
    result = run(["--facts", str(base), "frobnicate"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (  # no command's name: a query, maybe
        "beilun: no command 'frobnicate'\n"
        "hint: to look it up, try: beilun search frobnicate  or  beilun ask frobnicate\n"
    )


def test_an_unknown_topic_lists_the_valid_ones(base: Path) -> None:
    result = run(["--facts", str(base), "list", "--topic", "nope"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "beilun: unknown topic 'nope'; topics are: economy, urban\n"


def test_a_near_miss_topic_gets_a_suggestion(base: Path) -> None:
    result = run(["--facts", str(base), "list", "--topic", "econmy"])
    assert result.exit_code == 2
    assert result.stderr.endswith("hint: did you mean: economy?\n")


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (
            ["list", "--limit", "-3"],
            "Invalid value for '--limit' / '-n': -3 is not in the range x>=0.",
        ),
        (["list", "--limit", "abc"], "Invalid value for '--limit' / '-n': 'abc' is not a valid int range."),
        (
            ["list", "--year", "99999"],
            "Invalid value for '--year': 99999 is not in the range 1000<=x<=9999.",
        ),
        (
            ["list", "--year", "-1"],
            "Invalid value for '--year': -1 is not in the range 1000<=x<=9999.",
        ),
        (["list", "--min", "abc"], "Invalid value for '--min'"),
        (["list", "--min", "nan"], "Invalid value for '--min': must be a finite number"),
        (["list", "--max", "1e309"], "Invalid value for '--max': must be a finite number"),
        (["show"], "Missing argument 'ID'."),
        (["--facts"], "Option '--facts' requires an argument."),
    ],
)
def test_typer_usage_errors_stay_exit_2(base: Path, args: list[str], complaint: str) -> None:
    result = run(["--facts", str(base), *args] if args != ["--facts"] else args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert f"Error: {complaint}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not has_command("timeline"), reason="no timeline command")
def test_an_absurd_year_in_a_timeline(base: Path) -> None:
    result = run(["--facts", str(base), "timeline", "--from", "99999"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Invalid value for '--from': '99999' is not a year or a year-month" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--fields", "id,nope"], f"unknown field: nope; fields are: {FIELDS}"),
        (["list", "--fields", ","], f"unknown field: (none given); fields are: {FIELDS}"),
        (
            ["list", "--format", "xml"],
            "unknown format 'xml'; formats are: table, tsv, csv, excel, json, jsonl, md",
        ),
        (
            ["export", "--format", "xml"],
            "unknown format 'xml'; formats are: json, jsonl, csv, excel, tsv, sqlite",
        ),
        (["show", "growth", "--lang", "fr"], "unknown language 'fr'; languages are: zh, en, both"),
        (["list", "--json", "--format", "csv"], "--json conflicts with --format csv"),
    ],
)
def test_beilun_usage_errors_are_exit_2_with_one_line(base: Path, args: list[str], message: str) -> None:
    result = run(["--facts", str(base), *args])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"beilun: {message}\n")


def test_no_arguments_shows_help_on_stderr() -> None:
    result = run([])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("Usage: beilun [OPTIONS] COMMAND [ARGS]...")


@needs_search
def test_an_empty_query_is_exit_2(base: Path) -> None:
    for query_text in ("", "   "):
        result = run(["--facts", str(base), "search", query_text])
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr.startswith("beilun: ")
        assert len(result.stderr.splitlines()) <= 2


@needs_search
def test_a_200000_character_query_answers_promptly() -> None:
    # Linux refuses a single argv string over 128 KiB, so the child builds the query itself;
    # the generous timeout catches a hang or a quadratic blow-up without a timing assertion.
    program = (
        "import sys\nfrom beilun_cli.cli.process import main\n"
        "sys.argv = ['beilun', 'search', '北仑x' * 66_667]\nmain()\n"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, encoding="utf-8", timeout=10
    )
    elapsed = time.perf_counter() - started
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    print(f"200,000-character query answered in {elapsed:.2f}s (process start included)")


# --- the error boundary: anything unexpected inside beilun ----------------------------------


def explode(*args: object, **kwargs: object) -> NoReturn:
    secret = "hunter2"  # a local variable that must never reach the screen
    raise RuntimeError(f"boom after {len(secret)} tries")


def test_an_internal_error_is_one_line_and_exit_70(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog.Catalog, "topics", explode)
    result = run(["--facts", str(base), "topics"])
    assert (result.exit_code, result.stdout) == (70, "")
    assert result.stderr == f"beilun: internal error: RuntimeError: boom after 7 tries\n{DEBUG_HINT}"
    assert "hunter2" not in result.stderr and "Traceback" not in result.stderr


def test_an_internal_error_message_stays_short(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def long_error(*args: object) -> NoReturn:
        raise RuntimeError("北仑\n" * 100_000)

    monkeypatch.setattr(catalog.Catalog, "topics", long_error)
    result = run(["--facts", str(base), "topics"])
    assert result.exit_code == 70
    first, hint = result.stderr.splitlines()
    assert first.startswith("beilun: internal error: RuntimeError: 北仑␊北仑␊") and first.endswith("…")
    assert len(first) < 300 and hint + "\n" == DEBUG_HINT


def test_beilun_debug_shows_the_traceback(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog.Catalog, "topics", explode)
    result = run(["--facts", str(base), "topics"], env={"BEILUN_DEBUG": "1"})
    assert result.exit_code == 70
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.endswith("RuntimeError: boom after 7 tries\n")
