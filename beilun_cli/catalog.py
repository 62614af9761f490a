"""The persistent index: a SQLite copy of a validated fact base, kept in the user's cache.

The TOML files stay the truth. On first use, and whenever any file of the base changes, the
base is loaded and validated as usual and written to an SQLite file in the cache directory
($XDG_CACHE_HOME/beilun, else ~/.cache/beilun): built in a temporary file and renamed into
place, so that two processes building at once never see half an index. Later calls read only
what they need from it: one fact, one topic's first rows, the postings of a query's terms.
Where the cache cannot be written, the same index is built in memory for this call, so
answers never depend on the cache.

Imports here stay light (sqlite3, json): this module is on the path of every command but
`validate`. The loader and the analyzer are imported only to build an index.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beilun_cli import paths
from beilun_cli.errors import IndexDamaged, NotFoundError, did_you_mean, unknown_topic

if TYPE_CHECKING:
    from beilun_cli.model import FactBase
    from beilun_cli.search import Postings

JSON = dict[str, Any]
# Told (stage, done, total) as a long build goes on: drives the progress bar.
Progress = Callable[[str, int, int], object]

# Rows fetched at a time by `Catalog.stream`: a whole base never sits in memory at once.
STREAM_BATCH = 1000

# Bump when the layout or the meaning of any column changes: old files are then rebuilt.
SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE facts (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    topic TEXT NOT NULL,
    value REAL,
    unit TEXT,
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
CREATE TABLE entity_names (name TEXT NOT NULL, entity TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE INDEX entity_names_by_name ON entity_names (name);
CREATE TABLE entities (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, record TEXT NOT NULL
);
CREATE TABLE entity_facts (entity TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (entity, position))
    WITHOUT ROWID;
CREATE TABLE paragraphs (source TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (source, number)) WITHOUT ROWID;
CREATE TABLE terms (term TEXT PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE vocabulary (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""


class Filters:
    """What `list`, `search` and `timeline` may narrow facts by; None means 'any'.

    `since` and `until` keep the facts whose time overlaps those years; `year` is both at once.
    """

    __slots__ = ("topic", "entity", "unit", "minimum", "maximum", "since", "until")

    def __init__(
        self,
        topic: str | None = None,
        entity: str | None = None,
        unit: str | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        year: int | None = None,
        since: int | None = None,
        until: int | None = None,
    ) -> None:
        self.topic = topic
        self.entity = entity
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.since = year if year is not None else since
        self.until = year if year is not None else until


class Hit:
    """A search result: the fact object, its score, the query terms it matched."""

    __slots__ = ("record", "score", "terms")

    def __init__(self, record: JSON, score: float, terms: tuple[str, ...]) -> None:
        self.record = record
        self.score = score
        self.terms = terms


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


def open_catalog(root: Path, *, use_cache: bool = True, progress: Progress | None = None) -> Catalog:
    """The index of the base at `root`: from the cache when it is fresh, else built now.

    `use_cache=False`, or a cache directory that cannot be written, builds it in memory.
    """
    toml_files = paths.fact_files(root)
    try:
        path = index_path(root, cache_dir())
    except (RuntimeError, KeyError):  # no home directory to hold a cache
        path, use_cache = Path(os.devnull), False
    if use_cache:
        catalog = _open_fresh(path, toml_files)
        if catalog is not None:
            catalog.rebuild = lambda: _rebuilt(root, path, progress)
            catalog.path = path
            return catalog
    from beilun_cli import store

    # The state is read before the files: an edit made during the build then shows as a
    # changed state on the next call, and the index is rebuilt rather than trusted.
    before = _state(toml_files)
    # A large base allocates millions of objects that all live to the end: the cyclic garbage
    # collector would scan them again and again, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        base = store.load(root, progress)
        texts = [Path(source.text_path) for source in base.sources.values()]
        state = _state(toml_files + texts) if _state(toml_files) == before else ""
        return _index(base, path, state, texts, progress, use_cache)
    finally:
        if collecting:
            gc.enable()


def _index(
    base: FactBase, path: Path, state: str, texts: list[Path], progress: Progress | None, use_cache: bool
) -> Catalog:
    if use_cache:
        try:
            build(base, path, state, texts, progress)
            return Catalog(_connect(path, readonly=True))
        except (OSError, sqlite3.Error):
            pass  # a read-only or missing cache directory: answer from memory instead
    connection = sqlite3.connect(":memory:")
    _fill(connection, base, state, texts, progress)
    return Catalog(connection)


def _rebuilt(root: Path, path: Path, progress: Progress | None) -> sqlite3.Connection:
    """A fresh index for a base whose cached one turned out to be damaged."""
    path.unlink(missing_ok=True)
    return open_catalog(root, progress=progress).connection


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def _open_fresh(path: Path, toml_files: list[Path]) -> Catalog | None:
    """The cached index if it exists, is intact and matches the files now; else None."""
    try:
        connection = _connect(path, readonly=True)
    except sqlite3.Error:
        return None
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        texts = [Path(text) for text in json.loads(meta["texts"])]
        if meta["schema"] == SCHEMA_VERSION and meta["state"] == _state(toml_files + texts):
            return Catalog(connection)
    except (sqlite3.Error, OSError, KeyError, ValueError, TypeError):
        pass  # missing, stale, foreign or corrupt: rebuild
    connection.close()
    return None


def build(
    base: FactBase, path: Path, state: str, texts: list[Path], progress: Progress | None = None
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
    connection: sqlite3.Connection, base: FactBase, state: str, texts: list[Path], progress: Progress | None
) -> None:
    from beilun_cli import search

    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(_SCHEMA)
    step = progress or (lambda stage, done, total: None)
    with connection:
        connection.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    position,
                    fact.id,
                    fact.topic,
                    fact.value,
                    fact.unit,
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
                (
                    position,
                    topic.id,
                    json.dumps({"id": topic.id, "name": topic.name.to_json()}, ensure_ascii=False),
                )
                for position, topic in enumerate(base.topics.values())
            ),
        )
        names = []
        for entity in base.entities.values():
            every = (entity.id, *entity.names)
            names += [(name.strip().casefold(), entity.id, rank) for rank, name in enumerate(every)]
        connection.executemany("INSERT INTO entity_names VALUES (?, ?, ?)", names)
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
            "INSERT INTO paragraphs VALUES (?, ?, ?)",
            (
                (source.id, number, text)
                for source in base.sources.values()
                for number, text in enumerate(source.paragraphs, start=1)
            ),
        )
        postings = search.build_postings(base)
        step("indexing", 2, 3)
        connection.executemany("INSERT INTO terms VALUES (?, ?)", _packed_postings(postings))
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


def _packed_postings(postings: Postings) -> Iterator[tuple[str, bytes]]:
    """Each term's postings as one blob of (position, frequency) pairs: compact, read at once."""
    for term, flat in postings.terms.items():
        yield term, flat.tobytes()


