"""The fact base as the loader builds it: immutable values, checked and linked.

The index stores each value's `to_json()`; queries read those records (records.FactRecord)
and never these classes, so the read path does not pay for defining dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from beilun_cli.lexicon.numbers import tidy_number

if TYPE_CHECKING:
    from beilun_cli.base.records import (
        BilingualRecord,
        ConceptRecord,
        EntityRecord,
        FactRecord,
        LocationRecord,
        MeasureRecord,
        QuantityRecord,
        SourceRecord,
        TimeRecord,
    )


@dataclass(frozen=True, slots=True)
class Bilingual:
    zh: str
    en: str

    def to_json(self) -> BilingualRecord:
        return {"zh": self.zh, "en": self.en}


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    outlet: Bilingual
    title: Bilingual
    published: str
    reporters: tuple[str, ...]
    byline: str
    photos: str
    editor: str
    language: str
    paragraphs: tuple[str, ...]
    text_path: str = ""
    url: str | None = None  # only where the base gives one: never made up
    # The English of each paragraph as (zh, en) sentence pairs, when the base has it.
    translation: tuple[tuple[tuple[str, str], ...], ...] = ()
    # The entity the article is about (beilun): its home, the place "here" and "the district" mean.
    about: str | None = None

    def to_json(self) -> SourceRecord:
        return {
            "id": self.id,
            "outlet": self.outlet.to_json(),
            "title": self.title.to_json(),
            "published": self.published,
            "about": self.about,
            "reporters": list(self.reporters),
            "byline": self.byline,
            "photos": self.photos,
            "editor": self.editor,
            "language": self.language,
            "url": self.url,
            "paragraphs": len(self.paragraphs),
            "translated": bool(self.translation),
        }


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: Bilingual


@dataclass(frozen=True, slots=True)
class Measure:
    """What a number counts (gdp, area...), in the one normalised unit every such number has."""

    id: str
    name: Bilingual
    amount_unit: str
    aliases: tuple[str, ...] = ()
    # "amount": a figure is how much (1146.46亿元); "threshold": it opens a range its subject
    # covers (80岁以上: everyone from 80), so a claim of a narrower range is the one entailed;
    # "each": a bound every member the fact lists has (20亿元以上的项目有A、B、C等), so a claim
    # of one member's figure is judged against it, not as a part of a total.
    reading: str = "amount"
    # Chinese names and aliases found only as a whole run of Chinese, never inside a longer one.
    whole: frozenset[str] = frozenset()
    # Longer words of the vocabulary inside which its words keep their meaning (reviewed).
    within: frozenset[str] = frozenset()

    def to_json(self) -> MeasureRecord:
        return {
            "id": self.id,
            "name": self.name.to_json(),
            "amount_unit": self.amount_unit,
            "aliases": list(self.aliases),
            "reading": self.reading,
        }


@dataclass(frozen=True, slots=True)
class Concept:
    """Words that mean the same thing to a reader, in either language: a query with one of them
    also finds the facts that use another (economy, GDP, 地区生产总值, 经济总量)."""

    id: str
    words: tuple[str, ...]
    # Chinese words found only as a whole run of Chinese (税 alone, not 税 in 免税), and longer
    # words inside which its words keep their meaning: see Measure.
    whole: frozenset[str] = frozenset()
    within: frozenset[str] = frozenset()

    def to_json(self) -> ConceptRecord:
        return {"id": self.id, "words": list(self.words)}


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: Bilingual
    aliases: tuple[str, ...] = ()
    # The place this one lies in (beilun: ningbo), an entity id: a source's home and its scopes.
    part_of: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the entity goes by: Chinese, English, then its aliases."""
        return (self.name.zh, self.name.en, *self.aliases)

    def to_json(self) -> EntityRecord:
        record: EntityRecord = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name.to_json(),
            "aliases": list(self.aliases),
        }
        if self.part_of is not None:  # a place's, where the base says it: no null on every entity
            record["part_of"] = self.part_of
        return record


@dataclass(frozen=True, slots=True)
class Quantity:
    """How much, as the article writes it and normalised to a base unit."""

    written: str
    qualifier: str
    amount: float
    amount_unit: str

    def to_json(self) -> QuantityRecord:
        return {
            "written": self.written,
            "qualifier": self.qualifier,
            "amount": tidy_number(self.amount),
            "amount_unit": self.amount_unit,
        }


@dataclass(frozen=True, slots=True)
class When:
    """A time resolved against the publication date, beside the article's words."""

    written: str
    start: str
    end: str
    precision: str

    @property
    def first_year(self) -> int:
        return int(self.start[:4])

    @property
    def last_year(self) -> int:
        return int(self.end[:4])

    def to_json(self) -> TimeRecord:
        return {
            "written": self.written,
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Location:
    """Where a quote stands in its source: 1-based paragraph, 0-based character offset."""

    source: str
    paragraph: int
    offset: int

    def to_json(self) -> LocationRecord:
        return {"id": self.source, "paragraph": self.paragraph, "offset": self.offset}


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    topic: str
    claim: Bilingual
    quote: str
    location: Location
    value: float | None = None
    unit: str | None = None
    quantity: Quantity | None = None
    # A number is a statement: what it counts (a measure id) of which entity (its subject).
    measure: str | None = None
    subject: str | None = None
    as_of: When | None = None
    entities: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # Other ways people ask for this fact, in either language: searched, with a lower weight
    # than the fact's own words; not part of its record.
    asked: tuple[str, ...] = ()

    def to_json(self) -> FactRecord:
        return {
            "id": self.id,
            "topic": self.topic,
            "claim": self.claim.to_json(),
            "quote": self.quote,
            "value": self.value,
            "unit": self.unit,
            "quantity": self.quantity.to_json() if self.quantity else None,
            "measure": self.measure,
            "subject": self.subject,
            "as_of": self.as_of.to_json() if self.as_of else None,
            "entities": list(self.entities),
            "tags": list(self.tags),
            "source": self.location.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Draft:
    """A fact or entity a curator has still to finish (marked `draft = true`, with fields
    missing): reported by `validate` and `list --draft`, and left out of everything else."""

    kind: str  # "fact" or "entity"
    id: str
    path: str
    line: int
    missing: tuple[str, ...]
    text: str  # a fact's quote, an entity's Chinese name

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "id": self.id,
            "path": self.path,
            "line": self.line,
            "missing": list(self.missing),
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What one file of a base holds: the kinds of its tables and how many facts (which stand
    together in the base's fact order). An index updated file by file needs no more."""

    path: str
    kinds: frozenset[str]
    facts: int


@dataclass(frozen=True, slots=True)
class LoadedBase:
    root: str
    sources: dict[str, Source]
    topics: dict[str, Topic]
    entities: dict[str, Entity]
    facts: tuple[Fact, ...]
    by_id: dict[str, Fact] = field(default_factory=dict)
    files: tuple[FileSummary, ...] = ()
    measures: dict[str, Measure] = field(default_factory=dict)
    concepts: dict[str, Concept] = field(default_factory=dict)
    drafts: tuple[Draft, ...] = ()

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id.update((fact.id, fact) for fact in self.facts)
