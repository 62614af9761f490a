"""The signals that end a call, and the exit status each ends it with."""

import signal

from beilun_cli.base.errors import EXIT_INTERRUPTED


def interrupted_status(signum: int) -> int:
    """128 + the signal, as shells report it: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP."""
    return EXIT_INTERRUPTED - signal.SIGINT + signum


# Signals that end a call the way Ctrl-C does: `kill`, `timeout` and `docker stop` send SIGTERM,
# a closed terminal SIGHUP.
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
