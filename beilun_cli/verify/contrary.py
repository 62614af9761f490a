"""What makes a fact state the contrary of a claim, beside its figures: a marker of another member
of the claim's family (second for first, only for one of several, only of a member of a list the
fact leaves open), another entity in a list the fact closes, a stage the fact's excludes at its
time, a person named by another's alias; and which of a claim's numbers and nouns its fact states."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli.read import markers, quantities
from beilun_cli.read.claims import reading_form
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.times import ClaimedTime
from beilun_cli.verify.arithmetic import Derived
from beilun_cli.verify.counted import claimed_kind, counts_other, inside_word
from beilun_cli.verify.grounding import BEST_FEW, CANDIDATES, HOME, MIN_HELD
from beilun_cli.verify.lists import closed_list, group_member, only_of_listed, said_of, several_nouns
from beilun_cli.verify.members import (
    count_conflict,
    counted_list_conflict,
    one_of_count,
    only_listed_member,
    outsider,
    set_sizes,
)
from beilun_cli.verify.pictures import places
from beilun_cli.verify.places import authority_written
from beilun_cli.verify.residue import quote_clauses
from beilun_cli.verify.rules import (
    MISTAKEN_IDENTITY,
    NEGATED,
    NOT_ENOUGH_INFO,
    OTHER_ENTITY,
    OTHER_MEMBER,
    REFUTED,
    SUPPORTED,
    Verdict,
)
from beilun_cli.verify.slots import (
    article_words,
    contrary_status,
    fact_text,
    marker_name,
    stated_markers,
    unstated_status,
)

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.quantities import ClaimedValue


class Contrary(Derived):
    """The contraries of a claim and its fact, for the judge (verdicts._Judge)."""

    def _possessed_terms(self) -> set[str]:
        """The terms of what the claim says an entity has, written right after its name
        ("the Dagang Community's Party committee", 大港社区的党委): the first words after it."""
        from beilun_cli.search import analysis

        folded = self.readable.casefold()
        found: set[str] = set()
        for names in self._entity_names():
            for name in (name.casefold() for name in names if len(name) > 1):
                at = folded.find(name)
                if at < 0:
                    continue
                after = folded[at + len(name) :]
                possessed = _POSSESSED.match(after)
                if possessed is not None:
                    said = possessed.group(1) or possessed.group(2)
                    found |= set(analysis.query_terms(said, self.source.knows))
        return found

    def _contrary_status(self, record: FactRecord) -> str:
        """A stage of the claim later than its fact's (completed for under construction), with
        the fact's statement, or "". "Already" with no stage word says the claim's own deed
        reached: it contradicts the fact's stage only where the fact grounds every word of that
        deed (already exported to Germany is no stage of a mould's trial production plan)."""
        if not self.claim.stage.stated:
            return ""  # most claims: no stage to contradict, no grounding to weigh
        status = contrary_status(self.claim.stage, self.claim.markers, record, self._when_claimed(record))
        if not status or (not self.claim.stage.worded and self._ungrounded([record])):
            return ""
        return f"{status}: {record['claim']['en']}"

    def _when_claimed(self, record: FactRecord) -> int:
        """Where the claim's time (now, the fact's publication, when it names none) lies against
        its fact's: -1 before it, 1 after it, 0 when they share a day or the fact is undated. A
        stage the article gives of 1985 says nothing of 1988's (a stage is reached for good, and
        a later one may come)."""
        as_of = record["as_of"]
        if as_of is None or len(self.claim.times) > 1:
            return 0
        published = self._published(record)
        if self.claim.times:
            claimed = self.claim.times[0].against(published, self.published)
            start, end = claimed.start, claimed.end
        else:
            start = end = published
        if overlap(ClaimedTime(start, start, end, "day"), as_of["start"], as_of["end"]):
            return 0
        return -1 if start < as_of["start"] else 1

    def _unstated_status(self, record: FactRecord) -> str:
        """A stage the claim denies (not yet started) that its fact does not state, or ""."""
        return unstated_status(self.claim.stage, self.claim.markers, record)

    def _group_conflict(self, record: FactRecord) -> tuple[str, str] | None:
        """A number of the claim (its fact's, 20个) said of one member of the fact's open list
        (张人亚党章学堂有20个, of 张人亚党章学堂…等20个红色教育基地): the group's, not the member's."""
        names = group_member(record, self.readable, self._entity_names()) if self.claim.values else ()
        if not names:
            return None
        member = self._in_claims_language(names)
        return "part", f"the article gives this for {member} and others together, not for {member} alone"

    def _listed_instead(self, record: FactRecord, strangers: Sequence[str]) -> str:
        """A stranger of the claim listed with members of a closed list of the fact's, of their
        kind, in the stead of one (银泰城二期和华生设计巢, where the article names 博地影秀城、
        华生设计巢 as the representatives): why the fact excludes it, or ""."""
        entities = list(record["entities"])
        listed = closed_list(record["claim"]["zh"], [self._names(e) for e in entities])
        members = [entities[at] for at in listed]
        kinds = {self.kinds.get(e) for e in members}
        named = [e for e in members if e in self.claim.entities]
        others = [e for e in strangers if self.kinds.get(e) in kinds]
        if len(kinds) != 1 or not named or not others or len(named) + len(others) > len(members):
            return ""
        claimed = [*named, *others]
        if len(closed_list(self.readable, [self._names(e) for e in claimed])) < len(claimed):
            return ""  # the claim must list them too
        them = ", ".join(self._name(e) for e in members)
        return f"the article names {them}, not {self._name(others[0])}"

    def _contrary_markers(self, record: FactRecord) -> str:
        """A marker of the claim that its fact contradicts: second for first, only for one of."""
        stated = stated_markers(record)
        said = self.claim.markers
        placed = places(self.catalog, self.readable, record)
        if placed is not None and placed[0] != placed[1]:
            printed = f"the article prints this caption as picture {placed[1]}, not picture {placed[0]}"
            return f"{printed}: {record['claim']['en']}"
        # Members of a numbered series are exclusive too: the 18th congress is not the 19th.
        series = tuple(sorted(m for m in said | stated if m.startswith(markers.ORDINAL)))
        for family in (*markers.EXCLUSIVE_MARKERS, series):
            mine = [m for m in family if m in said]
            theirs = [m for m in family if m in stated]
            # A member dated otherwise than the fact's is another occasion of the family (the
            # second batch to open in November, where the first opened on 9 August): untold.
            if mine and theirs and not set(mine) & set(theirs) and self._time(record) is None:
                said_here = f"the article says {marker_name(theirs[0])}, the claim {marker_name(mine[0])}"
                return f"{said_here}: {record['claim']['en']}"
        if {"only", "one-of"} <= said:
            return ""  # the only one of its kind among several (the only river named one of...)
        if "only" in said and "only" not in stated:
            part = self._only_another(record)
            if part:
                return part
        if "only" in said and "only" not in stated:
            names = only_of_listed(record, self.readable, self._entity_names(), self.claim.values)
            if names:
                member = self._in_claims_language(names)
                among = f"the article names {member} among others, the claim only {member}"
                return f"{among}: {record['claim']['en']}"
            item = only_listed_member(record, self.readable.casefold())
            if item:
                among = f"the article names {item} among others, the claim only {item}"
                return f"{among}: {record['claim']['en' if self.latin else 'zh']}"
        conflict = count_conflict(article_words(record), self.readable.casefold(), self._claimed_names())
        if "one-of" in said and conflict is not None:
            # One of five where the set the fact lists with the member has four: a wrong count.
            listed = f"the article lists {conflict[1]}, the claim says one of {conflict[0]}"
            return f"{listed}: {record['claim']['en']}"
        # The members a claim lists and counts (三美), of a set the fact closes with another count.
        counted = counted_list_conflict(article_words(record), self.readable)
        if counted is not None:
            listed = f"the article lists {counted[1]}, the claim {counted[0]}"
            return f"{listed}: {record['claim']['en']}"
        stranger = outsider(article_words(record), self.readable.casefold()) if "one-of" in said else None
        if stranger is not None:
            listed = "、".join(stranger[1])
            return f"the article lists {listed}, not {stranger[0]}: {record['claim']['en']}"
        # Several of what: "only" is said of the noun the fact counts several of (只有一支国家队,
        # 多支国家队), and "several" of what the fact's only is (多条…最美家乡河, 唯一的最美家乡河).
        statement = f"{record['claim']['zh']} {record['claim']['en']}"
        several = "one-of" in stated or (
            "several" in stated and said_of(self.readable, "only", several_nouns(statement))
        )
        if "only" in said and several and "only" not in stated:
            return f"the article says one of several, the claim the only one: {record['claim']['en']}"
        one_of = "one-of" in said or (
            "several" in said and said_of(statement, "only", several_nouns(self.readable))
        )
        if one_of and "only" in stated and "one-of" not in stated:
            return f"the article says the only one, the claim one of several: {record['claim']['en']}"
        return ""

    def _denied(self, verdict: Verdict) -> Verdict:
        """A negated claim of a set's member refuted because the set's figure is the article's (the
        claim denies what the article says) only when the membership is stated too: "X is not one
        of the three programmes" denies no statement where the article never counts X among them
        (NEGATED, not decided)."""
        if verdict.rule != NEGATED or verdict.verdict != REFUTED or "one-of" not in self.claim.markers:
            return verdict
        for record in verdict.evidence:
            unstated = self._unstated_markers(record)
            if unstated:
                said = f"the article does not say '{unstated}'"
                reason = f"the claim is negated, and {said}: {record['claim']['en']}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, NEGATED)
        return verdict

    def _only_another(self, record: FactRecord) -> str:
        """Only another member of a set than the fact's, every other word grounded (只有部分地区,
        only some, where the article says 全域, all): the only says of the claim's member what the
        fact's excludes, or ""."""
        from beilun_cli.verify.alternatives import in_the_stead

        if not self.alternatives:
            return ""
        missing = self._ungrounded([record])
        other = in_the_stead(self.readable, self.claim.rest, missing, [record], self.latin)
        if other is None or other[0].place is not None:
            return ""
        theirs, mine = other[0].written, other[1].written
        only = "" if mine.casefold().startswith("only") else "only "
        return f"{other[0].group}: the article says {theirs}, the claim {only}{mine}: {record['claim']['en']}"

    def _numbers_stated(self, record: FactRecord) -> bool:
        """Whether every number of a claim without figures is one its fact states."""
        return all(self._number_stated(value, [record]) for value in self.claim.values)

    def _number_stated(self, value: ClaimedValue, records: Sequence[FactRecord]) -> bool:
        """Whether a claimed number is one the facts' texts state, as written (its digits)."""
        from beilun_cli.read.numerals import chinese_numbers, english_numbers
        from beilun_cli.verify.named_numbers import in_stated_name

        # A quote's clause its fact's claim does not say tells another's deed (百亿元企业 beside 吉利
        # 汽车入围市千亿级龙头企业): its numbers are not the fact's.
        text = " ".join(self._stating_text(record) for record in records)
        if in_stated_name(self.readable, value.span, text.casefold()):
            return True  # the number of a name the facts write whole (“三个北仑”), no count
        if value.amount == one_of_count(self.readable) and any(
            value.amount in set_sizes(article_words(record), self.readable.casefold(), self._claimed_names())
            for record in records
        ):
            return True  # one of the four beauties: the fact lists four
        # A Chinese claim's number is the article's, not its English rendering's (Three Strongs).
        english = english_numbers(text, words=True) if self.latin else []
        numbers = [*chinese_numbers(text, characters=True), *english]
        # A number counts what it is of: 2,450 households are no 2,450 policies.
        kind = claimed_kind(reading_form(self.readable), value)
        if all(counts_other(kind, record, value) for record in records):
            return False
        for number in numbers:
            # 17 of 17万 is no number of its own.
            if any(
                other.start <= number.start
                and number.end <= other.end
                and other.end - other.start > number.end - number.start
                for other in numbers
            ):
                continue
            if inside_word(value, text, number.end):
                continue
            # A number with a quantifier is of its scale: nearly 17 is not 近17万.
            written = value.qualifier == quantities.EXACT and math.isclose(value.written, number.amount)
            if not (written or math.isclose(value.amount, number.amount)):
                continue
            # With its quantifier: "a girl of nearly 17" is not the article's 17岁, "about 17" is.
            qualifier = quantities.qualifier_at(text, number.start, number.end)
            said = quantities.interval(value.amount, qualifier, value.written, exact_point=True)
            if qualifier == value.qualifier or value.interval.contains(said):
                return True
        return False

    def _stating_text(self, record: FactRecord) -> str:
        """A fact's texts without the clauses of its quote its own claim does not say."""
        kept, others = quote_clauses(record, self._terms)
        if not others:
            return fact_text(record)
        return " ".join((record["claim"]["zh"], record["claim"]["en"], *kept))

    def _renumbered_name(self) -> Verdict | None:
        """A name the claim writes with another number than the article's (“二号工程”, where the
        article says “一号工程”; the 60th anniversary, for its 70th), on a fact of search's that
        grounds every other word of the claim: refuted (OTHER_MEMBER). A name the article writes
        with the claim's number too is the claim's own."""
        from beilun_cli.verify.alternatives import facts_text, inside
        from beilun_cli.verify.named_numbers import named_numbers, renumbered

        names = named_numbers(self.readable) if "negated" not in self.claim.markers else []
        if not names:
            return None
        ranked = sorted(
            (c for c in self.candidates.values() if c.rank is not None), key=lambda c: c.rank or 0
        )
        records = [candidate.record for candidate in ranked]
        stated = " ".join([self.catalog.article_text(), *(facts_text(r, latin=True) for r in records)])
        for named in names:
            if renumbered(named, stated) is None:
                continue  # the article writes the claim's number too, or no other
            for record in records:
                theirs = renumbered(named, facts_text(record, self.latin))
                missing = self._ungrounded([record])
                if theirs and all(inside(term, self.claim.rest, named.written) for term in missing):
                    reason = f"name: the article says {theirs}, the claim says {named.written}"
                    return self._result(
                        REFUTED, f"{reason}: {record['claim']['en']}", record, rule=OTHER_MEMBER
                    )
        return None

    def _named_otherwise(self) -> Verdict | None:
        """A name of the claim in the stead of the fact's, decided before its figures and places:
        a name with another number (_renumbered_name), or a place's authority for the article's
        actor (浙江省体育局, read as a place the article never names, for 国家体育总局)."""
        renamed = self._renumbered_name() or self._outside_closed_set() or self._in_sibling_list()
        if renamed is None and self.strange_places:
            return self._other_authority()
        return renamed

    def _outside_closed_set(self) -> Verdict | None:
        """A sibling outside a closed set of one of search's best facts (智造北仑, Green Beilun, of
        the three programmes Youth, Digital and Beautiful Beilun), every other word of the claim
        grounded in that fact: counted in, refuted (OTHER_MEMBER); denied, supported (NEGATED),
        when the claim names none of the members (what it denies is the outsider's membership)."""
        from beilun_cli.verify.alternatives import inside
        from beilun_cli.verify.closed_sets import names_member, outsider_of, quotation_of

        ranked = [c for c in self.candidates.values() if c.rank is not None]
        for candidate in sorted(ranked, key=lambda c: c.rank or 0)[:BEST_FEW]:
            record = candidate.record
            found = outsider_of(record, self.readable, self._names, self.latin)
            if found is None or self._time(record) is not None:
                continue
            # (The claim as written, not its rest: a sibling's affix may be the home's name, 北仑.)
            folded = self.readable.casefold()
            # The quoted list it stands in is the claim's, not the article's (“纪律意识强、整改落实快”).
            written = quotation_of(folded, found[1].casefold())
            if not all(inside(term, folded, written) for term in self._ungrounded([record])):
                continue
            reason = f"the article lists {found[0]}, not {found[1]}: {record['claim']['en']}"
            if "negated" not in self.claim.markers:
                return self._result(REFUTED, reason, record, rule=OTHER_MEMBER)
            if not names_member(self.readable, record, self._names):
                denied = f"the claim denies what the article excludes: {reason}"
                return Verdict(self.claim.text, SUPPORTED, denied, [record], NEGATED)
        return None

    def _in_sibling_list(self) -> Verdict | None:
        """A member of one fact's list claimed for the sibling kind another fact lists (云计算 as
        数字制造业, where the article lists it under 数字服务业): refuted (OTHER_MEMBER), when the claim
        names the other kind and not the fact's own, the two facts ground every word of it, and
        every word the other does not ground is of the fact's list (the member)."""
        from beilun_cli.search import analysis
        from beilun_cli.verify.sibling_lists import (
            claims_kind,
            kinds_written,
            list_kind,
            listed_spans,
            listed_words,
            of_listed,
            sibling_kinds,
        )

        if "negated" in self.claim.markers:
            return None
        # Of all search's facts: a member's own list may rank below facts of the member alone.
        ranked = [c.record for c in self.candidates.values() if c.rank is not None and list_kind(c.record)]
        folded = self.readable.casefold()
        for own in ranked:
            for other in (record for record in ranked if record is not own):
                kinds = sibling_kinds(own, other)
                if kinds is None or claims_kind(folded, kinds, False) or not claims_kind(folded, kinds, True):
                    continue
                english = [en for _, en in self.catalog.quoted_sentences(own)] if self.latin else []
                listed = listed_words(own, self.latin, english)
                members = set(analysis.query_terms(listed)) if self.latin else set()
                theirs = self._ungrounded([other])
                if not theirs or self._ungrounded([own, other]):
                    continue
                named = listed_spans(folded, listed) if not self.latin else set()
                if all(term in members or of_listed(term, listed, folded, named) for term in theirs):
                    written = kinds_written([own, other], self.latin) or ("", "")
                    reason = f"the article lists this under {written[0]}, not {written[1]}"
                    return self._result(
                        REFUTED, f"{reason}: {own['claim']['en']}", own, other, rule=OTHER_MEMBER
                    )
        return None

    def _other_authority(self) -> Verdict | None:
        """A deed the article gives to one organisation (国务院批复, the State Council approved),
        claimed for the authority of a place (浙江省政府, the Zhejiang provincial government):
        refuted (OTHER_ENTITY) by one of search's best facts that states all the rest."""
        from beilun_cli.search import analysis

        best = sorted(self.candidates.values(), key=lambda c: c.rank or CANDIDATES + 1)[:BEST_FEW]
        for place in (e for e in self.claim.entities if self.kinds.get(e) == "place"):
            written = authority_written(self.readable, self._names(place))
            if written is None:
                continue
            own = {
                *analysis.query_terms(written, self.source.knows),
                *(t for t in self.content if t in written),
            }
            for candidate in best:
                record = candidate.record
                if candidate.rank is None or candidate.held < MIN_HELD or self._time(record) is not None:
                    continue
                # The place may be the fact's too (浙江省唯一): its authority may not.
                acting = [e for e in record["entities"] if self.kinds.get(e) == "organisation"]
                acting = [e for e in acting if e not in self.claim.entities]
                strangers = {e for e in self.claim.entities if not self._mentions(record, e)} - HOME
                if (
                    acting
                    and strangers <= {place}
                    and written.casefold() not in fact_text(record).casefold()
                    and set(self._ungrounded([record])) <= own
                ):
                    reason = f"the article says the {self._name(acting[0])} did this, not {written}"
                    statement = f"{reason}: {record['claim']['en']}"
                    return self._result(REFUTED, statement, record, rule=OTHER_ENTITY)
        return None

    def _mistaken_identity(self) -> Verdict | None:
        """A person named by another's alias ("the 'Police Mum' is Chen Xingdi"): refuted."""
        folded = self.readable.casefold()
        people = [e for e in self.claim.entities if self.kinds.get(e) == "person"]
        if len(people) < 2:
            return None
        for entity in people:
            names = self._names(entity)
            main, aliases = names[:2], names[2:]
            if any(alias.casefold() in folded for alias in aliases) and not any(
                name.casefold() in folded for name in main
            ):
                others = [p for p in people if p != entity]
                alias = next(a for a in aliases if a.casefold() in folded)
                about = [
                    c
                    for c in self.candidates.values()
                    if c.rank is not None and entity in c.record["entities"]
                ]
                best = max(
                    about,
                    key=lambda c: (alias in fact_text(c.record), c.coverage, -(c.rank or 0)),
                    default=None,
                )
                reason = f"the article calls {self._name(entity)} '{alias}', not {self._name(others[0])}"
                return self._result(REFUTED, reason, *([best.record] if best else []), rule=MISTAKEN_IDENTITY)
        return None


# What an entity is said to have, after its name: two or three English words, or a Chinese noun
# of up to four characters.
_POSSESSED = Lazy(r"(?:'s|’s)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)|的([\u4e00-\u9fff]{2,4})")


def overlap(time: ClaimedTime, start: str, end: str) -> bool:
    """Whether a claimed time and a fact's span share a day, at the coarser precision of each end
    (2019 and 2019-02 do)."""
    low = min(len(time.start), len(end))
    high = min(len(time.end), len(start))
    return time.start[:low] <= end[:low] and start[:high] <= time.end[:high]
