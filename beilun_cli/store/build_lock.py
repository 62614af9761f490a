"""One process builds a base's index at a time: the others wait for its file, up to BUILD_WAIT
seconds, and a build first removes what killed builds and vanished bases left."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from beilun_cli.store.cache_location import make_directory
from beilun_cli.store.index_build import BuildProgress

# Seconds a process waits for another one's build of the same index before building its own in memory.
BUILD_WAIT = 60.0


@contextmanager
def build_lock(path: Path, display: BuildProgress) -> Iterator[bool]:
    """Held around a build, so that one process builds while the others wait for its index.

    True once held, or when no lock can be taken (a cache that cannot be written: the build then
    falls back to memory); False when another process still holds it after BUILD_WAIT seconds.
    """
    try:
        make_directory(path.parent)
        descriptor = os.open(lock_path(path), os.O_RDWR | os.O_CREAT | os.O_NONBLOCK, 0o600)
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


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def clean(path: Path) -> None:
    """Before a build: remove what killed builds left (temporary files whose process is gone, and
    those of the kept patterns) and the indexes of bases that no longer exist."""
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        try:
            # .index-….sqlite.<pid>.tmp, and pattern_cache's .patterns-….marshal.<pid>.tmp
            if name.endswith(".tmp") and name.startswith((".index-", ".patterns-")):
                if not _alive(name[: -len(".tmp")].rpartition(".")[2]):
                    os.unlink(entry.path)
            elif name.startswith("index-") and name.endswith(".sqlite") and name != path.name:
                if entry.is_file(follow_symlinks=False) and _vanished(entry.path):
                    os.unlink(entry.path)
                    lock_path(Path(entry.path)).unlink(missing_ok=True)
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
