"""A claim's figures against facts': intervals in one unit class (dollars through a band of
rates), the most relevant fact's verdict, and the words a reason shows them in."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli.lexicon import amount_words, figure_kind_words
from beilun_cli.read import quantities
from beilun_cli.read.claims import reading_form
from beilun_cli.read.counted import english_phrase
from beilun_cli.read.quantities import ClaimedValue, Interval
from beilun_cli.verify.anchored import SubjectsFigures, comparable
from beilun_cli.verify.counted import claimed_kind, fact_kinds, other_counted
from beilun_cli.verify.grounding import (
    CANDIDATES,
    COVERED,
    COVERED_WITH_MEASURE,
    HOME,
    MEASURE_NAMED,
    MIN_HELD,
    RELEVANCE_MARGIN,
    Candidate,
)
from beilun_cli.verify.lists import group_member, only_from, only_of_figure
from beilun_cli.verify.measured import other_measure, states_another
from beilun_cli.verify.paraphrase import paraphrases
from beilun_cli.verify.periods import misfit, spans_time
from beilun_cli.verify.places import of_another_place
from beilun_cli.verify.residue import figures_words
from beilun_cli.verify.rules import (
    ALTERNATIVE,
    BROADER,
    EQUIVALENT,
    FIGURE_ENTAILED,
    FIGURE_EXCLUSIVE,
    FIGURE_UNDECIDED,
    INDEPENDENT,
    LEVEL_FOR_CHANGE,
    NARROWER,
    NO_FIGURE,
    NOT_ENOUGH_INFO,
    OTHER_ENTITY,
    OTHER_TIME,
    PER_UNIT,
    REFUTED,
    SUPPORTED,
    UNSTATED_ENTITY,
    UNSTATED_MARKER,
    UNSTATED_TIME,
    UNSTATED_WORD,
    Verdict,
)
from beilun_cli.verify.slots import (
    ADDITIVE,
    RANKING,
    TOTAL_DENOMINATORS,
    claims_change,
    fact_per,
    is_event,
    marker_name,
    per_factor,
    per_units,
    stated_markers,
    states_change,
    time_in_focus,
    when_of,
)
from beilun_cli.verify.totals import as_total

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Yuan per US dollar: a band wide enough for any year a claim may mean (2019: about 6.9).
YUAN_PER_DOLLAR = (6.0, 8.0)


class Outcome:
    """A claimed figure against one fact: the verdict it would give; a `conflict` ("attributed",
    "part", "other") when the claim's entities do not fit; a `timing` when its time does not;
    whether the figures agree (`fits`)."""

    __slots__ = ("verdict", "conflict", "timing", "fits")

    def __init__(self, verdict: Verdict, conflict: str | None, timing: str | None, fits: bool) -> None:
        self.verdict = verdict
        self.conflict = conflict
        self.timing = timing
        self.fits = fits


class Figures(SubjectsFigures):
    """A claim's figures, each judged against the facts that give one of its kind."""

    # Of a claim of several figures, the span of the words of the one being judged: its times and
    # its words of change are its own (planned for 2019 of 1,000; opened on 9 August of 600).
    judged_window: tuple[int, int] | None = None

    def _figure(self, value: ClaimedValue) -> Verdict:
        for record in self.catalog.valued_facts(self.claim.measures):
            self._add(record, None)
        # What ties a figure to a fact is what the fact holds of the whole claim.
        self.held_in_claim = {ident: candidate.held for ident, candidate in self.candidates.items()}
        overall = {ident: candidate.coverage for ident, candidate in self.candidates.items()}
        if len(self.figures) > 1:
            overall = self._with_sentence_mates(overall)
        if len(self.figures) > 1:
            # Each figure of several is judged on the words around it: in 以全市6%的土地面积创造了
            # 六分之一的经济总量, 6% goes with 土地面积 and 六分之一 with 经济总量.
            self.judged_window = self._window(value)
            near = f"{self._words_near(value)} {_counted_noun(value)}"
            local = self._claim_terms(near)
            for candidate in self.candidates.values():
                self._cover(candidate, local)
            said = self._stems(near)
            named = [
                m
                for m in self.claim.measures
                if any(self._stated(n, said) for n in self.measure_names.get(m, ()))
            ]
        else:
            named = self.claim.measures
        try:
            judged = self._judge_figure(value, named, overall)
            if judged.rule != NO_FIGURE:
                return judged
            anchored = self._by_subject(value, True)
            return self._judge_figure(value, named, overall, anchored) if anchored else judged
        finally:
            self.judged_window = None
            for candidate in self.candidates.values():
                self._cover(candidate, self.weights)

    def _window(self, value: ClaimedValue) -> tuple[int, int]:
        """Where the claim's words closer to this figure than to any other are."""
        spans = sorted(figure.span for figure in self.figures)
        index = spans.index(value.span)
        start = (spans[index - 1][1] + value.span[0]) // 2 if index else 0
        end = (value.span[1] + spans[index + 1][0]) // 2 if index + 1 < len(spans) else len(self.claim.rest)
        return start, end

    def _words_near(self, value: ClaimedValue) -> str:
        """The claim's words closer to this figure than to any other."""
        start, end = self._window(value)
        return self.claim.rest[start:end]

    def _figure_text(self) -> str:
        """The claim's text around the figure being judged (all of it for a single figure)."""
        if self.judged_window is None:
            return self.readable
        start, end = self.judged_window
        return self.readable[start:end]

    def _time(self, record: FactRecord) -> str | None:
        """The claim's times near the figure being judged, when it writes any there, against the
        fact's: another figure's date is not this one's."""
        if self.judged_window is not None:
            start, end = self.judged_window
            folded = self.readable.casefold()
            near = [time for time in self.claim.times if start <= folded.find(time.written.casefold()) < end]
            if near:
                return misfit(near, record["as_of"], self._published(record), self.published)
        return super()._time(record)

    def _judge_figure(
        self,
        value: ClaimedValue,
        measures: Sequence[str],
        overall: dict[str, float],
        anchored: frozenset[str] = frozenset(),
    ) -> Verdict:
        judged: list[tuple[tuple[float, ...], Outcome]] = []
        # What the figure counts is of its measure: 5万名党员 is no count of visits (人次).
        kind = claimed_kind(reading_form(self.readable), value)
        # Several figures of one claim each agreeing with a fact are evidence of their own: each
        # fact then needs only the share of the claim's words a named measure needs.
        several = len(self.figures) > 1
        elsewhere: list[FactRecord] = []  # figures of another place than the claim gives its own
        for candidate in self.candidates.values():
            record = candidate.record
            quantity = record["quantity"]
            if quantity is None:
                continue
            # A figure per the fact's own denominator (每亩地…147万元 of 亩均税收) names its measure.
            denominator = fact_per(quantity["amount_unit"])
            per = (
                denominator is not None
                and per_factor(per_units(self._figure_text()), denominator) is not None
            )
            named = (
                record["measure"] in measures
                or per
                or record["id"] in anchored
                or (bool(measures) and self._each_member(record))
            )
            if not comparable(value, quantity["amount_unit"], named) or other_counted(kind, record):
                continue
            if record["subject"] not in self.claim.entities and of_another_place(
                (self.readable, self.claim.rest),
                record["subject"],
                self.kinds,
                (
                    [name for entity in HOME for name in self._names(entity)],
                    self._names(record["subject"] or ""),
                ),
                # The fact's measure, and the claim's (Beilun covers an area, of a renovated area).
                (
                    self.measure_names.get(record["measure"] or "", []),
                    [name for measure in self.claim.measures for name in self.measure_names.get(measure, ())],
                ),
            ):
                elsewhere.append(record)
                continue
            if not (named or candidate.rank is not None):
                continue
            if record["id"] not in anchored and self._sentence_coverage(value, candidate) < (
                COVERED_WITH_MEASURE if named or several else COVERED
            ):
                continue
            # A figure is tied to its fact by the measure the claim names, or by its words (by one
            # word where other figures of the claim tie it too).
            held = self.held_in_claim.get(record["id"], candidate.held)
            # Or by the fact's subject, where the claim names nothing else (爱心食堂共有29家).
            held += int(not self.content and record["subject"] in self.claim.entities)
            if not named and held < (1 if several else MIN_HELD):
                continue
            outcome = self._compare(value, candidate)
            conflicting = float(outcome.conflict is not None or outcome.timing is not None)
            # Of several figures, each is judged on its own words, but on a fact that holds a
            # share of the whole claim too: the subject told once (中心城区的老旧小区有180多个,
            # 面积约230万平方米) is the subject of both, not Dagang's 6.7 km² of 面积.
            if several and overall.get(record["id"], 1.0) < MEASURE_NAMED:
                continue
            # The measure named counts as much as a quarter of the claim's words.
            relevance = candidate.coverage + (MEASURE_NAMED if named else 0.0)
            # Ties go to the fact that states the claim's markers (第一批…800套: the first batch's
            # 600, not the 1,000 planned), then to the one in the claim's own words, then to the
            # figure nearest the claim's.
            unmarked = float(len(self.claim.markers - {"negated"} - stated_markers(record)))
            distance = _distance(value, record)
            rank = float(candidate.rank or CANDIDATES + 1)
            key = (conflicting, -relevance, unmarked, -candidate.own, distance, rank)
            judged.append((key, outcome))
        if not judged and elsewhere:
            # No figure of the claim's own, but another place's: the figure is no word of a
            # statement of it either (Beilun covers 6.7 km², of Dagang's 6.7 km²).
            reason = f"unstated: {_said(elsewhere[0])}, of another place than the claim names"
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, elsewhere[:1], UNSTATED_ENTITY)
        if not judged:
            reason = f"the article gives no figure for what the claim says with '{value.text}'"
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, rule=NO_FIGURE)
        judged.sort(key=lambda pair: pair[0])
        # Only the facts nearly as relevant as the best count: 40% of "green coverage" is judged
        # against green coverage (40.6%), never against a forest coverage (40.1%) it happens to fit.
        best = max(-key[1] for key, _ in judged)
        outcomes = [outcome for key, outcome in judged if -key[1] >= best - RELEVANCE_MARGIN]
        free = [o for o in outcomes if o.conflict is None and o.timing is None]
        # Of several figures, a fact that states the claim's others too tells them together: it
        # decides this one, not another fact of the measure (another project's total).
        together = [
            o for o in free if several and states_another(o.verdict.evidence[0], value, self.figures, _own(o))
        ]
        free = together or free
        # A bound written at a figure the article gives (不到21个 of its 21 projects) is a bound
        # of that figure: it decides, not another count (8 companies) the bound happens to hold.
        interval = value.interval
        if math.isinf(interval.low) or math.isinf(interval.high):
            at_bound = [
                outcome
                for key, outcome in judged
                if -key[1] >= best - RELEVANCE_MARGIN and key[4] < 1e-9 and outcome in free
            ]
            if at_bound and at_bound[0].verdict.verdict == REFUTED:
                return self._same_measure(at_bound[0].verdict, measures, value)
            if at_bound:
                return at_bound[0].verdict
        refuted_facts = [o.verdict.evidence[0] for o in free if o.verdict.verdict == REFUTED]
        supported = [
            o
            for o in free
            if o.verdict.verdict == SUPPORTED
            and not any(self._other_measure(o.verdict.evidence[0], r, measures) for r in refuted_facts)
        ]
        if supported:
            return supported[0].verdict
        against = free[0] if free and free[0].verdict.verdict == REFUTED else None
        stating = self._stating(kind, judged, against, measures) if against and not together else None
        if stating is not None:  # ten major projects, of the ten, not the 70 key projects
            return stating
        if free and free[0].verdict.verdict == REFUTED:
            return self._same_measure(free[0].verdict, measures, value)
        refuting = [o for o in outcomes if o.verdict.verdict == REFUTED]  # another company's, another day's
        if refuting and not free:
            return refuting[0].verdict
        return (together or outcomes)[0].verdict

    def _stating(
        self,
        kind: str | None,
        judged: list[tuple[tuple[float, ...], Outcome]],
        refuting: Outcome,
        measures: Sequence[str],
    ) -> Verdict | None:
        """The verdict of a fact that states the claim's figure of what the claim counts, in as
        many of the claim's words as the fact that refutes it: where another fact of that kind
        gives another figure only by the measure the claim names (ten major projects, of the ten
        major projects, not of the 70 key projects), the one that says it wins; not a fact of another
        measure of the same unit than the one the claim names (14 of 高成长企业, for 骨干企业)."""
        if kind is None:
            return None
        rival = refuting.verdict.evidence[0]
        against = self.candidates[rival["id"]].coverage
        for _, outcome in judged:
            verdict = outcome.verdict
            record = verdict.evidence[0]
            free = outcome.conflict is None and outcome.timing is None
            if (
                free
                and verdict.verdict == SUPPORTED
                and kind in fact_kinds(record)
                and self.candidates[record["id"]].coverage >= against
                and not self._other_measure(record, rival, measures)
            ):
                return verdict
        return None

    def _other_measure(self, stating: FactRecord, refuting: FactRecord, measures: Sequence[str]) -> bool:
        return other_measure(stating, refuting, measures, self.measure_names, self._figure_text())

    def _with_sentence_mates(self, overall: dict[str, float]) -> dict[str, float]:
        """A fact's share of a claim of several figures, with the facts of its article sentence:
        in “爱心食堂”7年来已遍布92家、实现80岁以上老人全覆盖 each figure's fact holds the other's
        half of the claim as one statement."""
        sentences = [s for s in re.split(r"[。；;\n]", self.catalog.article_text()) if s.strip()]
        located: dict[str, set[int]] = {}
        for ident, candidate in self.candidates.items():
            quote = candidate.record["quote"]
            located[ident] = {n for n, sentence in enumerate(sentences) if quote and quote in sentence}
        widened = dict(overall)
        for ident, candidate in self.candidates.items():
            mates = [
                other
                for key, other in self.candidates.items()
                if key != ident and located[ident] & located[key]
            ]
            if not mates:
                continue
            told = Candidate(
                candidate.record,
                candidate.rank,
                frozenset(candidate.terms.union(*(m.terms for m in mates))),
                frozenset(candidate.own_terms.union(*(m.own_terms for m in mates))),
            )
            self._cover(told, self.weights)
            widened[ident] = max(overall[ident], told.coverage)
        return widened

    def _sentence_coverage(self, value: ClaimedValue, candidate: Candidate) -> float:
        """The share of the claim a fact covers with the facts that tell its sentence with more
        (跨越2600公里的爱心接力 inside ...,17岁吉林姑娘的手臂得救了): a claim of the whole sentence
        ties the figure of its part, where the longer fact's own figure is of another kind (an age,
        for miles); a list's next member (17家企业入围…, 吉利汽车入围…) is another statement."""
        quote = candidate.record["quote"]
        return max(
            other.coverage
            for other in self.candidates.values()
            if other is candidate
            or (
                other.record["quote"] != quote
                and quote in other.record["quote"]
                and other.record["quantity"] is not None
                and not comparable_fact(value, other.record)
            )
        )

    def _same_measure(self, verdict: Verdict, measures: Sequence[str], value: ClaimedValue) -> Verdict:
        """A figure refutes only a figure of the same measure: a rank the fact does not state
        (最长的一条 of a total length), unless the claim names the fact's measure, or a word of a
        kind of figure of its own that the fact's own statement does not write (paid, where the
        fact gives a discount, even "after the discount"; 青年人 of a share of the whole), or a noun
        the fact does not ground that a bare number counts, makes it another measure's: then the
        article does not decide it (UNSTATED_MARKER, UNSTATED_WORD)."""
        if verdict.rule != FIGURE_EXCLUSIVE or not verdict.evidence:
            return verdict
        record = verdict.evidence[0]
        several = len(self.figures) > 1
        # A bare number (no unit, no noun of a known kind) counts the noun after it, or where none
        # stands there, what the claim's other words say: a word of either the fact does not ground
        # may be what it is of (10,000 spectators, of 三战; must be under 35: an age, not 600套).
        folded = reading_form(self.readable)
        # (A figure said in addition to the fact's, 也覆盖, is the additive rule's: verdicts.py.)
        bare = value.unit is None and claimed_kind(folded, value) is None and not ADDITIVE.search(folded)
        phrase = set(self._terms("", english_phrase(folded, value.span))) if bare else set()
        ungrounded = self._ungrounded([record]) if bare and (phrase or not several) else []
        missing = [term for term in ungrounded if not phrase or term in phrase]
        if not several:
            named = record["measure"] in measures
            exact = only_of_figure(self.readable, value)
            ranking = sorted((self.claim.markers & RANKING) - stated_markers(record) - exact)
            if ranking and not named:
                unsaid = marker_name(ranking[0])
                reason = f"the article does not say '{unsaid}' of this figure: {_said(record)}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, [record], UNSTATED_MARKER)
            missing = self._unstated_kinds(record) + missing
        if not missing:
            return verdict
        reason = (
            f"unstated: the article does not mention {self._written(missing[0])}, "
            f"so the claim's figure is of another kind: {_said(record)}"
        )
        return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, [record], UNSTATED_WORD)

    def _unstated_kinds(self, record: FactRecord) -> list[str]:
        """The claim's words of a kind of figure that the fact's own statement (its claims and
        its quote, not the sentences around it) does not say, in its words, the paraphrase
        lexicon's or its figure's unit's (年均 of an average): 青年 of a share of the whole, cost
        of a discount off the price."""
        kinds = self._figure_kinds()
        if not kinds:
            return []
        statement = " ".join((record["claim"]["zh"], record["claim"]["en"], record["quote"]))
        own = self._terms("", statement)
        implied = figures_words(self.figures, [record])
        said, claimed = statement.casefold(), self.readable.casefold()
        return [
            term
            for term in kinds
            if term not in own and term not in implied and not paraphrases().grounds(term, said, own, claimed)
        ]

    def _figure_kinds(self) -> set[str]:
        """The terms of the words the claim writes that name a figure of a kind of its own (paid,
        an average, 青年): the lexicon's figure_kind_words."""
        from beilun_cli.search import analysis

        folded = self.readable.casefold()
        words = [w for lang in ("zh", "en") for w in figure_kind_words(lang) if w in folded]
        return {term for word in words for term in analysis.query_terms(word, self.source.knows)}

    def _compare(self, value: ClaimedValue, candidate: Candidate) -> Outcome:
        record = candidate.record
        quantity = record["quantity"]
        assert quantity is not None
        article, claimed, threshold = self._intervals(value, record)
        said = _said(record)
        fits = article.contains(claimed) if threshold else claimed.contains(article)
        apart = not claimed.meets(article)
        if fits and threshold and not claimed.contains(article) and only_from(self.readable, value):
            fits, apart = False, True  # only from 90 where the article covers all from 80
        converted = value.unit is not None and value.unit != fact_amount(record)[0]  # yuan for dollars
        conflict = self._entity_conflict(record) if not self._told_together(record) else None
        of_group = conflict is None and not self._of_each(record)
        names = group_member(record, self.readable, self._entity_names()) if of_group else ()
        if names:  # 50多场次 of 中国女排等多支国家队, claimed for 中国女排
            member = self._in_claims_language(names)
            together = f"the article gives this for {member} and others together"
            conflict = ("part", f"{together}, not for {member} alone")
        if conflict is not None:
            kind, reason = conflict
            if kind == "attributed" and fits:
                verdict = self._result(REFUTED, f"{reason}: {said}", record, rule=OTHER_ENTITY)
                return Outcome(verdict, kind, None, fits)
            verdict = self._result(NOT_ENOUGH_INFO, f"{reason}: {said}", record, rule=UNSTATED_ENTITY)
            return Outcome(verdict, kind, None, fits)
        timing = self._time(record)
        if timing is not None:
            event = is_event(record, years=time_in_focus(self.readable, self.claim.times))
            # A count over a period (7年来) claimed over a period of another length (17 years).
            as_of = record["as_of"]
            event |= as_of is not None and as_of["precision"] == "period" and self._claims_period()
            # The very statement, dated otherwise: the claim's words, or its subject's one figure.
            same = candidate.coverage >= COVERED or (fits and record["id"] in self._by_subject(value, False))
            judged = REFUTED if event and fits and same and not self._dated_too(record) else NOT_ENOUGH_INFO
            rule = OTHER_TIME if judged == REFUTED else UNSTATED_TIME
            return Outcome(self._result(judged, f"{said}; {timing}", record, rule=rule), None, timing, fits)
        claim_says = f"the claim says {claimed_figure(value)}"
        other_kind = self._kind_conflict(record)
        if other_kind is not None and fits and not converted:
            rule, why = other_kind
            return Outcome(self._result(REFUTED, f"{why}: {said}", record, rule=rule), None, None, False)
        if fits and not converted:
            reason = f"{said}; {claim_says}{self._relative_note()}"
            verdict = self._result(SUPPORTED, reason, record, rule=FIGURE_ENTAILED)
        elif apart:
            reason = f"{said}; {claim_says}{slip_of(value, article, converted)}"
            verdict = self._result(REFUTED, reason, record, rule=FIGURE_EXCLUSIVE)
        else:
            reason = f"{said}; {claim_says}, which the article neither confirms nor contradicts"
            verdict = self._result(NOT_ENOUGH_INFO, reason, record, rule=FIGURE_UNDECIDED)
        return Outcome(verdict, None, None, fits and not converted)

    def _told_together(self, record: FactRecord) -> bool:
        """Whether each entity of the claim the fact does not name is named by a fact that tells
        the fact's own sentence with it (胡朝霞爱心团队跨越2600公里的爱心接力,17岁吉林姑娘的手臂得救了:
        the girl of the relay): one statement, not the fact said of someone else."""
        strangers = [e for e in self.claim.entities if e not in HOME and not self._mentions(record, e)]
        if not strangers:
            return False
        telling = [
            candidate.record
            for candidate in self.candidates.values()
            if candidate.record["id"] != record["id"] and record["quote"] in candidate.record["quote"]
        ]
        return all(any(e in other["entities"] for other in telling) for e in strangers)

    def _kind_conflict(self, record: FactRecord) -> tuple[str, str] | None:
        """The rule and the reason by which a figure that fits is still not the fact's kind of
        figure: a level claimed as a change (GDP 增加了1146.46亿元), a figure per mu or per
        person claimed as a total."""
        if claims_change(self._figure_text()) and not states_change(record):
            return LEVEL_FOR_CHANGE, "change: the article gives a level, the claim an increase"
        quantity = record["quantity"]
        assert quantity is not None
        denominator = fact_per(quantity["amount_unit"])
        if denominator in TOTAL_DENOMINATORS and per_factor(per_units(self.readable), denominator) is None:
            return PER_UNIT, f"per unit: the article gives it per {denominator}, the claim as a total"
        return None

    def _claims_period(self) -> bool:
        """Whether the claim names a period by its length (7年来, over the past 17 years)."""
        return any(spans_time(self.readable, value) for value in self.claim.values)

    def _relative_note(self) -> str:
        relative = [time for time in self.claim.times if time.relative]
        if not relative:
            return ""
        time = relative[0]
        return f" ('{time.written}' is {time.start}: the article is of {self.published})"

    def _intervals(self, value: ClaimedValue, record: FactRecord) -> tuple[Interval, Interval, bool]:
        """The article's interval, the claimed one in its unit, and whether the fact's measure is a
        threshold (80岁以上 for everyone over 80: a narrower range is entailed)."""
        quantity = record["quantity"]
        assert quantity is not None
        unit, factor, amount = fact_amount(record)
        written = record["value"] if record["value"] else quantity["amount"]
        article = quantities.interval(amount, quantity["qualifier"], written * factor, exact_point=True)
        threshold = self.readings.get(record["measure"] or "") == "threshold"
        claimed = _in_unit(value, unit)
        denominator = fact_per(quantity["amount_unit"])
        per = per_factor(per_units(self.readable), denominator) if denominator else None
        if per is not None and per != 1.0:  # per hectare for per mu
            claimed = quantities.Interval(
                claimed.low * per, claimed.high * per, claimed.low_open, claimed.high_open
            )
        total = as_total(reading_form(self.readable), value, quantity["written"], article, claimed)
        if total is not None:  # 合计 of 双双: the total of figures each member has
            article, claimed = total
        return article, claimed, threshold

    def _by_subject(self, value: ClaimedValue, add: bool) -> frozenset[str]:
        agrees = lambda r: self._figure_relation(value, r) != ALTERNATIVE  # noqa: E731
        return self._subjects_figures(value, agrees, add=add)

    def _figure_relation(self, value: ClaimedValue, record: FactRecord) -> str:
        """How the claimed figure relates to the fact's: equivalent, narrower (the fact's entails
        the claim's), broader, alternative (exclusive) or independent (they overlap)."""
        article, claimed, threshold = self._intervals(value, record)
        if not claimed.meets(article):
            return ALTERNATIVE
        if value.unit is not None and value.unit != fact_amount(record)[0]:
            return INDEPENDENT  # another currency: never entailed
        entailed = article.contains(claimed) if threshold else claimed.contains(article)
        entails = claimed.contains(article) if threshold else article.contains(claimed)
        if entailed and entails:
            return EQUIVALENT
        return NARROWER if entailed else BROADER if entails else INDEPENDENT


