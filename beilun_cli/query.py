"""Pure questions over a FactBase. Nothing here prints or reads files."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from beilun_cli.errors import NotFoundError, UsageError
from beilun_cli.model import JSON, Entity, Fact, FactBase


@dataclass(frozen=True, slots=True)
class Filters:
    """What `list` (and search) may narrow facts by; None means 'any'."""

    topic: str | None = None
    entity: str | None = None
    unit: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    year: int | None = None


def did_you_mean(word: str, candidates: Iterable[str], count: int = 3) -> list[str]:
    return difflib.get_close_matches(word, list(candidates), n=count, cutoff=0.5)


def _suggestion(word: str, candidates: Iterable[str]) -> str | None:
    close = did_you_mean(word, candidates)
    return f"did you mean: {', '.join(close)}?" if close else None


def require_topic(base: FactBase, topic: str) -> str:
    if topic in base.topics:
        return topic
    known = ", ".join(sorted(base.topics))
    raise UsageError(f"unknown topic '{topic}'; topics are: {known}", _suggestion(topic, base.topics))


def get_fact(base: FactBase, fact_id: str) -> Fact:
    fact = base.by_id.get(fact_id)
    if fact is None:
        raise NotFoundError(f"no fact with id '{fact_id}'", _suggestion(fact_id, base.by_id))
    return fact


def topic_rows(base: FactBase) -> list[JSON]:
    counts = Counter(fact.topic for fact in base.facts)
    return [
        {"id": topic.id, "name": topic.name.to_json(), "facts": counts[topic.id]}
        for topic in base.topics.values()
    ]


def find_entity(base: FactBase, name: str) -> Entity:
    """An entity by id, Chinese or English name, or alias (case-insensitive)."""
    wanted = name.strip().casefold()
    for entity in base.entities.values():
        names = (entity.id, entity.name.zh, entity.name.en, *entity.aliases)
        if any(wanted == candidate.casefold() for candidate in names):
            return entity
    every_name = [n for e in base.entities.values() for n in (e.id, e.name.zh, e.name.en, *e.aliases)]
    raise NotFoundError(f"no entity named '{name}'", _suggestion(name, every_name))


def select(base: FactBase, filters: Filters, facts: Sequence[Fact] | None = None) -> list[Fact]:
    """The facts that pass every filter, in base order (or the order given)."""
    entity_id = find_entity(base, filters.entity).id if filters.entity else None
    if filters.topic:
        require_topic(base, filters.topic)
    chosen = []
    for fact in base.facts if facts is None else facts:
        if filters.topic and fact.topic != filters.topic:
            continue
        if entity_id and entity_id not in fact.entities:
            continue
        if filters.unit is not None and fact.unit != filters.unit:
            continue
        if filters.minimum is not None and (fact.value is None or fact.value < filters.minimum):
            continue
        if filters.maximum is not None and (fact.value is None or fact.value > filters.maximum):
            continue
        if filters.year is not None and not (
            fact.as_of and fact.as_of.first_year <= filters.year <= fact.as_of.last_year
        ):
            continue
        chosen.append(fact)
    return chosen


def timeline(base: FactBase, first: int | None, last: int | None, topic: str | None = None) -> list[Fact]:
    """Dated facts overlapping [first, last], earliest first; longer periods after points."""
    if topic:
        require_topic(base, topic)
    dated = [
        fact
        for fact in base.facts
        if fact.as_of
        and (first is None or fact.as_of.last_year >= first)
        and (last is None or fact.as_of.first_year <= last)
        and (topic is None or fact.topic == topic)
    ]
    return sorted(dated, key=lambda fact: (fact.as_of.start, fact.as_of.end) if fact.as_of else ("", ""))


def entity_rows(base: FactBase, kind: str | None) -> list[JSON]:
    counts = Counter(entity for fact in base.facts for entity in fact.entities)
    return [
        {**entity.to_json(), "facts": counts[entity.id]}
        for entity in sorted(base.entities.values(), key=lambda e: (e.kind, e.id))
        if kind is None or entity.kind == kind
    ]


def facts_of(base: FactBase, entity: Entity) -> list[Fact]:
    return [fact for fact in base.facts if entity.id in fact.entities]


def figures(base: FactBase, topic: str | None) -> list[Fact]:
    """Facts that carry a number, by topic then normalised unit, largest first within a unit."""
    if topic:
        require_topic(base, topic)
    numeric = [fact for fact in base.facts if fact.quantity and (topic is None or fact.topic == topic)]
    order = {name: position for position, name in enumerate(base.topics)}
    return sorted(
        numeric,
        key=lambda fact: (
            (order.get(fact.topic, 0), fact.quantity.amount_unit, -fact.quantity.amount)
            if fact.quantity
            else (0, "", 0.0)
        ),
    )


def figure_groups(facts: Sequence[Fact]) -> list[tuple[str, str, list[Fact]]]:
    """(topic, normalised unit, facts) groups that can share one scale, in first-seen order."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        if fact.quantity:
            groups.setdefault((fact.topic, fact.quantity.amount_unit), []).append(fact)
    return [(topic, unit, members) for (topic, unit), members in groups.items()]


def context(base: FactBase, fact: Fact) -> JSON:
    """The paragraph a quote stands in, and where in it."""
    source = base.sources[fact.location.source]
    paragraph = source.paragraphs[fact.location.paragraph - 1]
    start = fact.location.offset
    return {"paragraph": paragraph, "start": start, "end": start + len(fact.quote)}
