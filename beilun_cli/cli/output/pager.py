"""Long output on a terminal, through a pager, as git and gh page theirs.

`Output` holds what a command writes while a pager may be wanted; at the end the held text is
either written as it is (it fits the screen) or piped into the pager chosen by the Environment.
Only a call on a terminal comes here, so scripts never pay for it.
"""

from __future__ import annotations

import re
import signal
import subprocess
from typing import TYPE_CHECKING

from beilun_cli.cli.output.messages import message

if TYPE_CHECKING:
    from beilun_cli.cli.output.environment import Environment, Pager

_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def rows(text: str, width: int) -> int:
    """How many terminal rows `text` takes at `width` cells, long lines wrapping."""
    from rich.cells import cell_len

    total = 0
    for line in text.splitlines():
        shown = _ESCAPE.sub("", line)
        cells = len(shown) if shown.isascii() else cell_len(shown)
        total += max(1, -(-cells // width))
    return total


def fits(text: str, env: Environment) -> bool:
    """Whether `text` fits the screen with a line left for the prompt (an unknown height: it fits)."""
    if env.height is None:
        return True
    return rows(text, env.width or 80) < env.height


def page(text: str, pager: Pager, env: Environment) -> bool:
    """Show `text` through the pager and wait for it to end; false when the pager cannot start.

    Quitting the pager before the end is no error. Ctrl-C belongs to the pager while it runs
    (less uses it to stop a search), so beilun ignores it until the pager ends.
    """
    try:
        process = subprocess.Popen(pager.argv, stdin=subprocess.PIPE, env=pager.variables)
    except OSError as error:
        message(f"beilun: cannot run the pager '{pager.argv[0]}': {error.strerror or error}", env.stderr)
        return False
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        encoding = getattr(env.stdout, "encoding", None) or "utf-8"
        # communicate() writes, closes, waits, and takes a pager that quits early for no error.
        process.communicate(text.encode(encoding, errors="replace"))
    finally:
        signal.signal(signal.SIGINT, previous)
    return True
