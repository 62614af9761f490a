"""What beilun tells the user on stderr: one-line messages, and a progress bar while it builds."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, TextIO

from beilun_cli.cli.output.text import neutralise

if TYPE_CHECKING:
    from beilun_cli.cli.output.environment import Environment

# Told (stage, done, total) as a long build goes on.
ProgressReport = Callable[[str, int, int], None]


def message(text: str, stream: TextIO | None = None) -> None:
    """A line for the user on stderr (errors, hints, notes), its control characters made visible."""
    out = stream if stream is not None else sys.stderr
    if out is None:  # started with stderr closed (`2>&-`): nowhere to say it
        return
    try:
        out.write(neutralise(text) + "\n")
        out.flush()
    except (OSError, ValueError):
        pass


_DID_YOU_MEAN = "did you mean: "


def hint_line(hint: str, lang: str = "en", *, chinese: bool = False) -> str:
    """A hint as its own line: `hint: …`, or in Chinese (`lang` zh) `提示：…` when the hint is
    in Chinese (`chinese`) or is a suggestion, which reads `您是不是要找：…？` (the names it
    suggests are the base's own, in either language). Other hints stay as written."""
    if lang == "zh" and hint.startswith(_DID_YOU_MEAN):
        names = hint[len(_DID_YOU_MEAN) :].rstrip("?").replace(", ", "、")
        return f"提示：您是不是要找：{names}？"
    return f"提示：{hint}" if lang == "zh" and chinese else f"hint: {hint}"


def shown_of(shown: int, total: int, lang: str = "en") -> str:
    """The note that a limit cut the results: what was shown of how many, and how to see all."""
    if lang == "zh":
        return f"显示了 {total} 条中的 {shown} 条——--limit 0 显示全部"
    return f"{shown} of {total} shown — --limit 0 for all"


def progress_bar(env: Environment, description: str) -> Callable[[], AbstractContextManager[ProgressReport]]:
    """A factory of progress displays for builds: a bar on stderr when it is a terminal, else nothing.

    The index opens one display around each build it makes (a first build, or a rebuild after
    damage found later), so no display outlives its build.
    """

    def display() -> AbstractContextManager[ProgressReport]:
        # A dumb terminal cannot erase a bar: it would leave a blank line behind.
        dumb = env.terminal_variables.get("TERM", "").lower() in ("dumb", "unknown")
        drawn = env.stderr_isatty and env.stderr is not None and not dumb
        return _bar(env, description) if drawn else _silent()

    return display


@contextmanager
def _silent() -> Iterator[ProgressReport]:
    yield lambda stage, done, total: None


@contextmanager
def _bar(env: Environment, description: str) -> Iterator[ProgressReport]:
    """A bar drawn on the first report (a call that builds nothing draws nothing), cleared at the end."""
    from rich.progress import Progress

    from beilun_cli.cli.output.terminal import console

    bar = Progress(console=console(env, env.stderr), transient=True, redirect_stdout=False)
    task = bar.add_task(description)

    def report(stage: str, done: int, total: int) -> None:
        bar.start()
        bar.update(task, description=f"{description}: {stage}", completed=done, total=total)

    try:
        yield report
    finally:
        bar.stop()
