"""The index's life cycle: where it lives, whether it is fresh, how it is built and repaired.

The index is a SQLite copy of a validated fact base, kept in the user's cache
($XDG_CACHE_HOME/beilun, else ~/.cache/beilun). The TOML files stay the truth. Freshness is
decided as git decides it: each file's inode, ctime, size and mtime, and its content as well
while its times are too recent to tell an edit (`_state`). On first use, and whenever any
file of the base changes, one process at a time (build_lock) loads and validates the base
(loader) and writes it (index_build) to a temporary file that is then renamed into place, so
that no process ever sees half an index. After an edit of files holding only facts, the index is
updated instead (fact_tables): those files are read again, the other facts carried over, and
what depends on the whole base (norms, postings, suggestions) recomputed, to the very index a
full build would write. Where the cache cannot be used, or is not this user's alone
(cache_location), the same index is built in memory for this call, so answers never depend on it.
Stored records and the schema carry a checksum: a cached file found damaged while it is read is
rebuilt once (`Index.rows`); no other error is damage (`is_damage`).

Imports here stay light (sqlite3, json): this module is on the path of every command but
`validate`. The loader and the analyzer are imported only to build an index. The queries
over an index are catalog's.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import time
from _thread import RLock  # threading's lock, without importing threading on every call
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beilun_cli.base import paths
from beilun_cli.base.errors import IndexDamaged
from beilun_cli.store.cache_location import NoCache, cache_file
from beilun_cli.store.index_file import (
    SCHEMA_VERSION,
    RecordDamaged,
    anchor_of,
    connect,
    dumps,
    file_digest,
    file_times,
    files_match,
    layout,
    unsealed,
)

if TYPE_CHECKING:
    from beilun_cli.store.index_build import BuildProgress, ProgressReport

# Rows fetched at a time by `Index.stream`: a whole base never sits in memory at once.
STREAM_BATCH = 1000


class Index:
    """An open index. Queries go through `rows` and `stream`, which repair a damaged cached file.

    One index may be shared by threads: it holds one connection (opened for any thread), and each
    statement, with any rebuild it leads to, runs under a lock, one at a time.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None = None,
        rebuild: Callable[[], sqlite3.Connection] | None = None,
        notes: Sequence[str] = (),
    ) -> None:
        self.connection = connection
        # What the user should be told about how this index was found (skipped files, no cache).
        self.notes = list(notes)
        # Set for an index read from the cache: its file, and how to replace it if it proves damaged.
        self.path = path
        self._rebuild = rebuild
        self._lock = RLock()

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        """Run one query. A damaged cache file is detected here, rebuilt once, and asked again."""
        return self._query(sql, parameters, None)[1]

    def rows_in(self, sql: str, values: Sequence[Any]) -> list[Any]:
        """Run `sql`, whose `({marks})` takes a list of values, for `values` a chunk at a time: the
        rows of every chunk, in turn. SQLite refuses a statement binding more variables than its
        limit (32,766 on most builds, 999 on older ones), and 260,000 facts can match one word."""
        size = self.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        found: list[Any] = []
        for start in range(0, len(values), size):
            chunk = values[start : start + size]
            found += self.rows(sql.format(marks=",".join("?" * len(chunk))), chunk)
        return found

    def stream(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[Any]:
        """Run one query whose rows may be many: they are fetched a batch at a time as read.

        The first batch is fetched now, so damage found there is rebuilt as `rows` rebuilds
        it. Damage found later, after rows were handed on, cannot be undone: the file is
        removed, for the next call to rebuild, and the error reported.
        """
        cursor, first = self._query(sql, parameters, STREAM_BATCH)
        return self._rest(cursor, first)

    def _query(
        self, sql: str, parameters: Sequence[Any], batch: int | None
    ) -> tuple[sqlite3.Cursor, list[Any]]:
        """The cursor of a query and its rows (all, or a first batch). Damage is rebuilt once;
        found again, it is reported. Any other error is raised as it is: a wrong argument, too
        many variables or a closed connection says nothing about the file, and never costs it."""
        with self._lock:
            try:
                return self._fetch(sql, parameters, batch)
            except sqlite3.DatabaseError as error:
                if not is_damage(error):
                    raise
                self._replace(error)
            try:
                return self._fetch(sql, parameters, batch)
            except sqlite3.DatabaseError as error:
                if not is_damage(error):
                    raise
                raise self._damaged(error) from None

    def _fetch(
        self, sql: str, parameters: Sequence[Any], batch: int | None
    ) -> tuple[sqlite3.Cursor, list[Any]]:
        cursor = self._execute(sql, parameters)
        return cursor, _opened(cursor, cursor.fetchall() if batch is None else cursor.fetchmany(batch))

    def _execute(self, sql: str, parameters: Sequence[Any]) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, parameters)
        except UnicodeEncodeError:
            # Text that is not Unicode (argv bytes kept as surrogates): as bytes, it equals no stored
            # text, so the question is answered "not found" rather than failing.
            return self.connection.execute(sql, [_bindable(value) for value in parameters])

    def _rest(self, cursor: sqlite3.Cursor, batch: list[Any]) -> Iterator[Any]:
        while batch:
            yield from batch
            try:
                with self._lock:
                    batch = _opened(cursor, cursor.fetchmany(STREAM_BATCH))
            except sqlite3.DatabaseError as error:
                if not is_damage(error):
                    raise
                raise self._damaged(error) from None

    def _replace(self, error: sqlite3.DatabaseError) -> None:
        """Swap a damaged cached index for a rebuilt one, once; else the damage is reported."""
        if self._rebuild is None:
            raise self._damaged(error) from None
        rebuild, self._rebuild = self._rebuild, None
        # The damaged connection is not closed but dropped: a stream another thread is reading
        # from it then ends on the damage it finds, not on a closed connection.
        self.connection = rebuild()

    def _damaged(self, error: sqlite3.DatabaseError) -> Exception:
        """The error for damage that cannot be repaired in this call: the file is removed, so
        that the next call rebuilds it. An index in memory cannot be damaged: that is a bug."""
        if self.path is None:
            return error
        self.path.unlink(missing_ok=True)
        return IndexDamaged(
            f"the index was damaged while being read ({error}); it has been removed",
            "run the command again: the index is rebuilt from the fact files",
        )


