"""What the user types, made safe once, at the door: a claim, a question or a query from the
arguments or from standard input becomes text that every later step (the reader, OpenCC,
PyStemmer, SQLite) can take.

- **Valid Unicode.** An argument that was not UTF-8 reaches Python as lone surrogates
  (`caf\\xe9` -> `caf\\udce9`), which C libraries refuse; each becomes U+FFFD. Standard input
  is decoded as UTF-8 with the same replacement, whatever the locale or PYTHONIOENCODING say.
- **One cap.** A claim, a question or a query is read up to MAX_TEXT_CHARS characters: a longer
  claim or question is refused (a cut one could be answered as something the user did not
  say), a longer query is searched by its start (`search` says so).
- **Lines as they come.** `check -` and `ask -` read one text a line and are handed each line
  as soon as it is read, with memory bounded by the cap, not by the input.
"""

from __future__ import annotations

import io
import itertools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from beilun_cli.base.errors import EXIT_USAGE, UsageError
from beilun_cli.base.limits import MAX_TEXT_CHARS
from beilun_cli.read.lazy_regex import Lazy

_SURROGATE = Lazy("[\ud800-\udfff]")
_SKIPPED_CHUNK = 64 * 1024  # the rest of an over-long line is read past in pieces this large


def clean(text: str) -> str:
    """`text` with each lone surrogate (an undecodable byte of an argument) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def within_cap(text: str, kind: str) -> str:
    """`text` if it fits the cap; else a usage error naming the kind of text (claim, question)."""
    if len(text) > MAX_TEXT_CHARS:
        raise UsageError(f"a {kind} is longer than {MAX_TEXT_CHARS} characters", f"give one {kind} at a time")
    return text


def free_text(words: Sequence[str], kind: str, hint: str) -> str:
    """The words of one claim or question, given as arguments, as one clean text within the cap."""
    text = clean(" ".join(words)).strip()
    if not text:
        raise UsageError(f"empty {kind}", hint)
    return within_cap(text, kind)


class Line(NamedTuple):
    """One text read from standard input: its line number (from 1) and its text, stripped. A line
    longer than the cap is cut just past it, so `within_cap` refuses it."""

    number: int
    text: str


def stdin_lines(kind: str) -> Iterator[Line]:
    """The lines of standard input that hold a text, each as soon as it is read: blank lines and
    `#` comments are skipped. On a terminal, a note on stderr says what is read and how to end.

    Decoded as UTF-8 (a byte-order mark dropped, bad bytes as U+FFFD) from the bytes themselves,
    whatever encoding Python chose for the stream. Standard input closed or unreadable is a
    usage error."""
    binary = getattr(sys.stdin, "buffer", None)
    if sys.stdin is None or binary is None:
        raise UsageError("standard input is closed", f"give one {kind} a line on standard input")
    if _isatty(binary.fileno):
        from beilun_cli.cli.output.messages import message

        message(f"beilun: reading {kind}s from standard input, one a line (end with Ctrl-D)")
    stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace")
    number = 0
    try:
        while True:
            read = stream.readline(MAX_TEXT_CHARS + 1)
            if not read:
                return
            number += 1
            cut = len(read) > MAX_TEXT_CHARS and not read.endswith("\n")
            if cut:
                _skip_line(stream)
            text = read.strip()
            if text and not text.startswith("#"):
                yield Line(number, read if cut else text)
    except OSError as error:  # a directory (`< /`), a device gone
        raise UsageError(f"cannot read standard input: {error.strerror or error}") from None
    except ValueError:  # closed under us
        raise UsageError("standard input is closed", f"give one {kind} a line on standard input") from None
    finally:
        try:
            stream.detach()  # the process's own stdin stays open for whoever reads it next
        except ValueError:
            pass


class Batch:
    """The texts of standard input (`check -`, `ask -`), one a line, handed out as they are read,
    and the worst exit status of the batch: a line over the cap is said on stderr and counts as
    a usage error (2), the command adds each answer's status with `add`."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.status = 0
        self._lines = stdin_lines(kind)
        first = next(self._lines, None)
        if first is None:
            raise UsageError(f"no {kind} on standard input", f"give one {kind} a line")
        self._first = first

    def __iter__(self) -> Iterator[str]:
        from beilun_cli.cli.output.messages import message

        for line in itertools.chain((self._first,), self._lines):
            try:
                text = within_cap(line.text, self.kind)
            except UsageError as error:  # one bad line is said and counted; the others are answered
                message(f"beilun: line {line.number}: {error.message}")
                self.add(EXIT_USAGE)
                continue
            yield text

    def add(self, status: int) -> None:
        """Count one answer's exit status: the batch ends with the worst (the highest)."""
        self.status = max(self.status, status)


def _skip_line(stream: io.TextIOWrapper) -> None:
    while True:
        rest = stream.readline(_SKIPPED_CHUNK)
        if not rest or rest.endswith("\n"):
            return


def _isatty(fileno: Callable[[], int]) -> bool:
    try:
        return os.isatty(fileno())
    except (OSError, ValueError):  # no descriptor (a test's stream in memory)
        return False
