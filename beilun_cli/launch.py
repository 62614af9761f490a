"""The console script's first step: Ctrl-C is handled before anything heavy is imported.

Importing Typer and the app takes tens of milliseconds; a Ctrl-C in that window would
otherwise print Python's KeyboardInterrupt traceback.
"""

from __future__ import annotations

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
    from beilun_cli.cli import main as run  # sets its own handler once the app can answer

    run()
