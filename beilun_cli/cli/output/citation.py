"""A fact cited with its source: plain text, Markdown, BibTeX, CSL-JSON and GB/T 7714-2015.

Pure functions over records: the fact (records.FactRecord) and its source (records.SourceRecord).
A source carries no URL unless the base gives one, and none is ever made up.

Every value from the base is data, in every style, in a pipe as on a terminal: its control
characters are made visible as every command shows them (output.text.neutralise), Markdown
escapes it as `--format md` does (output.text.markdown_text), BibTeX keeps its braces literal,
and CSL-JSON is JSON as beilun writes it.

`--lang zh` cites in Chinese throughout (第14段, 《标题》, Chinese punctuation, no English gloss);
`en` and `both` cite in English, with the Chinese title and outlet glossed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from beilun_cli.cli.output.text import markdown_text, neutralise, to_json

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, SourceRecord

STYLES = ("plain", "markdown", "bibtex", "csl-json", "gb7714")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Only these become a Markdown link; any other scheme (javascript:, data:) is shown as text.
_WEB = re.compile(r"https?://", re.IGNORECASE)


class _Work(NamedTuple):
    """A source's bibliographic pieces, every one escaped for the style that prints it."""

    authors: list[str]  # the reporters, or the outlet when the article names none
    title_zh: str
    title_en: str
    outlet_zh: str
    outlet_en: str
    date: str  # the publication day, YYYY-MM-DD
    url: str | None


class _Fact(NamedTuple):
    """A fact's pieces of its citation, escaped like the work's."""

    id: str
    claim: str  # in the language asked for; "zh / en" for both
    quote: str
    paragraph: int


def _work(source: SourceRecord, escape: Callable[[str], str]) -> _Work:
    title, outlet = source["title"], source["outlet"]
    return _Work(
        authors=[escape(name) for name in source["reporters"] or [outlet["zh"]]],
        title_zh=escape(title["zh"]),
        title_en=escape(title["en"]),
        outlet_zh=escape(outlet["zh"]),
        outlet_en=escape(outlet["en"]),
        date=escape(source["published"][:10]),
        url=escape(source["url"]) if source["url"] else None,
    )


def _fact(fact: FactRecord, lang: str, escape: Callable[[str], str]) -> _Fact:
    claim = fact["claim"]
    said = f"{claim['zh']} / {claim['en']}" if lang == "both" else claim["zh" if lang == "zh" else "en"]
    return _Fact(escape(fact["id"]), escape(said), escape(fact["quote"]), fact["source"]["paragraph"])


def _chinese_date(day: str) -> str:
    """2019-09-16 -> 2019年9月16日."""
    match = _ISO_DAY.fullmatch(day)
    if match is None:
        return day
    year, month, date = match.groups()
    return f"{year}年{int(month)}月{int(date)}日"


def _paragraph(number: int, lang: str) -> str:
    return f"第{number}段" if lang == "zh" else f"paragraph {number}"


def plain(fact: FactRecord, source: SourceRecord, lang: str) -> str:
    said, work = _fact(fact, lang, neutralise), _work(source, neutralise)
    where = _paragraph(said.paragraph, lang)
    if lang == "zh":
        url = f"{work.url} " if work.url else ""
        return (
            f"{said.claim}\n"
            f"“{said.quote}”——{'、'.join(work.authors)}：《{work.title_zh}》，{work.outlet_zh}，"
            f"{_chinese_date(work.date)}，{where}。{url}[beilun 事实 {said.id}]\n"
        )
    url = f" {work.url}." if work.url else ""
    return (
        f"{said.claim}\n"
        f"“{said.quote}” — {', '.join(work.authors)}, 《{work.title_zh}》 ({work.title_en}), "
        f"{work.outlet_zh} ({work.outlet_en}), {work.date}, {where}.{url} [beilun fact {said.id}]\n"
    )


def _markdown_link(text: str, url: str | None) -> str:
    """`text` (Markdown already) linked to a web address, percent-encoded wherever Markdown could
    read it as syntax (spaces, brackets, parentheses, backslashes); any other address as text."""
    if url is None:
        return text
    if not _WEB.match(url):
        return f"{text} ({markdown_text(url)})"
    from urllib.parse import quote

    return f"[{text}]({quote(neutralise(url), safe=':/?#@!$&*+,;=%~-._')})"


def markdown(fact: FactRecord, source: SourceRecord, lang: str) -> str:
    said, work = _fact(fact, lang, markdown_text), _work(source, markdown_text)
    command = f"`beilun show {neutralise(fact['id'])}`"  # a code span shows its text as it is
    if lang == "zh":
        named = _markdown_link(f"《{work.title_zh}》", source["url"])
        return (
            f"{said.claim}\n\n"
            f"> {said.quote}\n\n"
            f"——{'、'.join(work.authors)}：{named}，{work.outlet_zh}，"
            f"{_chinese_date(work.date)}，{_paragraph(said.paragraph, lang)}。{command}\n"
        )
    named = _markdown_link(f"*{work.title_zh}*", source["url"])
    return (
        f"{said.claim}\n\n"
        f"> {said.quote}\n\n"
        f"— {', '.join(work.authors)}, {named} ({work.title_en}), "
        f"{work.outlet_zh} ({work.outlet_en}), {work.date}, ¶{said.paragraph}. {command}\n"
    )


