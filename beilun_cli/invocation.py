"""What a command takes from its invocation: this call's environment, and the fact base it asks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from beilun_cli import paths
from beilun_cli.output.environment import Environment

if TYPE_CHECKING:
    from beilun_cli.catalog import Catalog
    from beilun_cli.output import Output

# Where the call's context keeps --color and --no-pager (given before or after the command),
# and the output held for the pager until the command ends.
COLOR = "beilun.color"
NO_PAGER = "beilun.no_pager"
_HELD = "beilun.held_output"


def environment(ctx: typer.Context) -> Environment:
    """The terminal decisions of this call, made on first use, once every option is parsed."""
    root = ctx.find_root()
    if not isinstance(root.obj, Environment):
        root.obj = Environment.from_process(
            color=ctx.meta.get(COLOR, "auto"), paging=not ctx.meta.get(NO_PAGER)
        )
    return root.obj


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


def facts_option(ctx: typer.Context) -> str | None:
    value = ctx.find_root().params.get("facts")
    return str(value) if value else None


def root(ctx: typer.Context) -> Path:
    """The fact base's path: --facts, else $BEILUN_FACTS, else the shipped base."""
    return paths.resolve_root(facts_option(ctx))


def catalog(ctx: typer.Context) -> Catalog:
    """The base this call asks, its index opened (and built, with a progress bar, if need be)."""
    from beilun_cli.catalog import open_base
    from beilun_cli.output.messages import message, progress_bar

    base = open_base(root(ctx), progress=progress_bar(environment(ctx), "building the index"))
    for note in base.index.notes:  # files skipped, no cache: said once, on stderr
        message(f"beilun: warning: {note}")
    return base
