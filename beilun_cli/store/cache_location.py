"""Where the index of a base is cached, and whether that place can be trusted.

$XDG_CACHE_HOME/beilun, else ~/.cache/beilun: one file per base, used only when the folder
and the file are this user's alone (`trusted`); else NoCache, and the index is built in memory.
"""

from __future__ import annotations

import os
import stat
import zlib
from pathlib import Path


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


def cache_file(root: Path) -> Path:
    """The index file of the base at `root`, in a cache directory that resolves, is this user's
    (`trusted`) or can be made (`make_directory`); else NoCache."""
    directory = cache_dir()
    try:
        resolved = directory.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, as Python 3.11 reports it
        raise NoCache(f"the cache directory {directory} cannot be resolved") from None
    path = index_path(root, resolved)
    try:
        trusted(os.stat(resolved), f"the cache directory {resolved}")
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
    trusted(info, f"the index {path}")
    return path


def trusted(info: os.stat_result, what: str) -> None:
    """NoCache unless a cache file or folder is this user's (or root's, who could replace it anyway)
    and no one else may write it, as ssh's StrictModes and git's safe.directory ask: another user
    who can write the cache could hand this one forged answers, checksums and all."""
    if info.st_uid not in (os.geteuid(), 0):
        raise NoCache(f"{what} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise NoCache(f"{what} is writable by other users")


def make_directory(directory: Path) -> None:
    """Make the cache directory and, if need be, the folder it is in ($XDG_CACHE_HOME, ~/.cache),
    private (0700, as the XDG spec asks), and never a folder above them; then check that it is
    this user's (a folder another user made at the same moment is not). OSError if it cannot be."""
    for folder in (directory.parent, directory):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
    try:
        trusted(os.stat(directory), str(directory))
    except NoCache as why:
        raise PermissionError(str(why)) from None


# A file whose times are this close to the moment its state was taken may have been edited again
# within the same clock tick (whole seconds on ext3, FAT's two, many network mounts) without
# any time changing: git calls it "racily clean". Its content is hashed as well, and checked
