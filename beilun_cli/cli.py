"""The Typer app: global options, command registration, and the one error boundary."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from beilun_cli import __version__
from beilun_cli.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    BeilunError,
    Interrupted,
    OutputClosed,
    OutputError,
)
from beilun_cli.render import message

DEBUG_ENV = "BEILUN_DEBUG"
_MAX_DETAIL = 200  # an internal error's own text may quote megabytes of input: keep one short line


def report(error: BaseException) -> int:
    """Turn any exception into a one-line message on stderr; return its exit code."""
    if isinstance(error, BeilunError):
        message(f"beilun: {error.message}")
        if error.hint:
            message(f"hint: {error.hint}")
        return error.exit_code
    if isinstance(error, Interrupted | KeyboardInterrupt):
        message("beilun: interrupted")
        return EXIT_INTERRUPTED
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exception(error)
    else:
        detail = str(error)
        detail = detail if len(detail) <= _MAX_DETAIL else detail[:_MAX_DETAIL] + "…"
        message(f"beilun: internal error: {type(error).__name__}: {detail}")
        message(f"hint: this is a bug in beilun; rerun with {DEBUG_ENV}=1 to see the traceback")
    return EXIT_INTERNAL


def _silence_stdout() -> None:
    """After the reader closed the pipe, point stdout at /dev/null so exit flushes quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class BoundaryGroup(TyperGroup):
    """Runs every command inside the error boundary, so CliRunner sees what users see."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OutputClosed:
            _silence_stdout()
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:
            if type(error).__module__.startswith("typer."):
                raise  # Typer's own usage errors keep their usual message and exit code 2
            raise typer.Exit(report(error)) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"beilun {__version__}")
        raise typer.Exit()


def main_options(
    facts: Annotated[
        Path | None,
        typer.Option(
            "--facts",
            envvar="BEILUN_FACTS",
            help="Fact base directory or file to use instead of the shipped one.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Print the version and exit.", callback=_version, is_eager=True),
    ] = False,
) -> None:
    """Look up sourced facts about Beilun from the news, in Chinese or English.

    Every fact quotes its source article verbatim. Output is a table on a terminal,
    tab-separated in a pipe, and JSON with --json.

    Examples:

        beilun topics

        beilun list --topic economy

        beilun show gdp-2018 --context

        beilun list --json | jq '.[0].claim.en'
    """


# Command name -> (module in beilun_cli.commands, function), in the order --help lists them.
COMMANDS = {
    "topics": ("topics", "list_topics"),
    "list": ("list_facts", "list_facts"),
    "show": ("show", "show_fact"),
    "search": ("search", "search_facts"),
    "timeline": ("timeline", "show_timeline"),
    "entities": ("entities", "list_entities"),
    "figures": ("figures", "show_figures"),
    "export": ("export", "export_facts"),
    "validate": ("validate", "validate_base"),
}
# Global options that take a value, to find the command word in argv.
_VALUED_OPTIONS = ("--facts",)


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with `only` that one.

    A run needs one command: importing and converting the other eight would cost every call
    several milliseconds, a large share of a lookup's time. Help lists them all.
    """
    import importlib

    application = typer.Typer(
        name="beilun",
        cls=BoundaryGroup,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(main_options)
    for name, (module, function) in COMMANDS.items():
        if only is None or name == only:
            command = getattr(importlib.import_module(f"beilun_cli.commands.{module}"), function)
            application.command(name)(command)
    return application


def invoked_command(argv: list[str]) -> str | None:
    """The command an argv runs, if it runs one known command and asks nothing of the group."""
    if any(key.endswith("_COMPLETE") for key in os.environ):
        return None  # shell completion walks the whole app
    position = 0
    while position < len(argv):
        word = argv[position]
        if word in _VALUED_OPTIONS:
            position += 2
        elif word.startswith("--facts="):
            position += 1
        elif word.startswith("-"):
            return None  # --help, --version, a completion flag or a mistake: the full app answers
        else:
            return word if word in COMMANDS else None
    return None


def __getattr__(name: str) -> typer.Typer:
    """`beilun_cli.cli.app`: the full app, built on first use (tests, completion, docs)."""
    if name == "app":
        globals()["app"] = built = build_app()
        return built
    raise AttributeError(name)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise Interrupted


def _exit_interrupted(signum: int, frame: FrameType | None) -> None:
    os._exit(EXIT_INTERRUPTED)  # Ctrl-C while the last output drains: stop now, no traceback


def main() -> None:
    """The console script: the app, with Ctrl-C, closed pipes and stray errors handled."""
    signal.signal(signal.SIGINT, _interrupt)
    if sys.stdout is None:  # started with stdout closed (`beilun list >&-`): no answer can arrive
        sys.exit(report(OutputError("cannot write output: standard output is closed")))
    try:
        build_app(invoked_command(sys.argv[1:]))(prog_name="beilun")
        code: int | str | None = 0
    except SystemExit as exit_:
        code = exit_.code
    except OutputClosed:
        _silence_stdout()
        code = 0
    except BaseException as error:  # the last line of defence: never a traceback
        code = report(error)
    signal.signal(signal.SIGINT, _exit_interrupted)
    if code == EXIT_INTERRUPTED:
        _silence_stdout()  # drop the rest of a cut-off answer: never wait on a reader after Ctrl-C
    try:
        sys.stdout.flush()
    except OSError:  # a closed pipe or a full disk, already dealt with: let exit flush to /dev/null
        _silence_stdout()
    sys.exit(code)
