"""The process boundary: signals, UTF-8 streams, the one mapping of errors to messages and exit
codes, flushing, a closed stdout, and the quick exit. The console script `beilun` is `main` here.

Importing Typer and the app takes tens of milliseconds; a Ctrl-C in that window would
otherwise print Python's KeyboardInterrupt traceback, so SIGINT (and SIGTERM, SIGHUP, which
end a call the same way) is handled first.

At the end, tearing down the interpreter (freeing every module and object the imports made)
costs several milliseconds, as much as the lookup itself. A one-shot process needs none of it:
once the answer is flushed, the process ends at once. Nothing of beilun's waits for exit: the
index is renamed into place and its temporary file removed before a command returns.
"""

# No `from __future__ import annotations` here or in the package: loading __future__ would come
# before the handlers below.
# _signal: the C module under `signal`, loaded with the interpreter. Importing `signal` itself
# builds its enums, milliseconds in which Ctrl-C would still raise Python's KeyboardInterrupt.
import _signal
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import FrameType


def _interrupted_while_starting(signum: int, frame: "FrameType | None") -> None:
    try:
        sys.stderr.write("beilun: interrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(128 + signum)  # as reporting.interrupted_status says, which is not imported yet


# The console script imports this module first: from this line on, Ctrl-C (and SIGTERM, SIGHUP)
# ends start-up quietly (exit 130), before a single other import. Only there: a program that
# imports beilun keeps its own handlers.
if os.path.basename(sys.argv[0] if sys.argv else "") == "beilun":
    for _ending in (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP):
        _signal.signal(_ending, _interrupted_while_starting)

import gc  # noqa: E402
import signal  # noqa: E402

from beilun_cli.base.errors import Interrupted, OutputClosed, OutputError  # noqa: E402
from beilun_cli.cli.endings import ENDING_SIGNALS, interrupted_status  # noqa: E402
from beilun_cli.cli.reporting import report, silence_stdout  # noqa: E402


def _interrupt(signum: int, frame: "FrameType | None") -> None:
    # Raised, not exited: `finally` blocks then run, and a build removes its temporary file.
    raise Interrupted(signum)


def _exit_interrupted(signum: int, frame: "FrameType | None") -> None:
    # Ctrl-C while the last output drains: stop now, no traceback.
    os._exit(interrupted_status(signum))


def _in_utf8() -> None:
    """Run again in Python's UTF-8 mode when the locale is not UTF-8 (`LC_ALL=C` with PYTHONUTF8=0,
    a Latin-1 locale): arguments, paths and output are then UTF-8, and a Chinese query is read
    as Chinese, not as bytes no fact can match. Costs a second start-up, in those locales only."""
    if sys.flags.utf8_mode or sys.getfilesystemencoding() == "utf-8" or not sys.orig_argv:
        return
    try:
        os.execve(sys.executable, sys.orig_argv, {**os.environ, "PYTHONUTF8": "1"})
    except OSError:
        pass  # carry on as the locale says


def _utf8_streams() -> None:
    """stdout and stderr in UTF-8 whatever PYTHONIOENCODING or the locale say, never failing on a
    character: an argument that was not UTF-8 (kept as surrogates) is echoed as `\\udcff`, which
    is also how JSON escapes it, so the output stays valid UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="backslashreplace")
            except (OSError, ValueError):
                pass


def main() -> None:
    """The console script: the app, with Ctrl-C, closed pipes and stray errors handled, then a quick exit."""
    for ending in ENDING_SIGNALS:
        signal.signal(ending, _interrupted_while_starting)
    _in_utf8()
    _utf8_streams()
    # Importing Typer makes tens of thousands of objects that all live until exit: the cyclic
    # garbage collector would scan them again and again for nothing. Set them aside (freeze)
    # once imported, and collect only what the command makes.
    gc.disable()
    try:
        import beilun_cli.cli.app  # noqa: F401 - imported before gc.freeze, so its objects are set aside too

        gc.freeze()
        gc.set_threshold(20_000)
        gc.enable()
        code = run()
    except SystemExit as exit_:  # Ctrl-C during start-up was handled above; this is sys.exit
        code = exit_.code
    os._exit(exit_status(code))


def run() -> int | str | None:
    """Run the app once; the exit code it ends with, every error reported on the way."""
    from beilun_cli.cli.app import build_app, invoked_command
    from beilun_cli.read import lazy_regex
    from beilun_cli.store import pattern_cache

    # Patterns are compiled from the programs earlier calls of the command kept; the ones this
    # call had to compile are kept once its answer is out (read/lazy_regex.py).
    command = invoked_command(sys.argv[1:]) or ""
    lazy_regex.keep_programs(lambda: pattern_cache.load(command))
    for ending in ENDING_SIGNALS:
        signal.signal(ending, _interrupt)
    if sys.stdout is None:  # started with stdout closed (`beilun list >&-`): no answer can arrive
        return report(OutputError("cannot write output: standard output is closed"))
    code: int | str | None
    try:
        build_app(invoked_command(sys.argv[1:]))(prog_name="beilun")
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    except (OutputClosed, BrokenPipeError):
        silence_stdout()
        code = 0
    except BaseException as error:  # the last line of defence: never a traceback
        code = report(error)
    for ending in ENDING_SIGNALS:
        signal.signal(ending, _exit_interrupted)
    if code in {interrupted_status(ending) for ending in ENDING_SIGNALS}:
        silence_stdout()  # drop the rest of a cut-off answer: never wait on a reader after Ctrl-C
    try:
        sys.stdout.flush()
    except OSError:  # a closed pipe or a full disk, already dealt with: let exit flush to /dev/null
        silence_stdout()
    pattern_cache.save(command, lazy_regex.new_programs())
    return code


def exit_status(code: object) -> int:
    """The status `sys.exit(code)` would end with, its message written and every stream flushed."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message") prints the message and fails
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a reader gone or a disk full, already reported: exit anyway
            pass
    return status
