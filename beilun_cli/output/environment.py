"""The terminal decisions of one call, made once: streams, whether each is a terminal, colour, width.

Built when a command starts (`Environment.from_process`) and handed to the output; nothing
after that asks `isatty()` or reads NO_COLOR, CLICOLOR_FORCE or COLUMNS again. Tests build
their own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # a closed or odd stream is no terminal
        return False


def _columns(text: str | None) -> int | None:
    """COLUMNS as a width; 0, negative or garbage is as if unset."""
    if text and text.strip().isdigit() and int(text) > 0:
        return int(text)
    return None


class Environment:
    """Where output goes and how it may look, for this call."""

    __slots__ = (
        "stdout",
        "stderr",
        "stdout_isatty",
        "stderr_isatty",
        "force_color",
        "no_color",
        "width",
        "terminal_variables",
    )

    def __init__(
        self,
        stdout: TextIO | None,
        stderr: TextIO | None,
        *,
        stdout_isatty: bool,
        stderr_isatty: bool,
        force_color: bool = False,
        no_color: bool = False,
        width: int | None = None,
        terminal_variables: Mapping[str, str] | None = None,
    ) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.stdout_isatty = stdout_isatty
        self.stderr_isatty = stderr_isatty
        # CLICOLOR_FORCE: style and colour even into a pipe. NO_COLOR: styles, never colour.
        self.force_color = force_color
        self.no_color = no_color
        # The width to lay tables out in; None lets the terminal say (80 columns in a pipe).
        self.width = width
        # What Rich may read of the environment (TERM, COLORTERM…): COLUMNS was read above.
        self.terminal_variables = dict(terminal_variables or {})

    def writing_to(self, stream: TextIO) -> Environment:
        """The same decisions, with stdout sent to a file (`export -o FILE`): no terminal there."""
        return Environment(
            stream,
            self.stderr,
            stdout_isatty=False,
            stderr_isatty=self.stderr_isatty,
            force_color=False,
            no_color=True,
            width=self.width,
            terminal_variables=self.terminal_variables,
        )

    @classmethod
    def from_process(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """The environment of this process: its streams and the variables that steer output."""
        variables = os.environ if environ is None else environ
        return cls(
            sys.stdout,
            sys.stderr,
            stdout_isatty=_isatty(sys.stdout),
            stderr_isatty=_isatty(sys.stderr),
            force_color=variables.get("CLICOLOR_FORCE", "0") not in ("", "0"),
            no_color=bool(variables.get("NO_COLOR")),
            width=_columns(variables.get("COLUMNS")),
            terminal_variables={k: v for k, v in variables.items() if k not in ("COLUMNS", "LINES")},
        )