def _bibtex_text(text: str) -> str:
    """Braces and backslashes kept literal inside a BibTeX field, controls made visible."""
    return neutralise(text).replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")


def bibtex(fact: FactRecord, source: SourceRecord, lang: str) -> str:
    said, work = _fact(fact, lang, _bibtex_text), _work(source, _bibtex_text)
    year, month, day = work.date.split("-")
    if lang == "zh":
        note = f"{_paragraph(said.paragraph, lang)}：“{said.quote}”（beilun 事实 {said.id}）"
    else:
        note = f"¶{said.paragraph}: “{said.quote}” (beilun fact {said.id})"
    fields = [
        ("author", " and ".join(work.authors)),
        ("title", work.title_zh),
        # The English title is a gloss, which a Chinese citation leaves out.
        *([] if lang == "zh" else [("titleaddon", work.title_en)]),
        ("journal", work.outlet_zh),
        ("year", year),
        ("month", _MONTHS[int(month) - 1]),
        ("day", str(int(day))),
        *([("url", work.url)] if work.url else []),
        ("date", work.date),
        ("language", "chinese"),
        ("note", note),
    ]
    body = ",\n".join(
        f"  {name} = {{{value}}}" if name != "month" else f"  {name} = {value}" for name, value in fields
    )
    return f"@article{{{said.id},\n{body}\n}}\n"


def csl_item(fact: FactRecord, source: SourceRecord, lang: str = "en") -> dict[str, object]:
    """One CSL-JSON item (for Zotero, pandoc): the article, with the fact's paragraph and quote.
    Plain text: to_json escapes what JSON must."""
    year, month, day = (int(part) for part in source["published"][:10].split("-"))
    paragraph = fact["source"]["paragraph"]
    if lang == "zh":
        note = f"{_paragraph(paragraph, lang)}：“{fact['quote']}”"
    else:
        note = f"¶{paragraph}: “{fact['quote']}”. English title: {source['title']['en']}"
    item: dict[str, object] = {
        "id": fact["id"],
        "type": "article-newspaper",
        "title": source["title"]["zh"],
        "container-title": source["outlet"]["zh"],
        "author": [{"literal": name} for name in source["reporters"] or [source["outlet"]["zh"]]],
        "issued": {"date-parts": [[year, month, day]]},
        "language": "zh-CN",
        "note": note,
    }
    if source["url"]:
        item["URL"] = source["url"]
    return item


def gb7714(source: SourceRecord, number: int, accessed: str) -> str:
    """GB/T 7714-2015, a newspaper article online ([N/OL]): at most three authors, then 等."""
    work = _work(source, neutralise)
    named = ", ".join(work.authors[:3]) + (", 等" if len(work.authors) > 3 else "")
    url = f". {work.url}" if work.url else ""
    return (
        f"[{number}] {named}. {work.title_zh}[N/OL]. {work.outlet_zh}, "
        f"{work.date}[{neutralise(accessed)}]{url}.\n"
    )


def gb7714_list(facts: list[tuple[FactRecord, SourceRecord]], lang: str, accessed: str) -> str:
    """GB/T 7714's numeric system (顺序编码制): each fact's claim with the number of its work and
    the paragraph it stands in, a blank line, then the reference list: each work once, numbered
    in the order it is first cited, so facts of one article share its entry."""
    numbers: dict[str, int] = {}
    works: list[SourceRecord] = []
    marks = []
    for fact, source in facts:
        if source["id"] not in numbers:
            works.append(source)
            numbers[source["id"]] = len(works)
        said = _fact(fact, lang, neutralise)
        where = _paragraph(said.paragraph, lang)
        number = numbers[source["id"]]
        marks.append(
            f"{said.claim}[{number}]{where}" if lang == "zh" else f"{said.claim} [{number}], {where}"
        )
    references = [gb7714(source, number, accessed) for number, source in enumerate(works, 1)]
    return "".join(f"{mark}\n" for mark in marks) + "\n" + "".join(references)


def cite(facts: list[tuple[FactRecord, SourceRecord]], style: str, lang: str, accessed: str) -> str:
    """The citation of every fact, in one style, as the text to print."""
    if style == "csl-json":
        items = [csl_item(fact, source, lang) for fact, source in facts]
        return to_json(items) + "\n"
    if style == "gb7714":
        return gb7714_list(facts, lang, accessed)
    render = {"plain": plain, "markdown": markdown, "bibtex": bibtex}[style]
    return "\n".join(render(fact, source, lang) for fact, source in facts)
