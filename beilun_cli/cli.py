"""The Typer app: global options, command registration, and errors turned into exit codes
inside Click (process.report), so that in-process runs see what users see."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from beilun_cli import __version__
from beilun_cli.errors import OutputClosed
from beilun_cli.output.environment import Environment
from beilun_cli.process import report, silence_stdout


class BoundaryGroup(TyperGroup):
    """Runs every command inside the error boundary, so CliRunner sees what users see."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OutputClosed:
            silence_stdout()
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
    ctx: typer.Context,
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
    # The terminal decisions of this call, made once: every command's output follows them.
    ctx.obj = Environment.from_process()


# Command name -> (module in beilun_cli.commands, function), in the order --help lists them.
COMMANDS = {
    "topics": ("topics", "list_topics"),
    "list": ("list_facts", "list_facts"),
    "show": ("show", "show_fact"),
    "cite": ("cite", "cite_facts"),
    "search": ("search", "search_facts"),
    "timeline": ("timeline", "show_timeline"),
    "entities": ("entities", "list_entities"),
    "figures": ("figures", "show_figures"),
    "sources": ("sources", "list_sources"),
    "article": ("article", "show_article"),
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
