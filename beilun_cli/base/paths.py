"""Where a fact base is and which files it is made of: cheap, so every command can ask."""

from __future__ import annotations

import os
from pathlib import Path

from beilun_cli.base.errors import FactBaseError, Problem

ENV_FACTS = "BEILUN_FACTS"


def default_root() -> Path:
    """The shipped base: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parents[1]  # the beilun_cli package
    packaged = here / "facts"
    return packaged if packaged.is_dir() else here.parent / "facts"


def resolve_root(option: str | None) -> Path:
    chosen = option or os.environ.get(ENV_FACTS) or None
    return Path(chosen) if chosen else default_root()


class Discovery:
    """The TOML files of a base, in a stable order, and what was left out, each with why."""

    __slots__ = ("files", "skipped")

    def __init__(self, files: list[Path], skipped: list[str]) -> None:
        self.files = files
        self.skipped = skipped


def fact_files(root: Path) -> list[Path]:
    """The TOML files of a base, in a stable order; a missing base is a FactBaseError."""
    return discover(root).files


def discover(root: Path) -> Discovery:
    """The TOML files of a base and what was skipped; a missing or empty base is a FactBaseError.

    Links to folders are not followed (a link back up would loop): they, and `.toml` names that
    lead nowhere (a broken link, a link loop), are named in `skipped` rather than left out silently.
    """
    if root.is_file():
        return Discovery([root], [])
    if not root.exists():
        raise FactBaseError([Problem(str(root), 0, 0, "fact base not found")])
    if not root.is_dir():
        raise FactBaseError([Problem(str(root), 0, 0, "not a file or directory")])

    def unreadable(error: OSError) -> None:
        raise error  # os.walk would skip an unreadable folder, and half a base would load silently

    files: list[Path] = []
    skipped: list[str] = []
    try:
        for folder, folders, names in os.walk(root, onerror=unreadable):
            for name in folders:
                if os.path.islink(os.path.join(folder, name)):
                    skipped.append(f"{os.path.join(folder, name)}: a link to a folder (not followed)")
            for name in names:
                path = Path(folder) / name
                if not name.endswith(".toml"):
                    continue
                if path.is_file():
                    files.append(path)
                elif os.path.islink(path):
                    skipped.append(f"{path}: a link that leads to no file (broken, or a loop)")
                elif os.path.lexists(path):  # else it was deleted a moment ago: nothing to say
                    skipped.append(f"{path}: not a regular file")
    except OSError as error:
        where = str(error.filename or root)
        raise FactBaseError([Problem(where, 0, 0, f"cannot read: {error.strerror or error}")]) from None
    if not files:
        raise FactBaseError([Problem(str(root), 0, 0, "no .toml files in the fact base")])
    return Discovery(sorted(files), sorted(skipped))
