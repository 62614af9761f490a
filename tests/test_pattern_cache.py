"""The programs of regular expressions kept between calls (read/lazy_regex.py, store/pattern_cache.py):
a pattern made from a kept program is the pattern `re` compiles, a warm call compiles none of its
patterns again and answers the same, and a kept file that is damaged, foreign or not this user's
alone changes nothing but the time."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import beilun_cli
from beilun_cli.read import lazy_regex
from beilun_cli.store import build_lock, pattern_cache

# Runs the app once as the console script does and writes, to the file named by argv[1], its
# exit code, its answer and the sources of the programs it had to make (what it saved).
PROGRAM = """
import contextlib, io, json, sys
report, args = sys.argv[1], json.loads(sys.argv[2])
sys.argv = ["beilun", *args]
from beilun_cli.cli import process
from beilun_cli.store import build_lock, pattern_cache
made = []
save = pattern_cache.save
def recording(command, programs):
    made.extend(source for source, _ in programs)
    save(command, programs)
pattern_cache.save = recording
answer = io.StringIO()
with contextlib.redirect_stdout(answer):
    code = process.run()
with open(report, "w", encoding="utf-8") as out:
    json.dump({"code": code, "answer": answer.getvalue(), "made": made}, out)
"""
CLAIM = ["check", "北仑2018年GDP为1146.46亿元", "--json"]
QUESTION = ["ask", "北仑森林覆盖率是多少", "--json"]


def call(args: list[str], cache: Path, report: Path) -> dict[str, object]:
    env = {key: value for key, value in os.environ.items() if key not in ("BEILUN_FACTS", "BEILUN_DEBUG")}
    env["XDG_CACHE_HOME"] = str(cache)
    command = [sys.executable, "-c", PROGRAM, str(report), json.dumps(args, ensure_ascii=False)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd="/", timeout=120)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return data


def kept_file(cache: Path) -> Path:
    [path] = (cache / "beilun").glob("patterns-*.marshal")
    return path


def every_lazy_pattern() -> list[lazy_regex.Lazy]:
    """The patterns the package defines as module constants (Lazy), every module imported."""
    found: dict[int, lazy_regex.Lazy] = {}
    for module_info in pkgutil.walk_packages(beilun_cli.__path__, "beilun_cli."):
        if module_info.name == "beilun_cli.__main__":  # runs the app
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, lazy_regex.Lazy):
                found[id(value)] = value
    return list(found.values())


def test_a_pattern_made_from_its_program_is_the_pattern_re_compiles() -> None:
    patterns = every_lazy_pattern()
    assert len(patterns) > 50
    for pattern in patterns:
        program = lazy_regex._program(pattern.source, pattern.flags)
        made = lazy_regex._from_program(pattern.source, program)
        # Patterns are equal when their flags, programs and sources are.
        assert made == re.compile(pattern.source, pattern.flags), pattern.source
        assert made.groupindex == re.compile(pattern.source, pattern.flags).groupindex


def test_a_warm_call_makes_no_program_again_and_answers_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = call(CLAIM, cache, tmp_path / "first.json")
    assert first["made"], "a first call keeps the programs of the patterns it compiled"
    assert stat.S_IMODE(kept_file(cache).stat().st_mode) == 0o600
    warm = call(CLAIM, cache, tmp_path / "warm.json")
    assert warm == {**first, "made": []}
    # Another command's patterns are added to the same file, and found there next time.
    asked = call(QUESTION, cache, tmp_path / "asked.json")
    assert asked["made"] and call(QUESTION, cache, tmp_path / "again.json") == {**asked, "made": []}
    assert call(CLAIM, cache, tmp_path / "last.json") == warm


def test_every_kept_program_makes_the_pattern_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patterns calls compile, those built from the vocabulary at run time too."""
    cache = tmp_path / "cache"
    english = (
        ["check", "Beilun has about 170,000 volunteers"],
        ["ask", "How many volunteers does Beilun have?"],
    )
    for args in (CLAIM, QUESTION, *english, ["search", "沙滩"]):
        call(args, cache, tmp_path / "report.json")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    kept = {**pattern_cache.load("check"), **pattern_cache.load("ask"), **pattern_cache.load("search")}
    assert len(kept) > 60
    for (source, flags), program in kept.items():
        assert lazy_regex._from_program(source, program) == re.compile(source, flags), source


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # inside the table: its checksum no longer matches
    path.write_bytes(bytes(data))


def foreign(path: Path) -> None:
    """A file of another interpreter's: same name, another version in its header."""
    path.write_bytes(path.read_bytes().replace(sys.version.encode(), b"3.99.0 (other)", 1))


def open_to_the_group(path: Path) -> None:
    path.chmod(0o660)


def fresh_call(cache: Path, tmp_path: Path) -> dict[str, object]:
    """A call with a warm index and no kept programs: what it makes is every pattern it uses."""
    call(CLAIM, cache, tmp_path / "build.json")  # the index (whose build compiles patterns of its own)
    kept_file(cache).unlink()
    fresh = call(CLAIM, cache, tmp_path / "fresh.json")
    assert fresh["made"]
    return fresh


@pytest.mark.parametrize("spoil", [damage, foreign, open_to_the_group])
def test_a_kept_file_unfit_to_read_is_compiled_around_and_written_again(
    tmp_path: Path, spoil: object
) -> None:
    cache = tmp_path / "cache"
    fresh = fresh_call(cache, tmp_path)
    assert callable(spoil)
    spoil(kept_file(cache))
    assert call(CLAIM, cache, tmp_path / "again.json") == fresh  # compiled as re does, and kept anew
    assert stat.S_IMODE(kept_file(cache).stat().st_mode) == 0o600
    assert call(CLAIM, cache, tmp_path / "warm.json") == {**fresh, "made": []}


def test_a_fifo_in_place_of_the_file_neither_blocks_nor_is_read(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = fresh_call(cache, tmp_path)
    path = kept_file(cache)
    path.unlink()
    os.mkfifo(path, 0o600)
    assert call(CLAIM, cache, tmp_path / "again.json") == fresh  # and a file in its place
    assert stat.S_ISREG(path.lstat().st_mode)


def test_nothing_is_kept_where_the_cache_cannot_be_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "beilun").mkdir(parents=True, mode=0o700)
    (cache / "beilun").chmod(0o777)
    call(CLAIM, cache, tmp_path / "first.json")
    assert list((cache / "beilun").iterdir()) == []


def test_loading_without_a_cache_directory_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "missing"))
    assert pattern_cache.load("check") == {}
    pattern_cache.save("check", {("a", 0): lazy_regex._program("a", 0)})
    assert not (tmp_path / "missing").exists()


def test_a_killed_writer_s_temporary_file_is_removed_by_the_next_build(tmp_path: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    name, _ = pattern_cache._interpreter("check")
    left = tmp_path / f".{name}.{int(finished.stdout)}.tmp"
    running = tmp_path / f".{name}.{os.getpid()}.tmp"  # a writer still at work: kept
    left.write_bytes(b"half")
    running.write_bytes(b"half")
    build_lock.clean(tmp_path / "index-base-00000000.sqlite")
    assert sorted(path.name for path in tmp_path.iterdir()) == [running.name]
