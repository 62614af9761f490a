"""The terminal decisions of one call, made once: streams, whether each is a terminal, colour,
width and height, the pager, and the user's standing choices (BEILUN_LANG and the config file).

Built when a command starts (`Environment.from_process`, given --color and --no-pager) and
handed to the output; nothing after that asks `isatty()` or reads NO_COLOR, CLICOLOR_FORCE,
COLUMNS, LINES, the pager variables, BEILUN_LANG or the config file again. Tests build their own.

Each setting is decided as flag > environment variable > config file > built-in rule.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from typing import NamedTuple, TextIO

from beilun_cli.base.errors import UsageError

COLOR_CHOICES = ("auto", "always", "never")
LANG_CHOICES = ("zh", "en", "both")
LANG_ENV = "BEILUN_LANG"
# The settings a config file may hold, each a string.
CONFIG_KEYS = ("lang", "color", "pager", "facts")


def config_path(variables: Mapping[str, str]) -> str:
    """$XDG_CONFIG_HOME/beilun/config.toml, else ~/.config/beilun/config.toml (a relative
    XDG_CONFIG_HOME is ignored, as the XDG specification says)."""
    home = variables.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(home):
        home = os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(home, "beilun", "config.toml")


def read_config(path: str) -> dict[str, str]:
    """The settings of the config file at `path`; none when there is no file. A file that cannot
    be read or holds anything but those four strings is a usage error naming it."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    import tomllib  # only when there is a file

    try:
        settings = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: {error}") from None
    for key, value in settings.items():
        if key not in CONFIG_KEYS:
            raise UsageError(f"{path}: unknown setting '{key}'; settings are: {', '.join(CONFIG_KEYS)}")
        if not isinstance(value, str):
            raise UsageError(f"{path}: {key} must be a string")
    _check_choice(settings.get("lang"), LANG_CHOICES, f"{path}: lang")
    _check_choice(settings.get("color"), COLOR_CHOICES, f"{path}: color")
    return settings


def _check_choice(value: str | None, choices: tuple[str, ...], where: str) -> None:
    if value is not None and value not in choices:
        raise UsageError(f"{where}: '{value}' is not one of {', '.join(choices)}")


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


def _terminal_size(stream: TextIO | None) -> os.terminal_size | None:
    try:
        return os.get_terminal_size(stream.fileno()) if stream is not None else None
    except (OSError, ValueError, AttributeError):  # not a terminal after all, or no descriptor
        return None


class Pager(NamedTuple):
    """The program long output goes through, and the environment it runs in."""

    argv: list[str]
    variables: dict[str, str]


def _pager(variables: Mapping[str, str], configured: str | None = None) -> Pager | None:
    """$BEILUN_PAGER, else the config file's pager, else $PAGER, else `less` where it exists, as
    git and gh choose theirs (GIT_PAGER, then core.pager, then PAGER).

    An empty value or `cat` means no pager. LESS=FRX (unless LESS is set) makes less print
    output that fits and exit, pass colours through, and leave the screen as it was.
    """
    import shlex  # only on a terminal

    command = variables.get("BEILUN_PAGER", configured if configured is not None else variables.get("PAGER"))
    if command is None:
        command = "less" if shutil.which("less") else ""
    try:
        argv = shlex.split(command)
    except ValueError:  # unbalanced quotes: no pager rather than a failed call
        return None
    if not argv or argv == ["cat"]:
        return None
    return Pager(argv, {"LESS": "FRX", "LV": "-c", **variables})


