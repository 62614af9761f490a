"""The checks that need a whole base: what facts, sources, entities and translations name
exists, each quote stands verbatim in its source, and each translation matches its text."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from beilun_cli.base.errors import Problem
from beilun_cli.base.model import Concept, Entity, Fact, Location, Measure, Source, Topic
from beilun_cli.store.field_checks import SLUG


@dataclass
class BaseParts:
    """What the loader has read of a base so far, with the problems found, and where each
    fact, entity, source and translation was defined."""

    problems: list[Problem] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    concepts: dict[str, Concept] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    # Where each fact was defined: kept instead of its table, so a large base's raw TOML
    # data can be freed file by file.
    fact_places: dict[str, tuple[str, int]] = field(default_factory=dict)
    source_places: dict[str, tuple[str, int]] = field(default_factory=dict)
    entity_places: dict[str, tuple[str, int]] = field(default_factory=dict)
    valued: set[str] = field(default_factory=set)  # the facts with a value, unit or quantity
    # source id -> paragraph number -> its (zh, en) sentence pairs, and where each was defined.
    translations: dict[str, dict[int, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    translation_places: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)

    def link_places(self) -> None:
        """A source is about an entity of the base, and an entity lies in another one, never
        in itself however far its `part_of` is followed (beilun in ningbo in zhejiang)."""
        for source in self.sources.values():
            if source.about is not None and source.about not in self.entities:
                path, line = self.source_places[source.id]
                message = f"source '{source.id}': unknown entity '{source.about}' in 'about'"
                self.problems.append(Problem(path, line, 1, message))
        for entity in self.entities.values():
            if entity.part_of is None:
                continue
            path, line = self.entity_places[entity.id]
            if entity.part_of not in self.entities:
                message = f"entity '{entity.id}': unknown entity '{entity.part_of}' in 'part_of'"
                self.problems.append(Problem(path, line, 1, message))
                continue
            seen = [entity.id]
            outer: str | None = entity.part_of
            while outer is not None and outer in self.entities and outer not in seen:
                seen.append(outer)
                outer = self.entities[outer].part_of
            if outer == entity.id:
                message = f"entity '{entity.id}': 'part_of' leads back to it ({' in '.join([*seen, outer])})"
                self.problems.append(Problem(path, line, 1, message))

    def link_translations(self) -> None:
        """Each source's translation, checked against its text: the Chinese of the sentences is
        the paragraph exactly, every paragraph is translated once a source has any translation,
        and every number of a paragraph reappears in its English."""
        from beilun_cli.read.numerals import untranslated_numbers

        for source_id, paragraphs in self.translations.items():
            source = self.sources.get(source_id)
            if source is None:
                for number in paragraphs:
                    path, line = self.translation_places[(source_id, number)]
                    self.problems.append(Problem(path, line, 1, f"translation: unknown source '{source_id}'"))
                continue
            for number, pairs in sorted(paragraphs.items()):
                path, line = self.translation_places[(source_id, number)]
                where = f"translation of {source_id} ¶{number}"
                if not 1 <= number <= len(source.paragraphs):
                    message = f"{where}: the source has paragraphs 1 to {len(source.paragraphs)}"
                    self.problems.append(Problem(path, line, 1, message))
                    continue
                if "".join(zh for zh, _ in pairs) != source.paragraphs[number - 1]:
                    message = f"{where}: its sentences' Chinese, joined, is not the paragraph's text"
                    self.problems.append(Problem(path, line, 1, message))
                for zh, en in pairs:
                    for missing in untranslated_numbers(zh, en):
                        message = f"{where}: {missing} in {zh!r}"
                        self.problems.append(Problem(path, line, 1, message))
            untranslated = [n for n in range(1, len(source.paragraphs) + 1) if n not in paragraphs]
            if untranslated:
                path, line = next(iter(self.translation_places[(source_id, n)] for n in paragraphs))
                listed = ", ".join(f"¶{n}" for n in untranslated[:10]) + (
                    " …" if len(untranslated) > 10 else ""
                )
                message = f"source '{source_id}': paragraphs without English: {listed}"
                self.problems.append(Problem(path, 0 if not line else line, 1, message))
            else:
                ordered = tuple(paragraphs[n] for n in range(1, len(source.paragraphs) + 1))
                self.sources[source_id] = _with_translation(source, ordered)

    def link(self) -> list[Fact]:
        """Cross-checks that need the whole base: topics, sources, entities, quote positions, and
        that a claim states no number its quote lacks."""
        from beilun_cli.read.numerals import unquoted_claim_numbers

        linked = []
        for fact in self.facts:
            path, line = self.fact_places[fact.id]
            if fact.topic and fact.topic not in self.topics:
                known = ", ".join(sorted(self.topics)) or "none defined"
                self.problems.append(
                    Problem(
                        path, line, 1, f"fact '{fact.id}': unknown topic '{fact.topic}' (topics: {known})"
                    )
                )
            for entity in fact.entities:
                if entity not in self.entities:
                    self.problems.append(
                        Problem(path, line, 1, f"fact '{fact.id}': unknown entity '{entity}'")
                    )
            self.link_statement(fact, path, line)
            for tag in fact.tags:
                if not SLUG.match(tag):
                    self.problems.append(
                        Problem(path, line, 1, f"fact '{fact.id}': tag {tag!r} is not a lowercase slug")
                    )
            source = self.sources.get(fact.location.source)
            if source is None:
                self.problems.append(
                    Problem(path, line, 1, f"fact '{fact.id}': unknown source '{fact.location.source}'")
                )
                continue
            location = locate(source, fact.quote)
            if location is None:
                if fact.quote:
                    message = (
                        f"fact '{fact.id}': quote is not verbatim in source '{source.id}': {fact.quote!r}"
                    )
                    self.problems.append(Problem(path, line, 1, message))
                continue
            # Only a quote the article holds can vouch for the claim's numbers.
            times = [fact.as_of.start, fact.as_of.end] if fact.as_of else []
            for stated in unquoted_claim_numbers(fact.claim.zh, fact.claim.en, fact.quote, times):
                message = f"fact '{fact.id}': {stated}, which its quote does not carry"
                self.problems.append(Problem(path, line, 1, message))
            linked.append(_with_location(fact, location))
        return linked

    def link_statement(self, fact: Fact, path: str, line: int) -> None:
        """A fact with a value says what it measures of which entity, in its measure's unit."""
        where = f"fact '{fact.id}'"
        if fact.id not in self.valued:
            for key, given in (("measure", fact.measure), ("subject", fact.subject)):
                if given is not None:
                    self.problems.append(Problem(path, line, 1, f"{where}: '{key}' needs a value"))
            return
        for key, given in (("measure", fact.measure), ("subject", fact.subject)):
            if given is None:
                self.problems.append(Problem(path, line, 1, f"{where}: a value needs a '{key}'"))
        if fact.subject and fact.subject not in self.entities:
            self.problems.append(Problem(path, line, 1, f"{where}: unknown subject '{fact.subject}'"))
        elif fact.subject and fact.subject not in fact.entities:
            message = f"{where}: subject '{fact.subject}' is not one of its entities"
            self.problems.append(Problem(path, line, 1, message))
        if not fact.measure:
            return
        measure = self.measures.get(fact.measure)
        if measure is None:
            known = ", ".join(sorted(self.measures)) or "none defined"
            message = f"{where}: unknown measure '{fact.measure}' (measures: {known})"
            self.problems.append(Problem(path, line, 1, message))
        elif fact.quantity is not None and measure.amount_unit != fact.quantity.amount_unit:
            message = (
                f"{where}: measure '{measure.id}' is counted in {measure.amount_unit}, "
                f"not {fact.quantity.amount_unit}"
            )
            self.problems.append(Problem(path, line, 1, message))


def _with_translation(source: Source, translation: tuple[tuple[tuple[str, str], ...], ...]) -> Source:
    return replace(source, translation=translation)


def _with_location(fact: Fact, location: Location) -> Fact:
    return replace(fact, location=location)


def locate(source: Source, quote: str) -> Location | None:
    """The first place the quote stands verbatim in the source, or None."""
    if not quote:
        return None
    for number, paragraph in enumerate(source.paragraphs, start=1):
        offset = paragraph.find(quote)
        if offset >= 0:
            return Location(source.id, number, offset)
    return None
