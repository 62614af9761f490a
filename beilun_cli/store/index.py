"""The index's life cycle: where it lives, whether it is fresh, how it is built and repaired.

The index is a SQLite copy of a validated fact base, kept in the user's cache
($XDG_CACHE_HOME/beilun, else ~/.cache/beilun). The TOML files stay the truth. Freshness is
decided as git decides it: each file's inode, ctime, size and mtime, and its content as well
while its times are too recent to tell an edit (`_state`). On first use, and whenever any
file of the base changes, one process at a time (`_build_lock`) loads and validates the base
(loader) and writes it to a temporary file that is then renamed into place, so that no
process ever sees half an index. After an edit of files holding only facts, the index is
updated instead (fact_tables): those files are read again, the other facts carried over, and
what depends on the whole base (norms, postings, suggestions) recomputed, to the very index a
full build would write. Where the cache cannot be used, or is not this user's alone
(`_trusted`), the same index is built in memory for this call, so answers never depend on it.
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
import stat
import time
import zlib
from _thread import RLock  # threading's lock, without importing threading on every call
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beilun_cli.base import paths
from beilun_cli.base.errors import IndexDamaged
from beilun_cli.store.index_file import (
    SCHEMA_VERSION,
    RecordDamaged,
    connect,
    dumps,
    file_digest,
    file_times,
    files_match,
    seal,
    seal_bytes,
    unsealed,
)

if TYPE_CHECKING:
    from beilun_cli.base.model import Concept, LoadedBase, Measure, Source
    from beilun_cli.store.fact_tables import FactTables

# Told (stage, done, total) as a build goes on.
ProgressReport = Callable[[str, int, int], object]
# Opens a progress display around one build: each build (a first one, or a rebuild after damage
# found later in the call) gets a display of its own, closed when the build ends.
BuildProgress = Callable[[], AbstractContextManager[ProgressReport]]

# Seconds a process waits for another one's build of the same index before building its own in memory.
BUILD_WAIT = 60.0

# Rows fetched at a time by `Index.stream`: a whole base never sits in memory at once.
STREAM_BATCH = 1000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE facts (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    topic TEXT NOT NULL,
    source TEXT NOT NULL,
    value REAL,
    unit TEXT,
    qualifier TEXT,
    first_year INTEGER,
    last_year INTEGER,
    starts TEXT,
    ends TEXT,
    amount REAL,
    amount_unit TEXT,
    measure TEXT,
    subject TEXT,
    record TEXT NOT NULL
);
CREATE INDEX facts_by_topic ON facts (topic, position);
CREATE INDEX facts_by_time ON facts (starts, ends, position) WHERE starts IS NOT NULL;
CREATE TABLE topics (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE measures (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE concepts (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE pinyin (key TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entity_names (
    name TEXT NOT NULL, written TEXT NOT NULL, entity TEXT NOT NULL, rank INTEGER NOT NULL
);
CREATE INDEX entity_names_by_name ON entity_names (name);
CREATE INDEX entity_names_by_entity ON entity_names (entity, rank);
CREATE TABLE entities (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, record TEXT NOT NULL
);
CREATE TABLE entity_facts (entity TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (entity, position))
    WITHOUT ROWID;
CREATE TABLE sources (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE paragraphs (source TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,
    en TEXT, sentences TEXT, PRIMARY KEY (source, number)) WITHOUT ROWID;
CREATE TABLE terms (term TEXT PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE vocabulary (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE files (name TEXT PRIMARY KEY, first INTEGER NOT NULL, facts INTEGER NOT NULL,
    only_facts INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE claim_words (word TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
"""


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


def _insert_records(
    connection: sqlite3.Connection, table: str, items: Iterable[Measure | Concept | Source]
) -> None:
    """A table of records, each row its position, id and sealed JSON record."""
    connection.executemany(
        f"INSERT INTO {table} VALUES (?, ?, ?)",
        ((position, item.id, seal(dumps(item.to_json()))) for position, item in enumerate(items)),
    )


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