class Environment:
    """Where output goes and how it may look, for this call."""

    __slots__ = (
        "stdout",
        "stderr",
        "stdout_isatty",
        "stderr_isatty",
        "force_color",
        "no_color",
        "plain",
        "width",
        "height",
        "pager",
        "terminal_variables",
        "lang",
        "facts",
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
        plain: bool = False,
        width: int | None = None,
        height: int | None = None,
        pager: Pager | None = None,
        terminal_variables: Mapping[str, str] | None = None,
        lang: str | None = None,
        facts: str | None = None,
    ) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.stdout_isatty = stdout_isatty
        self.stderr_isatty = stderr_isatty
        # force_color (CLICOLOR_FORCE, --color always): styles and colour even into a pipe.
        # no_color (NO_COLOR): styles such as bold, never colour. plain (--color never): neither.
        self.force_color = force_color
        self.no_color = no_color
        self.plain = plain
        # The width to lay tables out in; None lets the terminal say (80 columns in a pipe).
        self.width = width
        # The terminal's height in lines, for the pager's decision; None off a terminal.
        self.height = height
        # Where long output on a terminal goes; None when it is never paged.
        self.pager = pager
        # What Rich may read of the environment (TERM, COLORTERM…): COLUMNS was read above.
        self.terminal_variables = dict(terminal_variables or {})
        # The language the user chose for every call (BEILUN_LANG, else the config file's), which
        # a command's --lang overrules; None lets each command follow what the user typed.
        self.lang = lang
        # The config file's fact base, which --facts and BEILUN_FACTS overrule.
        self.facts = facts

    @property
    def colours_text(self) -> bool:
        """Whether what beilun writes itself (JSON) is coloured: on a terminal or with
        CLICOLOR_FORCE / --color always, never with NO_COLOR or --color never."""
        return not self.plain and not self.no_color and (self.stdout_isatty or self.force_color)

    def writing_to(self, stream: TextIO) -> Environment:
        """The same decisions, with stdout sent to a file (`export -o FILE`): no terminal there."""
        return Environment(
            stream,
            self.stderr,
            stdout_isatty=False,
            stderr_isatty=self.stderr_isatty,
            force_color=False,
            no_color=True,
            plain=True,
            width=self.width,
            terminal_variables=self.terminal_variables,
            lang=self.lang,
            facts=self.facts,
        )

    def held_in(self, buffer: TextIO) -> Environment:
        """The same decisions, with stdout held in `buffer` for the pager: still styled as for the
        terminal it will reach, at the terminal's width."""
        return Environment(
            buffer,
            self.stderr,
            stdout_isatty=True,
            stderr_isatty=self.stderr_isatty,
            force_color=not self.plain,
            no_color=self.no_color,
            plain=self.plain,
            width=self.width,
            height=self.height,
            terminal_variables=self.terminal_variables,
            lang=self.lang,
            facts=self.facts,
        )

    @classmethod
    def from_process(
        cls, environ: Mapping[str, str] | None = None, *, color: str = "auto", paging: bool = True
    ) -> Environment:
        """The environment of this process: its streams and the variables that steer output.

        `color` is --color: `always` and `never` overrule NO_COLOR and CLICOLOR_FORCE, `auto`
        follows them, and without them the config file's color. `paging` is false with --no-pager.
        """
        variables = os.environ if environ is None else environ
        config = read_config(config_path(variables))
        lang = variables.get(LANG_ENV) or config.get("lang")
        _check_choice(variables.get(LANG_ENV) or None, LANG_CHOICES, LANG_ENV)
        color_set = bool(variables.get("NO_COLOR")) or variables.get("CLICOLOR_FORCE", "0") not in ("", "0")
        if color == "auto" and not color_set:
            color = config.get("color", "auto")
        stdout_isatty = _isatty(sys.stdout)
        width = _columns(variables.get("COLUMNS"))
        height = _columns(variables.get("LINES"))
        pager = None
        if stdout_isatty:
            size = _terminal_size(sys.stdout)
            width = width or (size.columns if size and size.columns > 0 else None)
            height = height or (size.lines if size and size.lines > 0 else None)
            pager = _pager(variables, config.get("pager")) if paging else None
        return cls(
            sys.stdout,
            sys.stderr,
            stdout_isatty=stdout_isatty,
            stderr_isatty=_isatty(sys.stderr),
            force_color=color == "always"
            or (color == "auto" and variables.get("CLICOLOR_FORCE", "0") not in ("", "0")),
            no_color=color == "auto" and bool(variables.get("NO_COLOR")),
            plain=color == "never",
            width=width,
            height=height,
            pager=pager,
            terminal_variables={k: v for k, v in variables.items() if k not in ("COLUMNS", "LINES")},
            lang=lang,
            facts=os.path.expanduser(config["facts"]) if config.get("facts") else None,
        )
