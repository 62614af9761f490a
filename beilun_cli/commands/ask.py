"""beilun ask: a question in plain words, the answer first, then the facts that say it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

import typer

from beilun_cli import answers
from beilun_cli.completion import choices
from beilun_cli.errors import UsageError
from beilun_cli.fields import FACT_FIELDS
from beilun_cli.invocation import catalog, language
from beilun_cli.options import JsonOpt, output

FORMATS = ("table", "tsv", "md", "json")
EVIDENCE_FIELDS = ("id", "claim", "quote", "source")  # a fact as evidence: what `show` leads with

QuestionArg = Annotated[
    list[str],
    typer.Argument(
        metavar="QUESTION",
        help="A question in Chinese or English; several words need no quotes.",
        show_default=False,
    ),
]
AskFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table, tsv, md (Markdown) or json. Default: a table on a terminal, tsv in a pipe.",
        metavar="FORMAT",
        show_default=False,
        autocompletion=choices(FORMATS),
    ),
]
AnswerLangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Language of the answer, claims and paragraph: zh or en. Default: $BEILUN_LANG, "
        "the config file's lang, else the question's.",
        metavar="LANG",
        show_default=False,
        autocompletion=choices(answers.ANSWER_LANGS),
    ),
]


def _shown(record: Mapping[str, object], answer: str | None) -> dict[str, object]:
    lead = {"answer": answer} if answer is not None else {}
    return {**lead, **{name: record[name] for name in EVIDENCE_FIELDS}}


def ask_question(
    ctx: typer.Context,
    words: QuestionArg,
    fmt: AskFormatOpt = None,
    as_json: JsonOpt = False,
    lang: AnswerLangOpt = None,
) -> None:
    """Answer a question about the article, in Chinese or English: the answer first, then its evidence.

    A question with how much, how many, 多少 or 几 is answered with the quantity as written and
    in English words, with its time; when, 什么时候 or 哪年 with the date and its precision;
    who, 谁 or 哪家 with the people or organisations; where or 哪里 with the place; any other
    with the claim. Then the fact it comes from (id, claim, quote, where it stands) and its
    paragraph, quote marked. Exits 1 when no fact answers it well enough, with the closest
    facts on stderr.

    Examples:

        beilun ask 北仑有多少志愿者？

        beilun ask "When was Binhai renamed Beilun?"

        beilun ask 哪家公司在北仑建设640亿元的项目 --lang en

        beilun ask "how big is Beilun's GDP" --json | jq .answer.quantity
    """
    question = " ".join(words)
    if not question.strip():
        raise UsageError("empty question", "ask in words, e.g. beilun ask 北仑有多少志愿者？")
    chosen = language(ctx, lang, [question], choices=answers.ANSWER_LANGS)
    out = output(ctx, fmt, as_json, None, chosen, FACT_FIELDS)
    if out.format not in FORMATS:
        raise UsageError(f"ask does not write {out.format}; formats are: {', '.join(FORMATS)}")
    base = catalog(ctx)
    found = answers.answer(base, question, chosen)
    evidence = [hit.to_dict() for hit in found.evidence]
    if out.format == "json":
        out.document({"question": question, "answer": found.to_dict(), "evidence": evidence})
        return
    out.one(_shown(found.fact, found.text), context=base.context(found.fact))
    for record in evidence[1:]:
        out.write("\n")
        out.one(_shown(record, None))
