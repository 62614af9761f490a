"""export -o: output files written as trusted tools write them (docs/output.md, "Output files").

Devices are never the real /dev nodes: a character device made with mknod in tmp_path (root only)
is the same driver as /dev/full or /dev/null, and a FIFO stands for any other non-regular file.
A read-only or full filesystem is a private mount (`unshare -m`, root only), gone with the process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from conftest import fact_toml, installed_script, run, write_base

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files")

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="mknod, chown and mounts need root")


def exported(*args: str) -> str:
    """What `beilun export ARGS` prints on stdout."""
    result = run(["export", *args])
    assert (result.exit_code, result.stderr) == (0, "")
    return result.stdout


def beilun(*args: str) -> subprocess.CompletedProcess[bytes]:
    """The installed script, its output captured, without BEILUN_DEBUG."""
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_DEBUG"}
    return subprocess.run([installed_script(), *args], capture_output=True, env=env, timeout=120, check=False)


def a_dead_pid() -> int:
    """The number of a process that has ended (and, moments later, is not yet reused)."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


# Non-regular targets: written in place, never replaced.


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        result = run(["export", "-o", str(fifo)])
        received, _ = reader.communicate(timeout=30)
    finally:
        reader.kill()
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert received.decode("utf-8") == exported()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@as_root
def test_a_full_device_is_exit_74_with_its_path_and_stays_a_device(tmp_path: Path) -> None:
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # what /dev/full is
    result = run(["export", "-o", str(full)])
    assert (result.exit_code, result.stdout) == (74, "")
    assert result.stderr == f"beilun: cannot write {full}: No space left on device\n"
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["full"]