def _counted_noun(value: ClaimedValue) -> str:
    """The English noun a count is of (170,000 volunteers): it names what is counted, so it is of
    the figure's own words and may name its measure. Chinese classifiers (家, 支) name nothing."""
    if value.unit not in (quantities.COUNT, quantities.PEOPLE):
        return ""
    return " ".join(re.findall(r"[A-Za-z]{3,}", value.text))


def _own(outcome: Outcome) -> float:
    """The figure of an outcome's fact, in its unit class."""
    return fact_amount(outcome.verdict.evidence[0])[2]


def comparable_fact(value: ClaimedValue, record: FactRecord) -> bool:
    quantity = record["quantity"]
    return quantity is not None and comparable(value, quantity["amount_unit"], True)


def fact_amount(record: FactRecord) -> tuple[str, float, float]:
    """A fact's unit class, the factor to it, and its amount in it (1/6 as 16.67 percent)."""
    quantity = record["quantity"]
    assert quantity is not None
    unit, factor = quantities.fact_unit_class(quantity["amount_unit"])
    return unit, factor, quantity["amount"] * factor


def _distance(value: ClaimedValue, record: FactRecord) -> float:
    """How far a claimed figure is from a fact's, relatively: 0 for the same amount."""
    _, _, amount = fact_amount(record)
    return abs(amount - value.amount) / max(abs(amount), abs(value.amount), 1e-12)


