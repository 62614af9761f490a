"""What grounds a claim in a fact: the claim's content words, the candidate facts search finds
and how much of the claim each holds, the words, names and concepts a fact grounds, and the
entities, places and times that fit it or conflict with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import markers
from beilun_cli.read.claims import Claim, Vocabulary
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.alternatives import may_name, names_a_member, stand_in_records, swapped_terms
from beilun_cli.verify.entities import ATTRIBUTED_KINDS, EntityReading
from beilun_cli.verify.kept import (
    concept_patterns,
    kept_signature,
    name_heads,
    name_terms,
)
from beilun_cli.verify.members import enumerates, member_terms, rank_of_one, states_membership
from beilun_cli.verify.named_numbers import in_stated_name
from beilun_cli.verify.paraphrase import paraphrases, reworded
from beilun_cli.verify.periods import counts_nothing, misfit, period_start, spans_time, year_the_days
from beilun_cli.verify.pictures import at_place, placed_words, unpictured
from beilun_cli.verify.places import HOME as HOME  # the place the article is about, read here by verify/
from beilun_cli.verify.places import broader_place, unsaid_place
from beilun_cli.verify.quoted import unquoted
from beilun_cli.verify.residue import (
    classified,
    derived,
    figures_words,
    quote_clauses,
    separated,
    states_most,
    word_edge,
)
from beilun_cli.verify.rules import NEGATED, NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Verdict
from beilun_cli.verify.slots import (
    RANKING,
    article_words,
    is_event,
    marker_name,
    stage_dated,
    stage_entailed,
    stated_markers,
    states_stage,
    without_compared,
)
from beilun_cli.verify.tokens import (
    across_words,
    content_terms,
    explained_characters,
    single_characters,
    weighted_terms,
)
from beilun_cli.verify.word_classes import placed

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.search.ranking import PostingSource
    from beilun_cli.store.catalog import Catalog, Filters

# A fact states what a claim states when it holds this share of the claim's words, each word
# weighted by how rare it is in the base (a word every fact has says little). A figure of the
# measure the claim names, in its unit, needs fewer: the measure and the figure already agree.
COVERED = 0.6
COVERED_WITH_MEASURE = 0.4
MEASURE_NAMED = 0.25
# The share of a claim's words that ties it to a fact without a shared entity.
ANCHORED = 0.8
# A fact supports a claim only when it holds this many of the claim's words and entities: a
# share of a claim of one word is no evidence.
MIN_HELD = 2
# How much less relevant than the best a fact may be and still decide a figure.
RELEVANCE_MARGIN = 0.2
# What naming an entity of the claim weighs against its words' rarity (a word in one fact of
# 176 weighs about 4.8).
ENTITY_WEIGHT = 4.0
# How many of search's best facts are candidates.
CANDIDATES = 12
# A figure's fact found by words alone (no measure named) must be among search's best few.
BEST_FEW = 3
# Latin letters, accented ones too (Fédération whole, not F and dération, whose é was stemmed).
_LATIN_WORD = Lazy(r"[A-Za-z\u00c0-\u024f]+")
# What a claim's rest says, counted: its English words of four letters or more (the, of, in are
# left out by their size), and its Chinese as a word for each two characters of a run.
ENGLISH_WORD = Lazy(r"[a-z]{4,}")
CHINESE_RUN = Lazy(r"[\u3400-\u9fff]{2,}")


class Candidate:
    """A fact that may state what the claim states: its rank among search's hits (from 1; None
    when found by its measure only) and the share of the claim's words it covers, with the names
    of its measure ("economic output" for GDP) and without."""

    __slots__ = ("record", "rank", "terms", "own_terms", "coverage", "own", "held")

    def __init__(
        self, record: FactRecord, rank: int | None, terms: frozenset[str], own: frozenset[str]
    ) -> None:
        self.record = record
        self.rank = rank
        self.terms = terms  # its words and its measure's names
        self.own_terms = own  # its words
        self.coverage = 0.0
        self.own = 0.0  # the share its own words cover, without its measure's names
        self.held = 0  # how many of the claim's words and entities it holds


class Grounding(EntityReading):
    """A claim against the base's facts: its words, its candidates, what grounds it."""

    def __init__(
        self,
        catalog: Catalog,
        source: PostingSource,
        claim: Claim,
        published: str,
        vocabulary: Vocabulary,
        readable: str,
    ) -> None:
        self.catalog = catalog
        self.claim = claim
        self.readable = readable  # the claim in simplified characters
        self.published = published
        self.kinds = vocabulary.entity_kinds
        self.names: dict[str, list[str]] = {}
        self.home_scopes: dict[str | None, dict[str, list[str]]] = {}
        self.source_dates: dict[str, str] = {}
        self.source = source
        self.concept_patterns: list[tuple[str, str]] = []
        self.held_in_claim: dict[str, int] = {}
        self.explained: set[str] = set()
        self.group_terms: dict[str, set[str]] = {}
        self.reworded = False  # whether coverage counts the words a fact says another way
        self.swapped_of: dict[tuple[str, str, frozenset[str]], tuple[set[str], int]] = {}
        # Whether the claim may name a member of a set (南海), to be weighed in the stead of the fact's.
        self.alternatives = may_name(readable, claim.proper)
        self.chinese = any("\u4e00" <= char <= "\u9fff" for char in claim.text)
        # A claim without Latin letters is matched on Chinese only: no English text to stem.
        self.latin = claim.latin
        self.readings = vocabulary.readings
        self.measure_names = vocabulary.measure_names()
        self.fact_terms = vocabulary.fact_terms
        self._name_measures(vocabulary)
        article = catalog.folded_article_text() if claim.places else ""
        # A place of the lexicon (杭州市, Jiangsu Province) is grounded, or found a sibling of the
        # fact's, with the claim's other words; any other place the article never names is unstated.
        # An organisation of a set of alternatives (被省体育局) is no strange place: the set decides.
        self.strange_places = [
            place
            for place in claim.places
            if place not in article
            and lexicon.place(place) is None
            and not catalog.entity_named(place)
            and not names_a_member(place)
        ]
        self.figures = [
            value
            for value in claim.values
            if (value.unit is not None or claim.measures) and not counts_nothing(readable, value)
        ]
        year_the_days(claim)
        # 7年来, over the past 7 years: a period the claim's time is, not a number it gives.
        self.periods = [
            value for value in claim.values if value not in self.figures and spans_time(readable, value)
        ]
        claim.times += [period_start(readable, value, published) for value in self.periods]
        # 比上年, over the previous year: the change slot's, no word a fact must hold.
        claim.rest = without_compared(claim.rest)
        self.concept_words = self._concept_words(claim.rest)
        self.weights = self._claim_terms()
        self.content = self._content_terms()
        # The claim's stage words: its stage slot's, which a fact that tells a stage holds
        # whichever it tells (contrary_status compares them).
        self.stage_terms = frozenset(_terms_of(" ".join(claim.stage.words), source))
        hits, _ = catalog.ranked(readable, _no_filters(), CANDIDATES, count_matched=False)
        self.candidates: dict[str, Candidate] = {}
        for rank, hit in enumerate(hits, start=1):
            self._add(hit.fact.to_dict(), rank)
        # A fact that says a word of the claim another way holds it (投资 for 投入, scale for class):
        # counted once the best hit misses a word (a claim in the fact's own words costs nothing).
        self.reworded = bool(self.candidates) and max(c.coverage for c in self.candidates.values()) < 1.0
        # Then a member of a set the article never writes (南海) is sought by its alternatives too.
        found = stand_in_records(catalog, readable, self.latin) if self.alternatives else []
        for rank, record in enumerate(found, start=len(hits) + 1):
            self._add(record, rank)
        for candidate in self.candidates.values() if self.reworded else ():
            self._cover(candidate, self.weights)
        # A number inside a quoted name a candidate writes whole (“三个北仑”) is the name's, no figure.
        stated = " ".join(
            f"{c.record['quote']} {c.record['claim']['zh']} {c.record['claim']['en']}"
            for c in self.candidates.values()
        ).casefold()
        self.figures = [value for value in self.figures if not in_stated_name(readable, value.span, stated)]

    def seek_also(self, text: str) -> None:
        """Search's hits for `text` (the claim read another way) as candidates too, ranked after
        its hits for the claim as written: found, but never among its best few."""
        hits, _ = self.catalog.ranked(text, _no_filters(), CANDIDATES, count_matched=False)
        for rank, hit in enumerate(hits, start=CANDIDATES + 1):
            self._add(hit.fact.to_dict(), rank)

    def _name_measures(self, vocabulary: Vocabulary) -> None:
        """Measures named in English by their words' stems ("forests cover" names forest cover),
        beside those found by their exact names."""
        if not self.latin:
            return  # no English: no English name to find
        said = self._stems(self.readable)
        for name, measure in vocabulary.english_measures():
            if measure not in self.claim.measures and self._stated(name, said):
                self.claim.measures.append(measure)

    def _stems(self, text: str) -> tuple[str, set[str]]:
        """A text casefolded, and its terms: what _stated looks for a name in."""
        from beilun_cli.search import analysis

        return text.casefold(), set(analysis.query_terms(text, self.source.knows))

    def _stated(self, name: str, said: tuple[str, set[str]]) -> bool:
        """Whether a text (as _stems gives it) states a name: a Chinese one as written, an English
        one by its words' stems (so as words: "aged" is not in "engaged")."""
        folded, terms = said
        if not name.isascii():
            return name in folded
        # Stemming every name costs more than the rest of a check: first, each word's start
        # must stand in the text (forest cover: "fore", "cove").
        if not all(head in folded for head in name_heads(name)):
            return False
        wanted = name_terms(name)
        return bool(wanted) and all(term in terms for term in wanted)

    def _claim_terms(self, rest: str | None = None) -> dict[str, float]:
        """The claim's words outside its figures, times and markers (or those of a part of it,
        `rest`), each with its weight (tokens.weighted_terms)."""
        from beilun_cli.search import analysis

        terms = analysis.query_terms(self.claim.rest if rest is None else rest, self.source.knows)
        self.explained = self.explained | explained_characters(terms, self.source.knows)
        return weighted_terms(terms, self.source, self.concept_words, self.claim.proper, self.explained)

    def _content_terms(self) -> list[str]:
        """The claim's words that a supporting fact must ground (tokens.content_terms)."""
        from beilun_cli.search import analysis

        return content_terms(analysis.query_terms(self.claim.rest, self.source.knows), self.weights)

    def _ungrounded(self, records: Sequence[FactRecord]) -> list[str]:
        """The claim's content words that none of `records` grounds: not among their words, their
        entities' names, their measure's names, or a word of a concept they use; its stage words
        by a fact whose own stage lies within the claim's too (在建 for "under construction")."""
        missing = self._ungrounded_words(records)
        missing = unquoted(missing, records, self.readable, self.catalog, lambda text: self._terms("", text))
        missing += unpictured(self.readable, records)
        missing = placed_words(self.catalog, self.readable, records, missing)
        staged = any(stage_entailed(self.claim.stage, self.claim.markers, record) for record in records)
        return [term for term in missing if term not in self.stage_terms] if staged else missing

    def _ungrounded_words(self, records: Sequence[FactRecord]) -> list[str]:
        held: set[str] = set()
        for record in records:
            candidate = self.candidates.get(record["id"]) or self._add(record, None)
            held |= candidate.terms - self._other_events_words(record) - self._other_clauses_words(record)
        missing = [term for term in self.content if term not in held]
        if not missing:
            return missing
        paraphrase = paraphrases()
        said = " ".join(
            record["claim"]["zh"] if self._other_events_words(record) else article_words(record)
            for record in records
        )
        # The article's sentences the quote stands in (where the fact's claim says most of one),
        # in Chinese and, for an English claim, in the article's English, with its English claim.
        sentences = [
            pair
            for record in records
            if not self._other_events_words(record)
            for pair in self.catalog.quoted_sentences(record)
            if self._states_most(record, pair[0])
        ]
        stated = [zh for zh, _ in sentences]
        if self.latin:
            stated += [record["claim"]["en"] for record in records] + [en for _, en in sentences]
        held |= self._terms("", *stated)
        said += " " + " ".join(stated)
        missing = [term for term in missing if term not in held]
        said = said.casefold()

        implied = figures_words(self.figures, records)
        run = self.claim.rest
        claimed = self.readable.casefold()

        def grounded(term: str) -> bool:
            return (
                term in held
                or term in implied
                or derived(term, held)
                or classified(term, said, run)
                or paraphrase.grounds(term, said, held, claimed)
                or term in members
                or (term in lexicon.same_time_words() and bool(self.claim.times))
                or placed(term, claimed, records, self._last_paragraph)
            )

        # A set's noun of members only (one of its items, 内容之一) is what the fact's list says.
        members = (
            member_terms()
            if "one-of" in self.claim.markers and any(enumerates(article_words(r)) for r in records)
            else frozenset()
        )
        single = single_characters(paraphrase.neutral, implied)
        article = self.catalog.article_text()
        return [
            term
            for term in missing
            if not grounded(term)
            and (
                (not self.latin and unsaid_place(self.readable, term, said))
                or not (
                    word_edge(term, run, grounded, article)
                    or separated(term, run, grounded)
                    or across_words(term, run, grounded, single)
                )
            )
            and not self._broader_place(term, records)
        ]

    def _other_events_words(self, record: FactRecord) -> set[str]:
        """For a claim dated to the day of a dated event, the words of the event's quote that its
        own statement does not use: a quote may tell the events of other days (开放申购 on 9 August
        beside the lottery of 26 August), which do not ground what the claim says of this day."""
        if not is_event(record) or not any(time.precision == "day" for time in self.claim.times):
            return set()
        claim = record["claim"]
        stated = self._terms("", claim["zh"], claim["en"])
        return self._terms("", record["quote"]) - stated

    def _last_paragraph(self, source: str) -> int:
        """The number of a source's last paragraph (where "the article ends with" stands)."""
        return max((paragraph["paragraph"] for paragraph in self.catalog.paragraphs(source)), default=0)

    def _states_most(self, record: FactRecord, text: str) -> bool:
        return states_most(record["claim"]["zh"], text, self._terms)

    def _other_clauses_words(self, record: FactRecord) -> set[str]:
        """The words only the clauses of a fact's quote its claim does not say hold."""
        kept, others = quote_clauses(record, self._terms)
        if not others:
            return set()
        claim = record["claim"]
        return self._terms("", *others) - self._terms("", claim["zh"], claim["en"], *kept)

    def _concept_words(self, text: str) -> dict[str, set[str]]:
        """The concepts of the base's vocabulary (facts/concepts.toml) a text uses a word of, each
        with the terms of those words: in 北仑区这个名称, the concept 'name' and 名称's terms."""
        from beilun_cli.search import analysis

        patterns = concept_patterns(self.source.patterns)
        said = analysis.signature(text)
        words: dict[str, set[str]] = {}
        for found, term in patterns:
            if found in said:
                words.setdefault(term, set()).update(analysis.index_terms(found))
        # Every word of those concepts, to look for in the facts.
        self.concept_patterns = [(found, term) for found, term in patterns if term in words]
        return words

    def _add(self, record: FactRecord, rank: int | None) -> Candidate:
        known = self.candidates.get(record["id"])
        if known is not None:
            return known

        claim = record["claim"]
        key = (record["id"], self.latin)
        if key not in self.fact_terms:
            self.fact_terms[key] = self._words_of_fact(record)
        own_terms, all_terms = self.fact_terms[key]
        own, terms = set(own_terms), set(all_terms)
        # A claim's word is the fact's when the fact uses a word of the same concept (更名 for 名称).
        if self.concept_words:
            quoted = "，".join(quote_clauses(record, self._terms)[0])
            texts = [claim["zh"], quoted, *([claim["en"]] if self.latin else [])]
            used = self._facts_concepts(" ".join(texts))
            for concept, covered in self.concept_words.items():
                if concept in used:
                    terms |= covered
                    own |= covered
        candidate = Candidate(record, rank, frozenset(terms), frozenset(own))
        self._cover(candidate, self.weights)
        self.candidates[record["id"]] = candidate
        return candidate

    def _words_of_fact(self, record: FactRecord) -> tuple[frozenset[str], frozenset[str]]:
        """A fact's words as search reads them (claims, quote, its entities' names, its tags), and
        with them the names of what its figure measures ("economic output" is GDP): the same
        for every claim in the claim's languages, kept in the vocabulary (`check -`)."""
        claim = record["claim"]
        if self.latin:
            own = set(self._terms("", claim["zh"], claim["en"], record["quote"]))
        else:
            own = set(self._terms("", claim["zh"], record["quote"]))
        for entity in record["entities"]:
            names = self._names(entity) if self.latin else [n for n in self._names(entity) if not n.isascii()]
            own |= self._terms(f"entity:{entity}", *names)
        for tag in record["tags"] if self.latin else ():
            own |= self._terms(f"tag:{tag}", tag.replace("-", " "))
        measure = record["measure"] or ""
        names = [name for name in self.measure_names.get(measure, ()) if self.latin or not name.isascii()]
        return frozenset(own), frozenset(own | self._terms(f"measure:{measure}", *names))

    def _facts_concepts(self, text: str) -> set[str]:
        """The concepts a fact's text uses a word of, among those the claim uses."""

        if not self.latin:  # a Chinese claim: the fact's English words (FIA) are not stemmed
            text = _LATIN_WORD.sub(" ", text)
        said = kept_signature(text)
        return {term for found, term in self.concept_patterns if found in said}

    def _terms(self, key: str, *texts: str) -> set[str]:
        """The index terms of texts; those under a `key` (an entity's names, a tag) once a claim."""
        if key and key in self.group_terms:
            return self.group_terms[key]
        if not self.latin:  # a Chinese claim: English words (GDP, LNG) are neither read nor stemmed
            texts = tuple(_LATIN_WORD.sub(" ", text) for text in texts)
        found = set().union(*map(_text_terms, texts))
        if key:
            self.group_terms[key] = found
        return found

    def _cover(self, candidate: Candidate, weights: dict[str, float]) -> None:
        """Set how much of the claim's words (`weights`) and entities a candidate covers.

        The claim's entities count, but for a company (person...) the fact does not name: that is
        the claim giving the fact's doing to another, which _entity_conflict decides."""
        record = candidate.record
        mentioned = [e for e in self.claim.entities if e not in HOME and self._mentions(record, e)]
        others = [
            e
            for e in self.claim.entities
            if e not in HOME and e not in mentioned and self.kinds.get(e) not in ATTRIBUTED_KINDS
        ]
        # A member in the stead of the fact's alternative fills its slot (南海 for 东海): it counts
        # as a named entity would, and its words as held.
        swapped, members = self._swapped_terms(record, weights) if self.alternatives else (set(), 0)
        named = len(mentioned) + members
        total = sum(weights.values()) + ENTITY_WEIGHT * (named + len(others))
        terms, own = candidate.terms, candidate.own_terms
        if self.reworded:
            said = f"{article_words(record)} {record['claim']['en'] if self.latin else ''}"
            said_another_way = reworded(weights, own, said, self.readable)
            terms, own = terms | said_another_way, own | said_another_way
        if self.stage_terms and states_stage(record, self.claim.markers):
            terms = terms | self.stage_terms  # the stage slot's words: aligned, not grounded, here
        held = (
            sum(w for term, w in weights.items() if term in terms or term in swapped) + ENTITY_WEIGHT * named
        )
        held_own = (
            sum(w for term, w in weights.items() if term in own or term in swapped) + ENTITY_WEIGHT * named
        )
        candidate.coverage = held / total if total else 1.0
        candidate.held = named + sum(1 for term in weights if term in terms or term in swapped)
        candidate.own = held_own / total if total else 1.0

    def _swapped_terms(self, record: FactRecord, weights: dict[str, float]) -> tuple[set[str], int]:
        """alternatives.swapped_terms of a candidate, kept: a candidate is covered again once
        coverage counts words said another way."""
        key = (record["id"], self.claim.rest, frozenset(weights))
        if key not in self.swapped_of:
            self.swapped_of[key] = swapped_terms(self.readable, self.claim.rest, record, self.latin, weights)
        return self.swapped_of[key]

    def _written(self, term: str) -> str:
        """A term of the claim as the claim writes it: 'railway' for railway, 'generates' for
        generat."""
        from beilun_cli.search import analysis

        if not term.isascii():
            return f"“{term}”"
        for word in re.findall(r"[A-Za-z][\w'-]*", self.claim.text):
            if term in analysis.query_terms(word, self.source.knows):
                return f"'{word}'"
        return f"'{term}'"

    def _broader_place(self, term: str, records: Sequence[FactRecord]) -> bool:
        """Whether a word of the claim is a place that holds one the facts name (China, 浙江
        where the article says 北仑): the fact entails it."""
        return broader_place(self.readable, term, records, self._names)

    def _result(self, verdict: str, reason: str, *records: FactRecord, rule: str) -> Verdict:
        """A verdict by `rule`, swapped by a negated claim: what the article states, denied, is
        refuted; what it refutes, denied, is not decided."""
        if "negated" in self.claim.markers:
            if verdict == SUPPORTED:
                reason = f"the claim denies what the article says: {reason}"
                return Verdict(self.claim.text, REFUTED, reason, [*records], NEGATED)
            if verdict == REFUTED:
                reason = f"the claim is negated, and the article does not decide it: {reason}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, [*records], NEGATED)
        return Verdict(self.claim.text, verdict, reason, [*records], rule)

    def _time(self, record: FactRecord) -> str | None:
        """Why the claim's time does not fit the fact's, or None when it does (periods.misfit)."""
        if not self.claim.times:
            return None
        # A picture's caption (a fact tagged photo) says what it shows, not when it was taken.
        undated = "photo" in record["tags"]
        return misfit(
            self.claim.times, record["as_of"], self._published(record), self.published, undated=undated
        )

    def _published(self, record: FactRecord) -> str:
        """The publication date of the fact's own source (what its 去年 and "last year" mean)."""
        ident = record["source"]["id"]
        if ident not in self.source_dates:
            self.source_dates[ident] = self.catalog.fact_published(record)[:10]
        return self.source_dates[ident]

    def _dated_too(self, record: FactRecord) -> bool:
        """Whether the claim's time dates something the fact does not state: one of its times is
        the fact's, and another dates the rest (…, and a metro line is planned for next year), or
        its time is that of a stage the fact does not date (due to be completed by 2021)."""
        if self.claim.times and stage_dated(self.claim.stage, self.claim.markers, record):
            return True
        as_of = record["as_of"]
        if as_of is None or len(self.claim.times) < 2:
            return False
        return any(time.within(as_of["start"], as_of["end"]) for time in self.claim.times)

    def _covering(self, share: float = COVERED) -> list[Candidate]:
        """Search's candidates that cover `share` of the claim's words: those naming all of the
        claim's entities first, then by coverage, then by search's rank."""
        found = [c for c in self.candidates.values() if c.rank is not None and c.coverage >= share]

        def fit(candidate: Candidate) -> tuple[float, ...]:
            conflict = self._entity_conflict(candidate.record)
            return (float(conflict is not None), -candidate.coverage, float(candidate.rank or 0))

        return sorted(found, key=fit)

    def _unstated_markers(self, record: FactRecord) -> str:
        """A marker of the claim (first, only, largest...) its fact does not state, or a scope
        (全国, 浙江) its first, only or most does not hold in. The fact's own English claim
        states a marker too, for an English claim ("one of", "pioneer"): a translation that adds
        a contrary one is caught by _contrary_markers, which reads the article's words only."""
        stated = stated_markers(record)
        ranked = RANKING if rank_of_one(self.claim.markers, stated) else frozenset()  # first of one of
        stated = (stated | markers.markers_of(record["claim"]["en"]) if self.latin else stated) - ranked
        if at_place(self.catalog, self.readable, record):  # the first photo: the caption printed first
            stated |= self.claim.markers & PLACE_ORDINALS
        for marker in sorted(self.claim.markers - {"negated"}):
            # One of a set is a membership, entailed where the fact names the member, in a list or
            # on its own, as the claim's words grounded tell (members.py); an only contradicts it.
            if marker not in stated and not (
                marker == "one-of"
                and states_membership(
                    article_words(record), self.readable.casefold(), self._claimed_names(), stated
                )
            ):
                return markers.marker_words(self.claim.text).get(marker, marker_name(marker))
        if self.claim.markers & RANKING:
            home = self._home_scopes(record["source"]["id"])
            facts_scopes = markers.scopes_of(
                article_words(record) if self.chinese else record["claim"]["en"], home
            )
            for scope in sorted(markers.scopes_of(self.readable, home)):
                if scope not in facts_scopes:
                    names = [name for name in home.get(scope, ()) if name.isascii()]
                    where = f"in {'all of ' if scope == 'national' else ''}{names[0]}" if names else ""
                    return where or scope
        return ""

    def _claimed_names(self) -> list[str]:
        """The names of the entities the claim names besides the base's home, in both languages."""
        return [name for entity in self.claim.entities if entity not in HOME for name in self._names(entity)]


# The ordinals a picture's place writes (文章第一张图片, the second photo), which the caption
# printed there holds.
PLACE_ORDINALS = frozenset({"first", "second", "third"})


def _no_filters() -> Filters:
    from beilun_cli.store.catalog import Filters

    return Filters()


@lru_cache(maxsize=4096)
def _text_terms(text: str) -> frozenset[str]:
    """A text's index terms, kept for the next claim: `check -` meets the same facts' texts line
    after line (bounded, so memory stays flat over any number of lines)."""
    from beilun_cli.search import analysis

    return frozenset(analysis.index_terms(text))


def _terms_of(text: str, source: PostingSource) -> tuple[str, ...]:
    from beilun_cli.search import analysis

    return analysis.query_terms(text, source.knows) if text else ()
