"""Damage means damage: only a record's checksum, the schema's, or SQLite's own corruption codes
rebuild or remove an index. A query binding more values than SQLite's variable limit, a wrong
argument or a closed connection says nothing about the file, and never costs it (issue 27,
item 15)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import BEILUN, fact_toml, run, statement, write_base

from beilun_cli.store import cache_location, catalog, index, index_file


def limited_connections(monkeypatch: pytest.MonkeyPatch, variables: int) -> None:
    """Every index file opened from now on binds at most `variables` values a statement, as a
    SQLite built with a lower limit does (999 before 3.32, 32,766 after)."""
    opened = index_file.connect

    def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
        connection = opened(path, readonly=readonly)
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, variables)
        return connection

    monkeypatch.setattr(index, "connect", connect)


def many_facts_sharing_a_word(root: Path, count: int) -> Path:
    facts = "".join(fact_toml(f"growth-{number:02d}", en="Beilun grew by 5%.") for number in range(count))
    return write_base(root, facts)


def test_a_search_matching_more_facts_than_sqlite_binds_at_once_answers_and_keeps_the_index(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = many_facts_sharing_a_word(tmp_path / "base", 12)
    assert run(["--facts", str(base), "list", "--json"]).exit_code == 0
    cached = cache_location.cache_file(base)
    built = cached.stat()
    limited_connections(monkeypatch, 5)  # 12 matches, 5 variables: was "damage", rebuilt, then removed
    result = run(["--facts", str(base), "search", "grew", "--limit", "0", "--json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert sorted(hit["id"] for hit in json.loads(result.stdout)) == [f"growth-{n:02d}" for n in range(12)]
    again = cached.stat()
    assert (again.st_ino, again.st_mtime_ns) == (
        built.st_ino,
        built.st_mtime_ns,
    )  # neither rebuilt nor removed


def test_figures_of_more_measures_than_sqlite_binds_at_once_come_in_base_order(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    figure = (
        'value = 5\nunit = "%"\n'
        'quantity = { written = "5%", qualifier = "exact", amount = 5.0, amount_unit = "percent" }\n'
    )
    facts = "".join(fact_toml(f"growth-{n}") + figure + statement() for n in range(3))
    base = write_base(tmp_path / "base", facts + BEILUN)
    catalog.open_base(base)  # builds the cache
    limited_connections(monkeypatch, 1)
    opened = catalog.open_base(base)
    found = opened.valued_facts(["headcount", "growth", "investment"])
    assert [fact["id"] for fact in found] == ["growth-0", "growth-1", "growth-2"]
    assert opened.index.path is not None and opened.index.path.exists()


@pytest.mark.parametrize(
    "parameters",
    [(["growth"],), (10**30,), ("growth", "extra")],
    ids=["a-list", "too-large", "too-many"],
)
def test_a_query_refused_for_its_arguments_raises_as_it_is_and_keeps_the_index(
    base: Path, private_cache: Path, parameters: tuple[object, ...]
) -> None:
    catalog.open_base(base)
    opened = catalog.open_base(base)  # read from the cache, so a rebuild would be possible
    cached = opened.index.path
    assert cached is not None
    built = cached.stat()
    with pytest.raises((sqlite3.ProgrammingError, OverflowError)):
        opened.index.rows("SELECT record FROM facts WHERE id = ?", parameters)
    again = cached.stat()
    assert (again.st_ino, again.st_mtime_ns) == (built.st_ino, built.st_mtime_ns)
    assert opened.fact("growth").id == "growth"


def test_what_sqlite_and_python_call_damage_is_damage() -> None:
    def raised(script: str, query: str) -> sqlite3.Error:
        connection = sqlite3.connect(":memory:")
        connection.executescript(script)
        with pytest.raises(sqlite3.Error) as caught:
            connection.execute(query).fetchall()
        return caught.value

    assert index.is_damage(index.RecordDamaged("a stored record does not match its checksum"))
    # Text that is not UTF-8: beilun writes only UTF-8, so a changed byte made it.
    assert index.is_damage(
        raised("CREATE TABLE t (x TEXT); INSERT INTO t VALUES (CAST(x'ff41' AS TEXT));", "SELECT x FROM t")
    )
    assert not index.is_damage(raised("", "SELECT * FROM missing"))
    assert not index.is_damage(raised("", "SELECT " + ",".join("?" * 40_000)))


def test_a_file_that_is_not_a_database_is_damage(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 300)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(junk).execute("SELECT * FROM sqlite_master").fetchall()
    assert index.is_damage(caught.value)


def test_a_changed_byte_in_the_schema_is_rebuilt_not_served(base: Path, private_cache: Path) -> None:
    assert run(["--facts", str(base), "show", "growth", "--json"]).exit_code == 0
    cached = cache_location.cache_file(base)
    data = cached.read_bytes()
    # A column renamed in the schema: SQLite reads the file without complaint, and a query that
    # names the column fails as a wrong query would; the schema's checksum sees the change.
    old = b"subject TEXT,\n    record TEXT NOT NULL"
    assert data.count(old) == 1
    cached.write_bytes(data.replace(old, b"subject TEXT,\n    recorb TEXT NOT NULL"))
    result = run(["--facts", str(base), "show", "growth", "--json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["id"] == "growth"
    assert old in cached.read_bytes()  # rebuilt
