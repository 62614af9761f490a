"""Pure questions over a whole FactBase, for the views that need every fact (timeline,
entities, figures). Nothing here prints or reads files; lookups that one command answers
from the persistent index live in catalog.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from beilun_cli.errors import NotFoundError, did_you_mean, unknown_topic
from beilun_cli.model import JSON, Entity, Fact, FactBase


def require_topic(base: FactBase, topic: str) -> str:
    if topic in base.topics:
        return topic
    raise unknown_topic(topic, base.topics)


def find_entity(base: FactBase, name: str) -> Entity:
    """An entity by id, Chinese or English name, or alias (case-insensitive)."""
    wanted = name.strip().casefold()
    for entity in base.entities.values():
        names = (entity.id, *entity.names)
        if any(wanted == candidate.casefold() for candidate in names):
            return entity
    every_name = [n for e in base.entities.values() for n in (e.id, *e.names)]
    raise NotFoundError(f"no entity named '{name}'", did_you_mean(name, every_name))


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
