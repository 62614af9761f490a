"""The fact base as a plain SQLite database, for the tools people already use with SQLite
(sqlite-utils, datasette, any SQL client): flat columns, foreign keys, a full-text table.

Written from the index's records (no TOML parsed), into a fresh temporary file renamed into place
(output.files): the `-wal`, `-shm` and `-journal` files an old database left beside the target are
removed first, since SQLite would replay them into the new file when it is next opened.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from beilun_cli.base.errors import OutputError
from beilun_cli.cli.output.files import written
from beilun_cli.cli.output.text import to_json

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

SCHEMA = """
CREATE TABLE sources (
    id TEXT PRIMARY KEY, outlet_zh TEXT, outlet_en TEXT, title_zh TEXT, title_en TEXT,
    published TEXT, about TEXT REFERENCES entities (id), reporters TEXT, byline TEXT, photos TEXT,
    editor TEXT, language TEXT, url TEXT
);
CREATE TABLE paragraphs (
    source TEXT NOT NULL REFERENCES sources (id), paragraph INTEGER NOT NULL, zh TEXT NOT NULL, en TEXT,
    PRIMARY KEY (source, paragraph)
);
CREATE TABLE topics (id TEXT PRIMARY KEY, name_zh TEXT, name_en TEXT);
CREATE TABLE measures (id TEXT PRIMARY KEY, name_zh TEXT, name_en TEXT, amount_unit TEXT, aliases TEXT);
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT, name_zh TEXT, name_en TEXT, aliases TEXT);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    topic TEXT REFERENCES topics (id),
    claim_zh TEXT NOT NULL,
    claim_en TEXT NOT NULL,
    quote TEXT NOT NULL,
    value REAL,
    unit TEXT,
    written TEXT,
    qualifier TEXT,
    amount REAL,
    amount_unit TEXT,
    measure TEXT REFERENCES measures (id),
    subject TEXT REFERENCES entities (id),
    time_written TEXT,
    time_start TEXT,
    time_end TEXT,
    time_precision TEXT,
    source TEXT REFERENCES sources (id),
    paragraph INTEGER,
    tags TEXT
);
CREATE TABLE fact_entities (
    fact TEXT NOT NULL REFERENCES facts (id), entity TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (fact, entity)
);
-- Substring search in either language (the trigram tokenizer: three characters or more).
CREATE VIRTUAL TABLE facts_fts USING fts5 (
    claim_zh, claim_en, quote, content = 'facts', tokenize = 'trigram'
);
"""


def _fact_row(fact: FactRecord) -> tuple[object, ...]:
    quantity, when, where = fact["quantity"], fact["as_of"], fact["source"]
    return (
        fact["id"],
        fact["topic"],
        fact["claim"]["zh"],
        fact["claim"]["en"],
        fact["quote"],
        fact["value"],
        fact["unit"],
        quantity["written"] if quantity else None,
        quantity["qualifier"] if quantity else None,
        quantity["amount"] if quantity else None,
        quantity["amount_unit"] if quantity else None,
        fact["measure"],
        fact["subject"],
        when["written"] if when else None,
        when["start"] if when else None,
        when["end"] if when else None,
        when["precision"] if when else None,
        where["id"],
        where["paragraph"],
        to_json(fact["tags"], indent=None),
    )


# Files beside a database that SQLite reads with it: they belong to the file being replaced.
COMPANIONS = ("-wal", "-shm", "-journal")


def write_database(base: Catalog, path: Path, facts: Iterable[FactRecord]) -> int:
    """Write `facts` (and every source, topic and entity of `base`) to a new SQLite file at `path`;
    return how many facts. The file appears whole or not at all; a failure to write it is an
    OutputError (exit 74) naming `path`."""
    with written(path, COMPANIONS, regular_only="a SQLite database needs a regular file") as stream:
        temporary = stream.temporary
        assert temporary is not None  # regular_only: never written in place
        try:
            return _fill(base, temporary, stream.fileno(), facts)
        except sqlite3.Error as error:  # SQLITE_FULL, an I/O error: the index's own are IndexDamaged
            raise OutputError(f"cannot write {path}: {error}") from None


def _fill(base: Catalog, temporary: Path, descriptor: int, facts: Iterable[FactRecord]) -> int:
    # mode=rw: SQLite opens the empty file mkstemp made, and creates nothing if it is not there.
    with closing(sqlite3.connect(f"{temporary.absolute().as_uri()}?mode=rw", uri=True)) as connection:
        if not _opened_as(descriptor):
            raise OutputError(f"cannot write {temporary}: it was replaced before SQLite opened it")
        # The rollback journal of a new file in memory: no `-journal` file is ever made beside it.
        connection.execute("PRAGMA journal_mode = MEMORY")
        count = 0
        with connection:
            connection.executescript(SCHEMA)
            connection.executemany(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s["id"],
                        s["outlet"]["zh"],
                        s["outlet"]["en"],
                        s["title"]["zh"],
                        s["title"]["en"],
                        s["published"],
                        s["about"],
                        to_json(s["reporters"], indent=None),
                        s["byline"],
                        s["photos"],
                        s["editor"],
                        s["language"],
                        s["url"],
                    )
                    for s in base.sources()
                ],
            )
            for source in base.sources():
                connection.executemany(
                    "INSERT INTO paragraphs VALUES (?, ?, ?, ?)",
                    [(p["source"], p["paragraph"], p["zh"], p["en"]) for p in base.paragraphs(source["id"])],
                )
            connection.executemany(
                "INSERT INTO topics VALUES (?, ?, ?)",
                [(t["id"], t["name"]["zh"], t["name"]["en"]) for t in base.topics()],
            )
            connection.executemany(
                "INSERT INTO measures VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        m["id"],
                        m["name"]["zh"],
                        m["name"]["en"],
                        m["amount_unit"],
                        to_json(m["aliases"], indent=None),
                    )
                    for m in base.measures()
                ],
            )
            connection.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                [
                    (e["id"], e["kind"], e["name"]["zh"], e["name"]["en"], to_json(e["aliases"], indent=None))
                    for e in base.entities()
                ],
            )
            for fact in facts:
                connection.execute(f"INSERT INTO facts VALUES ({', '.join('?' * 20)})", _fact_row(fact))
                connection.executemany(
                    "INSERT OR IGNORE INTO fact_entities VALUES (?, ?)",
                    [(fact["id"], entity) for entity in fact["entities"]],
                )
                count += 1
            connection.execute("INSERT INTO facts_fts (facts_fts) VALUES ('rebuild')")
    return count


def _opened_as(descriptor: int) -> bool:
    """Whether SQLite's descriptor (opened by path) is on the same file as `descriptor` (made by
    mkstemp): someone who can write the directory may have swapped a link in between."""
    ours = os.fstat(descriptor)
    try:
        opened = os.listdir("/proc/self/fd")
    except OSError:  # no /proc: the check of the name before the rename still holds
        return True
    for name in opened:
        if name != str(descriptor):
            with suppress(OSError):
                if os.path.samestat(os.stat(f"/proc/self/fd/{name}"), ours):
                    return True
    return False