def _in_unit(value: ClaimedValue, unit: str) -> Interval:
    """A claimed figure's interval in the fact's unit class: dollars as yuan through the band."""
    interval = value.interval
    if value.unit == quantities.MONEY_USD and unit == quantities.MONEY_YUAN:
        low, high = YUAN_PER_DOLLAR
    elif value.unit == quantities.MONEY_YUAN and unit == quantities.MONEY_USD:
        low, high = 1 / YUAN_PER_DOLLAR[1], 1 / YUAN_PER_DOLLAR[0]
    else:
        return interval
    return Interval(interval.low * low, interval.high * high, interval.low_open, interval.high_open)


def _said(record: FactRecord) -> str:
    """What the article gives, for a reason: '1146.46亿元 (114.646 billion yuan) for 2018 (去年)'."""
    quantity = record["quantity"]
    assert quantity is not None
    normalised = amount_words(quantity["amount"], quantity["amount_unit"], "en", quantity["qualifier"])
    when = record["as_of"]
    period = f" for {when_of(when)}" if when else ""
    shown = "" if normalised == quantity["written"] else f" ({normalised})"
    return f"the article gives {quantity['written']}{shown}{period}"


# The unit classes a claimed figure is shown converted in, beside its own words.
_CONVERTED = frozenset({quantities.MONEY_YUAN, quantities.MONEY_USD, quantities.LENGTH, quantities.AREA})


