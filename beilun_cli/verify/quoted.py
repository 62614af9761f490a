"""The article's own text, quoted: a claim that copies a sentence of the article (文章称一座国际化
滨海秀美之城正跃然眼前) states what the article writes, in words no fact's quote may hold (a
sentence of rhetoric, a line of verse). A claim copied whole from one paragraph, in runs of
MIN_RUN characters or more in the paragraph's order with nothing but function words between
them, is grounded by that paragraph for a fact told within NEAR paragraphs of it (the fact it
goes with); its slots (figures, times, entities, markers) are aligned with the fact's, as always."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

# How many paragraphs from its fact's a copied paragraph may stand.
NEAR = 3
# Characters copied in a row: shorter runs (北仑区, 国家级开发区) are any sentence's words.
MIN_RUN = 6
_NOT_HAN = Lazy(r"[^\u3400-\u9fff]+")
_FRAME = Lazy(lexicon.frame_pattern())  # grounding.toml, [attribution]
# What a claim may put between the runs it copies: function words (的, 是, 和: the lexicon's stop
# words) and a numeral with its classifier (一座): no content word of its own.
_CLASSIFIERS = "一座个条项片"
# The marks that end a clause: what a copy may leave out lies between two of them.
_CLAUSE_MARKS = frozenset("，,、；;：:。！？!?")


def unquoted(
    missing: list[str],
    records: Sequence[FactRecord],
    readable: str,
    catalog: Catalog,
    terms: Callable[[str], set[str]],
) -> list[str]:
    """The claim's words `missing` in `records` that no paragraph it copies near them writes
    (`terms` gives a text's index terms, as grounding reads them)."""
    if not missing:
        return missing
    runs = article_runs(readable, catalog, records)
    copied = terms("".join(f"{run}，" for run in runs)) if runs else set()
    return [term for term in missing if term not in copied]


def article_runs(readable: str, catalog: Catalog, records: Sequence[FactRecord]) -> tuple[str, ...]:
    """The runs a Chinese claim copies whole from a paragraph within NEAR of one of `records`'
    (in their order, nothing but function words between them); none otherwise."""
    said = _NOT_HAN.sub("", _FRAME.sub("", readable))
    if len(said) < MIN_RUN:
        return ()
    for record in records:
        source = record["source"]
        runs = _runs(said, _near(catalog, source["id"], source["paragraph"]))
        if runs:
            return runs
    return ()


@lru_cache(maxsize=64)
def _near(catalog: Catalog, source: str, paragraph: int) -> tuple[tuple[str, frozenset[int]], ...]:
    """The Han characters of each paragraph within NEAR of a source's `paragraph`, with where its
    clauses begin and end among them."""
    near = catalog.paragraphs(source, max(1, paragraph - NEAR), paragraph + NEAR)
    return tuple(_clauses(each["zh"]) for each in near)


def _clauses(text: str) -> tuple[str, frozenset[int]]:
    han = _NOT_HAN.sub("", text)
    bounds = {0, len(han)}
    count = 0
    for char in text:
        if "\u3400" <= char <= "\u9fff":
            count += 1
        elif char in _CLAUSE_MARKS:
            bounds.add(count)
    return han, frozenset(bounds)


@lru_cache(maxsize=256)
def _runs(said: str, paragraphs: tuple[tuple[str, frozenset[int]], ...]) -> tuple[str, ...]:
    grams = {said[at : at + MIN_RUN] for at in range(len(said) - MIN_RUN + 1)}
    glue = lexicon.stop_words("zh") | set(_CLASSIFIERS)
    for paragraph, bounds in paragraphs:
        if not any(gram in paragraph for gram in grams):
            continue
        runs = _copied(said, paragraph)
        left = said
        for run in runs:
            left = left.replace(run, "", 1)
        if runs and all(char in glue for char in left) and _whole_clauses_left(runs, paragraph, bounds, glue):
            return runs
    return ()


def _whole_clauses_left(
    runs: tuple[str, ...], paragraph: str, bounds: frozenset[int], glue: frozenset[str]
) -> bool:
    """Whether what the paragraph writes between the runs, function words aside, is whole clauses
    (以产业和城市为载体, left out of a list of three): a claim that joins the words of two
    clauses and leaves out the end of one (吉利汽车入围 + 市级行业骨干企业, the object of another
    member's deed) copies no sentence."""
    since = paragraph.index(runs[0]) + len(runs[0])
    for run in runs[1:]:
        start = paragraph.index(run, since)
        first, last = since, start
        while first < last and paragraph[first] in glue:
            first += 1
        while last > first and paragraph[last - 1] in glue:
            last -= 1
        # Its edges at the ends of clauses, before or after the function words at them.
        if first < last and not ({since, first} & bounds and {start, last} & bounds):
            return False
        since = start + len(run)
    return True


def _copied(said: str, paragraph: str) -> tuple[str, ...]:
    """The longest runs of `said`, left to right, that `paragraph` writes in the same order,
    each MIN_RUN characters or more."""
    runs = []
    at = 0
    since = 0  # where in the paragraph the next run must start from
    while at <= len(said) - MIN_RUN:
        length = 0
        while at + length < len(said) and said[at : at + length + 1] in paragraph[since:]:
            length += 1
        if length >= MIN_RUN:
            run = said[at : at + length]
            runs.append(run)
            since = paragraph.index(run, since) + length
            at += length
        else:
            at += 1
    return tuple(runs)