class _IndexedPostings:
    """search.PostingSource over the index: reads only the terms a query asks for."""

    def __init__(self, catalog: Catalog) -> None:
        self._rows = catalog.rows
        self.count = catalog.fact_count
        self._norms: array[float] | None = None

    @property
    def norms(self) -> Sequence[float]:
        if self._norms is None:
            [(data,)] = self._rows("SELECT data FROM blobs WHERE name = 'norms'")
            self._norms = array("d")
            self._norms.frombytes(data)
        return self._norms

    def postings(self, term: str) -> Sequence[tuple[int, int]]:
        found = self._rows("SELECT postings FROM terms WHERE term = ?", (term,))
        if not found:
            return ()
        packed = array("I")
        packed.frombytes(found[0][0])
        return list(zip(packed[0::2], packed[1::2], strict=True))

    def knows(self, term: str) -> bool:
        return bool(self._rows("SELECT 1 FROM terms WHERE term = ?", (term,)))


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


# Filters compared with one column each: (Filters attribute, condition).
_VALUE_CLAUSES = (
    ("unit", "unit = ?"),
    ("minimum", "value >= ?"),
    ("maximum", "value <= ?"),
    ("since", "last_year >= ?"),  # the fact's time reaches that year or later
    ("until", "first_year <= ?"),  # it starts that year or earlier
)


