"""The index's life cycle: where it lives, whether it is fresh, how it is built and repaired.

The index is a SQLite copy of a validated fact base, kept in the user's cache
($XDG_CACHE_HOME/beilun, else ~/.cache/beilun). The TOML files stay the truth. On first use,
and whenever any file of the base changes, the base is loaded and validated (loader) and
written to a temporary file that is then renamed into place, so that two processes building
at once never see half an index. Where the cache cannot be written, the same index is built
in memory for this call, so answers never depend on the cache. A cached file found damaged
while it is read is rebuilt once (`Index.rows`).

Imports here stay light (sqlite3, json): this module is on the path of every command but
`validate`. The loader and the analyzer are imported only to build an index. The queries
over an index are catalog's.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beilun_cli import paths
from beilun_cli.errors import IndexDamaged

if TYPE_CHECKING:
    from beilun_cli.model import LoadedBase

# Told (stage, done, total) as a build goes on.
ProgressReport = Callable[[str, int, int], object]
# Opens a progress display around one build: each build (a first one, or a rebuild after damage
# found later in the call) gets a display of its own, closed when the build ends.
BuildProgress = Callable[[], AbstractContextManager[ProgressReport]]

# Rows fetched at a time by `Index.stream`: a whole base never sits in memory at once.
STREAM_BATCH = 1000

# Bump when the layout or the meaning of any column changes: old files are then rebuilt.
SCHEMA_VERSION = "5"

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
    record TEXT NOT NULL
);
CREATE INDEX facts_by_topic ON facts (topic, position);
CREATE INDEX facts_by_time ON facts (starts, ends, position) WHERE starts IS NOT NULL;
CREATE TABLE topics (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
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
"""


class Index:
    """An open index. Queries go through `rows` and `stream`, which repair a damaged cached file."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None = None,
        rebuild: Callable[[], sqlite3.Connection] | None = None,
    ) -> None:
        self.connection = connection
        # Set for an index read from the cache: its file, and how to replace it if it proves damaged.
        self.path = path
        self._rebuild = rebuild

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        """Run one query. A damaged cache file is detected here, rebuilt once, and asked again."""
        try:
            return self.connection.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            self._replace(error)
            return self.connection.execute(sql, parameters).fetchall()

    def stream(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[Any]:
        """Run one query whose rows may be many: they are fetched a batch at a time as read.

        The first batch is fetched now, so damage found there is rebuilt as `rows` rebuilds
        it. Damage found later, after rows were handed on, cannot be undone: the file is
        removed, for the next call to rebuild, and the error reported.
        """
        try:
            cursor = self.connection.execute(sql, parameters)
            first = cursor.fetchmany(STREAM_BATCH)
        except sqlite3.DatabaseError as error:
            self._replace(error)
            cursor = self.connection.execute(sql, parameters)
            first = cursor.fetchmany(STREAM_BATCH)
        return self._rest(cursor, first)

    def _rest(self, cursor: sqlite3.Cursor, batch: list[Any]) -> Iterator[Any]:
        while batch:
            yield from batch
            try:
                batch = cursor.fetchmany(STREAM_BATCH)
            except sqlite3.DatabaseError as error:
                if self.path is None:
                    raise
                self.path.unlink(missing_ok=True)
                raise IndexDamaged(
                    f"the index was damaged while being read ({error}); it has been removed",
                    "run the command again: the index is rebuilt from the fact files",
                ) from None

    def _replace(self, error: sqlite3.DatabaseError) -> None:
        """Swap a damaged cached index for a rebuilt one, once; else the error stands."""
        if self._rebuild is None:
            raise error
        rebuild, self._rebuild = self._rebuild, None
        self.connection.close()
        self.connection = rebuild()


def cache_dir() -> Path:
    configured = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec ignores a relative XDG_CACHE_HOME.
    base = Path(configured) if os.path.isabs(configured) else Path.home() / ".cache"
    return base / "beilun"


def index_path(root: Path, directory: Path) -> Path:
    """One file per base. crc32, not hashlib: loading OpenSSL would cost every call 2 ms, and
    two bases sharing a key only rebuild each other's index (the state check sees it)."""
    resolved = str(root.resolve())
    key = zlib.crc32(resolved.encode("utf-8", "surrogateescape"))
    name = "".join(char if char.isalnum() else "-" for char in root.resolve().name)[:40]
    return directory / f"index-{name}-{key:08x}.sqlite"


def _state(files: Sequence[Path]) -> str:
    """What the index was built from: each file's path, size and modification time."""
    entries = []
    for path in files:
        info = path.stat()
        entries.append([str(path), info.st_size, info.st_mtime_ns])
    return json.dumps(entries, ensure_ascii=False)


def open_index(root: Path, *, use_cache: bool = True, progress: BuildProgress | None = None) -> Index:
    """The index of the base at `root`: from the cache when it is fresh, else built now.

    `use_cache=False`, or a cache directory that cannot be written, builds it in memory.
    """
    toml_files = paths.fact_files(root)
    try:
        path = index_path(root, cache_dir())
    except (RuntimeError, KeyError):  # no home directory to hold a cache
        path, use_cache = Path(os.devnull), False
    if use_cache:
        connection = _open_fresh(path, toml_files)
        if connection is not None:
            return Index(connection, path, lambda: _rebuilt(root, path, progress))
    with (progress or _no_progress)() as report:
        return _built(root, toml_files, path, use_cache, report)


