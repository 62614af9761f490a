"""What a command takes from its invocation: this call's environment, and the fact base it asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from beilun_cli import paths
from beilun_cli.output.environment import Environment

if TYPE_CHECKING:
    from beilun_cli.catalog import Catalog


def environment(ctx: typer.Context) -> Environment:
    """The terminal decisions the app's callback made for this call (shell completion runs none)."""
    env = ctx.find_root().obj
    return env if isinstance(env, Environment) else Environment.from_process()


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


def _completer(candidates: Callable[[Catalog, str], list[str]]) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            return candidates(catalog(ctx), incomplete)
        except Exception:  # completion must never print a traceback into the shell
            return []

    return complete


complete_topic = _completer(lambda base, prefix: [t for t in base.topic_ids() if t.startswith(prefix)])
complete_fact_id = _completer(lambda base, prefix: base.fact_ids(prefix))
