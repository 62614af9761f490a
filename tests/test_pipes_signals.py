"""The installed beilun in pipes that close early, on full disks, and under Ctrl-C.

beilun writes no files of its own (output goes to stdout; redirection is the shell's business),
so "no half-written file" is checked as: the working directory is untouched after an interrupt.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import fact_toml, write_base

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and signals")

FACTS = 4000  # about 1.5 MB of JSON: far more than a pipe buffer holds


def entry_point() -> list[str]:
    found = shutil.which("beilun", path=os.path.dirname(sys.executable)) or shutil.which("beilun")
    return [found] if found else [sys.executable, "-m", "beilun_cli"]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    facts = "".join(fact_toml(f"fact-{n}", en=f"Beilun grew by 5% (fact {n}).") for n in range(FACTS))
    return write_base(tmp_path_factory.mktemp("big") / "base", facts)


def start(big: Path, *args: str, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_DEBUG"}
    env["XDG_CACHE_HOME"] = str(big.parent / "cache")  # whatever beilun caches stays in tmp
    return subprocess.Popen(
        [*entry_point(), "--facts", str(big), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
    )


OUTPUTS = [
    ["export", "--format", "jsonl"],
    ["export"],
    ["export", "--format", "csv"],
    ["list"],
    ["list", "--format", "table"],
]


@pytest.mark.parametrize("args", OUTPUTS, ids=" ".join)
def test_a_reader_that_stops_after_one_line_ends_it_quietly(big: Path, args: list[str]) -> None:
    process = start(big, *args)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read()
    assert (process.wait(timeout=60), error) == (0, b"")


@pytest.mark.parametrize("args", OUTPUTS, ids=" ".join)
def test_a_reader_gone_before_the_first_byte_ends_it_quietly(big: Path, args: list[str]) -> None:
    process = start(big, *args)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    error = process.stderr.read()
    assert (process.wait(timeout=60), error) == (0, b"")


@pytest.mark.skipif(
    shutil.which("head") is None or not Path("/bin/bash").exists(), reason="needs head and bash"
)
def test_head_in_a_shell_pipeline(big: Path) -> None:
    command = shlex.join([*entry_point(), "--facts", str(big), "list", "--format", "table"])
    result = subprocess.run(
        f"set -o pipefail; {command} | head -n 2",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert len(result.stdout.splitlines()) == 2


def test_ctrl_c_during_a_long_export_exits_130_without_a_traceback(big: Path, tmp_path: Path) -> None:
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    process = start(big, "export", cwd=workdir)
    assert process.stdout is not None
    # Once the first byte arrives the base is loaded and the export is being written; we stop
    # reading, so the pipe fills and beilun is still mid-export when Ctrl-C arrives.
    assert process.stdout.read(1) == b"["
    process.send_signal(signal.SIGINT)
    # Still not reading, as a pager at its prompt does not: beilun must not wait for us.
    assert process.wait(timeout=60) == 130
    out, error = process.communicate(timeout=60)
    assert error == b"beilun: interrupted\n"
    assert len(out) < FACTS * 300  # it really stopped part-way
    assert list(workdir.iterdir()) == []  # no file of its own, half-written or otherwise


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_an_error_never_a_silent_success(big: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [*entry_point(), "--facts", str(big), "export"], stdout=full, stderr=subprocess.PIPE, timeout=60
        )
    assert result.returncode == 74
    assert result.stderr == b"beilun: cannot write output: No space left on device\n"


def test_a_closed_stdout_is_an_error(big: Path) -> None:
    command = shlex.join([*entry_point(), "--facts", str(big), "topics"])
    result = subprocess.run(f"{command} >&-", shell=True, capture_output=True, timeout=60)
    assert result.returncode == 74
    assert result.stderr == b"beilun: cannot write output: standard output is closed\n"


def test_a_closed_stderr_keeps_the_exit_code(tmp_path: Path) -> None:
    command = shlex.join([*entry_point(), "--facts", str(tmp_path / "nowhere"), "list"])
    result = subprocess.run(f"{command} 2>&-", shell=True, capture_output=True, timeout=60)
    assert (result.returncode, result.stdout) == (3, b"")


def test_ctrl_c_while_starting_up_is_quiet_too() -> None:
    # The console script's first handler, before Typer is imported: no traceback, exit 130.
    code = (
        "import os, signal, time\n"
        "from beilun_cli.cli import process\n"
        "signal.signal(signal.SIGINT, process._interrupted_while_starting)\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "time.sleep(10)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (130, b"", b"beilun: interrupted\n")