def _no_progress() -> AbstractContextManager[ProgressReport]:
    return nullcontext(lambda stage, done, total: None)


def _built(root: Path, toml_files: list[Path], path: Path, use_cache: bool, report: ProgressReport) -> Index:
    from beilun_cli import loader

    # The state is read before the files: an edit made during the build then shows as a
    # changed state on the next call, and the index is rebuilt rather than trusted.
    before = _state(toml_files)
    # A large base allocates millions of objects that all live to the end: the cyclic garbage
    # collector would scan them again and again, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        base = loader.load(root, report)
        texts = [Path(source.text_path) for source in base.sources.values()]
        state = _state(toml_files + texts) if _state(toml_files) == before else ""
        if use_cache:
            try:
                build(base, path, state, texts, report)
                return Index(_connect(path, readonly=True), path)
            except (OSError, sqlite3.Error):
                pass  # a read-only or missing cache directory: answer from memory instead
        connection = sqlite3.connect(":memory:")
        _fill(connection, base, state, texts, report)
        return Index(connection)
    finally:
        if collecting:
            gc.enable()


def _rebuilt(root: Path, path: Path, progress: BuildProgress | None) -> sqlite3.Connection:
    """A fresh index for a base whose cached one turned out to be damaged."""
    path.unlink(missing_ok=True)
    return open_index(root, progress=progress).connection


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def _open_fresh(path: Path, toml_files: list[Path]) -> sqlite3.Connection | None:
    """The cached index if it exists, is intact and matches the files now; else None."""
    try:
        connection = _connect(path, readonly=True)
    except sqlite3.Error:
        return None
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        texts = [Path(text) for text in json.loads(meta["texts"])]
        if meta["schema"] == SCHEMA_VERSION and meta["state"] == _state(toml_files + texts):
            return connection
    except (sqlite3.Error, OSError, KeyError, ValueError, TypeError):
        pass  # missing, stale, foreign or corrupt: rebuild
    connection.close()
    return None


def build(
    base: LoadedBase, path: Path, state: str, texts: list[Path], progress: ProgressReport | None = None
) -> None:
    """Write the index of `base` to `path` atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with closing(_connect(temporary, readonly=False)) as connection:
            _fill(connection, base, state, texts, progress)
        os.replace(temporary, path)
    finally:
        # Interrupted or failed: no half-written file is left behind.
        temporary.unlink(missing_ok=True)


def _fill(
    connection: sqlite3.Connection,
    base: LoadedBase,
    state: str,
    texts: list[Path],
    progress: ProgressReport | None,
) -> None:
    from beilun_cli import search

    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(_SCHEMA)
    step = progress or (lambda stage, done, total: None)
    with connection:
        connection.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    position,
                    fact.id,
                    fact.topic,
                    fact.location.source,
                    fact.value,
                    fact.unit,
                    fact.quantity.qualifier if fact.quantity else None,
                    fact.as_of.first_year if fact.as_of else None,
                    fact.as_of.last_year if fact.as_of else None,
                    fact.as_of.start if fact.as_of else None,
                    fact.as_of.end if fact.as_of else None,
                    fact.quantity.amount if fact.quantity else None,
                    fact.quantity.amount_unit if fact.quantity else None,
                    _dumps(fact.to_json()),
                )
                for position, fact in enumerate(base.facts)
            ),
        )
        step("indexing", 1, 3)
        connection.executemany(
            "INSERT INTO topics VALUES (?, ?, ?)",
            (
                (position, topic.id, _dumps({"id": topic.id, "name": topic.name.to_json()}))
                for position, topic in enumerate(base.topics.values())
            ),
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
                (position, entity.id, entity.kind, _dumps(entity.to_json()))
                for position, entity in enumerate(base.entities.values())
            ),
        )
        connection.executemany(
            "INSERT OR IGNORE INTO entity_facts VALUES (?, ?)",
            ((entity, position) for position, fact in enumerate(base.facts) for entity in fact.entities),
        )
        connection.executemany(
            "INSERT INTO sources VALUES (?, ?, ?)",
            (
                (position, source.id, _dumps(source.to_json()))
                for position, source in enumerate(base.sources.values())
            ),
        )
        connection.executemany(
            "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?)",
            (
                (
                    source.id,
                    number,
                    text,
                    " ".join(en for _, en in source.translation[number - 1]) if source.translation else None,
                    _dumps(source.translation[number - 1]) if source.translation else None,
                )
                for source in base.sources.values()
                for number, text in enumerate(source.paragraphs, start=1)
            ),
        )
        postings = search.build_postings(base)
        step("indexing", 2, 3)
        # Each term's postings as one blob of (position, frequency) pairs: compact, read at once.
        connection.executemany(
            "INSERT INTO terms VALUES (?, ?)",
            ((term, flat.tobytes()) for term, flat in postings.terms.items()),
        )
        connection.executemany(
            "INSERT INTO vocabulary VALUES (?)", ((word,) for word in search.suggestion_words(base))
        )
        connection.executemany(
            "INSERT INTO blobs VALUES (?, ?)", [("norms", array("d", postings.norms).tobytes())]
        )
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("schema", SCHEMA_VERSION),
                ("state", state),
                ("texts", _dumps([str(text) for text in texts])),
                ("root", base.root),
            ],
        )
    step("indexing", 3, 3)


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)
