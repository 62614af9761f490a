"""beilun entities: the people, organisations, places, projects and events facts name."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli import render
from beilun_cli.catalog import Filters
from beilun_cli.errors import NotFoundError, UsageError
from beilun_cli.model import ENTITY_KINDS
from beilun_cli.options import FieldsOpt, FormatOpt, JsonOpt, LangOpt, output
from beilun_cli.session import catalog
from beilun_cli.shapes import FACT_FIELDS

ENTITY_FIELDS = ("id", "kind", "name", "aliases", "facts")
ENTITY_COLUMNS = ("id", "kind", "name", "facts")
ENTITY_FACT_COLUMNS = ("id", "topic", "claim", "value", "unit", "as_of")


def list_entities(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(help="An entity's Chinese or English name, alias or id: show it and its facts."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help=f"Only entities of this kind: {', '.join(ENTITY_KINDS)}."),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = "both",
) -> None:
    """List entities, or show one entity and every fact that names it.

    Examples:

        beilun entities --kind person

        beilun entities 中芯国际

        beilun entities SMIC --json | jq '.facts[].claim.en'
    """
    if kind is not None and kind not in ENTITY_KINDS:
        raise UsageError(f"unknown kind '{kind}'; kinds are: {', '.join(ENTITY_KINDS)}")
    index = catalog(ctx)
    if name is None:
        out = output(fmt, as_json, fields, lang, ENTITY_FIELDS)
        rows = index.entities(kind)
        render.emit(rows, out, ENTITY_COLUMNS)
        if not rows:
            raise NotFoundError(f"no entity of kind '{kind}'")
        return
    out = output(fmt, as_json, fields, lang, FACT_FIELDS)
    entity = index.entity_record(name)
    if kind is not None and entity["kind"] != kind:
        raise NotFoundError(f"'{name}' is a {entity['kind']}, not a {kind}")
    facts = index.select(Filters(entity=entity["id"]))
    if out.format == "json":
        shown = [render.project(fact, out.fields) for fact in facts]
        render.write(render.to_json({**entity, "facts": shown}) + "\n")
        return
    title = f"{entity['name']['zh']} · {entity['name']['en']} ({entity['kind']})"
    render.emit(facts, out, ENTITY_FACT_COLUMNS, title=title)
