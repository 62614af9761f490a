"""The Typer app: global options, command registration, and errors turned into exit codes
inside Click (reporting.report), so that in-process runs see what users see."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from beilun_cli import __version__
from beilun_cli.base.errors import Interrupted, OutputClosed, UsageError
from beilun_cli.cli.completion import completion_options
from beilun_cli.cli.invocation import MESSAGE_LANG, message_lang, release_held, typed_lang
from beilun_cli.cli.options import terminal_options
from beilun_cli.cli.reporting import report, silence_stdout

if TYPE_CHECKING:
    from typer._click.formatting import HelpFormatter


class HelpContext(typer.Context):
    def make_formatter(self) -> HelpFormatter:
        """Help wrapped by terminal cells, so Chinese examples fit (imported for help only)."""
        from beilun_cli.cli.help_format import CellFormatter

        return CellFormatter(width=self.terminal_width, max_width=self.max_content_width)


# Metavars by value type, for options that name none: one style, capitals, no <str> or ranges.
_METAVARS = {"int": "N", "int range": "N", "float": "NUMBER", "float range": "NUMBER", "path": "PATH"}


def _name_metavars(params: list[Any]) -> None:
    for param in params:
        if isinstance(param, TyperArgument) and param.metavar is None:
            param.metavar = (param.name or "").upper()
        elif isinstance(param, TyperOption) and param.metavar is None and not param.is_flag:
            param.metavar = _METAVARS.get(param.type.name, "TEXT")


def _refuse_repeats(command: TyperCommand, ctx: Any, args: list[str]) -> None:
    """An option that takes one value, given twice (`--unit 亿元 --unit 万元`), is a usage error:
    Click would keep the last and drop the first without a word. Repeatable options (--topic)
    combine their values instead."""
    _, _, order = command.make_parser(ctx).parse_args(args=list(args))
    seen: set[str] = set()
    for param in order:
        if isinstance(param, TyperOption) and not param.multiple and not param.is_flag:
            if param.name in seen:
                raise UsageError(f"{param.opts[0]} given more than once: give it once")
            seen.add(param.name or "")


class BeilunCommand(TyperCommand):
    """A command with the app's terminal options, one metavar style, and paged output."""

    context_class = HelpContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(terminal_options())
        _name_metavars(self.params)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """`[OPTIONS] QUERY...`: arguments as they read in help, optional ones in brackets."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                name = param.metavar or (param.name or "").upper()
                name += "..." if param.nargs != 1 and not name.endswith("...") else ""
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def get_short_help_str(self, limit: int = 45) -> str:
        """The summary `beilun --help` lists: the docstring's first sentence, whole (Click cuts it
        to fit with "...", which left half of most summaries out)."""
        from typer._click.utils import make_default_short_help

        return make_default_short_help(self.help or "", max_length=10**6)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:  # completion parses partial lines: never refuse those
            _refuse_repeats(self, ctx, args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        interrupted = False
        try:
            return super().invoke(ctx)
        except (Interrupted, KeyboardInterrupt):
            interrupted = True
            raise
        finally:
            release_held(ctx, interrupted=interrupted)


def _shell_word(word: str) -> str:
    """A word as a shell reads it: quoted only where the shell would split or expand it."""
    import re
    import shlex

    return word if re.fullmatch(r"[\w@%+=:,./-]+", word) else shlex.quote(word)


# The widest the command list of `beilun --help` gets: wide enough for each summary on one line.
_COMMAND_LIST_WIDTH = 120


class BoundaryGroup(TyperGroup):
    """Runs every command inside the error boundary, so CliRunner sees what users see."""

    context_class = HelpContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(terminal_options())
        self.params.extend(completion_options())  # --show-completion SHELL: the shell named
        _name_metavars(self.params)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list as wide as the terminal (up to 120 columns), so each summary takes
        one line where it can; the prose above keeps Click's 80."""
        import shutil

        narrow = formatter.width
        formatter.width = max(
            narrow, min(ctx.terminal_width or shutil.get_terminal_size().columns, _COMMAND_LIST_WIDTH)
        )
        try:
            super().format_commands(ctx, formatter)
        finally:
            formatter.width = narrow

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command that is no misspelt command name (`beilun 沙滩`, `beilun volunteers`)
        is taken for a query: the error suggests `beilun search …` and `beilun ask …`."""
        name = args[0] if args else ""
        if (
            name
            and not name.startswith("-")
            and not ctx.resilient_parsing
            and self.get_command(ctx, name) is None
        ):
            import difflib

            if not difflib.get_close_matches(name, self.list_commands(ctx)):
                words = " ".join(_shell_word(word) for word in args)
                chinese = typed_lang(" ".join(args)) == "zh"
                ctx.meta[MESSAGE_LANG] = "zh" if chinese else "en"
                raise UsageError(
                    f"no command '{name}'",
                    f"to look it up, try: beilun search {words}  or  beilun ask {words}",
                    zh=f"没有“{name}”这个命令",
                    zh_hint=f"要查找它，请试试：beilun search {words} 或 beilun ask {words}",
                )
        return super().resolve_command(ctx, args)

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
            raise typer.Exit(report(error, message_lang(ctx))) from None


def _version(ctx: typer.Context, value: bool) -> None:
    """--version: the version, then the fact base this call would ask and its index (--facts is
    eager and this is not, so --facts is read first wherever it stands)."""
    if value:
        typer.echo(version_text(ctx))
        raise typer.Exit()


def version_text(ctx: typer.Context) -> str:
    """`beilun 0.1.0`, the fact base (path, facts, each source with its date) and the index file.
    The index answers (built first if need be), as any command's would: no TOML is read."""
    from beilun_cli.base.errors import BeilunError
    from beilun_cli.cli.invocation import catalog, root
    from beilun_cli.cli.output.text import neutralise

    lines = [f"beilun {__version__}"]
    try:
        base = catalog(ctx)
        count = base.fact_count
        lines.append(f"facts: {neutralise(str(root(ctx)))} ({count} {'fact' if count == 1 else 'facts'})")
        for source in base.sources():
            published = str(source["published"])[:10]  # the date, without the time of day
            named = f"{source['outlet']['zh']} · {source['title']['zh']}"
            lines.append(neutralise(f"  {source['id']}  {published}  {named}"))
        where = base.index.path
        lines.append(f"index: {neutralise(str(where)) if where is not None else 'in memory (no cache)'}")
    except BeilunError as error:  # the version is still worth saying when the base is broken
        lines.append(f"facts: {neutralise(str(root(ctx)))}: {error.message}")
    return "\n".join(lines)


