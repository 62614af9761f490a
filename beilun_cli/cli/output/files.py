"""Output files (`export -o PATH`), written the way git's lockfiles, rsync and `install` write them.

- A regular file (or a new name) is written to a temporary file beside it and renamed over it:
  the file is whole or not there. The temporary file is made by `tempfile.mkstemp` (a random name,
  O_CREAT|O_EXCL|O_NOFOLLOW), so a link planted at a name beilun might use is never followed, and
  it is removed on every way out but SIGKILL; the next export into that directory removes what a
  SIGKILL left (see `_remove_stale`).
- A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is opened and written in
  place, as a shell's `>` would: replacing it by a regular file would break it for everyone.
- A symbolic link is followed only when it is yours (or root's, as /dev/stdout is): beilun then
  writes what it points to, and the link stays a link. Someone else's link in a directory others
  can write is the classic way to make a privileged program overwrite a file of the attacker's
  choice, so beilun refuses it rather than write through it or replace it.
- Every failure to write is an OutputError (exit 74) naming the path; a value that cannot name an
  output file ('', '.', a directory) is a UsageError (exit 2) before anything is read.
"""

from __future__ import annotations

import errno
import io
import os
import re
import signal
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from beilun_cli.base.errors import OutputError, UsageError
from beilun_cli.cli.endings import ENDING_SIGNALS

STDOUT = "-"
# Temporary files are `.<the target's name, cut short>.beilun-<pid>-<random>.tmp`: recognisable,
# and short enough for any directory, since the target's name is cut to fit.
_MARK = ".beilun-"
_NAME_KEPT = 40  # characters of the target's name in a temporary name (4 bytes each at most)
_OURS = re.compile(r"\.beilun-(\d{1,10})-[a-z0-9_]{8}\.tmp\Z")
# A temporary file whose process looks gone is removed at once; past this age it is removed even if
# its number names a live process (the number was reused, or came from another PID namespace).
_STALE_AFTER = 24 * 3600.0


def output_target(value: str) -> Path | None:
    """The file `-o value` names, or None for standard output (`-`); a UsageError (exit 2) when it
    cannot name a file."""
    if value == STDOUT:
        return None
    if not value:
        raise UsageError("--output needs a file name, or - for standard output")
    path = Path(value)
    if value.endswith(os.sep) or path.name in ("", ".", "..") or os.path.isdir(value):
        raise UsageError(f"cannot write {value}: it names a directory; give a file name")
    return path


def _failure(path: Path, error: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {error.strerror or error}")


class _Written(io.FileIO):
    """A file whose write errors (a full disk, a device that refuses) name it and exit 74."""

    def __init__(self, descriptor: int, shown: Path, temporary: Path | None = None) -> None:
        super().__init__(descriptor, "w", closefd=True)
        self.shown = shown
        # The temporary file being written, renamed over the target at the end; None in place.
        self.temporary = temporary

    def write(self, data: bytes) -> int:  # type: ignore[override]  # FileIO takes any buffer
        """Write all of `data`: a nearly full disk takes part of it (a short write, no error), and
        only the next write says why."""
        rest = memoryview(data)
        try:
            while rest:
                rest = rest[super().write(rest) :]
            return len(data)
        except BrokenPipeError:
            raise  # the reader of a FIFO went away: the call ends quietly, as `| head` does
        except OSError as error:
            raise _failure(self.shown, error) from None


@contextmanager
def written(
    target: Path, stale_companions: Sequence[str] = (), regular_only: str | None = None
) -> Iterator[_Written]:
    """A binary stream whose bytes reach `target` whole or not at all (see the module's doc).

    `stale_companions` are suffixes of files beside a replaced target that belong to its old
    contents (SQLite's `-wal`, `-shm`, `-journal`): they are removed just before the new file is
    renamed into place, so nothing of the old file is replayed into the new one. `regular_only`,
    when given, is why a device or FIFO cannot take this output: it is refused (exit 2).
    """
    try:
        in_place, path = _destination(target)
        if in_place and regular_only is not None:
            raise UsageError(f"cannot write {target}: {regular_only}")
        if in_place:
            with _opened_in_place(path, target) as stream:
                yield stream
            return
        with _replacing(path, target, stale_companions) as stream:
            yield stream
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        raise _failure(target, error) from None


def _destination(target: Path) -> tuple[bool, Path]:
    """Whether `target` is written in place (a device, a FIFO), and the path to write."""
    try:
        link = os.lstat(target)
    except FileNotFoundError:
        return False, target  # a new file
    final = link
    if stat.S_ISLNK(link.st_mode):
        if link.st_uid not in (os.geteuid(), 0):
            raise UsageError(f"cannot write {target}: a symbolic link owned by another user is not followed")
        try:
            final = os.stat(target)
        except FileNotFoundError:
            return False, Path(os.path.realpath(target))  # a dangling link: make the file it names
    if stat.S_ISREG(final.st_mode):
        return False, Path(os.path.realpath(target)) if final is not link else target
    if stat.S_ISCHR(final.st_mode) or stat.S_ISFIFO(final.st_mode):
        return True, target
    if stat.S_ISDIR(final.st_mode):
        raise UsageError(f"cannot write {target}: it names a directory; give a file name")
    raise UsageError(f"cannot write {target}: not a regular file, a character device or a FIFO")


@contextmanager
def _opened_in_place(path: Path, shown: Path) -> Iterator[_Written]:
    # Opened without O_CREAT or O_TRUNC: if the device was swapped for a regular file since it was
    # looked at, opening it changes nothing, and the check below refuses it.
    follow = 0 if stat.S_ISLNK(os.lstat(path).st_mode) else os.O_NOFOLLOW
    descriptor = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC | follow)
    mode = os.fstat(descriptor).st_mode
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        os.close(descriptor)
        raise UsageError(f"cannot write {shown}: it changed while being opened")
    with _Written(descriptor, shown) as stream:
        yield stream


