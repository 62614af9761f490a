"""Where a fact base is and which files it is made of: cheap, so every command can ask."""

from __future__ import annotations

import os
from pathlib import Path

from beilun_cli.errors import FactBaseError, Problem

ENV_FACTS = "BEILUN_FACTS"


def default_root() -> Path:
    """The shipped base: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "facts"
    return packaged if packaged.is_dir() else here.parent / "facts"


def resolve_root(option: str | None) -> Path:
    chosen = option or os.environ.get(ENV_FACTS) or None
    return Path(chosen) if chosen else default_root()


def fact_files(root: Path) -> list[Path]:
    """The TOML files of a base, in a stable order; a missing base is a FactBaseError."""
    if root.is_file():
        return [root]
    if not root.exists():
        raise FactBaseError([Problem(str(root), 0, 0, "fact base not found")])
    if not root.is_dir():
        raise FactBaseError([Problem(str(root), 0, 0, "not a file or directory")])

    def unreadable(error: OSError) -> None:
        raise error  # rglob would skip an unreadable folder, and half a base would load silently

    try:
        files = sorted(
            Path(folder) / name
            for folder, _, names in os.walk(root, onerror=unreadable)
            for name in names
            if name.endswith(".toml") and (Path(folder) / name).is_file()
        )
    except OSError as error:
        where = str(error.filename or root)
        raise FactBaseError([Problem(where, 0, 0, f"cannot read: {error.strerror or error}")]) from None
    if not files:
        raise FactBaseError([Problem(str(root), 0, 0, "no .toml files in the fact base")])
    return files