class NoCache(Exception):
    """Why this call has no usable cache file: the index is then built in memory, and this said."""


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/beilun, else ~/.cache/beilun; NoCache when neither is an absolute path."""
    configured = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(configured):
        return Path(configured) / "beilun"
    # The XDG spec ignores a relative XDG_CACHE_HOME. An empty or relative HOME would put the
    # cache wherever the call happens to start; expanduser would even turn an empty one into "/".
    home = os.environ["HOME"] if "HOME" in os.environ else os.path.expanduser("~")
    if not os.path.isabs(home):
        raise NoCache("no cache directory (HOME is not an absolute path)")
    return Path(home) / ".cache" / "beilun"


def index_path(root: Path, directory: Path) -> Path:
    """One file per base. crc32, not hashlib: loading OpenSSL would cost every call 2 ms, and
    two bases sharing a key only rebuild each other's index (the state check sees it)."""
    resolved = root.resolve()
    key = zlib.crc32(str(resolved).encode("utf-8", "surrogateescape"))
    name = "".join(char if char.isalnum() else "-" for char in resolved.name)[:40]
    return directory / f"index-{name}-{key:08x}.sqlite"


def _cache_file(root: Path) -> Path:
    """The index file of the base at `root`, in a cache directory that resolves, is this user's
    (`_trusted`) or can be made (`_make_directory`); else NoCache."""
    directory = cache_dir()
    try:
        resolved = directory.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, as Python 3.11 reports it
        raise NoCache(f"the cache directory {directory} cannot be resolved") from None
    path = index_path(root, resolved)
    try:
        _trusted(os.stat(resolved), f"the cache directory {resolved}")
    except FileNotFoundError:
        if not os.path.isdir(resolved.parent.parent):  # HOME=/nonexistent/x: make nothing there
            raise NoCache(f"no cache directory ({resolved.parent.parent} does not exist)") from None
        return path
    except OSError:
        return path  # not reachable, or not a folder: the build finds out, and answers from memory
    try:
        info = os.stat(path)
    except OSError:
        return path  # not built yet, or not reachable: the build finds out which
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the open forever; a folder cannot be replaced
        raise NoCache(f"the index path {path} is not a regular file")
    _trusted(info, f"the index {path}")
    return path


