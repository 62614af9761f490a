"""What a claim's entities are to a fact: who the fact attributes its deed to, whether it names
the claim's entities, their names in the claim's language, the places a first or an only holds
in. Read by the grounding (grounding.py) of every claim, kept apart for its size."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import markers
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.lists import listed_member, open_lists
from beilun_cli.verify.places import HOME, home_scopes, sibling_place
from beilun_cli.verify.slots import fact_text, same_series

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.claims import Claim
    from beilun_cli.store.catalog import Catalog

# Entities that own what they are said to do: naming another of the kind contradicts.
ATTRIBUTED_KINDS = frozenset({"company", "person", "organisation"})
PARTS_KINDS = frozenset({"company", "project", "organisation", "person"})
# A claim that lists examples (等, such as) does not give a total to the one it names.
# So does one that names it among them (Yuzhou Group is among the projects of 2 billion each).
IDENTIFIED = Lazy(lexicon.identification(), re.IGNORECASE)
LISTING = Lazy(r"等|之一|其中|such as|including|and others|\bamong\b|\bone of\b|etc\b", re.IGNORECASE)


class EntityReading:
    """The claim's entities against the facts', for a claim read once (Grounding's state)."""

    catalog: Catalog
    claim: Claim
    readable: str
    latin: bool
    chinese: bool
    kinds: dict[str, str]
    names: dict[str, list[str]]
    readings: dict[str, str]
    home_scopes: dict[str | None, dict[str, list[str]]]

    def _sibling_place(self, missing: Sequence[str], records: Sequence[FactRecord]) -> tuple[str, str] | None:
        """(the fact's place, the claim's) when a word no fact grounds is a place in the stead of
        one the facts put the deed in (places.sibling_place)."""
        return sibling_place(self.readable, self.latin, missing, records, self._names)

    def _entity_conflict(self, record: FactRecord) -> tuple[str, str] | None:
        """Why the claim's entities do not fit the fact's: ("attributed", reason) when the claim
        names another company (person, organisation) than the fact's; ("part", reason) when it
        gives a combined total to one of its parts; ("other", reason) for anyone else."""
        named = [e for e in self.claim.entities if e not in HOME]
        strangers = [e for e in named if not self._mentions(record, e)]
        for stranger in strangers:
            kind = self.kinds.get(stranger, "")
            owners = [
                e for e in record["entities"] if self.kinds.get(e) == kind and e not in self.claim.entities
            ]
            # Or another of a numbered series (the 19th congress for the 18th): one excludes the other.
            owners = owners if kind in ATTRIBUTED_KINDS else [e for e in owners if self._series(e, stranger)]
            if owners:
                reason = f"the article attributes this to {self._name(owners[0])}, not {self._name(stranger)}"
                return "attributed", reason
            # A place in the stead of one the fact writes, neither in the other (浙江姑娘, 吉林's).
            written = [name for name in self._names(stranger) if name.casefold() in self.readable.casefold()]
            sibling = self._sibling_place(written, [record]) if kind == "place" and written else None
            if sibling is not None:
                return "attributed", f"place: the article says {sibling[0]}, the claim says {sibling[1]}"
        if strangers:
            return "other", f"the article does not say this of {self._name(strangers[0])}"
        subject = record["subject"]
        if subject is not None and self.kinds.get(subject) == "place" and not self._of_each(record):
            parts = [e for e in named if self.kinds.get(e) in PARTS_KINDS]
            together = [e for e in record["entities"] if self.kinds.get(e) in PARTS_KINDS]
            # One part named for a total of several: the claim gives it all to that part.
            # A stage the fact gives its list is each member's (中芯国际N2、雪佛龙等在建项目):
            # a claim of a member's stage, and no figure, gives it no total.
            of_each = self.claim.stage.stated and not self.claim.values
            if len(parts) == 1 and len(together) > 1 and not of_each and not LISTING.search(self.readable):
                projects = [e for e in together if self.kinds.get(e) == "project"]
                names = ", ".join(self._name(e) for e in projects or together)
                return (
                    "part",
                    f"the article gives this for {names} together, not for {self._name(parts[0])} alone",
                )
        return None

    def _slot_owner(self, record: FactRecord) -> str | None:
        """The fact's one entity of the kind of the claim's one stranger (an entity the fact does
        not name), where the claim names that stranger in its stead (陈军浩 for 王飞耀, the
        “龙马风情” line for the “花香柴桥” one): the entity whose slot the stranger takes, or None.
        A place is the places' to decide (sibling-place), and a fact that names two of the kind,
        or leaves its list of them open (等, including), has no one slot the stranger takes."""
        strangers = [e for e in self.claim.entities if e not in HOME and not self._mentions(record, e)]
        if len(strangers) != 1:
            return None
        kind = self.kinds.get(strangers[0], "")
        if not kind or kind == "place":
            return None
        # A person holds a title many may hold: only a claim that identifies whom the article names
        # (the 'Most Beautiful Water Manager' named in the article is Chen Junhao) excludes the fact's.
        if kind == "person" and not self._identified(strangers[0]):
            return None
        owners = [e for e in record["entities"] if self.kinds.get(e) == kind]
        if len(owners) != 1 or owners[0] in self.claim.entities:
            return None
        statement = f"{record['claim']['zh']} {record['claim']['en']}"
        if any(listed_member([found], self._names(owners[0])) for found in open_lists(statement)):
            return None
        return owners[0]

    def _identified(self, entity: str) -> bool:
        """Whether the claim names an entity in focus, right after the words that identify it
        (is, it was, 归于, 是: lexicon.identification)."""
        folded = self.readable.casefold()
        for name in self._names(entity):
            at = folded.find(name.casefold()) if len(name) > 1 else -1
            if at > 0 and IDENTIFIED.search(folded[:at].rstrip(" “\"'‘")):
                return True
        return False

    def _of_each(self, record: FactRecord) -> bool:
        """Whether a fact's figure is a bound each member of its list has (its measure reads
        `each`: 20亿元以上的项目有A、B、C等): a member's figure, not a part of a total."""
        return self.readings.get(record["measure"] or "") == "each"

    def _each_member(self, record: FactRecord) -> bool:
        """Whether the claim names one member (besides the home) of a fact's list whose figure each
        member has (禹洲集团项目的投资总额, of 20亿元以上的项目有…禹洲集团…): its own figure, not the
        list's total."""
        named = [e for e in self.claim.entities if e not in HOME]
        return self._of_each(record) and len(named) == 1 and named[0] in record["entities"]

    def _series(self, one: str, other: str) -> bool:
        return same_series(self._names(one), self._names(other))

    def _name(self, entity: str) -> str:
        """An entity's English name (its id when the base has none)."""
        names = self._names(entity)
        return names[1] if len(names) > 1 else entity

    def _mentions(self, record: FactRecord, entity: str) -> bool:
        """Whether a fact names an entity: among its entities, or by a name in its text (a fact
        about a river of Zhejiang may list the river and not the province)."""
        if entity in record["entities"]:
            return True
        text = fact_text(record).casefold()
        return any(len(name) > 1 and name.casefold() in text for name in self._names(entity))

    def _states_entities(self, record: FactRecord) -> bool:
        """Whether a fact's own statement names every entity of the claim (its entities, its
        Chinese and English claims): its quote may name one in another clause's deed
        (吉利汽车入围…、17家企业入围…), which is no support for the claim's."""
        text = f"{record['claim']['zh']} {record['claim']['en']}".casefold()
        return all(
            entity in HOME
            or entity in record["entities"]
            or any(len(name) > 1 and name.casefold() in text for name in self._names(entity))
            for entity in self.claim.entities
        )

    def _entity_names(self) -> list[list[str]]:
        """The names of each entity the claim names besides the base's home (Beilun)."""
        return [self._names(entity) for entity in self.claim.entities if entity not in HOME]

    def _in_claims_language(self, names: Sequence[str]) -> str:
        """An entity's name (of its `names`: Chinese, English, aliases) in the claim's language."""
        return names[0] if self.chinese or len(names) < 2 else names[1]

    def _names(self, entity: str) -> list[str]:
        if entity not in self.names:
            self.names[entity] = self.catalog.entity_names(entity)
        return self.names[entity]

    def _is_scope(self, entity: str) -> bool:
        """Whether an entity is a place a first or an only holds in (Zhejiang, Ningbo)."""
        return bool(markers.scopes_of(" ".join(self._names(entity)), self._home_scopes(None)))

    def _home_scopes(self, source_id: str | None) -> dict[str, list[str]]:
        """The names of the places a source is set in, by the scope each is (its city, its
        province, its country: 宁波, 浙江, 中国 for an article about Beilun), from the base's
        `about` and the places' `part_of`; without an id, the latest source's."""
        if source_id not in self.home_scopes:
            self.home_scopes[source_id] = home_scopes(self.catalog.home(source_id), self._names)
        return self.home_scopes[source_id]
