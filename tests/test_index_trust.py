"""The index against attack: edits that hide from timestamps, one base named several ways, damage
SQLite cannot see, concurrent and killed builds, and caches that cannot be used.

Each test here is a hole found by attacking the cache and the process boundary (issue 11).
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from conftest import fact_toml, run, write_base
from test_index import beilun, index_files, replicated_base

from beilun_cli.base import paths
from beilun_cli.store import build_lock, cache_location, index, index_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX files, locks and signals")


def claim(base: Path, fact: str = "growth") -> str:
    result = run(["--facts", str(base), "show", fact, "--json"])
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    english: str = json.loads(result.stdout)["claim"]["en"]
    return english


def edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """An edit `touch -r`, `rsync -t` or an editor's backup dance would leave: same size, same mtime."""
    assert len(old.encode()) == len(new.encode())
    before = path.stat()
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_an_edit_that_keeps_the_size_and_restores_the_mtime_is_seen(base: Path) -> None:
    assert claim(base) == "Beilun grew by 5%."
    edit_keeping_size_and_mtime(base / "base.toml", "Beilun grew", "Beilun rose")
    assert claim(base) == "Beilun rose by 5%."


def test_a_source_text_edited_the_same_way_is_seen(base: Path) -> None:
    assert run(["--facts", str(base), "article", "--para", "2", "--json"]).exit_code == 0
    edit_keeping_size_and_mtime(base / "src.txt", "北仑港是大港", "北仑港是小港")
    shown = run(["--facts", str(base), "article", "--para", "2", "--json"])
    assert "北仑港是小港" in shown.stdout


def test_a_file_too_new_to_trust_is_checked_by_content(base: Path) -> None:
    # What a filesystem with whole-second times shows after a same-size edit in the same second:
    # every time as before. Only the content can tell, and it is checked for recent files.
    anchor, names = str(base), ["base.toml"]
    stored = index._state(anchor, names, time.time_ns())
    assert stored[0][5] is not None  # just written: racily clean, so its checksum is kept
    edit_keeping_size_and_mtime(base / "base.toml", "Beilun grew", "Beilun rose")
    stored[0][1:5] = index_file.file_times((base / "base.toml").stat())  # times that did not move
    assert not index_file.files_match(anchor, stored)