def main_options(
    ctx: typer.Context,
    facts: Annotated[
        Path | None,
        typer.Option(
            "--facts",
            envvar="BEILUN_FACTS",
            help="Fact base directory or file to use instead of the shipped one.",
            show_default=False,
            is_eager=True,  # read before --version, which names the base
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Print the version, the fact base (path, facts, sources) and the index, and exit.",
            callback=_version,  # not eager: after --facts, which is
        ),
    ] = False,
) -> None:
    """Look up sourced facts about Beilun from the news, in Chinese or English.

    Every fact quotes its source article verbatim. Output is a table on a terminal,
    tab-separated in a pipe, and JSON with --json. Output longer than the screen goes
    through $BEILUN_PAGER, else $PAGER, else less.

    Examples:

        beilun topics

        beilun search 沙滩

        beilun ask 北仑有多少志愿者？

        beilun check "Beilun's GDP passed 120 billion yuan in 2018"

        beilun list --topic economy

        beilun show gdp-2018 --context

        beilun list --json | jq '.[0].claim.en'

        beilun help search
    """
    # The terminal decisions of this call are made once, when the command first asks
    # (invocation.environment): --color and --no-pager may still follow the command's name.


# Command name -> (module in beilun_cli.cli.commands, function), in the order --help lists them.
COMMANDS = {
    "topics": ("topics", "list_topics"),
    "list": ("list_facts", "list_facts"),
    "show": ("show", "show_fact"),
    "cite": ("cite", "cite_facts"),
    "search": ("search", "search_facts"),
    "ask": ("ask", "ask_question"),
    "check": ("check", "check_claims"),
    "timeline": ("timeline", "show_timeline"),
    "entities": ("entities", "list_entities"),
    "figures": ("figures", "show_figures"),
    "measures": ("measures", "list_measures"),
    "sources": ("sources", "list_sources"),
    "article": ("article", "show_article"),
    "export": ("export", "export_facts"),
    "validate": ("validate", "validate_base"),
    "draft": ("draft", "draft_article"),
}
# Global options that take a value, to find the command word in argv.
_VALUED_OPTIONS = ("--facts", "--color")


def show_help(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(metavar="COMMAND", help="The command to explain; none for beilun itself."),
    ] = None,
) -> None:
    """Show the help of beilun, or of one command (the same as COMMAND --help).

    Examples:

        beilun help

        beilun help search
    """
    root = ctx.find_root()
    group = root.command
    if command is None:
        typer.echo(root.get_help())
        return
    found = group.get_command(root, command) if isinstance(group, typer.core.TyperGroup) else None
    if found is None:
        from beilun_cli.base.errors import did_you_mean

        raise UsageError(f"no command '{command}'", did_you_mean(command, COMMANDS))
    with found.context_class(found, info_name=command, parent=root) as shown:
        typer.echo(found.get_help(shown))


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
        add_completion=False,  # completion.completion_options: Typer's own ignores a shell's name
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(main_options)
    for name, (module, function) in COMMANDS.items():
        if only is None or name == only:
            command = getattr(importlib.import_module(f"beilun_cli.cli.commands.{module}"), function)
            application.command(name, cls=BeilunCommand)(command)
    if only is None:
        application.command("help", cls=BeilunCommand)(show_help)
    return application


def invoked_command(argv: list[str]) -> str | None:
    """The command an argv runs, if it runs one known command and asks nothing of the group;
    "" (no command at all) for --version, which needs none of them."""
    if any(key.endswith("_COMPLETE") for key in os.environ):
        return None  # shell completion walks the whole app
    position = 0
    while position < len(argv):
        word = argv[position]
        if word in _VALUED_OPTIONS:
            position += 2
        elif word.startswith(("--facts=", "--color=")) or word == "--no-pager":
            position += 1
        elif word in ("--version", "-V"):
            return ""
        elif word.startswith("-"):
            return None  # --help, --version, a completion flag or a mistake: the full app answers
        else:
            return word if word in COMMANDS else None
    return None


def __getattr__(name: str) -> typer.Typer:
    """`beilun_cli.cli.app.app`: the full app, built on first use (tests, completion, docs)."""
    if name == "app":
        globals()["app"] = built = build_app()
        return built
    raise AttributeError(name)