@as_root
@pytest.mark.parametrize("fmt", ["json", "sqlite"])
def test_a_null_device_stays_a_device(tmp_path: Path, fmt: str) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    result = run(["export", "--format", fmt, "-o", str(null)])
    if fmt == "sqlite":  # SQLite writes a file it can seek in: a device is refused
        assert result.exit_code == 2
        assert result.stderr == f"beilun: cannot write {null}: a SQLite database needs a regular file\n"
    else:
        assert (result.exit_code, result.stderr) == (0, "")
    assert os.lstat(null).st_rdev == os.makedev(1, 3) and stat.S_ISCHR(os.lstat(null).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def test_standard_output_by_its_proc_name_and_by_a_link_to_it(tmp_path: Path) -> None:
    # /proc/self/fd/1 is what /dev/stdout points to, without touching /dev.
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    for target in ("/proc/self/fd/1", str(link)):
        result = beilun("export", "--format", "jsonl", "-o", target)
        assert (result.returncode, result.stderr) == (0, b"")
        assert result.stdout.decode("utf-8") == exported("--format", "jsonl")
    assert link.is_symlink() and [p.name for p in tmp_path.iterdir()] == ["stdout"]


def test_a_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["export", "--format", "csv", "-o", "-"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == exported("--format", "csv")
    assert list(tmp_path.iterdir()) == []


# Links: the user's own are written through; nobody's link is replaced by a file.


def test_your_own_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    real = tmp_path / "exports" / "2024.json"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    latest = tmp_path / "latest.json"
    latest.symlink_to("exports/2024.json")
    assert run(["export", "-o", str(latest)]).exit_code == 0
    assert os.readlink(latest) == "exports/2024.json"
    assert real.read_text(encoding="utf-8") == exported()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # a replaced file keeps its permissions
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["2024.json", "exports", "latest.json"]


@as_root
def test_another_users_link_is_refused_and_its_file_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    planted = tmp_path / "report.json"
    planted.symlink_to(victim)
    os.chown(planted, 65534, 65534, follow_symlinks=False)  # nobody's link
    result = run(["export", "-o", str(planted)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"beilun: cannot write {planted}: a symbolic link owned by another user is not followed\n"
    )
    assert victim.read_text(encoding="utf-8") == "precious\n" and planted.is_symlink()


def test_links_planted_at_predictable_temporary_names_are_not_followed(tmp_path: Path) -> None:
    # Before: `.report.json.<pid>.tmp` was opened (following a link) and renamed over the target.
    victim = tmp_path / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    report = tmp_path / "report.json"
    planted = [tmp_path / f".report.json.{pid}.tmp" for pid in (os.getpid(), os.getpid() + 1)]
    for link in planted:
        link.symlink_to(victim)
    assert run(["export", "-o", str(report)]).exit_code == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not report.is_symlink() and report.read_text(encoding="utf-8") == exported()
    assert all(link.is_symlink() for link in planted)


# SQLite: a fresh file, nothing of the old one replayed into it.


def _damaged_wal(database: Path) -> bytes:
    """A write-ahead log of `database` in which every fact but one is deleted."""
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("DELETE FROM facts WHERE id != (SELECT min(id) FROM facts)")
        connection.commit()
        wal = Path(f"{database}-wal").read_bytes()  # read before closing checkpoints it away
    connection.close()
    return wal


def test_a_stale_wal_beside_the_target_is_not_replayed_into_a_new_export(tmp_path: Path) -> None:
    database = tmp_path / "w.db"
    assert run(["export", "--format", "sqlite", "-o", str(database)]).exit_code == 0
    wal = _damaged_wal(database)
    Path(f"{database}-wal").write_bytes(wal)  # left by a program killed before its checkpoint
    Path(f"{database}-shm").write_bytes(b"\0" * 32768)
    result = run(["export", "--format", "sqlite", "-o", str(database)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [p.name for p in tmp_path.iterdir()] == ["w.db"]
    with sqlite3.connect(database) as connection:
        count = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
    connection.close()
    assert count == len(json.loads(exported())) > 1


# Values of -o checked before anything is read or written.


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "--output needs a file name, or - for standard output"),
        (".", "cannot write .: it names a directory; give a file name"),
        ("..", "cannot write ..: it names a directory; give a file name"),
        ("/", "cannot write /: it names a directory; give a file name"),
        ("new/", "cannot write new/: it names a directory; give a file name"),
        ("{dir}", "cannot write {dir}: it names a directory; give a file name"),
    ],
)
@pytest.mark.parametrize("fmt", ["json", "sqlite"])
def test_a_value_that_names_no_file_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, message: str, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir").mkdir()
    value, message = value.format(dir=tmp_path / "dir"), message.format(dir=tmp_path / "dir")
    result = run(["export", "--format", fmt, "-o", value])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"beilun: {message}\n")
    assert [p.name for p in tmp_path.iterdir()] == ["dir"] and not any((tmp_path / "dir").iterdir())


def test_a_name_as_long_as_the_filesystem_allows_is_written(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 250 + ".json")
    result = run(["export", "-o", str(target)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("fmt", ["json", "sqlite"])
def test_a_missing_directory_is_exit_74_with_the_path(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "missing" / "dir" / "x.out"
    result = run(["export", "--format", fmt, "-o", str(target)])
    assert (result.exit_code, result.stdout) == (74, "")
    assert result.stderr == f"beilun: cannot write {target}: No such file or directory\n"


def in_private_mount(tmp_path: Path, mount: str, command: str) -> subprocess.CompletedProcess[bytes]:
    """The shell `command` run after `mount`, both in a private mount namespace (the mount is gone
    when they end), with $DIR the directory tmp_path/dir and $BEILUN the installed script."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare")
    (tmp_path / "dir").mkdir()
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_DEBUG"}
    env.update(DIR=str(tmp_path / "dir"), BEILUN=installed_script())
    probe = subprocess.run(["unshare", "-m", "sh", "-c", mount], env=env, capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount privately here: {probe.stderr.decode(errors='replace').strip()}")
    script = f"{mount} && {{ {command}; }}"
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, env=env, timeout=120)


@pytest.mark.parametrize("fmt", ["json", "sqlite"])
def test_a_directory_you_cannot_write_is_exit_74_with_the_path(tmp_path: Path, fmt: str) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    target = locked / "x.out"
    command = [installed_script(), "export", "--format", fmt, "-o", str(target)]
    if os.geteuid() == 0:  # root writes anywhere: run it as root without the power to ignore permissions
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to drop root's CAP_DAC_OVERRIDE")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_DEBUG"}
    result = subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)
    assert (result.returncode, result.stdout) == (74, b"")
    assert result.stderr.decode() == f"beilun: cannot write {target}: Permission denied\n"


@pytest.mark.parametrize("fmt", ["json", "sqlite"])
def test_a_read_only_directory_is_exit_74_with_the_path(tmp_path: Path, fmt: str) -> None:
    mount = 'mount --bind "$DIR" "$DIR" && mount -o remount,bind,ro "$DIR"'
    result = in_private_mount(tmp_path, mount, f'"$BEILUN" export --format {fmt} -o "$DIR/x.out"')
    assert (result.returncode, result.stdout) == (74, b"")
    assert (
        result.stderr.decode()
        == f"beilun: cannot write {tmp_path / 'dir' / 'x.out'}: Read-only file system\n"
    )


@pytest.mark.parametrize(
    ("fmt", "reason"), [("json", "No space left on device"), ("sqlite", "database or disk is full")]
)
def test_a_full_filesystem_is_exit_74_with_the_path_and_leaves_nothing(
    tmp_path: Path, fmt: str, reason: str
) -> None:
    mount = 'mount -t tmpfs -o size=64k tmpfs "$DIR"'  # the shipped base takes 150 kB as JSON
    command = f'"$BEILUN" export --format {fmt} -o "$DIR/x.out"; status=$?; ls -A "$DIR"; exit $status'
    result = in_private_mount(tmp_path, mount, command)
    assert result.returncode == 74
    assert result.stderr.decode() == f"beilun: cannot write {tmp_path / 'dir' / 'x.out'}: {reason}\n"
    assert result.stdout == b""  # `ls -A` of the full directory: no temporary file left


# Temporary files: gone on every way out; what SIGKILL left is removed by the next export.


def test_what_a_killed_export_left_is_removed_by_the_next(tmp_path: Path) -> None:
    dead = a_dead_pid()
    stale = [
        tmp_path / f".out.json.beilun-{dead}-abcdefgh.tmp",
        tmp_path / f".w.db.beilun-{dead}-x1_y2z3w.tmp",
    ]
    for path in stale:
        path.write_bytes(b"half")
    # Kept: a live export's file (locked, its process this one), and files not named as beilun names them.
    live = tmp_path / f".other.json.beilun-{os.getpid()}-livefile.tmp"
    live.write_bytes(b"being written")
    unrelated = [tmp_path / f".notes.{dead}.tmp", tmp_path / f"out.json.beilun-{dead}-abcdefgh.tmp"]
    for path in unrelated:
        path.write_bytes(b"someone else's")
    import fcntl

    with open(live, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert run(["export", "-o", str(tmp_path / "next.json")]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["next.json", live.name, *(path.name for path in unrelated)]
    )


@pytest.mark.parametrize("fmt", ["jsonl", "sqlite"])
def test_sigterm_mid_export_leaves_no_temporary_file(tmp_path: Path, fmt: str) -> None:
    base = write_base(tmp_path / "base", "".join(fact_toml(f"fact-{n}") for n in range(3000)))
    out = tmp_path / "out"
    out.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_DEBUG"}
    assert beilun("--facts", str(base), "topics").returncode == 0  # the index is built
    process = subprocess.Popen(
        [installed_script(), "--facts", str(base), "export", "--format", fmt, "-o", str(out / "x")],
        stderr=subprocess.PIPE,
        env=env,
    )
    while not any(out.iterdir()) and process.poll() is None:  # the temporary file exists
        pass
    process.send_signal(signal.SIGTERM)
    _, error = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the export finished before the signal arrived")
    assert (process.returncode, error) == (143, b"beilun: interrupted\n")
    assert list(out.iterdir()) == []


def test_sqlite_is_trusted_only_with_the_file_beilun_made(tmp_path: Path) -> None:
    # SQLite opens its file by name: in a directory others can write, the name may have been
    # swapped between mkstemp and SQLite's open. beilun then stops before SQLite writes a byte.
    from beilun_cli.cli.output.sqlite_export import _opened_as

    made = os.open(tmp_path / "made", os.O_RDWR | os.O_CREAT | os.O_EXCL)
    other = tmp_path / "other"
    other.write_bytes(b"")
    try:
        with closing(sqlite3.connect(other)):
            assert not _opened_as(made)
        with closing(sqlite3.connect(tmp_path / "made")):
            assert _opened_as(made)
    finally:
        os.close(made)
