"""An index written from a validated base: its tables, filled in one transaction, into a
temporary file renamed into place (or into memory)."""

from __future__ import annotations

import json
import os
import sqlite3
from array import array
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from beilun_cli.store.cache_location import make_directory
from beilun_cli.store.index_file import anchor_of, connect, dumps, layout, seal, seal_bytes, unsealed

if TYPE_CHECKING:
    from beilun_cli.base.model import Concept, LoadedBase, Measure, Source
    from beilun_cli.store.fact_tables import FactTables

# Told (stage, done, total) as a build goes on.
ProgressReport = Callable[[str, int, int], object]
# Opens a progress display around one build: each build (a first one, or a rebuild after damage
# found later in the call) gets a display of its own, closed when the build ends.
BuildProgress = Callable[[], AbstractContextManager[ProgressReport]]

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
CREATE INDEX facts_by_measure ON facts (measure, position) WHERE amount IS NOT NULL;
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
CREATE TABLE fact_counts (kind TEXT NOT NULL, id TEXT NOT NULL, facts INTEGER NOT NULL,
    PRIMARY KEY (kind, id)) WITHOUT ROWID;
"""


def _insert_records(
    connection: sqlite3.Connection, table: str, items: Iterable[Measure | Concept | Source]
) -> None:
    """A table of records, each row its position, id and sealed JSON record."""
    connection.executemany(
        f"INSERT INTO {table} VALUES (?, ?, ?)",
        ((position, item.id, seal(dumps(item.to_json()))) for position, item in enumerate(items)),
    )


# How many facts name each topic, measure, source and entity: counted once here, so that a call
# reads a few rows where counting would read the whole base (a warm `ask` at 100,000 facts spent
# most of its time counting the facts of each measure and place).
_COUNTED = (
    ("topic", "SELECT topic, count(*) FROM facts GROUP BY topic"),
    ("measure", "SELECT measure, count(*) FROM facts WHERE measure IS NOT NULL GROUP BY measure"),
    ("source", "SELECT source, count(*) FROM facts GROUP BY source"),
    ("entity", "SELECT entity, count(*) FROM entity_facts GROUP BY entity"),
)


def _count_facts(connection: sqlite3.Connection) -> None:
    for kind, counted in _COUNTED:
        connection.execute(f"INSERT INTO fact_counts SELECT '{kind}', * FROM ({counted})")


def build(
    base: LoadedBase,
    path: Path,
    meta: dict[str, str],
    progress: ProgressReport | None = None,
    tables: FactTables | None = None,
) -> None:
    """Write the index of `base` to `path` atomically (a temporary file, then a rename)."""
    make_directory(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)  # a killed build's, whose process id this one now has
    try:
        # Made here, private, never through a link: SQLite then writes into this very file.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
        with closing(connect(temporary, readonly=False)) as connection:
            fill(connection, base, meta, progress, tables)
        os.replace(temporary, path)
    finally:
        # Interrupted or failed: no half-written file is left behind.
        temporary.unlink(missing_ok=True)


def fill(
    connection: sqlite3.Connection,
    base: LoadedBase,
    meta: dict[str, str],
    progress: ProgressReport | None,
    tables: FactTables | None = None,
) -> None:
    from beilun_cli.search import hints, postings, ranking

    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(_SCHEMA)
    meta = {**meta, "layout": layout(connection)}
    step = progress or (lambda stage, done, total: None)
    if tables is None:
        from beilun_cli.store.fact_tables import FactTables

        tables = FactTables.from_base(base, anchor_of(Path(base.root)))
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
            ((key, seal(dumps(names))) for key, names in postings.pinyin_table(base).items()),
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
        _count_facts(connection)
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
        vocabulary = hints.suggestion_names(base).union(tables.words)
        connection.executemany("INSERT INTO vocabulary VALUES (?)", ((word,) for word in sorted(vocabulary)))
        connection.executemany("INSERT INTO claim_words VALUES (?, ?)", tables.words.items())
        connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?)", tables.files)
        norms = array("d", ranking.length_norms(tables.lengths))
        # What finds a concept or a measure in a query: read whole by every search.
        patterns = dumps(postings.concept_patterns(base)).encode("utf-8")
        # What a claim is read with, from the names just written: read whole by every check.
        vocabulary_blob = dumps(vocabulary_table(lambda sql: connection.execute(sql).fetchall()))
        connection.executemany(
            "INSERT INTO blobs VALUES (?, ?)",
            [
                ("norms", seal_bytes(norms.tobytes())),
                ("lengths", seal_bytes(tables.lengths.tobytes())),
                ("patterns", seal_bytes(patterns)),
                ("vocabulary", seal_bytes(vocabulary_blob.encode("utf-8"))),
            ],
        )
        connection.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    step("indexing", 3, 3)


def vocabulary_table(rows: Callable[[str], list[Any]]) -> dict[str, object]:
    """What a claim is read with (claims.Vocabulary, read by ClaimQueries.claim_vocabulary), from
    the index's tables just written (`rows` runs a query): the entities' and measures' names and
    aliases, casefolded, longest first; each entity's kind; each measure's reading. Worked out
    once, when the index is built, and kept in it whole: sorting hundreds of names and reading
    every measure's record was 8% of what a one-shot `check` added to the floor (valgrind)."""
    entities = [
        (name.replace("-", " ") if rank == 0 else name, entity)  # an id reads as words: hu zhaoxia
        for name, entity, rank in rows("SELECT name, entity, rank FROM entity_names")
    ]
    kinds = dict(rows("SELECT id, kind FROM entities"))
    measures: list[tuple[str, str]] = []
    readings: dict[str, str] = {}
    for ident, record in rows("SELECT id, record FROM measures ORDER BY position"):
        found = json.loads(cast(str, unsealed(record)))
        names = {ident, found["name"]["zh"], found["name"]["en"], *found.get("aliases", ())}
        measures += [(name.casefold(), ident) for name in sorted(names) if len(name) > 1]
        readings[ident] = found.get("reading", "amount")

    def longest_first(pair: tuple[str, str]) -> int:
        return -len(pair[0])

    return {
        "entities": sorted(entities, key=longest_first),
        "kinds": kinds,
        "measures": sorted(measures, key=longest_first),
        "readings": readings,
    }
