"""Guesses from the base for a candidate fact: the entities a text names, the figure's measure
and subject, what its amount is counted in, its topic."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from beilun_cli.base.model import LoadedBase
from beilun_cli.draft.records import Candidate, Proposal
from beilun_cli.read import claims, quantities

__all__ = ["Guesses", "tidy"]


class Guesses:
    """Guesses from the base: its entity and measure names, and (where it has facts) which topic
    a measure's facts have and which amount unit counts a unit."""

    def __init__(self, base: LoadedBase | None) -> None:
        entities: list[tuple[str, str]] = []
        measures: list[tuple[str, str]] = []
        kinds: dict[str, str] = {}
        self.measure_units: dict[str, str] = {}
        self.measure_names: dict[str, list[str]] = {}
        self.thresholds: set[str] = set()
        self.topic_names: list[tuple[str, str]] = []
        if base is not None:
            for entity in base.entities.values():
                kinds[entity.id] = entity.kind
                entities += [(name.casefold(), entity.id) for name in entity.names if len(name) > 1]
            for measure in base.measures.values():
                self.measure_units[measure.id] = measure.amount_unit
                # A bound: read as one (80岁以上 covers all older), or named one (…下限, …上限).
                if measure.reading == "threshold" or re.search(r"下限|上限|门槛", measure.name.zh):
                    self.thresholds.add(measure.id)
                names = {measure.name.zh, *measure.aliases}
                measures += [(name.casefold(), measure.id) for name in names if len(name) > 1]
                self.measure_names[measure.id] = [measure.name.zh.casefold()] + [
                    alias.casefold() for alias in measure.aliases
                ]
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
        self.new_places: set[str] = set()

    def adopt(self, proposals: Sequence[Proposal]) -> None:
        """Take the names proposed for the article as entities: a figure may be of a new company,
        person or place, and a known name inside a new one (宁波 in 宁波星海物流有限公司) is no
        mention of its own, since the longer name is found first. Quoted names (projects,
        programmes, awards) are left to the curator: quotation marks also hold slogans."""
        taken = [p for p in proposals if p.kind in ("person", "company", "organisation", "event", "place")]
        for proposal in taken:
            self.kinds[proposal.id] = proposal.kind
        self.new_places = {proposal.id for proposal in taken if proposal.kind == "place"}
        adopted = [(proposal.name.casefold(), proposal.id) for proposal in taken]
        self.vocabulary.entities = sorted(
            [*self.vocabulary.entities, *adopted], key=lambda pair: -len(pair[0])
        )

    def minor(self, ident: str) -> bool:
        """A new place that is not the article's own (建成区): named, but no figure's subject."""
        return ident in self.new_places and ident != self.home

    def entities_in(self, text: str) -> list[str]:
        """The entities a text names, in the order it names them."""
        return list(dict.fromkeys(ident for _, _, ident in self.mentions(text)))

    def most_named(self, paragraphs: Sequence[str]) -> str | None:
        """The place the article names most: the subject of a figure whose sentence names none."""
        counts = Counter(
            ident
            for paragraph in paragraphs
            for _, _, ident in self.mentions(paragraph)
            if self.kinds.get(ident) == "place"
        )
        return counts.most_common(1)[0][0] if counts else None

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Where the base's entities are named in a text (start, end, id), longest names first,
        not inside a new name or another mention."""
        folded = text.casefold()
        found: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for name, ident in self.vocabulary.entities:
            at = folded.find(name)
            while at >= 0:
                span = (at, at + len(name))
                if not any(lo < span[1] and span[0] < hi for lo, hi in taken):
                    taken.append(span)
                    found.append((at, span[1], ident))
                at = folded.find(name, at + 1)
        return sorted(found)

    def measure(self, phrase: str, at: int, counted_in: str, unit: str, bound: bool = False) -> str | None:
        """The measure of a figure (at `at` in its noun phrase `phrase`, of unit class
        `counted_in`, written with the unit word `unit`), among the measures counted in that
        class. A name "X数" (the number of X) is named by X.

        1. the one sharing the longest run of three characters or more with the phrase
           (户籍人口 of 占全市户籍人口比重; 企业(集团) of 新增百亿级企业(集团)数 before 企业数),
           then the one sharing most;
        2. else the one a whole name of which the phrase holds (投资, 企业, 项目, 年产), the
           longest, then the nearest to the figure (21个项目 is 项目数, not 企业数);
        3. else the one the unit word names: 岁 is 年龄, 大工程 is 重大工程数, a name "…(年)" is
           counted in 年, a name "…户数" in 户;
        4. else the one sharing most, in runs of two characters (增长 of GDP增长), not a rate
           (亩均, 人均 name a rate: a total sharing two characters is no rate);
        5. else the class's plainest measure, the shortest name (面积 for an area, 长度 for a
           length); counts and people need their noun.

        A figure that bounds a class (`bound`: 20亿元以上的项目, 80岁以上老人) is of a threshold
        measure, where the class has one; any other figure is not."""
        folded = phrase.casefold()
        alike = [
            ident
            for ident, amount_unit in self.measure_units.items()
            if quantities.fact_unit_class(amount_unit)[0] == counted_in
        ]
        bounds = [ident for ident in alike if ident in self.thresholds]
        alike = (bounds or alike) if bound else [ident for ident in alike if ident not in self.thresholds]
        names = {ident: [name.removesuffix("数") for name in self.measure_names[ident]] for ident in alike}
        runs = {ident: [_runs(name, folded) for name in names[ident]] for ident in alike}
        longest = {
            ident: max((max(map(len, r), default=0) for r in runs[ident]), default=0) for ident in alike
        }
        shared = {ident: max((sum(map(len, r)) for r in runs[ident]), default=0) for ident in alike}
        best = max(alike, key=lambda ident: (longest[ident], shared[ident]), default=None)
        if best is not None and longest[best] >= 3:
            return best
        whole = [
            (len(name), -min(abs(m.start() - at) for m in re.finditer(re.escape(name), folded)), ident)
            for ident in alike
            for name in names[ident]
            if len(name) >= 2 and name in folded
        ]
        if whole:
            return max(whole, key=lambda key: key[:2])[2]
        word = unit.lstrip("万亿千百").casefold()
        for test in (
            lambda name: name == word,
            lambda name: name.endswith(f"({word})"),
            lambda name: name.endswith(word) and counted_in != quantities.PEOPLE,  # 人 counts all people
        ):
            named = [ident for ident in alike if word and any(map(test, names[ident]))]
            if named:  # the one that shares most with the phrase (集训 of 集训场次, not 比赛场次)
                return max(named, key=lambda ident: shared[ident])
        plain = [ident for ident in alike if "-per-" not in self.measure_units[ident]]
        best = max(plain, key=lambda ident: shared[ident], default=None)
        if best is not None and shared[best] >= 2:
            return best
        if counted_in in (quantities.COUNT, quantities.PEOPLE) or not alike:
            return None
        return min(alike, key=lambda ident: len(self.measure_names[ident][0]))

    def names_measure(self, clause: str, measure: str | None) -> bool:
        """Whether a clause names a measure (as `measure` finds it by its names)."""
        folded = clause.casefold()
        names = self.measure_names.get(measure or "", [])
        return any(sum(map(len, _runs(name.removesuffix("数"), folded))) >= 2 for name in names)

    def amount_unit(self, candidate: Candidate, counted_in: str) -> str:
        """What the amount is counted in: its measure's unit (yuan-per-mu, sets-per-year), else
        the class of its unit (yuan, m2, people), else what the base counts that unit in (家:
        companies), else items."""
        measured = self.measure_units.get(candidate.measure or "")
        if measured:
            return measured
        if counted_in != quantities.COUNT:
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


def _runs(name: str, text: str) -> set[str]:
    """The distinct runs of two characters or more of `name` that `text` also holds (企业 twice
    in a name is one run)."""
    runs: set[str] = set()
    start = 0
    while start < len(name) - 1:
        stop = start + 2
        if name[start:stop] not in text:
            start += 1
            continue
        while stop < len(name) and name[start : stop + 1] in text:
            stop += 1
        runs.add(name[start:stop])
        start = stop
    return runs
