"""beilun list: facts, narrowed by topic, entity, unit, value or year."""

# No `from __future__ import annotations`: Typer reads the command's annotations on every call,
# and written as strings each would be compiled first (typing.ForwardRef).
from typing import Annotated

import typer

from beilun_cli.base.errors import NotFoundError, UsageError
from beilun_cli.cli.invocation import catalog, facts_option, language, note_cut
from beilun_cli.cli.options import (
    EntityOpt,
    FieldsOpt,
    FormatOpt,
    HeaderOpt,
    JsonOpt,
    LangOpt,
    LimitOpt,
    MaxOpt,
    MinOpt,
    TopicOpt,
    UnitOpt,
    YearOpt,
    output,
)
from beilun_cli.cli.output.fields import FACT_COLUMNS, FACT_FIELDS
from beilun_cli.store.catalog import Filters


def list_facts(
    ctx: typer.Context,
    topic: TopicOpt = None,
    entity: EntityOpt = None,
    unit: UnitOpt = None,
    minimum: MinOpt = None,
    maximum: MaxOpt = None,
    year: YearOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
    header: HeaderOpt = False,
    drafts: Annotated[
        bool,
        typer.Option(
            "--draft", help="List the drafts still to finish (facts, entities, sources), not the facts."
        ),
    ] = False,
) -> None:
    """List facts, narrowed by topic, entity, unit, value or year.

    Examples:

        beilun list --topic economy

        beilun list --unit 亿元 --min 20 --json

        beilun list --year 2018 --lang zh | head -5

        beilun --facts drafts/ list --draft
    """
    if drafts:
        if any(given for given in (topic, entity, unit, minimum, maximum, year)):
            raise UsageError(
                "--draft lists every draft: it takes no --topic, --entity, --unit, --min, --max or --year"
            )
        _list_drafts(ctx, limit, fmt, as_json, fields, language(ctx, lang), header)
        return
    lang = language(ctx, lang, [entity, *(topic or ())])
    out = output(ctx, fmt, as_json, fields, lang, FACT_FIELDS, header)
    chosen = Filters(topic=topic, entity=entity, unit=unit, minimum=minimum, maximum=maximum, year=year)
    base = catalog(ctx)
    shown = out.records(
        base.fact_records(chosen, limit),
        FACT_COLUMNS,
        filtered=("topic",) if topic and len(topic) == 1 else (),
    )
    note_cut(ctx, shown, limit, lambda: base.count(chosen))
    if not shown:
        raise NotFoundError("no fact matches these filters", zh="没有符合这些条件的事实")


DRAFT_FIELDS = ("id", "kind", "missing", "text", "path", "line")
DRAFT_COLUMNS = ("id", "kind", "missing", "text")


def _list_drafts(
    ctx: typer.Context,
    limit: int | None,
    fmt: str | None,
    as_json: bool,
    fields: str | None,
    lang: str,
    header: bool,
) -> None:
    """The drafts of the base, as the loader finds them in its files (they are in no index)."""
    from beilun_cli.base import paths
    from beilun_cli.store import loader

    out = output(ctx, fmt, as_json, fields, lang, DRAFT_FIELDS, header)
    found = [draft.to_json() for draft in loader.load(paths.resolve_root(facts_option(ctx))).drafts]
    if not out.records(found[:limit] if limit else found, DRAFT_COLUMNS):
        raise NotFoundError("no drafts in this base: every fact, entity and source is finished")