def _trusted(info: os.stat_result, what: str) -> None:
    """NoCache unless a cache file or folder is this user's (or root's, who could replace it anyway)
    and no one else may write it, as ssh's StrictModes and git's safe.directory ask: another user
    who can write the cache could hand this one forged answers, checksums and all."""
    if info.st_uid not in (os.geteuid(), 0):
        raise NoCache(f"{what} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise NoCache(f"{what} is writable by other users")


def _make_directory(directory: Path) -> None:
    """Make the cache directory and, if need be, the folder it is in ($XDG_CACHE_HOME, ~/.cache),
    private (0700, as the XDG spec asks), and never a folder above them; then check that it is
    this user's (a folder another user made at the same moment is not). OSError if it cannot be."""
    for folder in (directory.parent, directory):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
    try:
        _trusted(os.stat(directory), str(directory))
    except NoCache as why:
        raise PermissionError(str(why)) from None


# A file whose times are this close to the moment its state was taken may have been edited again
# within the same clock tick (whole seconds on ext3, FAT's two, many network mounts) without
# any time changing: git calls it "racily clean". Its content is hashed as well, and checked
# on every call until its times are safely old.
RACY_NS = 2_000_000_000


def _anchor(root: Path) -> str:
    """The folder a base's files are named relative to in its state."""
    return str(root if root.is_dir() else root.parent)


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
    anchor = _anchor(root)
    names = _relative(anchor, found.files)
    display = progress or _no_progress
    path = None
    if use_cache:
        try:
            path = _cache_file(root)
        except NoCache as why:
            notes.append(f"{why}; answering from memory")
    if path is not None:
        connection = _open_fresh(path, anchor, names)
        if connection is not None:
            return Index(connection, path, lambda: _rebuilt(root, path, progress), notes)
        with _build_lock(path, display) as locked:
            if locked:
                # Another process may have built it while this one waited.
                connection = _open_fresh(path, anchor, names)
                if connection is not None:
                    return Index(connection, path, lambda: _rebuilt(root, path, progress), notes)
                _clean(path)
                with display() as report:
                    return _built(root, anchor, names, path, report, notes)
        notes.append("another process is still building the index; answering from memory")
    with display() as report:
        return _built(root, anchor, names, None, report, notes)


def _no_progress() -> AbstractContextManager[ProgressReport]:
    return nullcontext(lambda stage, done, total: None)


@contextmanager
def _build_lock(path: Path, display: BuildProgress) -> Iterator[bool]:
    """Held around a build, so that one process builds while the others wait for its index.

    True once held, or when no lock can be taken (a cache that cannot be written: the build then
    falls back to memory); False when another process still holds it after BUILD_WAIT seconds.
    """
    try:
        _make_directory(path.parent)
        descriptor = os.open(_lock_path(path), os.O_RDWR | os.O_CREAT | os.O_NONBLOCK, 0o600)
    except OSError:
        yield True
        return
    try:
        yield _acquired(descriptor) or _waited(descriptor, display)
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock


def _waited(descriptor: int, display: BuildProgress) -> bool:
    """Wait for the lock, up to BUILD_WAIT seconds, saying so on a terminal; whether it was had.
    The display is closed before anything else is shown (a build's own display)."""
    with display() as report:
        report("waiting for another process to build it", 0, 1)
        deadline = time.monotonic() + BUILD_WAIT
        while not _acquired(descriptor):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
    return True


def _acquired(descriptor: int) -> bool:
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a filesystem without locks: build, as before locks existed
    return True


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _clean(path: Path) -> None:
    """Before a build: remove what killed builds left (temporary files whose process is gone) and
    the indexes of bases that no longer exist."""
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        try:
            if name.endswith(".tmp") and name.startswith(".index-"):
                if not _alive(name[: -len(".tmp")].rpartition(".")[2]):  # .index-….sqlite.<pid>.tmp
                    os.unlink(entry.path)
            elif name.startswith("index-") and name.endswith(".sqlite") and name != path.name:
                if entry.is_file(follow_symlinks=False) and _vanished(entry.path):
                    os.unlink(entry.path)
                    _lock_path(Path(entry.path)).unlink(missing_ok=True)
        except OSError:
            pass  # another process cleaned it first, or it is not ours to remove


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except ValueError:
        return True  # not a name beilun writes: leave it
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _vanished(index_file: str) -> bool:
    """Whether the base an index file was built from no longer exists."""
    try:
        with closing(sqlite3.connect(f"{Path(index_file).as_uri()}?mode=ro", uri=True)) as connection:
            [(root,)] = connection.execute("SELECT value FROM meta WHERE key = 'root'").fetchall()
    except (sqlite3.Error, ValueError):
        return False  # not one beilun can read: a later schema, or damage a rebuild will replace
    return isinstance(root, str) and os.path.isabs(root) and not os.path.lexists(root)


def _built(
    root: Path, anchor: str, names: list[str], path: Path | None, report: ProgressReport, notes: list[str]
) -> Index:
    from beilun_cli.store import fact_tables, loader

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
        _fill(connection, base, meta, report, tables)
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
            and meta["layout"] == _layout(connection)
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


def build(
    base: LoadedBase,
    path: Path,
    meta: dict[str, str],
    progress: ProgressReport | None = None,
    tables: FactTables | None = None,
) -> None:
    """Write the index of `base` to `path` atomically (a temporary file, then a rename)."""
    _make_directory(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)  # a killed build's, whose process id this one now has
    try:
        # Made here, private, never through a link: SQLite then writes into this very file.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
        with closing(connect(temporary, readonly=False)) as connection:
            _fill(connection, base, meta, progress, tables)
        os.replace(temporary, path)
    finally:
        # Interrupted or failed: no half-written file is left behind.
        temporary.unlink(missing_ok=True)


def _fill(
    connection: sqlite3.Connection,
    base: LoadedBase,
    meta: dict[str, str],
    progress: ProgressReport | None,
    tables: FactTables | None = None,
) -> None:
    from beilun_cli.search import engine

    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(_SCHEMA)
    meta = {**meta, "layout": _layout(connection)}
    step = progress or (lambda stage, done, total: None)
    if tables is None:
        from beilun_cli.store.fact_tables import FactTables

        tables = FactTables.from_base(base, _anchor(Path(base.root)))
    with connection:
        connection.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tables.facts
        )
        step("indexing", 1, 3)
        connection.executemany(
            "INSERT INTO topics VALUES (?, ?, ?)",
            (
                (position, topic.id, seal(dumps({"id": topic.id, "name": topic.name.to_json()})))
                for position, topic in enumerate(base.topics.values())
            ),
        )
        _insert_records(connection, "measures", base.measures.values())
        _insert_records(connection, "concepts", base.concepts.values())
        # Entities' names and concepts' Chinese words by their pinyin (zhangrenya -> 张人亚, fangzi ->
        # 房子): pypinyin is loaded here only, never to answer a query.
        connection.executemany(
            "INSERT INTO pinyin VALUES (?, ?)",
            ((key, seal(dumps(names))) for key, names in engine.pinyin_table(base).items()),
        )
        connection.executemany(
            "INSERT INTO entity_names VALUES (?, ?, ?, ?)",
            (
                (name.strip().casefold(), name, entity.id, rank)
                for entity in base.entities.values()
                for rank, name in enumerate((entity.id, *entity.names))
            ),
        )
        connection.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?)",
            (
                (position, entity.id, entity.kind, seal(dumps(entity.to_json())))
                for position, entity in enumerate(base.entities.values())
            ),
        )
        connection.executemany("INSERT OR IGNORE INTO entity_facts VALUES (?, ?)", tables.entity_facts)
        _insert_records(connection, "sources", base.sources.values())
        connection.executemany(
            "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?)",
            (
                (
                    source.id,
                    number,
                    text,
                    " ".join(en for _, en in source.translation[number - 1]) if source.translation else None,
                    seal(dumps(source.translation[number - 1])) if source.translation else None,
                )
                for source in base.sources.values()
                for number, text in enumerate(source.paragraphs, start=1)
            ),
        )
        step("indexing", 2, 3)
        # Each term's postings as one blob of (position, frequency) pairs: compact, read at once.
        connection.executemany(
            "INSERT INTO terms VALUES (?, ?)",
            ((term, seal_bytes(flat.tobytes())) for term, flat in tables.terms),
        )
        vocabulary = engine.suggestion_names(base).union(tables.words)
        connection.executemany("INSERT INTO vocabulary VALUES (?)", ((word,) for word in sorted(vocabulary)))
        connection.executemany("INSERT INTO claim_words VALUES (?, ?)", tables.words.items())
        connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?)", tables.files)
        norms = array("d", engine.length_norms(tables.lengths))
        # What finds a concept or a measure in a query: read whole by every search.
        patterns = dumps(engine.concept_patterns(base)).encode("utf-8")
        connection.executemany(
            "INSERT INTO blobs VALUES (?, ?)",
            [
                ("norms", seal_bytes(norms.tobytes())),
                ("lengths", seal_bytes(tables.lengths.tobytes())),
                ("patterns", seal_bytes(patterns)),
            ],
        )
        connection.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    step("indexing", 3, 3)


def _layout(connection: sqlite3.Connection) -> str:
    """A checksum of an index's schema: each table's and index's definition and first page. A
    changed byte there is not corruption to SQLite: it reads a column by another name, or a
    table from another table's pages. Checked when a cached index is opened, as records are read."""
    # Joined by SQLite, not in Python: a warm call pays 0.1 ms for it, not 0.3.
    [(schema,)] = connection.execute(
        "SELECT group_concat(type || ' ' || name || ' ' || tbl_name || ' ' || rootpage || ' '"
        " || coalesce(sql, ''), char(10)) FROM sqlite_master"
    ).fetchall()
    return f"{zlib.crc32(str(schema).encode('utf-8', 'surrogatepass')):08x}"
