"""The process boundary: exit statuses, errors caught outside any command, and output flushed
before a quick exit."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from typing import NoReturn

import pytest

from beilun_cli.cli import app as cli
from beilun_cli.cli import process
from beilun_cli.cli.process import exit_status

DEBUG_HINT = "hint: this is a bug in beilun; rerun with BEILUN_DEBUG=1 to see the traceback\n"


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (3, 3), (130, 130)])
def test_exit_status_is_what_sys_exit_would_give(code: object, status: int) -> None:
    assert exit_status(code) == status


def test_a_message_exits_1_and_is_written_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_status("beilun: gone") == 1
    assert capsys.readouterr() == ("", "beilun: gone\n")


def test_pending_output_is_flushed(capsys: pytest.CaptureFixture[str]) -> None:
    print("answer", end="")
    assert exit_status(0) == 0
    assert capsys.readouterr().out == "answer"


def explode(*args: object, **kwargs: object) -> NoReturn:
    secret = "hunter2"  # a local variable that must never reach the screen
    raise RuntimeError(f"boom after {len(secret)} tries")


@pytest.fixture
def sigint_restored() -> Iterator[None]:
    """run() installs its own SIGINT handlers: give pytest its own back."""
    saved = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, saved)


@pytest.mark.usefixtures("sigint_restored")
def test_run_catches_what_escapes_the_app(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "build_app", explode)  # an error outside any command, e.g. while building one
    assert process.run() == 70
    captured = capsys.readouterr()
    assert captured.err == f"beilun: internal error: RuntimeError: boom after 7 tries\n{DEBUG_HINT}"
    assert captured.out == ""
