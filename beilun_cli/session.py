"""What every command needs from the invocation: which fact base, and the way into it.

Kept light: `catalog` serves every view from the persistent index without loading the TOML
(only `validate` reads the files themselves, through store).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from beilun_cli import paths

if TYPE_CHECKING:
    from beilun_cli.catalog import Catalog


def facts_option(ctx: typer.Context) -> str | None:
    value = ctx.find_root().params.get("facts")
    return str(value) if value else None


def root(ctx: typer.Context) -> Path:
    return paths.resolve_root(facts_option(ctx))


def catalog(ctx: typer.Context) -> Catalog:
    from beilun_cli import render
    from beilun_cli.catalog import open_catalog

    with render.progress("building the index") as progress:
        return open_catalog(root(ctx), progress=progress)


def _completer(candidates: Callable[[Catalog, str], list[str]]) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            return candidates(catalog(ctx), incomplete)
        except Exception:  # completion must never print a traceback into the shell
            return []

    return complete


complete_topic = _completer(lambda index, prefix: [t for t in index.topic_ids() if t.startswith(prefix)])
complete_fact_id = _completer(lambda index, prefix: index.fact_ids(prefix))
