"""Errors as users see them: the one mapping of an exception to a one-line message on stderr and
its exit code. The process boundary (process.py) and the app's own error handling inside Click
(app.py) both report here."""

import errno
import os
import signal
import sys

from beilun_cli.base.errors import EXIT_INTERNAL, BeilunError, Interrupted, OutputError
from beilun_cli.cli.endings import interrupted_status

DEBUG_ENV = "BEILUN_DEBUG"
# What a write to a full disk fails with.
_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_MAX_DETAIL = 200  # an internal error's own text may quote megabytes of input: keep one short line


def report(error: BaseException, lang: str = "en") -> int:
    """Turn any exception into a one-line message on stderr, in Chinese when `lang` is zh and
    the error has its Chinese words; return its exit code."""
    from beilun_cli.cli.output.messages import hint_line, message

    if isinstance(error, OSError) and error.errno in _DISK_FULL:
        # Click writes help and version itself: a full disk under them fails as any answer does.
        error = OutputError(f"cannot write output: {error.strerror}")
    if isinstance(error, BeilunError):
        chinese = lang == "zh"
        message(f"beilun: {error.zh if chinese and error.zh else error.message}")
        hint = hint_line(error.zh_hint, lang, chinese=True) if chinese and error.zh_hint else None
        if hint is None and error.hint:
            hint = hint_line(error.hint, lang)
        for line in hint.split("\n") if hint else []:  # a hint listing things (closest facts): a line each
            message(line)
        return error.exit_code
    if isinstance(error, Interrupted | KeyboardInterrupt):
        message("beilun: interrupted")
        return interrupted_status(
            error.args[0] if isinstance(error, Interrupted) and error.args else signal.SIGINT
        )
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exception(error)
    else:
        detail = str(error)
        detail = detail if len(detail) <= _MAX_DETAIL else detail[:_MAX_DETAIL] + "…"
        message(f"beilun: internal error: {type(error).__name__}: {detail}")
        message(f"hint: this is a bug in beilun; rerun with {DEBUG_ENV}=1 to see the traceback")
    return EXIT_INTERNAL


def silence_stdout() -> None:
    """After the reader closed the pipe, point stdout at /dev/null so exit flushes quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
