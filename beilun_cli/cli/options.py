"""Options shared by several commands, defined once, and how they become an Output."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any

import typer
import typer.core

from beilun_cli.base.errors import UsageError
from beilun_cli.cli.completion import (
    choices,
    complete_entity,
    complete_measure,
    complete_topic,
    option_choices,
)
from beilun_cli.cli.invocation import COLOR, NO_PAGER, environment, hold_for_pager
from beilun_cli.cli.output import FORMATS, LANGS, Output
from beilun_cli.cli.output.environment import COLOR_CHOICES
from beilun_cli.cli.output.fields import names as field_names

FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table, tsv, csv, excel (CSV for spreadsheets), json, jsonl or md (Markdown). "
        "Default: a table on a terminal, tsv in a pipe.",
        metavar="FORMAT",
        show_default=False,
        autocompletion=choices(FORMATS),
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
FieldsOpt = Annotated[
    str | None,
    typer.Option("--fields", help="Comma-separated fields to output, e.g. id,claim,value.", metavar="FIELDS"),
]
# --fields of the commands that list no facts: their fields are not a fact's.
RecordFieldsOpt = Annotated[
    str | None,
    typer.Option(
        "--fields",
        help="Comma-separated fields to output, named as in --json (a wrong name lists them).",
        metavar="FIELDS",
    ),
]


# --lang of each command: its meaning (claims, names, paragraphs) is said where it differs; the
# default is one rule for all (invocation.language): BEILUN_LANG, the config file, what you typed.
def lang_option(chosen: str, otherwise: str, languages: tuple[str, ...] = LANGS) -> Any:
    """A command's --lang, one shape for all: what it chooses the language of, and the default
    after BEILUN_LANG and the config file (`otherwise`); it completes `languages`."""
    listed = f"{', '.join(languages[:-1])} or {languages[-1]}"
    return typer.Option(
        "--lang",
        help=f"{chosen}: {listed}. Default: $BEILUN_LANG, the config file's lang, else {otherwise}.",
        metavar="LANG",
        show_default=False,
        autocompletion=choices(languages),
    )


LangOpt = Annotated[
    str | None,
    lang_option(
        "Language of claims in tables, TSV and CSV", "the language of the words or names you typed, else en"
    ),
]
NamesLangOpt = Annotated[str | None, lang_option("Language of names in tables, TSV and CSV", "both")]
HeaderOpt = Annotated[bool, typer.Option("--header", help="Start tsv with a row of column names.")]


# SQLite's largest integer: a limit or a paragraph number past it could reach no query, so the
# command line refuses it (exit 2).
MAX_INTEGER = 2**63 - 1


def whole_number(digits: str, option: str) -> int:
    """A run of digits given to `option`, as a number no larger than MAX_INTEGER, else a usage
    error. Its length is read first: Python refuses to convert more than 4,300 digits."""
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(MAX_INTEGER)) or int(significant) > MAX_INTEGER:
        shown = digits if len(digits) <= 30 else f"{digits[:30]}… ({len(digits):,} digits)"
        raise UsageError(f"{option} {shown}: numbers go up to {MAX_INTEGER}")
    return int(significant)


def _zero_is_no_limit(value: int | None) -> int | None:
    if value is not None and value > MAX_INTEGER:  # checked here, not by max=: help stays short
        raise typer.BadParameter(f"{value} is past the largest limit, {MAX_INTEGER}")
    return None if value == 0 else value


# 0 is no limit, in every command: the one way to ask `search` (10 by default) for every match.
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        help="Show at most this many results; 0 for all.",
        min=0,
        show_default=False,
        callback=_zero_is_no_limit,
    ),
]
# Repeatable: facts of either topic (`--topic economy --topic ecology`), never the last one only.
TopicOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        "-t",
        help="Only facts of this topic: its id or its Chinese or English name (see 'beilun topics'); "
        "repeat it for facts of either topic.",
        autocompletion=complete_topic,
        show_default=False,
        metavar="TOPIC",
    ),
]
MeasureOpt = Annotated[
    str | None,
    typer.Option(
        "--measure",
        "-m",
        help="Only figures of this measure: its id, a name or an alias (gdp, 森林覆盖率, total investment).",
        show_default=False,
        metavar="MEASURE",
        autocompletion=complete_measure,
    ),
]
# The value filters of `list` and `search` (catalog.Filters).
EntityOpt = Annotated[
    str | None,
    typer.Option(
        "--entity",
        "-e",
        help="Only facts naming this entity (Chinese or English name, or id).",
        metavar="NAME",
        autocompletion=complete_entity,
    ),
]
UnitOpt = Annotated[
    str | None,
    typer.Option("--unit", help="Only facts whose unit is exactly this, e.g. 亿元 or %.", metavar="UNIT"),
]


def _finite(value: float | None) -> float | None:
    # nan parses as a float but compares false with everything: the filter would silently pass.
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter("must be a finite number")
    return value


MinOpt = Annotated[
    float | None, typer.Option("--min", help="Only facts whose value is at least this.", callback=_finite)
]
MaxOpt = Annotated[
    float | None, typer.Option("--max", help="Only facts whose value is at most this.", callback=_finite)
]
YearOpt = Annotated[
    int | None,
    typer.Option(
        "--year", help="Only facts whose time includes this year.", min=1000, max=9999, metavar="YEAR"
    ),
]


def _remember(key: str) -> Callable[[typer.Context, typer.CallbackParam, object], None]:
    def callback(ctx: typer.Context, param: typer.CallbackParam, value: object) -> None:
        if value not in (None, False):  # only what the user gave: a command's default keeps the global one
            ctx.meta[key] = value

    return callback


def _color_choice(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> None:
    if value is not None and value not in COLOR_CHOICES:
        raise typer.BadParameter(f"'{value}' is not one of {', '.join(COLOR_CHOICES)}")
    _remember(COLOR)(ctx, param, value)


def terminal_options() -> list[typer.core.TyperOption]:
    """--color and --no-pager, taken before the command (`beilun --no-pager list`) and after it
    (`beilun list --no-pager`) alike: fresh options for the app and for each command."""
    return [
        typer.core.TyperOption(
            param_decls=["--color"],
            metavar="WHEN",
            expose_value=False,
            callback=_color_choice,
            autocompletion=option_choices(COLOR_CHOICES),
            help="Colour and styles: auto (on a terminal, following NO_COLOR and CLICOLOR_FORCE), "
            "always or never.",
        ),
        typer.core.TyperOption(
            param_decls=["--no-pager"],
            is_flag=True,
            expose_value=False,
            callback=_remember(NO_PAGER),
            help="Print long output on a terminal directly, not through the pager.",
        ),
    ]


def output(
    ctx: typer.Context,
    fmt: str | None,
    as_json: bool,
    fields: str | None,
    lang: str,
    available: tuple[str, ...],
    header: bool = False,
    *,
    paged: bool = True,
) -> Output:
    """Check the output options of a command and settle its format for this call's terminal.

    `paged` false: never held for the pager (`check -` answers each line as it is read)."""
    env = environment(ctx)
    if as_json and fmt not in (None, "json"):
        raise UsageError(f"--json conflicts with --format {fmt}")
    chosen = "json" if as_json else fmt
    if chosen is None:
        chosen = "table" if env.stdout_isatty else "tsv"
    if chosen not in FORMATS:
        raise UsageError(f"unknown format '{chosen}'; formats are: {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise UsageError(f"unknown language '{lang}'; languages are: {', '.join(LANGS)}")
    out = Output(env, chosen, parse_fields(fields, available), lang, header)
    if paged:
        hold_for_pager(ctx, out)
    return out


def parse_fields(fields: str | None, available: tuple[str, ...]) -> tuple[str, ...] | None:
    """The fields asked for: the names of `available`, and claim.zh or claim.en as CSV headers say."""
    if fields is None:
        return None
    names = tuple(name.strip() for name in fields.split(",") if name.strip())
    unknown = [name for name in names if name not in field_names(available)]
    if unknown or not names:
        wrong = ", ".join(unknown) or "(none given)"
        raise UsageError(f"unknown field: {wrong}; fields are: {', '.join(available)}")
    return names