# SQLite's result codes for a damaged file: SQLITE_CORRUPT ("database disk image is malformed")
# and SQLITE_NOTADB ("file is not a database"). Extended codes keep the primary one in the low byte.
_DAMAGE_CODES = frozenset({11, 26})


def is_damage(error: sqlite3.Error) -> bool:
    """Whether an error says the index file is damaged: a record's checksum, or SQLite's own
    checks. Only this rebuilds or removes an index."""
    if isinstance(error, RecordDamaged):
        return True
    if isinstance(error, sqlite3.OperationalError) and str(error).startswith("Could not decode to UTF-8"):
        return True  # Python's own check: beilun writes only UTF-8, so a changed byte made this text
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGE_CODES


# Columns holding records, each stored behind a checksum of its content (crc32: 8 hex digits
# before text, 4 bytes before a blob), checked whenever a query reads it.
SEALED_COLUMNS = frozenset({"record", "sentences", "postings", "data"})


def _opened(cursor: sqlite3.Cursor, rows: list[Any]) -> list[Any]:
    """`rows` with their sealed columns checked and unwrapped."""
    sealed = [number for number, column in enumerate(cursor.description or ()) if column[0] in SEALED_COLUMNS]
    if not sealed or not rows:
        return rows
    if len(sealed) == len(rows[0]) == 1:
        return [(unsealed(row[0]),) for row in rows]
    return [
        tuple(unsealed(value) if number in sealed else value for number, value in enumerate(row))
        for row in rows
    ]


def _bindable(value: object) -> object:
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value


# on every call until its times are safely old.
RACY_NS = 2_000_000_000


def _state(anchor: str, files: Sequence[str], now: int) -> list[list[Any]]:
    """What the index is built from: for each file (named relative to `anchor`, so that one base
    named two ways has one state), its inode, change time, size and modification time, and the
    checksum of its bytes when those times are too recent to tell an edit (RACY_NS).

    A file that vanished has no times: the state then never matches a later one.
    """
    entries: list[list[Any]] = []
    for name in files:
        path = os.path.join(anchor, name)
        try:
            info = os.stat(path)
            digest = file_digest(path) if max(info.st_mtime_ns, info.st_ctime_ns) > now - RACY_NS else None
            entries.append([name, *file_times(info), digest])
        except OSError:
            entries.append([name, None, None, None, None, None])
    return entries


def _relative(anchor: str, paths: Sequence[Path]) -> list[str]:
    return [os.path.relpath(path, anchor) for path in paths]


