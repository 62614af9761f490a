"""A fact cited with its source: plain text, Markdown, BibTeX, CSL-JSON and GB/T 7714-2015.

Pure functions over records: the fact (records.FactRecord) and its source (records.SourceRecord).
A source carries no URL unless the base gives one, and none is ever made up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli.output.text import to_json

if TYPE_CHECKING:
    from beilun_cli.records import FactRecord, SourceRecord

STYLES = ("plain", "markdown", "bibtex", "csl-json", "gb7714")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _date(source: SourceRecord) -> str:
    """The publication day, YYYY-MM-DD."""
    return source["published"][:10]


def _authors(source: SourceRecord) -> list[str]:
    return source["reporters"] or [source["outlet"]["zh"]]


def plain(fact: FactRecord, source: SourceRecord, lang: str) -> str:
    claim = fact["claim"]["zh"] if lang == "zh" else fact["claim"]["en"]
    if lang == "both":
        claim = f"{fact['claim']['zh']} / {fact['claim']['en']}"
    title, outlet = source["title"], source["outlet"]
    url = f" {source['url']}." if source["url"] else ""
    return (
        f"{claim}\n"
        f"“{fact['quote']}” — {', '.join(_authors(source))}, 《{title['zh']}》 ({title['en']}), "
        f"{outlet['zh']} ({outlet['en']}), {_date(source)}, paragraph {fact['source']['paragraph']}.{url}"
        f" [beilun fact {fact['id']}]\n"
    )


def markdown(fact: FactRecord, source: SourceRecord, lang: str) -> str:
    claim = fact["claim"]["zh"] if lang == "zh" else fact["claim"]["en"]
    if lang == "both":
        claim = f"{fact['claim']['zh']} / {fact['claim']['en']}"
    title, outlet = source["title"], source["outlet"]
    named = f"[{title['zh']}]({source['url']})" if source["url"] else f"*{title['zh']}*"
    return (
        f"{claim}\n\n"
        f"> {fact['quote']}\n\n"
        f"— {', '.join(_authors(source))}, {named} ({title['en']}), "
        f"{outlet['zh']} ({outlet['en']}), {_date(source)}, ¶{fact['source']['paragraph']}. "
        f"`beilun show {fact['id']}`\n"
    )


def _bibtex_text(text: str) -> str:
    """Braces and backslashes kept literal inside a BibTeX field."""
    return text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")


def bibtex(fact: FactRecord, source: SourceRecord, lang: str) -> str:
    year, month, day = _date(source).split("-")
    fields = [
        ("author", " and ".join(_authors(source))),
        ("title", source["title"]["zh"]),
        ("titleaddon", source["title"]["en"]),
        ("journal", source["outlet"]["zh"]),
        ("year", year),
        ("month", _MONTHS[int(month) - 1]),
        ("day", str(int(day))),
        ("date", _date(source)),
        ("language", "chinese"),
        ("note", f"¶{fact['source']['paragraph']}: “{fact['quote']}” (beilun fact {fact['id']})"),
    ]
    if source["url"]:
        fields.insert(7, ("url", source["url"]))
    body = ",\n".join(
        f"  {name} = {{{_bibtex_text(value)}}}" if name != "month" else f"  {name} = {value}"
        for name, value in fields
    )
    return f"@article{{{fact['id']},\n{body}\n}}\n"


def csl_item(fact: FactRecord, source: SourceRecord) -> dict[str, object]:
    """One CSL-JSON item (for Zotero, pandoc): the article, with the fact's paragraph and quote."""
    year, month, day = (int(part) for part in _date(source).split("-"))
    item: dict[str, object] = {
        "id": fact["id"],
        "type": "article-newspaper",
        "title": source["title"]["zh"],
        "container-title": source["outlet"]["zh"],
        "author": [{"literal": name} for name in _authors(source)],
        "issued": {"date-parts": [[year, month, day]]},
        "language": "zh-CN",
        "note": f"¶{fact['source']['paragraph']}: “{fact['quote']}”. English title: {source['title']['en']}",
    }
    if source["url"]:
        item["URL"] = source["url"]
    return item


def gb7714(fact: FactRecord, source: SourceRecord, number: int, accessed: str) -> str:
    """GB/T 7714-2015, a newspaper article online ([N/OL]): at most three authors, then 等."""
    authors = _authors(source)
    named = ", ".join(authors[:3]) + (", 等" if len(authors) > 3 else "")
    url = f". {source['url']}" if source["url"] else ""
    return (
        f"[{number}] {named}. {source['title']['zh']}[N/OL]. {source['outlet']['zh']}, "
        f"{_date(source)}[{accessed}]{url}.\n"
    )


def cite(facts: list[tuple[FactRecord, SourceRecord]], style: str, lang: str, accessed: str) -> str:
    """The citation of every fact, in one style, as the text to print."""
    if style == "csl-json":
        items = [csl_item(fact, source) for fact, source in facts]
        return to_json(items) + "\n"
    if style == "gb7714":
        return "".join(
            gb7714(fact, source, number, accessed) for number, (fact, source) in enumerate(facts, 1)
        )
    render = {"plain": plain, "markdown": markdown, "bibtex": bibtex}[style]
    return "\n".join(render(fact, source, lang) for fact, source in facts)