def _parsed(rows: Iterator[Any]) -> Iterator[JSON]:
    return (json.loads(row[0]) for row in rows)


def _entity_names(record: JSON) -> list[str]:
    """An entity's id, then every name it goes by (model.Entity.names)."""
    return [record["id"], record["name"]["zh"], record["name"]["en"], *record["aliases"]]


def _like(prefix: str) -> str:
    """A LIKE pattern matching text that starts with `prefix`, taken literally."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Catalog:
    """Questions to the index; every answer is a JSON record, as the commands emit it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        # Set for an index read from the cache: its file, and how to replace it if it proves damaged.
        self.rebuild: Callable[[], sqlite3.Connection] | None = None
        self.path: Path | None = None

    def close(self) -> None:
        self.connection.close()

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
        if self.rebuild is None:
            raise error
        rebuild, self.rebuild = self.rebuild, None
        self.connection.close()
        self.connection = rebuild()

    @property
    def fact_count(self) -> int:
        [(count,)] = self.rows("SELECT count(*) FROM facts")
        return int(count)

    def topic_ids(self) -> list[str]:
        return [row[0] for row in self.rows("SELECT id FROM topics ORDER BY position")]

    def topics(self) -> list[JSON]:
        counts = dict(self.rows("SELECT topic, count(*) FROM facts GROUP BY topic"))
        rows = self.rows("SELECT id, record FROM topics ORDER BY position")
        return [{**json.loads(record), "facts": counts.get(ident, 0)} for ident, record in rows]

    def require_topic(self, topic: str) -> None:
        known = self.topic_ids()
        if topic not in known:
            raise unknown_topic(topic, known)

    def fact(self, fact_id: str) -> JSON:
        found = self.rows("SELECT record FROM facts WHERE id = ?", (fact_id,))
        if found:
            record: JSON = json.loads(found[0][0])
            return record
        # Candidates share the first letters: a base of 100,000 ids stays quick to miss.
        candidates = self.fact_ids(fact_id[:2], limit=5000)
        raise NotFoundError(f"no fact with id '{fact_id}'", did_you_mean(fact_id, candidates))

    def fact_ids(self, prefix: str = "", limit: int = -1) -> list[str]:
        """Ids starting with `prefix`, in base order (a negative limit is no limit)."""
        sql = "SELECT id FROM facts WHERE id LIKE ? ESCAPE '\\' ORDER BY position LIMIT ?"
        return [row[0] for row in self.rows(sql, (_like(prefix), limit))]

    def entity(self, name: str) -> str:
        """An entity's id by id, Chinese or English name, or alias (case-insensitive)."""
        sql = "SELECT entity FROM entity_names WHERE name = ? ORDER BY rank LIMIT 1"
        found = self.rows(sql, (name.strip().casefold(),))
        if found:
            return str(found[0][0])
        names = [
            every
            for (record,) in self.rows("SELECT record FROM entities ORDER BY position")
            for every in _entity_names(json.loads(record))
        ]
        raise NotFoundError(f"no entity named '{name}'", did_you_mean(name, names))

    def entity_record(self, name: str) -> JSON:
        """An entity found as `entity` finds it: its id, kind, names and aliases."""
        [(record,)] = self.rows("SELECT record FROM entities WHERE id = ?", (self.entity(name),))
        found: JSON = json.loads(record)
        return found

    def entities(self, kind: str | None = None) -> list[JSON]:
        """Every entity (or those of one kind) by kind then id, with how many facts name it."""
        where, values = (" WHERE kind = ?", [kind]) if kind is not None else ("", [])
        count = "SELECT count(*) FROM entity_facts WHERE entity_facts.entity = entities.id"
        rows = self.rows(f"SELECT record, ({count}) FROM entities{where} ORDER BY kind, id", values)
        return [{**json.loads(record), "facts": facts} for record, facts in rows]

    def _where(self, filters: Filters, *required: str) -> tuple[str, list[Any]]:
        """The WHERE clause of `filters` (with any `required` conditions) and its parameters."""
        clauses = list(required)
        values: list[Any] = []
        if filters.topic is not None:
            self.require_topic(filters.topic)
            clauses.append("topic = ?")
            values.append(filters.topic)
        if filters.entity is not None:
            clauses.append("position IN (SELECT position FROM entity_facts WHERE entity = ?)")
            values.append(self.entity(filters.entity))
        for attribute, clause in _VALUE_CLAUSES:
            value = getattr(filters, attribute)
            if value is not None:
                clauses.append(clause)
                values.append(value)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), values

    def _facts(self, filters: Filters, order: str, limit: int | None, *required: str) -> Iterator[JSON]:
        where, values = self._where(filters, *required)
        sql = f"SELECT record FROM facts{where} ORDER BY {order} LIMIT ?"
        return _parsed(self.stream(sql, [*values, -1 if limit is None else limit]))

    def select(self, filters: Filters, limit: int | None = None) -> Iterator[JSON]:
        """Facts passing every filter, in base order, read as they are used."""
        return self._facts(filters, "position", limit)

    def timeline(self, filters: Filters, limit: int | None = None) -> Iterator[JSON]:
        """Dated facts passing the filters, earliest first; of two with one start, the shorter
        first; then in base order."""
        return self._facts(filters, "starts, ends, position", limit, "starts IS NOT NULL")

    def figures(self, filters: Filters) -> Iterator[JSON]:
        """Facts with a normalised amount, by topic (in base order), unit, then largest first."""
        topic_order = "(SELECT position FROM topics WHERE topics.id = facts.topic)"
        order = f"{topic_order}, amount_unit, amount DESC, position"
        return self._facts(filters, order, None, "amount IS NOT NULL")

    def context(self, record: JSON) -> JSON:
        """The paragraph a fact's quote stands in, and where in it."""
        source = record["source"]
        [(paragraph,)] = self.rows(
            "SELECT text FROM paragraphs WHERE source = ? AND number = ?", (source["id"], source["paragraph"])
        )
        start = source["offset"]
        return {"paragraph": paragraph, "start": start, "end": start + len(record["quote"])}

    def search(self, text: str, filters: Filters, limit: int) -> tuple[list[Hit], int]:
        """The best `limit` facts for a query that pass the filters, and how many matched at all."""
        from beilun_cli import search

        where, values = self._where(filters)  # an unknown topic or entity fails before any search
        source = _IndexedPostings(self)
        ranked = search.rank(source, search.query_terms(text, source.knows))
        if where and ranked:
            allowed = {row[0] for row in self.rows(f"SELECT position FROM facts{where}", values)}
            kept = [hit for hit in ranked if hit.position in allowed][:limit]
        else:
            kept = ranked[:limit]
        records = self._records([hit.position for hit in kept])
        return [Hit(records[hit.position], hit.score, hit.terms) for hit in kept], len(ranked)

    def _records(self, positions: Sequence[int]) -> dict[int, JSON]:
        if not positions:
            return {}
        marks = ",".join("?" * len(positions))
        rows = self.rows(f"SELECT position, record FROM facts WHERE position IN ({marks})", list(positions))
        return {position: json.loads(record) for position, record in rows}

    def texts(self, record: JSON) -> list[str]:
        """What search reads of a fact (claims, quote, entity names, tags), for marking matches."""
        found = [record["claim"]["zh"], record["claim"]["en"], record["quote"]]
        for entity in record["entities"]:
            for (entity_record,) in self.rows("SELECT record FROM entities WHERE id = ?", (entity,)):
                found += _entity_names(json.loads(entity_record))[1:]
        return found + [tag.replace("-", " ") for tag in record["tags"]]

    def suggestions(self, text: str) -> list[str]:
        from beilun_cli import search

        words = [row[0] for row in self.rows("SELECT word FROM vocabulary")]
        return search.closest(text, words)
