"""A draft written into a folder as a base to curate, keeping what a curator already wrote."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from beilun_cli.draft.records import Article, Draft, toml_string

__all__ = ["Written", "write_draft"]


@dataclass
class Written:
    """What `write_draft` wrote: the files, and how many candidates were new or already there."""

    files: list[str]
    new: int
    kept: int
    proposals: int


_TABLE = re.compile(r"^\[\[(\w+)\]\]\s*$", re.MULTILINE)


def _blocks(text: str) -> tuple[str, list[str]]:
    """A TOML file's head (comments before its first table) and its [[...]] tables as written."""
    starts = [match.start() for match in _TABLE.finditer(text)]
    if not starts:
        return text, []
    bounds = [*starts, len(text)]
    return text[: starts[0]], [
        text[a:b].rstrip("\n") + "\n" for a, b in zip(bounds, bounds[1:], strict=False)
    ]


def _quote_and_figure(block: str) -> tuple[str, str] | None:
    """The quote and written quantity of a [[facts]] table as a curator left it."""
    import tomli

    try:
        data = tomli.loads(block).get("facts", [{}])[0]
    except (tomli.TOMLDecodeError, IndexError):
        return None
    quote = data.get("quote")
    quantity = data.get("quantity")
    written = quantity.get("written", "") if isinstance(quantity, dict) else ""
    return (quote, written) if isinstance(quote, str) else None


def write_draft(
    draft: Draft, article: Article, directory: Path, write: Callable[[Path, str], None]
) -> Written:
    """Write a draft into `directory` as a fact base to curate: sources/ID.toml and ID.txt,
    facts/ID.toml, and entities/ID.toml with the proposed entities.

    A second draft of the same article keeps what a curator wrote: a fact already in the facts
    file (the same quote and figure, or a quote it holds with that figure) is left as it is,
    and only the new candidates are added; an existing source record is kept. `write(path, text)`
    writes one file whole (the caller's way of writing files); folders are made here."""
    for folder in ("sources", "facts", "entities"):
        (directory / folder).mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    source_toml = directory / "sources" / f"{article.id}.toml"
    text_name = f"{article.id}.txt"
    write(directory / "sources" / text_name, "\n\n".join(draft.paragraphs) + "\n")
    files.append(str(directory / "sources" / text_name))
    if not source_toml.exists():
        write(source_toml, f"# Drafted by beilun draft.\n{article.to_toml(text_name)}")
        files.append(str(source_toml))

    facts_path = directory / "facts" / f"{article.id}.toml"
    head, blocks = _blocks(facts_path.read_text(encoding="utf-8")) if facts_path.exists() else ("", [])
    if not head:
        head = (
            f"# Candidate facts drafted from {article.id}. `beilun validate` lists what each\n"
            "# `draft = true` fact still needs; a fact whose fields are all written is a fact\n"
            "# like any other.\n\n"
        )
    existing = [pair for block in blocks if (pair := _quote_and_figure(block)) is not None]
    kept = 0
    added: list[str] = []
    for candidate in draft.candidates:
        figure = candidate.quantity.written if candidate.quantity else ""
        if any(quote in candidate.quote and written == figure for quote, written in existing):
            kept += 1
            continue
        added.append(candidate.to_toml(article.id))
    body = head + "\n".join(blocks + added)
    write(facts_path, body)
    files.append(str(facts_path))

    if draft.proposals:
        entities_path = directory / "entities" / f"{article.id}.toml"
        if entities_path.exists():
            _, known = _blocks(entities_path.read_text(encoding="utf-8"))
            names = "\n".join(known)
            fresh = [p.to_toml() for p in draft.proposals if toml_string(p.name) not in names]
            body = entities_path.read_text(encoding="utf-8")
            if fresh:  # what the curator wrote stays as it is; only new names are added
                body = body.rstrip("\n") + "\n\n" + "\n".join(fresh)
        else:
            body = "# Names the base lacks, proposed as entities: write name.en and check the kind.\n\n"
            body += "\n".join(p.to_toml() for p in draft.proposals)
        write(entities_path, body)
        files.append(str(entities_path))
    return Written(files, len(added), kept, len(draft.proposals))
