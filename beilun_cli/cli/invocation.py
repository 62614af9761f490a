"""What a command takes from its invocation: this call's environment, the language it answers
in, and the fact base it asks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from beilun_cli.base import paths
from beilun_cli.base.errors import UsageError
from beilun_cli.cli.output.environment import LANG_CHOICES, Environment

if TYPE_CHECKING:
    from beilun_cli.cli.output import Output
    from beilun_cli.store.catalog import Catalog

# Where the call's context keeps --color and --no-pager (given before or after the command),
# and the output held for the pager until the command ends.
COLOR = "beilun.color"
NO_PAGER = "beilun.no_pager"
_HELD = "beilun.held_output"
# The language this call's messages are written in (zh or en), once the command has settled it.
MESSAGE_LANG = "beilun.message_lang"
# Notes for stderr that follow the output (`10 of 13 shown`), said once the pager has closed.
_NOTES = "beilun.notes"


def environment(ctx: typer.Context) -> Environment:
    """The terminal decisions of this call, made on first use, once every option is parsed."""
    root = ctx.find_root()
    if not isinstance(root.obj, Environment):
        root.obj = Environment.from_process(
            color=ctx.meta.get(COLOR, "auto"), paging=not ctx.meta.get(NO_PAGER)
        )
    return root.obj


def typed_lang(text: str) -> str | None:
    """The language of what the user typed: zh when it holds a Chinese character, en when it
    holds a Latin letter, else None (an id, a number, nothing)."""
    if any("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in text):
        return "zh"
    return "en" if any(char.isascii() and char.isalpha() for char in text) else None


def language(
    ctx: typer.Context,
    given: str | None,
    typed: Iterable[str | None] = (),
    *,
    default: str = "en",
    choices: tuple[str, ...] = LANG_CHOICES,
) -> str:
    """The language of this call's output, one rule for every command: --lang, else BEILUN_LANG,
    else the config file's lang, else the language of what the user typed (a query, question,
    claim or name: the first of `typed` that has one), else the command's `default`. Messages
    follow it: Chinese when it is zh, or both for a Chinese query."""
    if given is not None and given not in choices:
        raise UsageError(f"unknown language '{given}'; languages are: {', '.join(choices)}")
    standing = environment(ctx).lang
    spoken = next((found for found in map(typed_lang, filter(None, typed)) if found), None)
    if given is not None:
        chosen = given
    elif standing in choices:
        chosen = standing
    else:  # none set, or `both` where only one language can be written (ask)
        chosen = spoken or default
    ctx.meta[MESSAGE_LANG] = "zh" if chosen == "zh" or (chosen == "both" and spoken == "zh") else "en"
    return chosen


def message_lang(ctx: typer.Context) -> str:
    """zh or en: the language of this call's messages (en until the command settles it)."""
    return str(ctx.meta.get(MESSAGE_LANG, "en"))


def note_after_output(ctx: typer.Context, text: str) -> None:
    """A note on stderr about the output, said after it: once the pager has closed, if it is held."""
    if _HELD in ctx.meta:
        ctx.meta.setdefault(_NOTES, []).append(text)
    else:
        from beilun_cli.cli.output.messages import message

        message(text, environment(ctx).stderr)


def note_cut(ctx: typer.Context, shown: int, limit: int | None, total: Callable[[], int]) -> None:
    """On a terminal, when a limit cut the results: `10 of 13 shown — --limit 0 for all` on
    stderr, after them (`total` counts them all, asked only then). Never in a pipe, as gh: a
    script that asked for N gets N, and says --limit 0 for all."""
    if limit is None or shown < limit or not environment(ctx).stdout_isatty:
        return
    every = total()
    if every > shown:
        from beilun_cli.cli.output.messages import shown_of

        note_after_output(ctx, shown_of(shown, every, message_lang(ctx)))


def hold_for_pager(ctx: typer.Context, out: Output) -> None:
    """On a terminal with a pager, hold the command's output until it ends (see `release_held`)."""
    if out.env.pager is not None:
        out.hold_for_pager()
        ctx.meta[_HELD] = out


def release_held(ctx: typer.Context, *, interrupted: bool) -> None:
    """The command ended: its held output goes to the terminal or the pager, unless interrupted."""
    out = ctx.meta.pop(_HELD, None)
    if out is not None:
        if interrupted:
            out.drop_held()
        else:
            out.release()
    notes = ctx.meta.pop(_NOTES, [])
    if notes and not interrupted:
        from beilun_cli.cli.output.messages import message

        for text in notes:
            message(text, environment(ctx).stderr)


def facts_option(ctx: typer.Context) -> str | None:
    value = ctx.find_root().params.get("facts")
    return str(value) if value else None


def root(ctx: typer.Context) -> Path:
    """The fact base's path: --facts, else $BEILUN_FACTS, else the config file's facts, else the
    shipped base."""
    return paths.resolve_root(facts_option(ctx) or environment(ctx).facts)


def catalog(ctx: typer.Context) -> Catalog:
    """The base this call asks, its index opened (and built, with a progress bar, if need be)."""
    from beilun_cli.cli.output.messages import message, progress_bar
    from beilun_cli.store.catalog import open_base

    base = open_base(root(ctx), progress=progress_bar(environment(ctx), "building the index"))
    for note in base.index.notes:  # files skipped, no cache: said once, on stderr
        message(f"beilun: warning: {note}")
    return base