def open_index(root: Path, *, use_cache: bool = True, progress: BuildProgress | None = None) -> Index:
    """The index of the base at `root`: from the cache when it is fresh, else built now.

    `use_cache=False`, a cache that cannot be used, or another process still building it past
    BUILD_WAIT builds it in memory; the index's `notes` then say why, as they name what the
    file discovery skipped.
    """
    found = paths.discover(root)
    notes = [f"skipped {skipped}" for skipped in found.skipped]
    anchor = anchor_of(root)
    names = _relative(anchor, found.files)
    display = progress or _no_progress
    path = None
    if use_cache:
        try:
            path = cache_file(root)
        except NoCache as why:
            notes.append(f"{why}; answering from memory")
    if path is not None:
        connection = _open_fresh(path, anchor, names)
        if connection is not None:
            return Index(connection, path, lambda: _rebuilt(root, path, progress), notes)
        from beilun_cli.store.build_lock import build_lock, clean

        with build_lock(path, display) as locked:
            if locked:
                # Another process may have built it while this one waited.
                connection = _open_fresh(path, anchor, names)
                if connection is not None:
                    return Index(connection, path, lambda: _rebuilt(root, path, progress), notes)
                clean(path)
                with display() as report:
                    return _built(root, anchor, names, path, report, notes)
        notes.append("another process is still building the index; answering from memory")
    with display() as report:
        return _built(root, anchor, names, None, report, notes)


def _no_progress() -> AbstractContextManager[ProgressReport]:
    return nullcontext(lambda stage, done, total: None)


def _built(
    root: Path, anchor: str, names: list[str], path: Path | None, report: ProgressReport, notes: list[str]
) -> Index:
    from beilun_cli.store import fact_tables, loader
    from beilun_cli.store.index_build import build, fill

    # The state is read before the files: an edit made during the build then shows as a
    # changed state on the next call, and the index is rebuilt rather than trusted.
    now = time.time_ns()
    before = _state(anchor, names, now)
    # A large base allocates millions of objects that all live to the end: the cyclic garbage
    # collector would scan them again and again, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        updated = fact_tables.updated(root, anchor, names, path) if path is not None else None
        base, tables = updated if updated is not None else (loader.load(root, report), None)
        texts = _relative(anchor, [Path(source.text_path) for source in base.sources.values()])
        unchanged = _state(anchor, names, now) == before
        state = dumps({"facts": before, "texts": _state(anchor, texts, now)}) if unchanged else ""
        meta = {"schema": SCHEMA_VERSION, "state": state, "root": str(root.resolve())}
        if path is not None:
            try:
                build(base, path, meta, report, tables)
                return Index(connect(path, readonly=True), path, notes=notes)
            except (OSError, sqlite3.Error):
                pass  # a read-only or missing cache directory: answer from memory instead
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        fill(connection, base, meta, report, tables)
        return Index(connection, notes=notes)
    finally:
        if collecting:
            gc.enable()


def _rebuilt(root: Path, path: Path, progress: BuildProgress | None) -> sqlite3.Connection:
    """A fresh index for a base whose cached one turned out to be damaged."""
    path.unlink(missing_ok=True)
    return open_index(root, progress=progress).connection


def _open_fresh(path: Path, anchor: str, names: list[str]) -> sqlite3.Connection | None:
    """The cached index if it exists, is intact and matches the files now; else None."""
    try:
        connection = connect(path, readonly=True)
    except sqlite3.Error:
        return None
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        state = json.loads(meta["state"])
        if (
            meta["schema"] == SCHEMA_VERSION
            and meta["layout"] == layout(connection)
            and [entry[0] for entry in state["facts"]] == names
            and files_match(anchor, state["facts"] + state["texts"])
        ):
            _settle(path, meta["state"], state)
            return connection
    except (sqlite3.Error, OSError, KeyError, IndexError, ValueError, TypeError):
        pass  # missing, stale, foreign or corrupt: rebuild
    connection.close()
    return None


def _settle(path: Path, stored: str, state: dict[str, list[list[Any]]]) -> None:
    """Drop the checksums of files verified by content once their times are safely old, so that
    later calls compare times only (git does the same when it next writes its index)."""
    entries = state["facts"] + state["texts"]
    if all(entry[5] is None for entry in entries):
        return
    safe = time.time_ns() - RACY_NS
    if any(max(entry[2], entry[4]) > safe for entry in entries if entry[5] is not None):
        return
    for entry in entries:
        entry[5] = None
    try:
        with closing(sqlite3.connect(path, timeout=0)) as connection, connection:
            # Only if the file still holds the state just verified: another process may have replaced it.
            connection.execute(
                "UPDATE meta SET value = ? WHERE key = 'state' AND value = ?", (dumps(state), stored)
            )
    except sqlite3.Error:
        pass  # a read-only cache: the checksums are checked again next time, which is only slower
