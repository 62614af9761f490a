"""beilun search: facts ranked by how well they match a few words, in Chinese or English."""

# No `from __future__ import annotations`: Typer reads the command's annotations on every call,
# and written as strings each would be compiled first (typing.ForwardRef).
import sys
from typing import Annotated

import typer

from beilun_cli.base.errors import NotFoundError, UsageError
from beilun_cli.cli import inputs
from beilun_cli.cli.invocation import catalog, language, note_cut
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
from beilun_cli.cli.output.messages import message
from beilun_cli.search import analysis, hints
from beilun_cli.store.arguments import Filters, shown_query

SEARCH_FIELDS = (*FACT_FIELDS, "score")
SEARCH_COLUMNS = (*FACT_COLUMNS, "score")  # a fact as every listing shows it, then its score

QueryArg = Annotated[
    list[str],
    typer.Argument(
        metavar="QUERY",
        help="Words or a question, in Chinese or English; several words need no quotes.",
        show_default=False,
    ),
]


def _filtered_out(base_hits: int, text: str) -> NotFoundError:
    return NotFoundError(
        f"{base_hits} facts match '{shown_query(text)}', but none passes the filters",
        "drop a filter, or see 'beilun list' with the same filters",
        zh=f"有 {base_hits} 条事实匹配“{shown_query(text)}”，但没有一条符合筛选条件",
        zh_hint="去掉一个筛选条件，或用相同条件看看 'beilun list'",
    )


def search_facts(
    ctx: typer.Context,
    words: QueryArg,
    topic: TopicOpt = None,
    entity: EntityOpt = None,
    unit: UnitOpt = None,
    minimum: MinOpt = None,
    maximum: MaxOpt = None,
    year: YearOpt = None,
    limit: LimitOpt = 10,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    fields: FieldsOpt = None,
    lang: LangOpt = None,
    header: HeaderOpt = False,
) -> None:
    """Find facts from a few words or a question, in Chinese or English, best match first.

    Matches both claims, the quote, entity names and tags, and at a lower weight words of the
    same meaning (economy finds GDP) and the ways people ask for a fact. Chinese needs no
    spaces (沙滩 finds 弧形沙滩), and question words such as 多少, 什么 and 啥 are left out;
    traditional characters and full-width forms find the article's text; pinyin finds names
    (zhangrenya); English is matched by word stems without stop words, so a plain question
    works. A number finds facts with that value or year. Every format adds a relevance score
    to each fact. Shows the best 10 (--limit 0: every match). Exits 1 when nothing matches,
    saying which words were searched and which close words or names would find facts.

    Examples:

        beilun search 沙滩

        beilun search 北仑的森林覆盖率是多少？

        beilun search 森林覆蓋率

        beilun search "What was Beilun's GDP in 2018?"

        beilun search zhangrenya

        beilun search volunteers --limit 3 --json | jq '.[0].id'

        beilun search 投资 --unit 亿元 --min 20
    """
    text = inputs.clean(" ".join(words))
    lang = language(ctx, lang, [text, entity, *(topic or ())])
    if not text.strip():
        raise UsageError("empty query", "give a few words, e.g. beilun search 沙滩")
    if not analysis.has_terms(text[: analysis.MAX_QUERY_CHARS]):
        raise UsageError(
            f"nothing to search for in '{shown_query(text)}': only stop words or punctuation",
            zh=f"“{shown_query(text)}”里没有可搜索的词：只有停用词或标点",
        )
    out = output(ctx, fmt, as_json, fields, lang, SEARCH_FIELDS, header)
    if len(text) > analysis.MAX_QUERY_CHARS:
        message(
            f"beilun: note: only the first {analysis.MAX_QUERY_CHARS} characters are searched", out.env.stderr
        )
    base = catalog(ctx)
    chosen = Filters(topic=topic, entity=entity, unit=unit, minimum=minimum, maximum=maximum, year=year)
    wanted = sys.maxsize if limit is None else limit  # maxsize: all
    # The count of matches is read only when no hit passed the filters: then no scoring was
    # pruned, and it is counted whether asked for or not.
    hits, matched = base.ranked(text, chosen, wanted, count_matched=False)
    if out.format == "table":
        marks = hints.marks(
            (base.searched_texts(hit.fact.to_dict()), base.marked_terms(hit.terms)) for hit in hits
        )
    else:
        marks = ()
    out.records(
        [hit.to_dict() for hit in hits],
        SEARCH_COLUMNS,
        highlight=marks,
        filtered=("topic",) if topic and len(topic) == 1 else (),
        optional=("score", "topic", "as_of", "quantity"),  # the score goes first where room is short
    )
    # Every match counted only when the limit was reached, on a terminal: a second, unpruned search.
    note_cut(
        ctx, len(hits), limit, lambda: len(base.ranked(text, chosen, sys.maxsize, count_matched=False)[0])
    )
    if not hits:
        raise _filtered_out(matched, text) if matched else base.miss(text)
