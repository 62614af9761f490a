"""beilun entities: the people, organisations, places, projects and events facts name."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.base.errors import NotFoundError, UsageError
from beilun_cli.base.records import ENTITY_KINDS
from beilun_cli.cli.completion import choices, complete_entity
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FieldsOpt, FormatOpt, HeaderOpt, JsonOpt, lang_option, output
from beilun_cli.cli.output.fields import FACT_COLUMNS, FACT_FIELDS
from beilun_cli.cli.output.formats import project
from beilun_cli.store.catalog import Filters

ENTITY_FIELDS = ("id", "kind", "name", "aliases", "facts")
ENTITY_COLUMNS = ("id", "kind", "name", "facts")
# Names in both languages; a fact's claim in English, as every listing of facts shows it.
EntityLangOpt = Annotated[
    str | None,
    lang_option(
        "Language of names and claims", "that of the NAME you typed, else both for the list of entities"
    ),
]


def list_entities(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            help="An entity's Chinese or English name, alias or id: show it and its facts.",
            autocompletion=complete_entity,
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            help=f"Only entities of this kind: {', '.join(ENTITY_KINDS)}.",
            autocompletion=choices(ENTITY_KINDS),
            metavar="KIND",
        ),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: EntityLangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """List entities, or show one entity and every fact that names it.

    Examples:

        beilun entities --kind person

        beilun entities 中芯国际

        beilun entities SMIC --json | jq '.facts[].claim.en'
    """
    if kind is not None and kind not in ENTITY_KINDS:
        raise UsageError(f"unknown kind '{kind}'; kinds are: {', '.join(ENTITY_KINDS)}")
    base = catalog(ctx)
    if name is None:
        out = output(ctx, fmt, as_json, fields, language(ctx, lang, default="both"), ENTITY_FIELDS, header)
        # People first, awards last (records.ENTITY_KINDS), then by id: who and what acts before
        # what is conferred.
        rows = sorted(base.entities(kind), key=lambda row: ENTITY_KINDS.index(row["kind"]))
        out.records(rows, ENTITY_COLUMNS, filtered=("kind",) if kind else (), optional=("kind",))
        if not rows:
            raise NotFoundError(f"no entity of kind '{kind}'" if kind else "this fact base names no entities")
        return
    out = output(ctx, fmt, as_json, fields, language(ctx, lang, [name]), FACT_FIELDS, header)
    entity = base.entity(name)
    if kind is not None and entity["kind"] != kind:
        raise NotFoundError(f"'{name}' is a {entity['kind']}, not a {kind}")
    facts = base.fact_records(Filters(entity=entity["id"]))
    if out.format == "json":
        out.document({**entity, "facts": [project(fact, out.fields) for fact in facts]})
        return
    title = f"{entity['name']['zh']} · {entity['name']['en']} ({entity['kind']})"
    out.records(facts, FACT_COLUMNS, title=title)