@contextmanager
def _replacing(path: Path, shown: Path, stale_companions: Sequence[str]) -> Iterator[_Written]:
    directory = path.parent
    _remove_stale(directory)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode) & 0o777  # an existing file keeps its permissions
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    temporary: Path | None = None
    renamed = False
    # Ctrl-C or SIGTERM between the file's creation and knowing its name would leave it behind:
    # they are held back until then, and raised (as Interrupted) inside the `try` that removes it.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, ENDING_SIGNALS)
    try:
        try:
            descriptor, name = _temporary_file(path)
            temporary = Path(name)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        with _Written(descriptor, shown, temporary) as stream:
            _lock(descriptor)  # held until closed: tells another export's cleaning that this one lives
            os.fchmod(descriptor, mode)
            yield stream
            stream.flush()
            os.fsync(descriptor)  # whole on disk before it has the target's name
            if not _still_names(temporary, descriptor):
                raise OutputError(f"cannot write {shown}: its temporary file {temporary} was replaced")
            for suffix in stale_companions:
                with suppress(FileNotFoundError):
                    os.unlink(f"{path}{suffix}")
            os.replace(temporary, path)
            renamed = True
    finally:
        if temporary is not None and not renamed:  # an error, Ctrl-C, SIGTERM: nothing half-written
            with suppress(OSError):
                os.unlink(temporary)


def _temporary_file(path: Path) -> tuple[int, str]:
    """A new, empty, private file beside `path`, with a name no one could have guessed."""
    import tempfile  # only a file export pays for it

    prefix = f".{path.name[:_NAME_KEPT]}{_MARK}{os.getpid()}-"
    return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)


def _still_names(path: str | Path, descriptor: int) -> bool:
    """Whether `path` names the file open as `descriptor` (itself, not a link to it)."""
    try:
        return os.path.samestat(os.lstat(path), os.fstat(descriptor))
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


def _lock(descriptor: int) -> None:
    import fcntl

    with suppress(OSError):  # a filesystem without locks: the process check below still holds
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_stale(directory: Path) -> None:
    """Remove the temporary files that exports killed by SIGKILL (or a power cut) left in
    `directory`: those named as beilun names them, regular files of this user's, that no live
    export holds locked, and whose process is gone (or that are a day old)."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return  # the directory cannot be listed: writing into it reports why
    for entry in entries:
        found = _OURS.search(entry.name)
        if found is None or not entry.name.startswith("."):
            continue
        with suppress(OSError):  # gone already (another export cleaned it), or not ours to remove
            _remove_if_abandoned(entry.path, int(found.group(1)))


def _remove_if_abandoned(path: str, pid: int) -> None:
    import fcntl

    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode) or found.st_uid != os.geteuid():
            return
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # a live export is writing it
        if _process_alive(pid) and time.time() - found.st_mtime < _STALE_AFTER:
            return  # its process may be between creating the file and locking it
        if _still_names(path, descriptor):
            os.unlink(path)
    finally:
        os.close(descriptor)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except OSError as error:
        return error.errno == errno.EPERM  # it exists, as another user's process
    return True
