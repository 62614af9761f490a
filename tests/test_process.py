"""The console script's own start and end: exit statuses, and output flushed before a quick exit."""

from __future__ import annotations

import pytest

from beilun_cli.launch import exit_status


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
