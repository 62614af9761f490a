"""beilun draft: a new article read into a fact base to curate."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from beilun_cli.base import paths
from beilun_cli.base.errors import OutputError, UsageError
from beilun_cli.cli.invocation import facts_option
from beilun_cli.cli.options import JsonOpt, output
from beilun_cli.draft import drafting
from beilun_cli.store import loader
from beilun_cli.store.field_checks import SLUG, valid_time

# A date the article states near its top: 2019-09-16, 2019/9/16 or 2019年9月16日.
_DATE = re.compile(r"(\d{4})\s*(?:-|/|年)\s*(\d{1,2})\s*(?:-|/|月)\s*(\d{1,2})")


def _published(paragraphs: list[str]) -> str | None:
    for paragraph in paragraphs[:5]:
        found = _DATE.search(paragraph)
        if found:
            year, month, day = (int(part) for part in found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _write(path: Path, text: str) -> None:
    """One file of the draft, whole or not at all, as every output file of beilun is written."""
    from beilun_cli.cli.output.files import written

    with written(path) as stream:
        stream.write(text.encode("utf-8"))


def draft_article(
    ctx: typer.Context,
    article: Annotated[Path, typer.Argument(help="The article as UTF-8 text, one paragraph a block.")],
    directory: Annotated[
        Path, typer.Option("--output", "-o", help="The folder to write the draft base into.", metavar="DIR")
    ],
    source_id: Annotated[
        str | None,
        typer.Option(
            "--source-id", help="The new source's id (a lowercase slug). Default: from the file name."
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date, YYYY-MM-DD: what 去年 and 今年 mean. Default: a date near the top.",
            metavar="DATE",
        ),
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="The outlet's name, in Chinese.")] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The title, in Chinese. Default: the first paragraph.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Draft candidate facts from a new article, for a curator to finish.

    Writes DIR/sources/ID.toml and ID.txt (the text in numbered paragraphs), DIR/facts/ID.toml
    (one candidate fact per figure, dated event or rank: the quote, value, unit, quantifier,
    amount, time and guesses of measure, subject and topic, each marked `draft = true` with
    what is left to write) and DIR/entities/ID.toml (names the base lacks, proposed as draft
    entities). `beilun validate` lists what remains; a fact whose fields are all written is a
    fact like any other. Drafting again keeps what the curator wrote.

    Examples:

        beilun draft article.txt --published 2019-09-16 -o drafts/

        beilun validate drafts/

        beilun --facts drafts/ list --draft
    """
    out = output(ctx, "json" if as_json else "tsv", False, None, "both", ())
    try:
        text = article.read_bytes().decode("utf-8")
    except OSError as error:
        raise UsageError(f"cannot read {article}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{article} is not UTF-8 text (save it as UTF-8)") from None
    paragraphs = drafting.paragraphs_of(text)
    if not paragraphs:
        raise UsageError(f"{article} holds no text")
    date = published or _published(paragraphs)
    if date is None:
        raise UsageError(
            "no publication date found near the article's top: give it with --published YYYY-MM-DD"
        )
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) or not valid_time(date):
        raise UsageError(f"--published {date!r} is not a date YYYY-MM-DD")
    ident = source_id or re.sub(r"[^a-z0-9]+", "-", article.stem.casefold()).strip("-") or f"article-{date}"
    if not SLUG.match(ident):
        raise UsageError(f"--source-id {ident!r} is not a lowercase slug (letters, digits and dashes)")
    base = loader.load(paths.resolve_root(facts_option(ctx)))
    if ident in base.sources:
        raise UsageError(f"the base already has a source '{ident}': choose another with --source-id")
    taken = [fact.id for fact in base.facts] + list(base.entities)
    draft = drafting.draft_article(text, date, base, taken)
    record = drafting.Article(ident, date, title or paragraphs[0], outlet_zh=outlet, about=draft.about())
    try:
        written = drafting.write_draft(draft, record, directory, _write)
    except OSError as error:
        raise OutputError(f"cannot write {error.filename or directory}: {error.strerror or error}") from None
    report = {
        "source": ident,
        "published": date,
        "paragraphs": len(draft.paragraphs),
        "candidates": len(draft.candidates),
        "new": written.new,
        "kept": written.kept,
        "proposed_entities": written.proposals,
        "files": written.files,
    }
    if as_json:
        out.document(report)
        return
    kept = f", {written.kept} already there" if written.kept else ""
    counts = f"{written.new} new candidate facts{kept}, {written.proposals} proposed entities"
    out.write(
        f"drafted {ident} ({date}, {len(draft.paragraphs)} paragraphs): {counts}\n"
        + "".join(f"  wrote {name}\n" for name in written.files)
        + f"next: beilun validate {directory}   (it lists what each draft still needs)\n"
    )