def claimed_figure(value: ClaimedValue) -> str:
    """A claimed figure for a reason, its quantifier in words and its amount as the article's is
    rendered: 'over 20万人', 'under 100亿美元 (10 billion US dollars)'."""
    words = quantities.quantifier_words(value.qualifier)
    # 50多场次 says "more than" itself: the words would say it twice.
    written_inside = value.qualifier == quantities.MORE_THAN and re.search(r"\d[多余]", value.text)
    said = not words or value.text.startswith(words) or written_inside
    shown = value.text if said else f"{words} {value.text}"
    unit = value.unit
    if unit not in _CONVERTED or not (value.magnitude or unit in (quantities.LENGTH, quantities.AREA)):
        return shown
    normalised = amount_words(value.amount, unit or "", "en")
    return shown if normalised.casefold() in shown.casefold() else f"{shown} ({normalised})"


def slip_of(value: ClaimedValue, article: Interval, converted: bool, chinese: bool = False) -> str:
    """Why a refuted figure is off, when it is a currency or a power of ten."""
    if converted:
        if chinese:
            return "（币种不同：任何汇率都不能使两者相等）"
        return " (another currency: no rate of exchange makes them equal)"
    reference = article.low if article.low > -quantities.INFINITY else article.high
    if not reference or not value.amount:
        return ""
    ratio = value.amount / reference
    power = round(math.log10(abs(ratio))) if ratio > 0 else 0
    if power and abs(math.log10(abs(ratio)) - power) < 0.05:
        if chinese:
            return f"（{'多' if power > 0 else '少'}了{10 ** abs(power):,}倍：数量级之误）"
        return f" ({10 ** abs(power):,} times too {'much' if power > 0 else 'little'}: a slip of magnitude)"
    return ""


def joined(text: str, verdicts: Sequence[Verdict]) -> Verdict:
    evidence: list[FactRecord] = []
    for verdict in verdicts:
        for record in verdict.evidence:
            if record not in evidence:
                evidence.append(record)
    reason = "; ".join(dict.fromkeys(verdict.reason for verdict in verdicts))
    return Verdict(text, SUPPORTED, reason, evidence, FIGURE_ENTAILED)
