"""beilun ask: a question in plain words, the answer first, then the facts that say it."""

# No `from __future__ import annotations`: Typer reads the command's annotations on every call,
# and written as strings each would be compiled first (typing.ForwardRef).
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Annotated

import typer

from beilun_cli.answer import answers
from beilun_cli.base.errors import UsageError
from beilun_cli.cli import inputs
from beilun_cli.cli.completion import choices
from beilun_cli.cli.invocation import catalog, language
from beilun_cli.cli.options import JsonOpt, lang_option, output
from beilun_cli.cli.output.fields import FACT_FIELDS
from beilun_cli.cli.reporting import report

if TYPE_CHECKING:
    from beilun_cli.cli.output import Output
    from beilun_cli.store.catalog import Catalog

FORMATS = ("table", "tsv", "md", "json", "jsonl")
EVIDENCE_FIELDS = ("id", "claim", "quote", "source")  # a fact as evidence: what `show` leads with
EMPTY_HINT = "ask in words, e.g. beilun ask 北仑有多少志愿者？"

QuestionArg = Annotated[
    list[str],
    typer.Argument(
        metavar="QUESTION",
        help="A question in Chinese or English (no quotes needed); '-' reads one a line from stdin.",
        show_default=False,
    ),
]
AskFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table, tsv, md (Markdown), json or jsonl. Default: a table on a terminal, tsv in a pipe.",
        metavar="FORMAT",
        show_default=False,
        autocompletion=choices(FORMATS),
    ),
]
AnswerLangOpt = Annotated[
    str | None,
    lang_option("Language of the answer, claims and paragraph", "the question's", answers.ANSWER_LANGS),
]


def _shown(record: Mapping[str, object], answer: str | None, question: str | None) -> dict[str, object]:
    lead = {"question": question} if question is not None else {}
    lead |= {"answer": answer} if answer is not None else {}
    return {**lead, **{name: record[name] for name in EVIDENCE_FIELDS}}


def _document(question: str, found: answers.Response | None) -> dict[str, object]:
    """The object `ask --json` writes for an answer."""
    if isinstance(found, answers.RecordAnswer):
        return {"question": question, "answer": found.to_dict(), "evidence": [found.shown()]}
    if isinstance(found, answers.YesNoAnswer):
        return {"question": question, "answer": found.to_dict(), "evidence": found.evidence}
    assert found is not None
    evidence = [hit.to_dict() for hit in found.evidence]
    return {"question": question, "answer": found.to_dict(), "evidence": evidence}


def _declined(question: str, declined: answers.NoConfidentAnswer) -> dict[str, object]:
    """The object `ask --json` writes for a question it does not answer: why, and the closest facts."""
    return {"question": question, "answer": None, "reason": declined.reason, "closest": declined.closest}


def _write_answer(out: "Output", base: "Catalog", found: answers.Response, question: str | None) -> None:
    """An answer for a person or a TSV reader: the answering fact and its paragraph, then the
    other evidence; in a batch, led by the question. An answer from the article's record: the
    source."""
    out.lang = found.lang  # each question of a batch in its own language, unless --lang chose
    lead = {"question": question} if question is not None else {}
    if isinstance(found, answers.RecordAnswer):
        out.one({**lead, "answer": found.text, **found.shown()})
        return
    if isinstance(found, answers.YesNoAnswer):
        out.one(_shown(found.fact, found.text, question), context=base.context(found.fact))
        for record in found.evidence[1:]:
            out.write("\n")
            out.one(_shown(record, None, None))
        return
    out.one(_shown(found.fact, found.text, question), context=base.context(found.fact))
    for hit in found.evidence[1:]:
        out.write("\n")
        out.one(_shown(hit.to_dict(), None, None))


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
    who, 谁 or 哪家 with the people or organisations; where or 哪里 with the place; which or 哪些
    with the things listed, each with its fact; a question of yes or no (…吗, Is…, Does…) with
    check's verdict; one about the article itself (when it was published, the outlet) from its
    source; any other with the claim. Then the fact it comes from (id, claim, quote, where it
    stands) and its paragraph, quote marked. Exits 1 when the article does not answer it (no fact
    has what is asked for, or grounds what the question says), with the reason and the closest
    facts on stderr (--json: an object with "answer": null, "reason" and "closest"). '-' reads
    one question a line from stdin (blank and # lines skipped) and answers each as it is read;
    the exit code is the worst.

    Examples:

        beilun ask 北仑有多少志愿者？

        beilun ask "When was Binhai renamed Beilun?"

        beilun ask 哪家公司在北仑建设640亿元的项目 --lang en

        beilun ask "how big is Beilun's GDP" --json | jq .answer.quantity

        printf '%s\\n' 北仑有多少志愿者？ 北仑的GDP是多少 | beilun ask - -f jsonl
    """
    batch = words == ["-"]
    single = () if batch else (inputs.free_text(words, "question", EMPTY_HINT),)
    # The language of each answer: --lang, BEILUN_LANG or the config file, else its question's.
    chosen = language(ctx, lang, single, choices=answers.ANSWER_LANGS)
    out = output(ctx, fmt, as_json, None, chosen, FACT_FIELDS, paged=not batch)
    if out.format not in FORMATS:
        raise UsageError(f"ask does not write {out.format}; formats are: {', '.join(FORMATS)}")
    read = inputs.Batch("question") if batch else None
    base = catalog(ctx)

    def answered() -> Iterator[tuple[str, answers.Response | answers.NoConfidentAnswer]]:
        for question in read if read is not None else single:
            in_lang = chosen if not batch else language(ctx, lang, [question], choices=answers.ANSWER_LANGS)
            found: answers.Response | answers.NoConfidentAnswer
            try:
                found = answers.respond(base, question, in_lang)
            except answers.NoConfidentAnswer as declined:
                found = declined
                # Said on stderr at once, the closest facts as hints; a batch goes on.
                (read.add if read is not None else failed.append)(report(declined, in_lang))
            yield question, found

    failed: list[int] = []
    if out.format in ("json", "jsonl"):
        documents = (
            _declined(question, found)
            if isinstance(found, answers.NoConfidentAnswer)
            else _document(question, found)
            for question, found in answered()
        )
        out.documents(documents, many=batch)
    else:
        written = False
        for question, found in answered():
            if isinstance(found, answers.NoConfidentAnswer):
                continue
            out.write("\n" if written else "")  # a blank line between the answers of a batch
            _write_answer(out, base, found, question if batch else None)
            written = True
    status = read.status if read is not None else max(failed, default=0)
    if status:
        raise typer.Exit(status)
