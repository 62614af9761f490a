"""beilun show: one fact in full, optionally with the paragraph it was quoted from."""

from __future__ import annotations

from typing import Annotated

import typer

from beilun_cli.cli.completion import complete_fact_id
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import FieldsOpt, FormatOpt, JsonOpt, lang_option, output
from beilun_cli.cli.output.fields import FACT_FIELDS

LangOpt = Annotated[
    str | None,
    lang_option("Language of the claim and the paragraph", "both"),
]


def show_fact(
    ctx: typer.Context,
    fact_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="The fact's id (see 'beilun list').", autocompletion=complete_fact_id
        ),
    ],
    with_context: Annotated[
        bool, typer.Option("--context", "-c", help="Also print the source paragraph, quote marked.")
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Show one fact in full, with its quote and where it stands.

    Examples:

        beilun show gdp-2018

        beilun show gdp-2018 --context

        beilun show gdp-2018 --json | jq .quantity
    """
    out = output(ctx, fmt, as_json, fields, language(ctx, lang, default="both"), FACT_FIELDS)
    base = catalog(ctx)
    fact = base.fact_record(fact_id)
    out.one(fact, context=base.context(fact) if with_context else None)
