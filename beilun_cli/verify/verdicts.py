"""Is a statement supported by the article, refuted by it, or not in it? `check` answers with
the facts that decide and a reason in one line.

How a claim is judged (docs/check.md, "How it is decided", states the decision table for users):

1. Read: the claim into slots (claims.read_claim): figures with units and quantifiers, times
   (去年 is 2018 for an article of 2019), entities and measures it names, markers (first, only,
   one of, a plan, a reason, not), places by their suffixes; the rest are its content words.
2. Retrieve: the facts search ranks best for the claim's words, and for a figure the facts of
   the measure the claim names. COVERED and its kin (a share of the claim's words, weighted by
   rarity) choose which facts are relevant enough to judge; a share alone never supports.
3. Align, slot by slot, against a fact: figures as intervals (quantities.Interval; supported when
   all the article allows is allowed by the claim, refuted when nothing is allowed by both),
   times, entities, markers, and each content word, which must be grounded in the fact (its
   words, its entities' names, its measure's names, a word of the same concept, or the
   paraphrase lexicon of the vocabulary, lexicon/data/grounding.toml, read by paraphrase.py).
4. Decide by one rule of RULES, which the verdict names (`rule`) with its `alignment`:
   supported only when every slot agrees and every content word is grounded (STATED,
   FIGURE_ENTAILED); refuted when a slot is exclusive with the fact's on a fact anchored by
   subject or measure (FIGURE_EXCLUSIVE, SIBLING_PLACE, OTHER_ENTITY, OTHER_TIME,
   CONTRARY_MARKER, MISTAKEN_IDENTITY); otherwise not-enough-info, by the rule that names what
   the article does not state. A negated claim swaps supported and refuted (NEGATED).

When unsure, not-enough-info: a wrong "supported" is the worst answer.

The modules of verify/, each a step: rules (the verdicts, the rules and RULES, the relations),
grounding (candidates, content words, entities and times), places (the lexicon's places a text
writes), periods (periods and relative times), figures (intervals and their reasons),
comparisons (how a claim words a comparison, and two facts' figures compared), two_measures
(a comparison or a difference of two measures, decided by their figures), spans (the days between
two events, or since one), averages (the operands of an average), arithmetic (a figure derived
from two facts: a sum, a ratio, a share, an average, a span, a count before additions), lists
(the lists a fact leaves open or closes), order (the order of two events or of a fact's stages), done
(a whole claimed done where a part is), contrary (what makes a fact state the contrary:
markers, a closed list, a stage at the fact's time), slots
(what a fact's own words state: markers, events, status, change, per-unit), residue (what grounds a claim's
leftover words beside a fact's own), paraphrase (the paraphrase lexicon), explain (alignment
and Chinese reasons), and this one, which decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import claims, markers
from beilun_cli.verify import comparisons, contrast, pictures
from beilun_cli.verify.alternatives import in_the_stead
from beilun_cli.verify.bound_attributes import name_forms, swapped
from beilun_cli.verify.contrary import Contrary, overlap
from beilun_cli.verify.done import Done
from beilun_cli.verify.figures import joined
from beilun_cli.verify.grounding import (
    ANCHORED,
    BEST_FEW,
    CANDIDATES,
    CHINESE_RUN,
    COVERED_WITH_MEASURE,
    ENGLISH_WORD,
    HOME,
    MIN_HELD,
    Candidate,
)
from beilun_cli.verify.lists import only_of_listed
from beilun_cli.verify.named_numbers import stated_names
from beilun_cli.verify.operations import REMAINDER, operation
from beilun_cli.verify.order import parts_misordered
from beilun_cli.verify.periods import one_year, period_misfit
from beilun_cli.verify.rules import (
    ALTERNATIVE,
    ARITHMETIC_HOLDS,
    COMPARISON_HOLDS,
    CONTRARY_CHANGE,
    CONTRARY_MARKER,
    CONTRARY_STATUS,
    FIGURE_ENTAILED,
    FIGURE_EXCLUSIVE,
    NEGATED,
    NO_FACT,
    NO_FIGURE,
    NOT_ENOUGH_INFO,
    NOTHING_TO_CHECK,
    OTHER_ENTITY,
    OTHER_MEMBER,
    OTHER_SLOT_VALUE,
    OTHER_TIME,
    PARTLY_STATED,
    REFUTED,
    RULES,
    SIBLING_PLACE,
    STATED,
    SUPPORTED,
    SWAPPED_ATTRIBUTES,
    UNNAMED_PLACE,
    UNSTATED_ENTITY,
    UNSTATED_MARKER,
    UNSTATED_TIME,
    UNSTATED_WORD,
    VERDICTS,
    Verdict,
)
from beilun_cli.verify.slots import (
    RANKING,
    as_growth,
    fact_text,
    fact_texts,
    is_event,
    later_stage,
    stated_markers,
    states_change,
    unit_run,
)

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

# What callers use: check() and its Verdict, the verdicts, and the decision table.
__all__ = ["NOT_ENOUGH_INFO", "REFUTED", "RULES", "SUPPORTED", "VERDICTS", "Verdict", "check"]


def check(catalog: Catalog, text: str, lang: str | None = None, *, level: int = 0) -> Verdict:
    """The verdict on one claim, from the base `catalog` opens, with the alignment of its slots
    with the evidence's. Its reason is in Chinese for a Chinese claim, or when `lang` is "zh".
    A claim the article does not decide as a whole is judged part by part when it joins
    statements (conjunction.py), split at boundaries of strength `level` or finer (a part of a
    claim is split no more at the boundaries the claim was split at)."""
    from beilun_cli.search import analysis

    vocabulary = catalog.claim_vocabulary()
    published = catalog.published()[:10]
    source = catalog.postings()
    # Traditional characters are read as the simplified text the base holds, as search reads them.
    han = [char for char in text if "\u3400" <= char <= "\u9fff"]
    readable = analysis.to_simplified(text) if any(not source.knows(char) for char in han) else text
    claim = claims.read_claim(readable, published, vocabulary)
    claim.text = text
    judge = _Judge(catalog, source, claim, published, vocabulary, readable)
    answer = judge.verdict()
    answer.alignment = judge.alignment(answer)
    chinese = lang == "zh" or (lang is None and judge.chinese)
    if chinese:
        answer.reason = judge.chinese_reason(answer)
    if answer.verdict != REFUTED and answer.rule != NOTHING_TO_CHECK:
        # X rather than Y, X而非Y: X asserted, Y denied (contrast.py); the words of a fact that
        # names both (次要而非重要, of 重要) never support it.
        contrasted = contrast.by_contrast(
            readable, claim.latin, lambda part: check(catalog, part, lang, level=level)
        )
        if contrasted is not None and (answer.verdict == NOT_ENOUGH_INFO or contrasted.verdict == REFUTED):
            return contrasted
    # Figures found in several facts hold as a whole only if each part holds with its own: the
    # parts of a claim whose figures were swapped between them (14 backbone and 17 high-growth
    # enterprises, where the article says 17 and 14) are each refuted.
    several = (
        answer.rule == FIGURE_ENTAILED
        and len(claim.values) > 1
        and len({record["id"] for record in answer.evidence}) > 1
    )
    if (answer.verdict == NOT_ENOUGH_INFO and answer.rule != NOTHING_TO_CHECK) or several:
        # Only a claim undecided as a whole, or of several figures from several facts, pays for it.
        from beilun_cli.verify import conjoined

        home = {name for name, entity in vocabulary.entities if entity in HOME}
        judged = conjoined.by_parts(
            readable,
            claim,
            vocabulary,
            home,
            (level, chinese),
            lambda part, finer: check(catalog, part, lang, level=finer),
        )
        if several:
            return judged if judged is not None and judged.verdict == REFUTED else answer
        # Parts each stated do not state the order the claim gives them, which their facts' dates
        # may reverse (order.py).
        if judged is not None and judged.verdict == SUPPORTED and parts_misordered(readable, judged.evidence):
            return answer
        return judged or answer
    return answer


class _Judge(Contrary, Done):
    """Decides a claim by one rule of RULES."""

    def verdict(self) -> Verdict:
        answer = self._verdict()
        # A comparison no pair of figures decided is supported only by a fact that compares too.
        if (
            answer.rule not in (COMPARISON_HOLDS, ARITHMETIC_HOLDS)
            and answer.verdict == SUPPORTED
            and comparisons.direction(self.readable, self.figure_spans())
        ):
            if not any(comparisons.direction(fact_text(record)) for record in answer.evidence):
                reason = f"the article does not make this comparison: {answer.reason}"
                answer = Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, answer.evidence, UNSTATED_MARKER)
        # A figure of arithmetic on two facts (a sum, a ratio, days between) is theirs to decide;
        # a total the article states supports it as a figure does, if its markers hold.
        derived = self._derived(answer)
        if derived is not answer and derived.rule == FIGURE_ENTAILED:
            derived = self._grounded(self._markers_hold(derived))
        # A whole claimed done (all 2.3 million m² renovated) where the article gives a part.
        derived = self._only_part_done(derived) or derived
        # Two things the claim orders (先A后B, B after A) that the article orders the other way;
        # not the rest to come after a part (第一批之后还有400套), whose order is the remainder's.
        remainder = derived.rule == ARITHMETIC_HOLDS and operation(self.readable) == REMAINDER
        if derived.verdict != REFUTED and "negated" not in self.claim.markers and not remainder:
            return self._other_order() or derived
        return derived

    def _verdict(self) -> Verdict:
        if not self._says_something():
            return Verdict(
                self.claim.text,
                NOT_ENOUGH_INFO,
                "the claim states nothing to check: name what it is about (北仑的GDP, Beilun's volunteers)",
                rule=NOTHING_TO_CHECK,
            )
        compared = self._comparison() or self._contrary_change() or self._named_otherwise()
        if compared is not None:
            return compared
        if self.strange_places:
            # The fact it would be about, but for the place (镇海区的森林覆盖率: forest cover).
            nearest = self._covering(COVERED_WITH_MEASURE)[:1]
            return Verdict(
                self.claim.text,
                NOT_ENOUGH_INFO,
                f"unstated: the article says nothing of {self.strange_places[0]}",
                [candidate.record for candidate in nearest],
                UNNAMED_PLACE,
            )
        if self.figures:
            verdicts = [self._figure(value) for value in self.figures]
            refuted = [v for v in verdicts if v.verdict == REFUTED]
            if refuted:  # a figure denied of a set stands only with the membership stated
                return self._denied(self._added(refuted[0]))
            contrary = self._contrary_elsewhere()
            if contrary is not None:
                return contrary
            if all(v.rule == NO_FIGURE for v in verdicts):
                # Numbers no fact gives as a figure (三大工程, the 19th Congress, 1 mu) are words
                # of a statement: a fact that states them, and all the rest, decides.
                statement = self._statement()
                # Only a fact that states each of them (its words unread, as 三大 of 三大工程) supports
                # them: a figure of arithmetic (a tenth of its companies) is no word of a fact.
                if statement.verdict == SUPPORTED and not all(
                    self._number_stated(value, statement.evidence) for value in self.figures
                ):
                    return verdicts[0]
                return statement if statement.verdict != NOT_ENOUGH_INFO else verdicts[0]
            decided = [v for v in verdicts if v.verdict != NOT_ENOUGH_INFO]
            evidence = [record for v in decided for record in v.evidence]
            undecided = [
                v
                for v, value in zip(verdicts, self.figures, strict=True)
                if v.verdict == NOT_ENOUGH_INFO
                and not (v.rule == NO_FIGURE and evidence and self._number_stated(value, evidence))
            ]
            if undecided:
                return undecided[0]
            # A number beside the figures that is none (a girl of nearly 17, beside 2,600 km) is
            # the deciding facts' or search's best to state, with its quantifier.
            loose = [
                v
                for v in self.claim.values
                if v not in self.figures and v not in self.periods and not one_year(self.readable, v)
            ]
            best = sorted(self.candidates.values(), key=lambda c: c.rank or CANDIDATES + 1)[:BEST_FEW]
            stating = [*evidence, *(candidate.record for candidate in best)]
            unstated = [v for v in loose if not self._number_stated(v, stating)]
            if unstated:
                reason = f"the article does not state '{unstated[0].text}' where it gives the figures"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, evidence, NO_FIGURE)
            return self._grounded(self._markers_hold(joined(self.claim.text, decided)))
        return self._statement()

    def _added(self, verdict: Verdict) -> Verdict:
        """A figure exclusive with the fact's, said in addition to it (also cover everyone aged 70
        to 79, where the article gives 80岁以上): the claim grants the fact's and adds another, which
        the article does not state (UNSTATED_MARKER), nor exclude."""
        added = self._additive()
        if verdict.rule != FIGURE_EXCLUSIVE or added is None:
            return verdict
        reason = f"the article does not say '{added.group()}': {verdict.reason}"
        return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, UNSTATED_MARKER)

    def _contrary_change(self) -> Verdict | None:
        """A fall claimed of a measure of change (the economy shrank) whose figure the article
        gives as growth, for the claim's subject and time: refuted (CONTRARY_CHANGE)."""
        growth = as_growth(self.readable)
        if growth is None:
            return None
        said = self._stems(growth)
        for measure, names in self.measure_names.items():
            if not any(self._stated(name, said) for name in names):
                continue
            for record in self.catalog.valued_facts([measure]):
                quantity = record["quantity"]
                if quantity is None or quantity["amount"] <= 0 or not states_change(record):
                    continue
                if self._entity_conflict(record) is None and self._time(record) is None:
                    reason = f"change: the article gives growth of {quantity['written']}, the claim a fall"
                    return self._result(REFUTED, reason, record, rule=CONTRARY_CHANGE)
        return None

    def _grounded(self, verdict: Verdict) -> Verdict:
        """A verdict from facts that agree with the claim on every slot (supported, or refuted for
        a negated claim) stands only when they ground every content word of the claim. A word they
        do not ground is something the article does not state (UNSTATED_WORD), or, when it is a
        place of the kind of one the facts name, a place that contradicts theirs (SIBLING_PLACE)."""
        if verdict.rule not in (STATED, FIGURE_ENTAILED, NEGATED) or verdict.verdict == NOT_ENOUGH_INFO:
            return verdict
        missing = self._ungrounded(verdict.evidence)
        # Another member of a set in the stead of the fact's (南海 for 东海, a leg for an arm), its
        # words grounded or not (腿 of 腿得救 by a character of the fact's).
        # (Only when the claim may name one: the world's places are read then.)
        other = (
            in_the_stead(self.readable, self.claim.rest, missing, verdict.evidence, self.latin)
            if self.alternatives
            else None
        )
        if not missing and other is None:
            return verdict
        sibling = self._sibling_place(missing, verdict.evidence) if missing else None
        if sibling is not None:
            other = None
        elif other is not None and other[0].place is not None:
            sibling, other = (other[0].written, other[1].written), None
        # Another place excludes the fact's for a deed (born, hosted), a first or an only, or a
        # figure of the place it stands in (one sixth of Hangzhou's output, for Ningbo's); a
        # figure of what another place may have too (镇海区's forest cover for Beilun's) is only
        # unstated.
        unstated = ""
        if sibling is not None and verdict.rule == FIGURE_ENTAILED and not self.claim.markers & RANKING:
            found = lexicon.place(sibling[0])
            subjects = {record["subject"] for record in verdict.evidence} | HOME
            if found is not None and found.id in subjects:
                unstated, sibling = sibling[1], None
        if sibling is not None:
            theirs, mine = sibling
            reason = f"place: the article says {theirs}, the claim says {mine}"
            return self._result(REFUTED, reason, *verdict.evidence, rule=SIBLING_PLACE)
        if other is not None:
            theirs, mine = other[0].written, other[1].written
            reason = f"{other[0].group}: the article says {theirs}, the claim says {mine}"
            return self._result(REFUTED, reason, *verdict.evidence, rule=OTHER_MEMBER)
        word = self._written(missing[0]) if missing else unstated
        reason = f"unstated: the article does not mention {word}"
        return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, UNSTATED_WORD)

    def _contrary_elsewhere(self) -> Verdict | None:
        """A fact about what the claim names (all its entities, most of its words) that states
        the other member of a marker family: "升格为金鼎" where the article says 银鼎."""
        if "negated" in self.claim.markers:
            return None
        exclusive = any(set(family) & self.claim.markers for family in markers.EXCLUSIVE_MARKERS)
        for candidate in self._covering(COVERED_WITH_MEASURE):
            record = candidate.record
            # Only a family's other member contradicts here (银鼎 for 金鼎): "one of its three
            # matches" against another fact's 唯一 is no contrary. So does an only of a member of
            # the fact's open list (只有中国女排, of 中国女排等多支国家队), whose figure is the group's.
            listed = "only" in self.claim.markers and bool(
                only_of_listed(record, self.readable, self._entity_names(), self.claim.values)
            )
            conflict = self._entity_conflict(record)
            if conflict is not None and not (listed and conflict[0] == "part"):
                continue
            contrary = self._contrary_markers(record)
            if contrary and (exclusive or listed):
                return Verdict(self.claim.text, REFUTED, contrary, [record], CONTRARY_MARKER)
        return None

    def _markers_hold(self, verdict: Verdict) -> Verdict:
        """A figure's support holds only if its facts state the claim's markers (second, only...)."""
        if verdict.verdict != SUPPORTED or "negated" in self.claim.markers:
            return verdict
        joined = self._markers_joined(verdict.evidence)
        for record in verdict.evidence:
            swapped = self._swapped_attributes(record)
            if swapped:
                return Verdict(self.claim.text, REFUTED, swapped, verdict.evidence, SWAPPED_ATTRIBUTES)
            contrary = self._contrary_markers(record)
            if contrary:
                return Verdict(self.claim.text, REFUTED, contrary, verdict.evidence, CONTRARY_MARKER)
            status = self._contrary_status(record)
            if status:
                return Verdict(self.claim.text, REFUTED, status, verdict.evidence, CONTRARY_STATUS)
            unstated = ("" if joined else self._unstated_markers(record)) or self._unstated_status(record)
            if unstated:
                marked = self._marked_figure(record)
                if marked is not None:
                    return marked
                reason = f"the article does not say '{unstated}': {record['claim']['en']}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, UNSTATED_MARKER)
        return verdict

    def _markers_joined(self, records: Sequence[FactRecord]) -> bool:
        """Whether the facts of several figures of one claim state its markers between them (of
        1,000 planned, a first batch of 600: "first" is the 600's fact's), none a ranking in a scope
        (first in Zhejiang), which each fact must hold in."""
        claimed = self.claim.markers - {"negated"}
        if len(records) < 2 or not claimed:
            return False
        home = self._home_scopes(records[0]["source"]["id"])
        if claimed & RANKING and markers.scopes_of(self.readable, home):
            return False
        stated: set[str] = set()
        for record in records:
            stated |= stated_markers(record)
            if self.latin:
                stated |= markers.markers_of(record["claim"]["en"])
        return claimed <= stated

    def _marked_figure(self, record: FactRecord) -> Verdict | None:
        """A figure that fits a fact without the claim's marker (600 of the first batch), where a
        fact of the same measure and subject states that marker with a figure exclusive with the
        claim's (计划推出1000套, for 只计划推出600套): refuted by that fact (FIGURE_EXCLUSIVE)."""
        markers = self.claim.markers - stated_markers(record) - {"negated"}
        for rival in self.catalog.valued_facts([record["measure"]] if record["measure"] else []):
            if rival["id"] == record["id"] or rival["subject"] != record["subject"]:
                continue
            if not markers & stated_markers(rival) or self._entity_conflict(rival) or self._time(rival):
                continue
            for value in self.figures:
                if self._figure_relation(value, rival) == ALTERNATIVE:
                    written = rival["quantity"]["written"] if rival["quantity"] else ""
                    reason = (
                        f"the article gives {written}; the claim says {value.text}: {rival['claim']['en']}"
                    )
                    return self._result(REFUTED, reason, rival, rule=FIGURE_EXCLUSIVE)
        return None

    def _says_something(self) -> bool:
        """Whether the claim states something a fact could: a figure of a measure it names, or two
        things at least among entities (other than Beilun), words and a time of such an entity
        ("万亿元", "北仑", "1146亿元" alone state nothing)."""
        named = [e for e in self.claim.entities if e not in HOME]
        english = ENGLISH_WORD.findall(self.claim.rest)
        runs = [run for run in CHINESE_RUN.findall(self.claim.rest) if not unit_run(run)]
        chinese = sum(len(run) for run in runs) // 2  # a word for each pair of characters
        things = len(named) + len(english) + chinese
        # A marker states something too (三战全胜: every match won), but not what a figure counts
        # (1146.46亿元 之一 names no measure).
        markers = len(self.claim.markers - {"negated"})
        # A time of something named states when it was (大港社区 in 2011), as a word would.
        things += int(bool(self.claim.times and named))
        # So does a stage of something named (银泰城二期 still at the planning stage).
        things += int(self.claim.stage.stated and bool(named))
        if self.figures:
            return bool(self.claim.measures) or things >= 1
        return things + markers >= 2

    def _statement(self) -> Verdict:
        identity = self._mistaken_identity()
        if identity is not None:
            return identity
        authority = self._other_authority()
        if authority is not None:
            return authority
        # Supported needs a fact that grounds every word of the claim (GROUNDED), whatever share
        # of them other facts cover.
        for candidate in self._covering(0.0):
            if self._misplaced(candidate):
                reason = self._contrary_markers(candidate.record)
                return self._result(REFUTED, reason, candidate.record, rule=CONTRARY_MARKER)
            if (
                self._agrees(candidate)
                and not self._ungrounded([candidate.record])
                and not (
                    self.alternatives
                    and in_the_stead(self.readable, self.claim.rest, [], [candidate.record], self.latin)
                )
            ):
                record = candidate.record
                swapped = self._swapped_attributes(record)
                if swapped:
                    return self._result(REFUTED, swapped, record, rule=SWAPPED_ATTRIBUTES)
                # A fact that covers the claim as well and says the contrary (the only one, where
                # the claim says one of several) decides against it.
                for rival in self._covering(max(candidate.coverage, COVERED_WITH_MEASURE))[:BEST_FEW]:
                    against = self._contrary_markers(rival.record)
                    if against and self._entity_conflict(rival.record) is None:
                        return self._result(REFUTED, against, rival.record, rule=CONTRARY_MARKER)
                better = self._better_dated(candidate)
                if better is not None:
                    return better
                reason = f"the article states it: {record['claim']['en']}"
                return self._result(SUPPORTED, reason, record, rule=STATED)
        other_value = self._other_slot_value()
        if other_value is not None:
            return other_value
        other_time = self._event_dated_otherwise() or self._begun_later()
        if other_time is not None:
            return other_time
        covering = self._covering()[:BEST_FEW]
        if not covering:
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, "no fact of the article states it", rule=NO_FACT)
        for candidate in covering:
            record = candidate.record
            swapped = self._swapped_attributes(record)
            if swapped:
                return self._result(REFUTED, swapped, record, rule=SWAPPED_ATTRIBUTES)
            if self._agrees(candidate):  # every slot agrees, but the claim says more than the fact
                reason = f"the article states it: {record['claim']['en']}"
                return self._grounded(self._result(SUPPORTED, reason, record, rule=STATED))
            contrary = self._contrary(record)
            if contrary is not None:
                return self._result(REFUTED, contrary[1], record, rule=contrary[0])
        record = covering[0].record
        conflict = self._entity_conflict(record) or self._group_conflict(record)
        if conflict is not None:
            return self._result(NOT_ENOUGH_INFO, conflict[1], record, rule=UNSTATED_ENTITY)
        unstated = self._unstated_markers(record)
        english = record["claim"]["en"]
        if unstated:
            reason = f"the article does not say '{unstated}': {english}"
            return self._result(NOT_ENOUGH_INFO, reason, record, rule=UNSTATED_MARKER)
        timing = self._time(record)
        if timing is not None:
            return self._result(NOT_ENOUGH_INFO, timing, record, rule=UNSTATED_TIME)
        reason = f"the article does not state all of it: {english}"
        return self._result(NOT_ENOUGH_INFO, reason, record, rule=PARTLY_STATED)

    def _other_slot_value(self) -> Verdict | None:
        """A slot of one value (a theme) the claim fills with a value sharing none of the words of
        the one a fact of search's best fills it with, that fact naming every entity the claim
        names outside its value, besides the home: refuted (OTHER_SLOT_VALUE; verify/slot_frames.py)."""
        named = [e for e in self.claim.entities if e not in HOME]
        if not named:
            return None
        from beilun_cli.verify.slot_frames import frame_values, other_value  # for a claim that names one

        lang = "en" if self.latin else "zh"
        values = " ".join(value for _, value in frame_values(self.claim.text, lang))
        if not values:
            return None
        named = [e for e in named if not any(name.casefold() in values for name in self._names(e))]
        if not named:
            return None
        ranked = sorted(
            (c for c in self.candidates.values() if c.rank is not None), key=lambda c: c.rank or 0
        )
        for candidate in ranked[:BEST_FEW]:
            record = candidate.record
            if not all(self._mentions(record, entity) for entity in named):
                continue
            found = other_value(self.claim.text, fact_texts(record, self.latin), lang)
            if found is not None:
                slot, claimed, stated = found
                reason = (
                    f"the article gives the {slot} as '{stated}', not '{claimed}': {record['claim']['en']}"
                )
                return self._result(REFUTED, reason, record, rule=OTHER_SLOT_VALUE)
        return None

    def _swapped_attributes(self, record: FactRecord) -> str:
        """Why a claim gives two names of one kind each the other's words in the fact's
        sentence (bound_attributes.py), or ''. A negated claim is judged by its positive form."""
        if "negated" in self.claim.markers:
            return ""
        by_kind: dict[str, list[str]] = {}
        for entity in record["entities"]:
            by_kind.setdefault(self.kinds.get(entity, ""), []).append(entity)
        latin = not self.chinese
        texts = fact_texts(record, latin)
        for kind, entities in by_kind.items():
            if kind and len(entities) > 1:
                named = {entity: name_forms(self._names(entity), latin) for entity in entities}
                found = swapped(self.claim.text, texts, named, latin)
                if found is not None:
                    own, other, word, back = found
                    return (
                        f"the article gives '{word}' to {self._name(other)} and '{back}' to"
                        f" {self._name(own)}, not the other way round: {record['claim']['en']}"
                    )
        return ""

    def _misplaced(self, candidate: Candidate) -> bool:
        """Whether a caption that states all the claim says of a picture is printed at another
        place than the one the claim names it by (文章第一张配图拍的是青年体育公园, the ninth)."""
        record = candidate.record
        return (
            pictures.at_place(self.catalog, self.readable, record) is False
            and self._held_enough(candidate)
            and self._entity_conflict(record) is None
            and not self._ungrounded([record])
        )

    def _event_dated_otherwise(self) -> Verdict | None:
        """An event the article dates (in a year, a month or on a day) that one of search's best
        facts states of what the claim names, claimed at a time that cannot be the fact's (1998 for
        1993, 2011 for 2008), every word of the claim grounded in those best facts: refuted
        (OTHER_TIME). A claim of one time only; a time that overlaps the fact's is not exclusive."""
        if len(self.claim.times) != 1:
            return None
        ranked = [c for c in self.candidates.values() if c.rank is not None]
        best = sorted(ranked, key=lambda c: c.rank or 0)[:BEST_FEW]
        if not best or self._ungrounded([c.record for c in best]):
            return None
        for candidate in best:
            timing = self._dated_otherwise(candidate)
            if timing is not None:
                return self._result(REFUTED, timing, candidate.record, rule=OTHER_TIME)
        return None

    def _dated_otherwise(self, candidate: Candidate) -> str | None:
        """Why a fact's event, of what the claim names, is dated at a time that cannot be the
        claim's one time, or None."""
        record = candidate.record
        as_of = record["as_of"]
        # What the claim says the entity has (the Dagang Community's Party committee) is the
        # subject of its event: the fact that dates the entity's own (the community founded
        # in 2008) must name it too.
        if (
            len(self.claim.times) != 1
            or as_of is None
            or not self._held_enough(candidate)
            or not is_event(record, years=True)
            or set(self._ungrounded([record])) & self._possessed_terms()
            or self._entity_conflict(record) is not None
            or self._unstated_markers(record)
            or not self._numbers_stated(record)
            or self._dated_too(record)
        ):
            return None
        time = self.claim.times[0].against(self._published(record), self.published)
        if time.within(as_of["start"], as_of["end"]) or overlap(time, as_of["start"], as_of["end"]):
            return None
        return self._time(record)

    def _better_dated(self, candidate: Candidate) -> Verdict | None:
        """A fact that holds more of the claim's words than the one that agrees with it, grounds
        them all, and dates its event otherwise (Binhai New District created in 1987: the
        approval of its creation is dated 1984, the renaming 1987): the claim's event is that
        fact's, and its time is refuted (OTHER_TIME)."""
        for rival in self._covering(candidate.coverage)[:BEST_FEW]:
            if rival.coverage <= candidate.coverage or self._ungrounded([rival.record]):
                continue
            timing = self._dated_otherwise(rival)
            if timing is not None:
                return self._result(REFUTED, timing, rival.record, rule=OTHER_TIME)
        return None

    def _agrees(self, candidate: Candidate) -> bool:
        """Whether a fact agrees with a claim without figures on every slot: its entities, its
        markers (first, only...), its time and its numbers, holding enough of its words."""
        record = candidate.record
        return (
            self._held_enough(candidate)
            and self._entity_conflict(record) is None
            and self._states_entities(record)
            and not self._contrary_markers(record)
            and not self._contrary_status(record)
            and not self._unstated_markers(record)
            and not self._unstated_status(record)
            and self._time(record) is None
            and self._numbers_stated(record)
            and self._group_conflict(record) is None
        )

    def _held_enough(self, candidate: Candidate) -> bool:
        """Whether a fact holds enough of a claim without figures to support it: MIN_HELD of its
        words and entities (its time, when it agrees, counting as one), or an entity of the
        claim's own besides Beilun."""
        record = candidate.record
        if any(e not in HOME and self._mentions(record, e) for e in self.claim.entities):
            return True
        dated = bool(self.claim.times) and record["as_of"] is not None and self._time(record) is None
        named = stated_names(self.readable, fact_text(record).casefold())  # “三个北仑”, written whole
        return candidate.held + int(dated) + named >= MIN_HELD

    def _contrary(self, record: FactRecord) -> tuple[str, str] | None:
        """The rule and the reason by which a covering fact states the contrary of a claim without
        figures, or None. Its markers and stage are of what it names: a claim that names another
        entity (浙江省第一批“美丽河湖”, beside the fact of the only 最美家乡河) is not contradicted
        by them."""
        conflict = self._entity_conflict(record)
        contrary = self._contrary_markers(record) if conflict is None else ""
        if contrary:
            return CONTRARY_MARKER, contrary
        status = self._contrary_status(record) if conflict is None else ""
        if status:
            return CONTRARY_STATUS, status
        stated = stated_markers(record)
        if conflict is not None and conflict[0] in ("attributed", "other"):
            strangers = [e for e in self.claim.entities if e not in HOME and not self._mentions(record, e)]
            substituted = [e for e in strangers if not self._is_scope(e)]
            shared = [e for e in self.claim.entities if e not in HOME and self._mentions(record, e)]
            # Another's deed needs the deed's anchor: an entity the claim and the fact share, or
            # most of the claim's words (the HNE-001 mould of 华朔科技 claimed for 微科光电).
            candidate = self.candidates[record["id"]]  # with no entity shared, it holds words only
            anchored = bool(shared) or (candidate.coverage >= ANCHORED and candidate.held >= MIN_HELD)
            # The same deed: a number the fact does not state (300,000 vehicles, for 1 million
            # sets of parts) tells another deed, which the article does not give anyone.
            attributed = conflict[0] == "attributed" and anchored and self._numbers_stated(record)
            # Or the stranger in the slot of the fact's one entity of its kind, tied to the fact's
            # predicate: the fact grounds every other word of the claim (the 'Most Beautiful Water
            # Manager' is Chen Junhao, where the article names Wang Feiyao).
            owner = self._slot_owner(record)
            if owner is not None and not attributed:
                # Every other slot the fact's too: its time (a completion in 2021 is no deed of a
                # fact that dates none), its markers and its stage.
                # A fact of a figure says its figure: a claim without one says none of its predicate.
                dated = not self.claim.times or (record["as_of"] is not None and self._time(record) is None)
                attributed = (
                    candidate.held >= MIN_HELD
                    and dated
                    and (record["quantity"] is None or bool(self.claim.values))
                    and self._numbers_stated(record)
                    and not self._unstated_markers(record)
                    and not self._unstated_status(record)
                    and not self._ungrounded([record])
                )
                if attributed:
                    stranger = self._name(substituted[0]) if substituted else self._name(strangers[0])
                    conflict = "attributed", f"the article says this of {self._name(owner)}, not {stranger}"
            if attributed or (substituted and "only" in stated and "only" in self.claim.markers):
                return OTHER_ENTITY, f"{conflict[1]}: {record['claim']['en']}"
            replaced = self._listed_instead(record, substituted)
            if replaced:
                return OTHER_ENTITY, f"{replaced}: {record['claim']['en']}"
            return None
        # A period named by its length (六十年来) that cannot be the fact's (70年来, since 1949).
        period = period_misfit(self.readable, self.claim.values, record["as_of"])
        if period is not None and conflict is None and not self._unstated_markers(record):
            return OTHER_TIME, f"{period}: {record['claim']['en']}"
        # A time beside a plan or a reason the fact does not state dates that, not the fact's deed;
        # a figure the fact does not state is of something else, whose time it does not give.
        if (
            is_event(record, years=True)
            and not self._dated_too(record)
            and not self._unstated_markers(record)
            and self._numbers_stated(record)
            and not later_stage(self.claim.stage, self.claim.markers, record)
        ):
            timing = self._time(record)
            return (OTHER_TIME, timing) if timing is not None else None
        return None
