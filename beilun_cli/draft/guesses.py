"""Guesses from the base for a candidate fact: the entities a text names, the figure's measure
and subject, what its amount is counted in, its topic."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from beilun_cli.base.model import LoadedBase
from beilun_cli.draft.records import Candidate
from beilun_cli.read import claims

__all__ = ["Guesses", "tidy"]

# The kinds of entity a figure may be of, the most specific first.
_SUBJECT_KINDS = ("person", "company", "project", "programme", "organisation", "place")


class Guesses:
    """Guesses from the base: its entity and measure names, and (where it has facts) which topic
    a measure's facts have and which amount unit counts a unit."""

    def __init__(self, base: LoadedBase | None) -> None:
        entities: list[tuple[str, str]] = []
        measures: list[tuple[str, str]] = []
        kinds: dict[str, str] = {}
        self.measure_units: dict[str, str] = {}
        self.topic_names: list[tuple[str, str]] = []
        if base is not None:
            for entity in base.entities.values():
                kinds[entity.id] = entity.kind
                entities += [(name.casefold(), entity.id) for name in entity.names if len(name) > 1]
            for measure in base.measures.values():
                self.measure_units[measure.id] = measure.amount_unit
                names = {measure.name.zh, *measure.aliases}
                measures += [(name.casefold(), measure.id) for name in names if len(name) > 1]
            self.topic_names = [(topic.name.zh, topic.id) for topic in base.topics.values()]
        self.vocabulary = claims.Vocabulary(
            sorted(entities, key=lambda pair: -len(pair[0])),
            kinds,
            sorted(measures, key=lambda pair: -len(pair[0])),
        )
        self.kinds = kinds
        facts = base.facts if base is not None else ()
        self.measure_topics = _majority((fact.measure, fact.topic) for fact in facts if fact.measure)
        # A subject's topic is a guess only where most of its facts share one (not Beilun's).
        self.subject_topics = _majority(
            ((fact.subject, fact.topic) for fact in facts if fact.subject), least_share=0.6
        )
        self.unit_amounts = _majority(
            (fact.unit, fact.quantity.amount_unit) for fact in facts if fact.quantity and fact.unit
        )
        self.known = {name for name, _ in entities}
        self.home: str | None = None
        self.unknown: list[str] = []

    def entities_in(self, text: str) -> list[str]:
        """The entities a text names, in the order it names them."""
        return list(dict.fromkeys(ident for _, ident in self._mentions(text)))

    def subject(self, clause: str, at: int) -> str | None:
        """What the figure is of: of the entities its clause names (the figure at `at`), the
        most specific kind (a person, a company, a project… before a place), then the nearest;
        else the article's subject (the place it names most). Awards and events are named by
        facts, not measured by them."""
        best: tuple[int, int, str] | None = None
        for start, ident in self._mentions(clause):
            kind = self.kinds.get(ident, "")
            if kind not in _SUBJECT_KINDS:
                continue
            key = (-_SUBJECT_KINDS.index(kind), -abs(start - at), ident)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else self.home

    def most_named(self, paragraphs: Sequence[str]) -> str | None:
        """The place the article names most: the subject of a figure whose sentence names none."""
        counts = Counter(
            ident
            for paragraph in paragraphs
            for _, ident in self._mentions(paragraph)
            if self.kinds.get(ident) == "place"
        )
        return counts.most_common(1)[0][0] if counts else None

    def _mentions(self, text: str) -> list[tuple[int, str]]:
        """Where the base's entities are named in a text, longest names first, not inside a new
        name or another mention."""
        folded = text.casefold()
        found: list[tuple[int, str]] = []
        taken = [(at, at + len(name)) for name in self.unknown if (at := folded.find(name.casefold())) >= 0]
        for name, ident in self.vocabulary.entities:
            at = folded.find(name)
            while at >= 0:
                span = (at, at + len(name))
                if not any(lo < span[1] and span[0] < hi for lo, hi in taken):
                    taken.append(span)
                    found.append((at, ident))
                at = folded.find(name, at + 1)
        return sorted(found)

    def measure(self, clause: str, at: int, counted_in: str) -> str | None:
        """The measure named in the figure's clause (its start at `at`) whose amount unit is of
        the figure's class (a sum of money, an area, a count…): the longest name, the most
        specific (骨干企业 over 企业), then the one nearest the figure, before or after it
        (森林覆盖率达40.1%, 17家企业入围市级行业骨干企业). Else the one measure of that class
        the base has, if it has only one."""
        folded = clause.casefold()
        best: tuple[int, int, str] | None = None
        for name, ident in self.vocabulary.measures:
            if claims.fact_unit_class(self.measure_units.get(ident, ""))[0] != counted_in:
                continue
            where = [m.start() for m in re.finditer(re.escape(name), folded)]
            if not where:
                continue
            distance = min(abs(start - at) for start in where)
            key = (len(name), -distance, ident)
            if best is None or key[:2] > best[:2]:
                best = key
        if best is not None:
            return best[2]
        alike = [
            ident
            for ident, unit in self.measure_units.items()
            if claims.fact_unit_class(unit)[0] == counted_in
        ]
        return alike[0] if len(alike) == 1 else None

    def amount_unit(self, candidate: Candidate, counted_in: str) -> str:
        """What the amount is counted in: its measure's unit (yuan-per-mu, sets-per-year), else
        the class of its unit (yuan, m2, people), else what the base counts that unit in (家:
        companies), else items."""
        measured = self.measure_units.get(candidate.measure or "")
        if measured:
            return measured
        if counted_in != claims.COUNT:
            return counted_in
        unit = candidate.unit or ""
        return self.unit_amounts.get(unit) or self.unit_amounts.get(unit.lstrip("万亿千百")) or "items"

    def topic(self, candidate: Candidate) -> str | None:
        for key, table in (
            (candidate.measure, self.measure_topics),
            (candidate.subject, self.subject_topics),
        ):
            if key and key in table:
                return table[key]
        for name, ident in self.topic_names:
            if name and name in candidate.quote:
                return ident
        return None


def tidy(amount: float) -> float:
    """An amount without the float noise of its product (33.3 × 10^8 is 3330000000)."""
    return float(f"{amount:.12g}")


def _majority(pairs: Iterable[tuple[str | None, str]], least_share: float = 0.0) -> dict[str, str]:
    """Each key's most common value, where it holds at least `least_share` of the key's pairs."""
    counts: dict[str, Counter[str]] = {}
    for key, value in pairs:
        if key:
            counts.setdefault(key, Counter())[value] += 1
    chosen = {}
    for key, counter in counts.items():
        value, count = counter.most_common(1)[0]
        if count >= least_share * counter.total():
            chosen[key] = value
    return chosen
