"""The programs of beilun's regular expressions, kept in the cache directory between calls
(see `read.lazy_regex`): a file per command and interpreter, as trusted as the index. A command
reads only the programs of its own patterns (`show` compiles one, `check` a hundred).

A program is only good for the interpreter that made it: the file is named by the interpreter's
bytecode tag and its regular expression engine's version, and holds its full version string,
which must match too. A CRC-32 of the table is checked as the index checks its records; a file
that is damaged, foreign, not this user's alone or not a regular file is left unread, and the
patterns are compiled as `re` compiles them. Writing is a temporary file renamed into place,
like the index: a reader sees the old table or the new one.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import zlib
from collections.abc import Mapping
from pathlib import Path

from beilun_cli.read.lazy_regex import Key, Program
from beilun_cli.store.cache_location import NoCache, cache_dir, trusted

# Patterns of names and words made at run time can add up: past this many, the table starts
# again from the patterns of the call that writes it.
MAX_PROGRAMS = 2000


def _interpreter(command: str) -> tuple[str, bytes]:
    """The file's name for a command ("": the whole app) and this interpreter, and what the file
    must begin with."""
    import _sre  # type: ignore[import-not-found]

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
    named = "".join(char for char in command if char.isascii() and char.isalnum())[:20] or "app"
    # The header names the layout of a program too (2: its code as bytes): a file of another
    # layout is read as foreign, and written again.
    return f"patterns-{named}-{tag}.marshal", f"beilun patterns 2\n{sys.version}\n{_sre.MAGIC}\n".encode()


def load(command: str) -> dict[Key, Program]:
    """The programs a command kept, or none when there is no file fit to read."""
    try:
        directory = cache_dir()
        trusted(os.stat(directory), str(directory))
    except (NoCache, OSError):
        return {}
    name, header = _interpreter(command)
    return _read(directory / name, header)


def save(command: str, programs: Mapping[Key, Program]) -> None:
    """Add `programs` to a command's kept ones, when the cache directory exists and is this user's; an
    error leaves the file as it was (nothing here is ever needed)."""
    if not programs:
        return
    try:
        name, header = _interpreter(command)
        directory = cache_dir()
        trusted(os.stat(directory), str(directory))
    except (NoCache, OSError):
        return
    path = directory / name
    table = {**_read(path, header), **programs}
    if len(table) > MAX_PROGRAMS:
        table = dict(programs)
    payload = marshal.dumps(table)
    temporary = directory / f".{name}.{os.getpid()}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(header + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


def _read(path: Path, header: bytes) -> dict[Key, Program]:
    try:
        # Not following a link, not waiting on a FIFO: only a regular file of this user's is read.
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return {}
    try:
        with os.fdopen(descriptor, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                return {}
            trusted(info, str(path))
            data = file.read()
    except (OSError, NoCache):
        return {}
    if not data.startswith(header):
        return {}
    checksum, payload = data[len(header) : len(header) + 4], data[len(header) + 4 :]
    if zlib.crc32(payload).to_bytes(4, "big") != checksum:
        return {}
    try:
        table = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}
