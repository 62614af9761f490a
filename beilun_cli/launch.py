"""The console script's first and last steps: Ctrl-C handled early, and a quick exit.

Importing Typer and the app takes tens of milliseconds; a Ctrl-C in that window would
otherwise print Python's KeyboardInterrupt traceback.

At the end, tearing down the interpreter (freeing every module and object the imports made)
costs several milliseconds, as much as the lookup itself. A one-shot process needs none of it:
once the answer is flushed, the process ends at once. Nothing of beilun's waits for exit: the
index is renamed into place and its temporary file removed before a command returns.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from types import FrameType

from beilun_cli.errors import EXIT_INTERRUPTED


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    try:
        sys.stderr.write("beilun: interrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(EXIT_INTERRUPTED)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    # Importing Typer makes tens of thousands of objects that all live until exit: the cyclic
    # garbage collector would scan them again and again for nothing. Set them aside (freeze)
    # once imported, and collect only what the command makes.
    gc.disable()
    try:
        from beilun_cli.cli import main as run  # sets its own handler once the app can answer

        gc.freeze()
        gc.enable()
        run()
        code: object = 0
    except SystemExit as exit_:
        code = exit_.code
    os._exit(exit_status(code))


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
