"""How much of a source the facts cover: a report `validate` prints beside its verdict."""

from __future__ import annotations

from beilun_cli.base.model import LoadedBase
from beilun_cli.store.field_checks import NUMBER


def numeric_coverage(base: LoadedBase, source_id: str) -> tuple[int, int, list[str]]:
    """How many Arabic numerals of a source lie inside some fact's quote span.

    Returns (covered, total, the uncovered numerals with their paragraph numbers).
    """
    source = base.sources[source_id]
    spans: dict[int, list[tuple[int, int]]] = {}
    for fact in base.facts:
        if fact.location.source != source_id:
            continue
        paragraph = source.paragraphs[fact.location.paragraph - 1]
        start = paragraph.find(fact.quote)
        while start >= 0:
            spans.setdefault(fact.location.paragraph, []).append((start, start + len(fact.quote)))
            start = paragraph.find(fact.quote, start + 1)
    covered, total, missing = 0, 0, []
    for number, paragraph in enumerate(source.paragraphs, start=1):
        for match in NUMBER.finditer(paragraph):
            total += 1
            inside = any(lo <= match.start() and match.end() <= hi for lo, hi in spans.get(number, []))
            if inside:
                covered += 1
            else:
                missing.append(f"¶{number}: {match.group()}")
    return covered, total, missing
