"""The TOML files of a fact base read into tables, and a source's text read from its file.

Every defect is a Problem located at path:line:col (or the path alone, for a whole file).
"""

from __future__ import annotations

import math
import re
import stat
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beilun_cli.base.errors import Problem

MAX_FILE_BYTES = 64 * 1024 * 1024

# Told (stage, done, total) as a long load or index build goes on.
Progress = Callable[[str, int, int], object]

TABLE_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"\\]*)"')


@dataclass
class Table:
    """One [[kind]] table of one file, with the line a problem about it should point at."""

    kind: str
    data: dict[str, Any]
    path: str
    line: int
    directory: Path

    def problem(self, message: str) -> Problem:
        return Problem(self.path, self.line, 1, message)


def _table_lines(text: str) -> dict[str, list[int]]:
    """For each table kind, the line of every table's `id =` (or header) line, in order."""
    lines: dict[str, list[int]] = {}
    current: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = TABLE_HEADER.match(line)
        if header:
            current = header.group(1)
            lines.setdefault(current, []).append(number)
        elif current and ID_LINE.match(line):
            lines[current][-1] = number
            current = None
    return lines


def _read_toml(path: Path, problems: list[Problem]) -> tuple[dict[str, Any], str] | None:
    import tomli

    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            problems.append(Problem(name, 0, 0, f"file is larger than the {limit} MiB limit"))
            return None
        raw = path.read_bytes()
    except OSError as error:
        problems.append(Problem(name, 0, 0, f"cannot read: {error.strerror or error}"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem(name, line, 1, "not valid UTF-8 (save the file as UTF-8)"))
        return None
    text = text.removeprefix("\ufeff")  # a BOM is harmless: accept it
    try:
        return tomli.loads(text, parse_float=_finite_float), text
    except tomli.TOMLDecodeError as error:
        message = error.msg if hasattr(error, "msg") else str(error)
        problems.append(Problem(name, error.lineno, error.colno, message))
    except RecursionError:
        problems.append(Problem(name, _failing_line(text, RecursionError), 1, "nesting too deep"))
    except _NonFinite as error:
        line = _failing_line(text, _NonFinite)
        token = NON_FINITE.search(text.split("\n")[line - 1])
        problems.append(Problem(name, line, token.start(1) + 1 if token else 1, str(error)))
    return None


class _NonFinite(ValueError):
    """nan or inf: no article states one, and nan compares false with every filter."""


NON_FINITE = re.compile(r"[=\[,]\s*([+-]?(?:nan|inf))\b")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NonFinite(f"{text} is not allowed: numbers must be finite")
    return number


def _failing_line(text: str, failure: type[Exception]) -> int:
    """The line where parsing raises `failure`, which tomli reports without a position.

    Everything before that point parses, so the shortest prefix of lines that raises it ends
    on that line: a bisection finds it in a few parses, on the error path only.
    """
    import tomli

    lines = text.split("\n")
    low, high = 1, len(lines)
    while low < high:
        middle = (low + high) // 2
        try:
            tomli.loads("\n".join(lines[:middle]), parse_float=_finite_float)
        except failure:
            high = middle
        except (ValueError, RecursionError):  # the cut fell inside a value, before the failure
            low = middle + 1
        else:
            low = middle + 1
    return low


def tables(
    paths: list[Path], kinds: Collection[str], problems: list[Problem], progress: Progress | None
) -> Iterator[Table]:
    """Every table of these files, of the known `kinds`; a problem for any other, or for a file
    that cannot be read or parsed."""
    for number, path in enumerate(paths, start=1):
        if progress is not None:
            progress("reading", number, len(paths))
        read = _read_toml(path, problems)
        if read is None:
            continue
        document, text = read
        lines = _table_lines(text)
        for key, value in document.items():
            if key not in kinds:
                problems.append(Problem(str(path), 1, 1, f"unknown table [[{key}]]"))
                continue
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                problems.append(Problem(str(path), 1, 1, f"'{key}' must be an array of tables"))
                continue
            kind_lines = lines.get(key, [])
            for index, data in enumerate(value):
                line = kind_lines[index] if index < len(kind_lines) else 1
                yield Table(key, data, str(path), line, path.parent)


def source_text(path: Path) -> str:
    """A source's text with newlines made \\n; ValueError says why it cannot be had.

    The file name comes from the data: only a regular file within the size limit is read, so a
    base that names /dev/zero or a FIFO gets an error instead of a hang.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(f"larger than the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise ValueError(error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8 (save the file as UTF-8)") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
