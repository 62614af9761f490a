"""The fact base as a plain SQLite database, for the tools people already use with SQLite
(sqlite-utils, datasette, any SQL client): flat columns, foreign keys, a full-text table.

Written from the index's records (no TOML parsed), into a temporary file renamed into place.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from beilun_cli.output.text import to_json

if TYPE_CHECKING:
    from beilun_cli.catalog import Catalog
    from beilun_cli.records import FactRecord

SCHEMA = """
CREATE TABLE sources (
    id TEXT PRIMARY KEY, outlet_zh TEXT, outlet_en TEXT, title_zh TEXT, title_en TEXT,
    published TEXT, reporters TEXT, byline TEXT, photos TEXT, editor TEXT, language TEXT, url TEXT
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


def write_database(base: Catalog, path: Path, facts: Iterable[FactRecord]) -> int:
    """Write `facts` (and every source, topic and entity of `base`) to a new SQLite file at `path`;
    return how many facts. The file appears whole or not at all."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    count = 0
    try:
        with closing(sqlite3.connect(temporary)) as connection, connection:
            connection.executescript(SCHEMA)
            connection.executemany(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s["id"],
                        s["outlet"]["zh"],
                        s["outlet"]["en"],
                        s["title"]["zh"],
                        s["title"]["en"],
                        s["published"],
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
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count
