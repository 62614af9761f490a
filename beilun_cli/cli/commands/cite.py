"""beilun cite: facts with their source's bibliographic record, in the style a document needs."""

from __future__ import annotations

import datetime
from typing import Annotated

import typer

from beilun_cli.base.errors import UsageError
from beilun_cli.cli.completion import choices, complete_fact_id
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import lang_option, output
from beilun_cli.cli.output.citation import STYLES, cite

LangOpt = Annotated[
    str | None,
    lang_option("Language of the claim in plain and markdown citations", "en"),
]


def cite_facts(
    ctx: typer.Context,
    fact_ids: Annotated[
        list[str],
        typer.Argument(
            metavar="ID...", help="Fact ids (see 'beilun list').", autocompletion=complete_fact_id
        ),
    ],
    style: Annotated[
        str,
        typer.Option(
            "--style",
            "-s",
            help=f"One of: {', '.join(STYLES)}.",
            metavar="STYLE",
            autocompletion=choices(STYLES),
        ),
    ] = "plain",
    accessed: Annotated[
        str | None,
        typer.Option(
            "--accessed", help="GB/T 7714's date of access, YYYY-MM-DD. Default: today.", metavar="DATE"
        ),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Cite facts: each with its quote, paragraph and the article's bibliographic record.

    Styles: plain, markdown, bibtex (LaTeX), csl-json (Zotero, pandoc) and gb7714 (GB/T
    7714-2015, the form Chinese academic writing uses: a newspaper online is [N/OL]; each fact
    refers to its article's one numbered entry, [1]第14段). --lang zh cites in Chinese throughout.

    Examples:

        beilun cite gdp-2018

        beilun cite gdp-2018 gdp-growth-2018 --style gb7714 --lang zh

        beilun cite gdp-2018 --style bibtex >> refs.bib
    """
    if style not in STYLES:
        raise UsageError(f"unknown style '{style}'; styles are: {', '.join(STYLES)}")
    when = accessed or datetime.date.today().isoformat()
    try:
        datetime.date.fromisoformat(when)
    except ValueError:
        raise UsageError(f"--accessed takes a date as YYYY-MM-DD, not '{when}'") from None
    lang = language(ctx, lang)
    out = output(ctx, "tsv", False, None, lang, ())
    base = catalog(ctx)
    facts = [base.fact_record(fact_id) for fact_id in fact_ids]  # an unknown id fails before any output
    sources = {fact["source"]["id"]: base.source(fact["source"]["id"]) for fact in facts}
    out.write(cite([(fact, sources[fact["source"]["id"]]) for fact in facts], style, lang, when))