def test_checksums_are_dropped_once_the_files_are_safely_old(
    base: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert claim(base) == "Beilun grew by 5%."
    [name] = index_files(private_cache)

    def checksums() -> list[object]:
        with sqlite3.connect(private_cache / "beilun" / name) as connection:
            [(state,)] = connection.execute("SELECT value FROM meta WHERE key = 'state'")
        entries = json.loads(state)
        return [entry[5] for entry in entries["facts"] + entries["texts"]]

    assert None not in checksums()  # the files were written a moment before the build
    monkeypatch.setattr(index, "RACY_NS", 0)  # as if the window had passed
    assert claim(base) == "Beilun grew by 5%."
    assert checksums() == [None, None, None]  # base.toml, measures.toml, src.txt: times alone decide


def test_one_base_named_three_ways_shares_one_index_without_rebuilding(
    base: Path, tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert claim(base) == "Beilun grew by 5%."
    [name] = index_files(private_cache)
    built = (private_cache / "beilun" / name).stat().st_ino
    (tmp_path / "linked").symlink_to(base)
    monkeypatch.chdir(tmp_path)
    for naming in ("base", "linked", str(tmp_path / "linked"), "./base/"):
        result = run(["--facts", naming, "show", "growth", "--json"])
        assert result.exit_code == 0, naming
        assert index_files(private_cache) == [name]
        assert (private_cache / "beilun" / name).stat().st_ino == built, naming  # never rebuilt


def test_a_file_deleted_during_a_call_is_not_a_crash(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (base / "more.toml").write_text(fact_toml("port", quote="北仑港"), "utf-8")
    discover = paths.discover

    def then_deleted(root: Path) -> paths.Discovery:
        found = discover(root)
        (base / "more.toml").unlink(missing_ok=True)  # gone between discovery and the build
        return found

    monkeypatch.setattr(paths, "discover", then_deleted)
    result = run(["--facts", str(base), "list", "--json", "--fields", "id"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [{"id": "growth"}])
    monkeypatch.setattr(paths, "discover", discover)
    assert run(["--facts", str(base), "list", "--json", "--fields", "id"]).stdout.count('"id"') == 1


# ---------------------------------------------------------------- damage SQLite cannot see


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"quote": "增长5%"', '"quote": "增长6%"'),  # a digit changed: was served silently
        ('"quote": "增长5%"', '"quote"# "增长5%"'),  # JSON broken: was exit 70 on every call
        ('"topic": "economy"', '"topix": "economy"'),  # a key lost: KeyError
    ],
    ids=["digit", "json", "key"],
)
def test_a_changed_byte_inside_a_stored_record_is_rebuilt(
    base: Path, private_cache: Path, old: str, new: str
) -> None:
    assert claim(base) == "Beilun grew by 5%."
    [name] = index_files(private_cache)
    cached = private_cache / "beilun" / name
    data = cached.read_bytes()
    assert data.count(old.encode()) == 1
    cached.write_bytes(data.replace(old.encode(), new.encode()))
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["quote"] == "增长5%"
    assert old.encode() in cached.read_bytes()  # rebuilt


def test_damage_that_a_rebuild_cannot_repair_is_exit_74(
    base: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert claim(base) == "Beilun grew by 5%."

    def still_damaged(record: object) -> object:
        raise index.RecordDamaged("a stored record does not match its checksum")

    monkeypatch.setattr(index, "unsealed", still_damaged)
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, result.stdout) == (74, "")
    assert result.stderr == (
        "beilun: the index was damaged while being read (a stored record does not match its checksum);"
        " it has been removed\nhint: run the command again: the index is rebuilt from the fact files\n"
    )


# ---------------------------------------------------------------- one builder at a time


def test_a_build_waits_for_the_lock_and_answers_from_memory_past_the_wait(
    base: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = cache_location.cache_file(base)
    cached.parent.mkdir(parents=True)
    with open(build_lock.lock_path(cached), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process building
        monkeypatch.setattr(build_lock, "BUILD_WAIT", 0.2)
        result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, json.loads(result.stdout)["id"]) == (0, "growth")
    assert result.stderr == (
        "beilun: warning: another process is still building the index; answering from memory\n"
    )
    assert index_files(private_cache) == []  # the holder of the lock writes it, not this call


def recording_display(
    events: list[object],
) -> Callable[[], AbstractContextManager[Callable[[str, int, int], None]]]:
    """A progress display factory that records when each display opens and closes, and each stage."""

    @contextmanager
    def display() -> Iterator[Callable[[str, int, int], None]]:
        events.append("open")
        yield lambda stage, done, total: events.append(stage)
        events.append("close")

    return display


def test_the_wait_for_the_lock_is_shown_and_closed_before_the_build_in_memory_is_shown(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[object] = []
    display = recording_display(events)

    cached = cache_location.cache_file(base)
    cached.parent.mkdir(parents=True)
    monkeypatch.setattr(build_lock, "BUILD_WAIT", 0.2)
    with open(build_lock.lock_path(cached), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        opened = index.open_index(base, progress=display)
    assert opened.path is None and opened.rows("SELECT id FROM facts") == [("growth",)]
    assert events[:3] == ["open", "waiting for another process to build it", "close"]
    assert events[3] == "open" and events[-1] == "close" and events.count("open") == 2  # never two at once


def test_concurrent_cold_starts_build_one_copy_at_a_time(tmp_path: Path, private_cache: Path) -> None:
    root = replicated_base(tmp_path / "big", copies=30)
    command = [*beilun(), "--facts", str(root), "topics", "--json"]
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(6)
    ]
    most = 0
    while any(process.poll() is None for process in processes):
        if (private_cache / "beilun").exists():
            most = max(most, sum(name.endswith(".tmp") for name in index_files(private_cache)))
        time.sleep(0.002)
    outputs = [process.communicate() for process in processes]
    assert [process.returncode for process in processes] == [0] * 6
    assert all(err == b"" for _, err in outputs)
    assert most <= 1  # never two copies being written at once
    assert len(index_files(private_cache)) == 1


def wait_for_temporary_file(process: subprocess.Popen[bytes], cache: Path) -> None:
    deadline = time.monotonic() + 120
    while not any(name.endswith(".tmp") for name in index_files(cache)):
        assert process.poll() is None, "the build ended before it was seen writing"
        assert time.monotonic() < deadline
        time.sleep(0.005)


@pytest.mark.parametrize(("sent", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_during_a_build_leave_no_file(
    tmp_path: Path, private_cache: Path, sent: signal.Signals, status: int
) -> None:
    root = replicated_base(tmp_path / "big", copies=100)
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    command = [*beilun(), "--facts", str(root), "topics", "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    wait_for_temporary_file(process, private_cache)
    process.send_signal(sent)
    out, err = process.communicate(timeout=120)
    assert (process.returncode, out, err) == (status, b"", b"beilun: interrupted\n")
    assert index_files(private_cache) == []


def test_what_sigkill_leaves_is_removed_by_the_next_build(tmp_path: Path, private_cache: Path) -> None:
    root = replicated_base(tmp_path / "big", copies=100)
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    command = [*beilun(), "--facts", str(root), "topics", "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    wait_for_temporary_file(process, private_cache)
    process.kill()
    process.communicate(timeout=60)
    [left] = index_files(private_cache)
    assert left.endswith(".tmp")  # nothing can run on SIGKILL
    result = subprocess.run(command, capture_output=True, env=env, timeout=300)
    assert (result.returncode, result.stderr) == (0, b"")
    [name] = index_files(private_cache)
    assert name.endswith(".sqlite")


def test_the_index_of_a_base_that_no_longer_exists_is_removed_by_the_next_build(
    tmp_path: Path, private_cache: Path
) -> None:
    kept, gone = write_base(tmp_path / "kept"), write_base(tmp_path / "gone")
    for root in (kept, gone):
        assert claim(root) == "Beilun grew by 5%."
    assert len(index_files(private_cache)) == 2
    ours = cache_location.cache_file(kept).name
    for path in gone.iterdir():
        path.unlink()
    gone.rmdir()
    (kept / "base.toml").write_text((kept / "base.toml").read_text("utf-8") + "\n", "utf-8")
    assert claim(kept) == "Beilun grew by 5%."  # an edit: a build, which cleans up
    assert index_files(private_cache) == [ours]
    left = sorted(
        path.name for path in (private_cache / "beilun").iterdir() if not path.name.startswith("patterns-")
    )
    assert left == [f".{ours}.lock", ours]


# ---------------------------------------------------------------- caches that cannot be used


def test_an_index_path_that_is_a_fifo_answers_from_memory_without_hanging(
    base: Path, private_cache: Path
) -> None:
    cached = cache_location.cache_file(base)
    cached.parent.mkdir(parents=True)
    os.mkfifo(cached)
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    command = [*beilun(), "--facts", str(base), "show", "growth", "--json"]
    result = subprocess.run(command, capture_output=True, env=env, timeout=60)
    assert (result.returncode, json.loads(result.stdout)["id"]) == (0, "growth")
    assert result.stderr.decode() == (
        f"beilun: warning: the index path {cached} is not a regular file; answering from memory\n"
    )


def test_a_cache_directory_that_loops_answers_from_memory(
    base: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (private_cache / "beilun").symlink_to("beilun")  # a link to itself
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, json.loads(result.stdout)["id"]) == (0, "growth")
    assert result.stderr == (
        f"beilun: warning: the cache directory {private_cache / 'beilun'} cannot be resolved;"
        " answering from memory\n"
    )


@pytest.mark.parametrize("home", ["", "relative/home"])
def test_an_empty_or_relative_home_answers_from_memory_and_writes_nothing(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home: str
) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", home)
    workdir = tmp_path / "workdir"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, json.loads(result.stdout)["id"]) == (0, "growth")
    assert result.stderr == (
        "beilun: warning: no cache directory (HOME is not an absolute path); answering from memory\n"
    )
    assert list(workdir.iterdir()) == []


# ---------------------------------------------------------------- what discovery skips


def base_with_links(tmp_path: Path) -> Path:
    root = write_base(tmp_path / "base")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "more.toml").write_text(fact_toml("port", quote="北仑港"), "utf-8")
    (root / "linked").symlink_to(elsewhere)  # a folder beilun does not enter
    (root / "dangling.toml").symlink_to(tmp_path / "nowhere.toml")
    (root / "loop.toml").symlink_to("loop.toml")
    return root


SKIPPED = [
    "{root}/dangling.toml: a link that leads to no file (broken, or a loop)",
    "{root}/linked: a link to a folder (not followed)",
    "{root}/loop.toml: a link that leads to no file (broken, or a loop)",
]


def test_validate_names_what_it_skipped(tmp_path: Path) -> None:
    root = base_with_links(tmp_path)
    skipped = [line.format(root=root) for line in SKIPPED]
    result = run(["validate", str(root)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith(f"ok: {root}: 1 fact,")
    assert result.stdout.splitlines()[-3:] == [f"skipped: {item}" for item in skipped]
    assert json.loads(run(["validate", str(root), "--json"]).stdout)["skipped"] == skipped


def test_other_commands_warn_of_what_was_skipped(tmp_path: Path) -> None:
    root = base_with_links(tmp_path)
    result = run(["--facts", str(root), "list", "--json", "--fields", "id"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [{"id": "growth"}])
    assert result.stderr == "".join(
        f"beilun: warning: skipped {line.format(root=root)}\n" for line in SKIPPED
    )


def test_an_unknown_topic_on_a_base_of_many_topics_lists_a_few_dozen(tmp_path: Path) -> None:
    topics = "".join(
        f'\n[[topics]]\nid = "topic-{n:04d}"\nname = {{ zh = "题", en = "T" }}\n' for n in range(500)
    )
    root = write_base(tmp_path / "base", fact_toml() + topics)
    result = run(["--facts", str(root), "list", "--topic", "nope"])
    assert result.exit_code == 2
    listed = ", ".join(["economy", *(f"topic-{n:04d}" for n in range(29))])
    assert result.stderr == (
        f"beilun: unknown topic 'nope'; topics are: {listed} and 472 more (see 'beilun topics')\n"
    )


def test_a_rebuild_after_damage_opens_and_closes_a_progress_display_of_its_own(
    base: Path, private_cache: Path
) -> None:
    events: list[object] = []
    display = recording_display(events)

    assert claim(base) == "Beilun grew by 5%."
    [name] = index_files(private_cache)
    cached = private_cache / "beilun" / name
    cached.write_bytes(cached.read_bytes().replace(b"Beilun grew", b"Beilun rose"))
    opened = index.open_index(base, progress=display)
    assert events == []  # fresh by its files: nothing built, nothing shown
    [(record,)] = opened.rows("SELECT record FROM facts")
    assert "Beilun grew" in record  # the damage was found on reading, and the file rebuilt
    assert events[0] == "open" and events[-2:] == ["indexing", "close"]
    assert events.count("open") == events.count("close") == 1


def test_a_rebuild_after_damage_draws_on_the_terminal_and_the_answer_still_goes_to_stdout(
    base: Path, private_cache: Path
) -> None:
    # stderr a terminal, stdout a pipe: the progress bar of the rebuild must not take stdout over.
    import pty

    assert claim(base) == "Beilun grew by 5%."
    [name] = index_files(private_cache)
    cached = private_cache / "beilun" / name
    cached.write_bytes(cached.read_bytes().replace(b"Beilun grew", b"Beilun rose"))
    controller, terminal = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("BEILUN_DEBUG", "NO_COLOR", "COLUMNS")}
    env.update({"XDG_CACHE_HOME": str(private_cache), "TERM": "xterm-256color"})
    try:
        result = subprocess.run(
            [*beilun(), "--facts", str(base), "list", "--json", "--fields", "id"],
            stdout=subprocess.PIPE,
            stderr=terminal,
            env=env,
            timeout=120,
        )
    finally:
        os.close(terminal)
    drawn = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            break
        if not chunk:
            break
        drawn += chunk
    os.close(controller)
    assert (result.returncode, json.loads(result.stdout)) == (0, [{"id": "growth"}])
    assert b"building the index" in drawn  # the rebuild did draw its bar
    assert b'"id"' not in drawn  # the answer never went to the terminal
    assert drawn.count(b"\x1b[?25l") == drawn.count(b"\x1b[?25h")  # the cursor is shown again
