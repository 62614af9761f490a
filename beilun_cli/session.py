"""What every command needs from the invocation: the fact base the user pointed at."""

from __future__ import annotations

from collections.abc import Callable

import typer

from beilun_cli import store
from beilun_cli.model import FactBase


def facts_option(ctx: typer.Context) -> str | None:
    value = ctx.find_root().params.get("facts")
    return str(value) if value else None


def fact_base(ctx: typer.Context) -> FactBase:
    return store.load(store.resolve_root(facts_option(ctx)))


def _completer(candidates: Callable[[FactBase], list[str]]) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            base = fact_base(ctx)
        except Exception:  # completion must never print a traceback into the shell
            return []
        return [name for name in candidates(base) if name.startswith(incomplete)]

    return complete


complete_topic = _completer(lambda base: sorted(base.topics))
complete_fact_id = _completer(lambda base: [fact.id for fact in base.facts])
