"""The cache is trusted only when it is yours: a cache directory or index file another user owns
or may write is never read (a forged record, checksum and all, would be served), and nothing is
made above a HOME that does not exist (issue 27, items 16 and 18)."""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run

from beilun_cli.store import cache_location

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")

FORGED = "Beilun shrank by 50%."
TRUE = "Beilun grew by 5%."
as_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="chown needs root")


def nobody() -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def shown_claim(base: Path) -> tuple[str, str]:
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["claim"]["en"], result.stderr


def forge(cached: Path) -> None:
    """What another user who can write the cache does: rewrite a record and its checksum."""
    with sqlite3.connect(cached) as connection:
        [(sealed,)] = connection.execute("SELECT record FROM facts WHERE id = 'growth'")
        record = json.loads(sealed[8:])
        record["claim"]["en"] = FORGED
        text = json.dumps(record, ensure_ascii=False)
        connection.execute(
            "UPDATE facts SET record = ? WHERE id = 'growth'", (f"{zlib.crc32(text.encode()):08x}{text}",)
        )
    connection.close()


@pytest.fixture
def forged(base: Path, private_cache: Path) -> Iterator[Path]:
    """The base's cached index, with a forged record that a trusted cache serves as it is."""
    assert shown_claim(base) == (TRUE, "")
    cached = cache_location.cache_file(base)
    forge(cached)
    assert shown_claim(base) == (FORGED, "")  # the attack works on a cache beilun trusts
    yield cached


def test_a_cache_directory_writable_by_others_is_never_read(base: Path, forged: Path) -> None:
    forged.parent.chmod(0o777)
    assert shown_claim(base) == (
        TRUE,
        f"beilun: warning: the cache directory {forged.parent} is writable by other users;"
        " answering from memory\n",
    )
    assert FORGED.encode() in forged.read_bytes()  # neither read nor written: it is not beilun's to repair


@as_root
def test_a_cache_directory_of_another_user_is_never_read(base: Path, forged: Path) -> None:
    os.chown(forged.parent, *nobody())
    assert shown_claim(base) == (
        TRUE,
        f"beilun: warning: the cache directory {forged.parent} belongs to another user;"
        " answering from memory\n",
    )


@as_root
def test_an_index_file_of_another_user_is_never_read(base: Path, forged: Path) -> None:
    os.chown(forged, *nobody())
    assert shown_claim(base) == (
        TRUE,
        f"beilun: warning: the index {forged} belongs to another user; answering from memory\n",
    )


def test_an_index_file_writable_by_others_is_never_read(base: Path, forged: Path) -> None:
    forged.chmod(0o666)
    assert shown_claim(base) == (
        TRUE,
        f"beilun: warning: the index {forged} is writable by other users; answering from memory\n",
    )


def test_a_cache_made_under_a_permissive_umask_is_private_and_trusted_next_time(
    base: Path, private_cache: Path
) -> None:
    before = os.umask(0)
    try:
        assert shown_claim(base) == (TRUE, "")
        assert shown_claim(base) == (TRUE, "")  # no warning: the cache beilun made is its own
    finally:
        os.umask(before)
    cached = cache_location.cache_file(base)
    assert oct(cached.parent.stat().st_mode & 0o777) == oct(0o700)
    assert oct(cached.stat().st_mode & 0o777) == oct(0o600)


def test_a_missing_home_makes_no_folder_and_answers_from_memory(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "nonexistent" / "x"))
    assert shown_claim(base) == (
        TRUE,
        f"beilun: warning: no cache directory ({tmp_path / 'nonexistent' / 'x'} does not exist);"
        " answering from memory\n",
    )
    assert not (tmp_path / "nonexistent").exists()


def test_a_home_without_a_cache_folder_gets_a_private_one(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(home))
    assert shown_claim(base) == (TRUE, "")
    assert [
        oct(folder.stat().st_mode & 0o777) for folder in (home / ".cache", home / ".cache" / "beilun")
    ] == [
        oct(0o700),
        oct(0o700),
    ]
    assert len(list((home / ".cache" / "beilun").glob("index-*.sqlite"))) == 1
