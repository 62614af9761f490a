"""The index's life cycle: a cache that is never stale, never half-written, never the truth.

Where it lives, when it is built and rebuilt, what damage and concurrent builds leave. The
questions asked of it are test_catalog's.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import fact_toml, run, write_base

from beilun_cli.base import paths
from beilun_cli.cli import output
from beilun_cli.search import postings
from beilun_cli.store import cache_location, index, index_build, loader


def index_files(cache: Path) -> list[str]:
    """The cache's files but the build locks, which stay (removing a lock file would race), and
    the kept programs of regular expressions (store/pattern_cache.py), which are no index."""
    folder = cache / "beilun"
    return (
        sorted(
            path.name
            for path in folder.iterdir()
            if not path.name.endswith(".lock") and not path.name.startswith("patterns-")
        )
        if folder.exists()
        else []
    )


def test_first_use_builds_the_index_in_the_cache_and_later_calls_reuse_it(
    base: Path, private_cache: Path
) -> None:
    assert run(["--facts", str(base), "show", "growth", "--json"]).exit_code == 0
    [name] = index_files(private_cache)
    assert name.startswith("index-") and name.endswith(".sqlite")
    built = (private_cache / "beilun" / name).stat()
    assert run(["--facts", str(base), "list", "--json"]).exit_code == 0
    again = (private_cache / "beilun" / name).stat()
    assert (again.st_ino, again.st_mtime_ns) == (built.st_ino, built.st_mtime_ns)


def test_a_changed_fact_file_is_seen_at_once(base: Path) -> None:
    assert json.loads(run(["--facts", str(base), "show", "growth", "--json"]).stdout)["quote"] == "增长5%"
    toml = base / "base.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('quote = "增长5%"', 'quote = "北仑增长5%"'), "utf-8"
    )
    assert json.loads(run(["--facts", str(base), "show", "growth", "--json"]).stdout)["quote"] == "北仑增长5%"


def test_an_added_file_and_a_changed_source_text_are_seen(base: Path) -> None:
    run(["--facts", str(base), "list", "--json"])
    (base / "more.toml").write_text(
        fact_toml("port", zh="北仑港是大港。", en="Beilun port is big.", quote="北仑港", topic="urban"),
        "utf-8",
    )
    listed = json.loads(run(["--facts", str(base), "list", "--json", "--fields", "id"]).stdout)
    assert listed == [{"id": "growth"}, {"id": "port"}]
    (base / "src.txt").write_text("2018年北仑增长5%。\n\n此处改写,北仑港是大港。\n", encoding="utf-8")
    shown = json.loads(run(["--facts", str(base), "show", "port", "--json"]).stdout)
    assert shown["source"] == {"id": "src", "paragraph": 2, "offset": 5}


def test_an_invalid_edit_is_reported_not_served_from_the_old_index(base: Path) -> None:
    run(["--facts", str(base), "list"])
    (base / "base.toml").write_text((base / "base.toml").read_text("utf-8") + "broken = [", "utf-8")
    result = run(["--facts", str(base), "show", "growth"])
    assert result.exit_code == 3 and result.stdout == ""


def test_a_corrupt_index_is_detected_and_rebuilt(base: Path, private_cache: Path) -> None:
    run(["--facts", str(base), "list"])
    [name] = index_files(private_cache)
    (private_cache / "beilun" / name).write_bytes(b"not a database at all" * 100)
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == "growth"
    with sqlite3.connect(private_cache / "beilun" / name) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_damage_deep_inside_the_index_is_detected_when_read_and_rebuilt(
    base: Path, private_cache: Path
) -> None:
    run(["--facts", str(base), "list"])
    [name] = index_files(private_cache)
    cached = private_cache / "beilun" / name
    with sqlite3.connect(cached) as connection:
        [(page_size,)] = connection.execute("PRAGMA page_size")
    data = bytearray(cached.read_bytes())
    data[2 * page_size :] = b"\xa5" * (len(data) - 2 * page_size)  # the header and meta survive
    cached.write_bytes(bytes(data))
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["quote"] == "增长5%"
    with sqlite3.connect(cached) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_unwritable_cache_falls_back_to_memory(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file: no directory can be made in it
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["id"] == "growth"


def test_cache_location_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_location.cache_dir() == tmp_path / "beilun"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # the XDG spec says: ignore it
    assert cache_location.cache_dir() == Path.home() / ".cache" / "beilun"


def test_building_writes_a_temporary_file_then_renames_it(base: Path, tmp_path: Path) -> None:
    loaded = loader.load(base)
    target = tmp_path / "cache" / "index.sqlite"
    index_build.build(loaded, target, {"state": ""})
    assert sorted(p.name for p in target.parent.iterdir()) == ["index.sqlite"]


def test_a_failed_build_leaves_nothing_behind(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(postings, "fact_postings", fail)
    target = tmp_path / "cache" / "index.sqlite"
    with pytest.raises(KeyboardInterrupt):
        index_build.build(loader.load(base), target, {"state": ""})
    assert list(target.parent.iterdir()) == []


def test_the_index_records_its_schema_qualifiers_and_names_as_written(private_cache: Path) -> None:
    assert run(["topics", "--json"]).exit_code == 0
    [name] = index_files(private_cache)
    with sqlite3.connect(private_cache / "beilun" / name) as connection:
        schema = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        qualifier = connection.execute("SELECT qualifier FROM facts WHERE id = 'gdp-2018'").fetchone()
        names = connection.execute("SELECT name, written FROM entity_names WHERE written = 'SMIC'").fetchall()
    assert schema == (index.SCHEMA_VERSION,) and int(index.SCHEMA_VERSION) >= 3
    assert qualifier == ("exact",)
    assert names == [("smic", "SMIC")]  # looked up folded, shown as written


def test_an_index_of_another_schema_is_rebuilt(base: Path, private_cache: Path) -> None:
    assert run(["--facts", str(base), "topics"]).exit_code == 0
    [name] = index_files(private_cache)
    cached = private_cache / "beilun" / name
    with sqlite3.connect(cached) as connection:
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    before = cached.stat().st_ino
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert cached.stat().st_ino != before  # a new file, renamed into place
    with sqlite3.connect(cached) as connection:
        schema = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    assert schema == (index.SCHEMA_VERSION,)


def test_progress_is_a_display_opened_around_each_build_and_only_then(base: Path) -> None:
    events: list[object] = []

    @contextmanager
    def display() -> Iterator[Callable[[str, int, int], None]]:
        events.append("open")
        yield lambda stage, done, total: events.append((stage, done, total))
        events.append("close")

    root = paths.resolve_root(str(base))
    built = index.open_index(root, progress=display)
    assert built.path is not None and built.rows("SELECT id FROM facts") == [("growth",)]
    assert events[0] == "open" and events[-2:] == [("indexing", 3, 3), "close"]
    assert events.count("open") == events.count("close") == 1
    events.clear()
    fresh = index.open_index(root, progress=display)
    assert fresh.rows("SELECT id FROM facts") == [("growth",)]
    assert events == []  # a fresh index builds nothing, so shows nothing


def test_an_index_in_memory_writes_nothing_to_the_cache(base: Path, private_cache: Path) -> None:
    in_memory = index.open_index(paths.resolve_root(str(base)), use_cache=False)
    assert in_memory.path is None and in_memory.rows("SELECT id FROM facts") == [("growth",)]
    assert index_files(private_cache) == []


def replicated_base(root: Path, copies: int) -> Path:
    """The shipped base with its facts repeated under new ids: big enough to take a while."""
    import shutil

    shutil.copytree(paths.default_root(), root, ignore=shutil.ignore_patterns("facts"))
    (root / "facts").mkdir()
    blocks = []
    for path in sorted((paths.default_root() / "facts").glob("*.toml")):
        blocks += ["[[facts]]" + block for block in path.read_text("utf-8").split("[[facts]]")[1:]]
    for copy in range(copies):
        text = "\n".join(b.replace('"\n', f'-c{copy}"\n', 1) for b in blocks)
        (root / "facts" / f"copy-{copy:03d}.toml").write_text(text, encoding="utf-8")
    return root


def beilun() -> list[str]:
    return [sys.executable, "-c", "from beilun_cli.cli.process import main; main()"]


def test_processes_building_at_once_all_answer_and_leave_one_good_index(
    tmp_path: Path, private_cache: Path
) -> None:
    root = replicated_base(tmp_path / "big", copies=20)
    command = [*beilun(), "--facts", str(root), "show", "gdp-2018-c7", "--json"]
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(4)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0, 0]
    assert {json.loads(out)["id"] for out, _ in outputs} == {"gdp-2018-c7"}
    assert all(err == b"" for _, err in outputs)
    [name] = index_files(private_cache)  # no temporary file left over
    with sqlite3.connect(private_cache / "beilun" / name) as connection:
        assert connection.execute("SELECT count(*) FROM facts").fetchone() == (
            20 * len(loader.load(paths.default_root()).facts),
        )


def test_ctrl_c_during_an_index_build_exits_130_and_leaves_no_file(
    tmp_path: Path, private_cache: Path
) -> None:
    root = replicated_base(tmp_path / "big", copies=100)
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    process = subprocess.Popen(
        [*beilun(), "--facts", str(root), "topics", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    # Interrupt while the index is being written: the moment its temporary file exists.
    deadline = time.monotonic() + 120
    while not any(name.endswith(".tmp") for name in index_files(private_cache)):
        assert process.poll() is None, "the build ended before it was seen writing"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert (process.returncode, out, err) == (130, b"", b"beilun: interrupted\n")
    assert index_files(private_cache) == []  # neither a half-written index nor its temporary file


@pytest.mark.parametrize(
    "args",
    [
        ["show", "gdp-2019", "--json"],
        ["list", "--year", "1999", "--json"],
        ["list", "--topic", "econ"],
        ["list", "--entity", "nobody"],
        ["search", "voluntears", "--json"],
        ["search", "北仑", "--topic", "ecology", "--limit", "3", "--json"],
        ["topics", "--json"],
        ["timeline", "--from", "2018", "--topic", "economy", "--json"],
        ["entities", "--kind", "person", "--json"],
        ["entities", "Hu Zhaoxai"],
        ["figures", "--topic", "ecology", "--json"],
    ],
)
def test_answers_and_exit_codes_are_identical_with_and_without_the_cache(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = run(args)
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    uncached = run(args)
    assert (uncached.exit_code, uncached.stdout, uncached.stderr) == (
        cached.exit_code,
        cached.stdout,
        cached.stderr,
    )


def test_once_indexed_no_view_parses_the_toml_again(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["topics", "--json"]).exit_code == 0  # builds the index

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the TOML was parsed again")

    monkeypatch.setattr(loader, "load", no_parsing)
    for args in (["timeline"], ["entities"], ["entities", "SMIC"], ["figures"], ["list"], ["search", "GDP"]):
        result = run([*args, "--json"])
        assert (result.exit_code, result.stderr) == (0, ""), args


def test_damage_met_after_output_began_is_reported_and_the_next_call_rebuilds(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = "".join(fact_toml(f"fact-{number:03d}") for number in range(60))
    root = write_base(tmp_path / "base", facts)
    assert run(["--facts", str(root), "topics"]).exit_code == 0
    [name] = index_files(private_cache)
    cached = private_cache / "beilun" / name
    with sqlite3.connect(cached) as connection:
        [(page_size,)] = connection.execute("PRAGMA page_size")
    data = bytearray(cached.read_bytes())
    last = data.index(b'{"id": "fact-059"') // page_size * page_size
    assert last > data.index(b'{"id": "fact-000"')  # the first and the last fact on different pages
    data[last : last + page_size] = b"\xa5" * page_size
    cached.write_bytes(bytes(data))
    # One row read and written at a time: the first fact is out before the damage is met.
    monkeypatch.setattr(index, "STREAM_BATCH", 1)
    monkeypatch.setattr(output, "_BATCH", 1)

    damaged = run(["--facts", str(root), "list", "--format", "jsonl", "--fields", "id"])
    assert damaged.exit_code == 74
    assert damaged.stdout.startswith('{"id":"fact-000"}\n')
    assert damaged.stderr.startswith("beilun: the index was damaged while being read (")
    assert damaged.stderr.endswith(
        "; it has been removed\nhint: run the command again: the index is rebuilt from the fact files\n"
    )
    assert not cached.exists()

    again = run(["--facts", str(root), "list", "--format", "jsonl", "--fields", "id"])
    assert again.exit_code == 0
    assert again.stdout.splitlines()[-1] == '{"id":"fact-059"}'
