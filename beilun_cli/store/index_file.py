"""The index file's own conventions, shared by the index's life cycle (index.py) and its fact
tables (fact_tables.py): how it is opened, how a record is sealed behind its checksum, how a
stored file state is compared with the files now, and the schema version."""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from pathlib import Path
from typing import Any

# Bump when the layout or the meaning of any column changes: old files are then rebuilt.
SCHEMA_VERSION = "15"


class RecordDamaged(sqlite3.DatabaseError):
    """A stored record whose checksum does not match its content: damage SQLite cannot see."""


def seal(text: str) -> str:
    return f"{zlib.crc32(text.encode('utf-8')):08x}{text}"


def seal_bytes(data: bytes) -> bytes:
    return zlib.crc32(data).to_bytes(4, "little") + data


def unsealed(value: object) -> object:
    if value is None:
        return None
    try:
        if isinstance(value, str):
            text = value[8:]
            if zlib.crc32(text.encode("utf-8", "surrogatepass")) == int(value[:8], 16):
                return text
        elif isinstance(value, bytes):
            if zlib.crc32(value[4:]) == int.from_bytes(value[:4], "little"):
                return value[4:]
    except ValueError:
        pass
    raise RecordDamaged("a stored record does not match its checksum")


def file_times(info: os.stat_result) -> list[int]:
    """What tells an edit without reading the file; the inode and the change time catch an
    mtime set back (`touch -r`, `rsync -t`) and a file replaced by another."""
    return [info.st_ino, info.st_ctime_ns, info.st_size, info.st_mtime_ns]


def file_digest(path: str) -> int:
    """A checksum of a file's bytes. crc32, not hashlib: loading OpenSSL would cost every call 2 ms,
    and what it must catch is an edit, not an attacker."""
    with open(path, "rb") as file:
        return zlib.crc32(file.read())


def files_match(anchor: str, stored: list[list[Any]]) -> bool:
    """Whether every file is as the stored state saw it: same times, and same bytes where recorded."""
    return all(file_unchanged(anchor, entry) for entry in stored)


def file_unchanged(anchor: str, entry: list[Any]) -> bool:
    """Whether one file is as its entry of a stored state saw it (OSError when it is gone)."""
    name, inode, changed, size, modified, digest = entry
    path = os.path.join(anchor, name)
    if file_times(os.stat(path)) != [inode, changed, size, modified]:
        return False
    return digest is None or file_digest(path) == digest


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection to an index file; one opened to read may be used from any thread (`Index`)."""
    if readonly:
        return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    return sqlite3.connect(path)


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def anchor_of(root: Path) -> str:
    """The folder a base's files are named relative to in its state."""
    return str(root if root.is_dir() else root.parent)


def layout(connection: sqlite3.Connection) -> str:
    """A checksum of an index's schema: each table's and index's definition and first page. A
    changed byte there is not corruption to SQLite: it reads a column by another name, or a
    table from another table's pages. Checked when a cached index is opened, as records are read."""
    # Joined by SQLite, not in Python: a warm call pays 0.1 ms for it, not 0.3.
    [(schema,)] = connection.execute(
        "SELECT group_concat(type || ' ' || name || ' ' || tbl_name || ' ' || rootpage || ' '"
        " || coalesce(sql, ''), char(10)) FROM sqlite_master"
    ).fetchall()
    return f"{zlib.crc32(str(schema).encode('utf-8', 'surrogatepass')):08x}"
