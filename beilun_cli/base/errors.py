"""The errors beilun knows, each with the exit code docs/output.md ("Exit codes") promises."""

from __future__ import annotations

from collections.abc import Iterable

EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_BAD_BASE = 3
EXIT_INTERNAL = 70
EXIT_IO = 74  # sysexits EX_IOERR: the output could not be written (disk full, stdout closed)
EXIT_INTERRUPTED = 130


class BeilunError(Exception):
    """A failure with a one-line message for the user, and an optional hint; `zh` and `zh_hint`
    say them in Chinese, for a call that answers in Chinese (reporting.report chooses)."""

    exit_code = EXIT_INTERNAL

    def __init__(
        self, message: str, hint: str | None = None, *, zh: str | None = None, zh_hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.zh = zh
        self.zh_hint = zh_hint


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """A hint naming up to three candidates close to `word`, or None when none is."""
    import difflib  # only a miss pays for it

    close = difflib.get_close_matches(word, list(candidates), n=3, cutoff=0.5)
    return f"did you mean: {', '.join(close)}?" if close else None


class NotFoundError(BeilunError):
    """Nothing matched: an unknown id or an empty result."""

    exit_code = EXIT_NOT_FOUND


class UsageError(BeilunError):
    """The user asked for something that cannot exist (unknown topic, field, value)."""

    exit_code = EXIT_USAGE


class InvalidArgument(UsageError, ValueError):
    """A value of the right type that means nothing (a negative limit, month 13, a number that is
    not a number): exit 2 from the command line, a ValueError to a caller of the Python API."""


# A base may have 100,000 topics: an error lists this many names, and says how many more there are.
LISTED_NAMES = 30


# The kinds of name `unknown_name` reports, in Chinese.
_KINDS_ZH = {"topic": "主题", "measure": "指标"}


def unknown_name(kind: str, name: str, known: Iterable[str], hint: str | None = None) -> UsageError:
    """The usage error for a topic, measure… that does not exist: it lists (the first of) the
    ones that do, and suggests `hint`, else the closest of them."""
    names = sorted(known)
    listed = ", ".join(names[:LISTED_NAMES]) or "none defined"
    more = len(names) - LISTED_NAMES
    zh_listed = ", ".join(names[:LISTED_NAMES]) or "无"
    if more > 0:
        listed += f" and {more} more (see 'beilun {kind}s')"
        zh_listed += f" 等，另有 {more} 个（见 'beilun {kind}s'）"
    kind_zh = _KINDS_ZH.get(kind, kind)
    return UsageError(
        f"unknown {kind} '{name}'; {kind}s are: {listed}",
        hint or did_you_mean(name, names),
        zh=f"没有{kind_zh}“{name}”；现有{kind_zh}：{zh_listed}",
    )


class Problem:
    """One defect of a fact base, located as precisely as the loader can.

    A plain class, not a dataclass: this module is imported by every call, and building a
    dataclass costs more start-up time than the rest of the module.
    """

    __slots__ = ("path", "line", "column", "message")

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.line}, {self.column}, {self.message!r})"

    def __str__(self) -> str:
        if not self.line:  # about the whole file (unreadable, too large, missing): no position
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class FactBaseError(BeilunError):
    """The fact base is missing, unreadable or invalid."""

    exit_code = EXIT_BAD_BASE

    def __init__(self, problems: list[Problem], summary: str | None = None) -> None:
        if summary is None:
            more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
            super().__init__(str(problems[0]) + more, "run 'beilun validate' to list every problem")
        else:
            super().__init__(summary)
        self.problems = problems


class OutputClosed(Exception):
    """The reader of stdout went away (`beilun list | head -1`): stop quietly."""


class OutputError(BeilunError):
    """stdout cannot take the answer (`> /dev/full`, `>&-`): never exit 0 on a lost answer."""

    exit_code = EXIT_IO


class IndexDamaged(BeilunError):
    """The cached index failed while an answer was being written: the answer is incomplete."""

    exit_code = EXIT_IO


class Interrupted(Exception):
    """Ctrl-C. Raised from the SIGINT handler so that Click does not swallow it."""
