"""Is a statement supported by the article, refuted by it, or not in it? `check` answers with
the facts that decide and a reason in one line.

How a claim is judged (README, "Check a statement", says the same for users):

1. The claim is read (claims.read_claim): figures with units and quantifiers, times (去年 is
   2018 for an article of 2019), entities and measures it names, markers (first, only, not).
2. Candidate facts: the facts search ranks best for the claim's words, and for a figure the
   facts of the measure the claim names (GDP, volunteers...).
3. A candidate states what the claim states when its words cover the claim's: the share of the
   claim's words, each weighted by its rarity in the base, that the fact holds (its own words,
   its measure's names, or a word of the same concept of facts/concepts.toml) must reach
   COVERED, and it must hold MIN_HELD of them (or an entity of the claim's own). Words no fact
   has count only when they are names (an English capitalised word, Chinese no other pair of the
   claim explains): "Yinzhou" and 机场 must be covered. A claim of figures, units and
   quantifiers alone states nothing and is never supported.
4. Figures compare as intervals (claims.Interval) in one unit class: the article's 近17万
   allows just under 170,000, the claim's "over 170,000" anything above. Supported when all the
   article allows is allowed by the claim; refuted when nothing is allowed by both; else
   undecided. Yuan and US dollars compare through a band of exchange rates, which can refute a
   currency slip but never support a converted figure.
5. Times: a claim about a year its fact does not cover is not-enough-info for a figure (the
   article may simply not say), refuted for a dated event (a renaming on another day). A count
   "over the years" (a period) holds at the period's end.
6. Entities: a figure or statement the article attributes to one company (person,
   organisation), claimed for another, is refuted; a combined total claimed for one of its parts
   is not-enough-info; a place or an organisation the article never names is not-enough-info.
7. Markers: first is not second, gold not silver, the 1980s not the 1990s, the only one not one
   of several: a covering fact stating the other member refutes. A first, only or most must
   hold where the fact says (全国, 浙江, 宁波), and a marker the fact does not state is
   not-enough-info.
8. A negated claim is refuted by the fact that supports its positive form; nothing else decides it.

When unsure, not-enough-info: a wrong "supported" is the worst answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from beilun_cli import claims
from beilun_cli.claims import Claim, ClaimedTime, ClaimedValue, Interval, Vocabulary
from beilun_cli.fields import tidy_number
from beilun_cli.patterns import Lazy

if TYPE_CHECKING:
    from beilun_cli.catalog import Catalog, Filters
    from beilun_cli.records import FactRecord, TimeRecord
    from beilun_cli.search import PostingSource

SUPPORTED = "supported"
REFUTED = "refuted"
NOT_ENOUGH_INFO = "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)

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
# The place the article is about: a claim may name it beside any fact.
HOME = frozenset({"beilun"})
# Entities that own what they are said to do: naming another of the kind contradicts.
ATTRIBUTED_KINDS = frozenset({"company", "person", "organisation"})
PARTS_KINDS = frozenset({"company", "project", "organisation", "person"})
# Yuan per US dollar: a band wide enough for any year a claim may mean (2019: about 6.9).
YUAN_PER_DOLLAR = (6.0, 8.0)
# A claim that lists examples (等, such as) does not give a total to the one it names.
_LISTING = Lazy(r"等|such as|including|and others|among others|etc\b", re.IGNORECASE)
# Latin letters, accented ones too (Fédération whole, not F and dération, whose é was stemmed).
_LATIN_WORD = Lazy(r"[A-Za-z\u00c0-\u024f]+")
# What a claim's rest says, counted: its English words of four letters or more (the, of, in are
# left out by their size), and its Chinese as a word for each two characters of a run.
_ENGLISH_WORD = Lazy(r"[a-z]{4,}")
_CHINESE_RUN = Lazy(r"[\u3400-\u9fff]{2,}")
# Magnitudes and units with no numeral (万亿元, 平方公里): they say what is counted in, not what.
_UNIT_RUN = Lazy(r"[百千万亿元美平方公里千米亩人次个家套户支]+")
# Particles and function words: a bigram holding one is more often two words' edges (聚的, 是在).
_FUNCTION_CHARACTERS = frozenset("的了是在和与及或也都就而之其为以于对把被让给从向这那有个着过吗呢吧啊")
# 等 ends a list (禹洲集团等大项目): a pair holding it is two words' edges.
_LISTING_CHARACTERS = frozenset("等")
# 一条, 一个, 一名: "a", "one", as Chinese counts nouns; no word a fact must share.
_CLASSIFIER_PAIR = Lazy(r"^[一这那每该][个条家名位座项只支场次批所片块处套张幅]$")
# Markers a first, an only or a most carries: where it holds then matters.
_RANKING = frozenset(
    {"only", "first", "second", "third", "largest", "most", "highest", "longest", "earliest"}
)


class Verdict:
    """The answer to a claim: its verdict, a one-line reason, and the facts that decide.

    A plain class, as in claims: a dataclass costs a one-shot command start-up time."""

    __slots__ = ("claim", "verdict", "reason", "evidence")

    def __init__(
        self, claim: str, verdict: str, reason: str, evidence: list[FactRecord] | None = None
    ) -> None:
        self.claim = claim
        self.verdict = verdict
        self.reason = reason
        self.evidence: list[FactRecord] = evidence or []

    def to_json(self) -> dict[str, object]:
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": self.evidence,
        }


class _Candidate:
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


class _Outcome:
    """A claimed figure against one fact: the verdict it would give; a `conflict` ("attributed",
    "part", "other") when the claim's entities do not fit; a `timing` when its time does not;
    whether the figures agree (`fits`)."""

    __slots__ = ("verdict", "conflict", "timing", "fits")

    def __init__(self, verdict: Verdict, conflict: str | None, timing: str | None, fits: bool) -> None:
        self.verdict = verdict
        self.conflict = conflict
        self.timing = timing
        self.fits = fits


def check(catalog: Catalog, text: str) -> Verdict:
    """The verdict on one claim, from the base `catalog` opens."""
    from beilun_cli import search

    vocabulary = catalog.claim_vocabulary()
    published = catalog.published()[:10]
    source = catalog.postings()
    # Traditional characters are read as the simplified text the base holds, as search reads them.
    han = [char for char in text if "\u3400" <= char <= "\u9fff"]
    readable = search.to_simplified(text) if any(not source.knows(char) for char in han) else text
    claim = claims.read_claim(readable, published, vocabulary)
    claim.text = text
    return _Judge(catalog, source, claim, published, vocabulary, readable).verdict()


class _Judge:
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
        self.source = source
        self.concept_patterns: list[tuple[str, str]] = []
        self.held_in_claim: dict[str, int] = {}
        self.explained: set[str] = set()
        self.group_terms: dict[str, set[str]] = {}
        self.chinese = any("\u4e00" <= char <= "\u9fff" for char in claim.text)
        # A claim without Latin letters is matched on Chinese only: no English text to stem.
        self.latin = claim.latin
        self.readings = vocabulary.readings
        self.measure_names: dict[str, list[str]] = {}
        for name, measure in vocabulary.measures:
            self.measure_names.setdefault(measure, []).append(name)
        self._name_measures(vocabulary)
        article = catalog.article_text().casefold() if claim.places else ""
        self.strange_places = [place for place in claim.places if place not in article]
        self.figures = [value for value in claim.values if value.unit is not None or claim.measures]
        self.weights = self._claim_terms()
        self.content = self._content_terms()
        self.concept_words = self._concept_words(claim.rest)
        hits, _ = catalog.ranked(readable, _no_filters(), CANDIDATES, count_matched=False)
        self.candidates: dict[str, _Candidate] = {}
        for rank, hit in enumerate(hits, start=1):
            self._add(hit.fact.to_dict(), rank)

    # ------------------------------------------------------------ words

    def _name_measures(self, vocabulary: Vocabulary) -> None:
        """Measures named in English by their words' stems ("forests cover" names forest cover),
        beside those found by their exact names."""
        if not self.latin:
            return  # no English: no English name to find
        said = self._stems(self.readable)
        for name, measure in vocabulary.measures:
            if measure not in self.claim.measures and name.isascii() and self._stated(name, said):
                self.claim.measures.append(measure)

    def _stems(self, text: str) -> tuple[str, set[str]]:
        """A text casefolded, and its terms: what _stated looks for a name in."""
        from beilun_cli import search

        return text.casefold(), set(search.query_terms(text, self.source.knows))

    def _stated(self, name: str, said: tuple[str, set[str]]) -> bool:
        """Whether a text (as _stems gives it) states a name: a Chinese one as written, an English
        one by its words' stems (so as words: "aged" is not in "engaged")."""
        from beilun_cli import search

        folded, terms = said
        if not name.isascii():
            return name in folded
        # Stemming every name costs more than the rest of a check: first, each word's start
        # must stand in the text (forest cover: "fore", "cove").
        if not all(word[:4] in folded for word in name.split()):
            return False
        wanted = search.query_terms(name)
        return bool(wanted) and all(term in terms for term in wanted)

    def _claim_terms(self, rest: str | None = None) -> dict[str, float]:
        """The claim's words outside its figures, times and markers (or those of a part of it,
        `rest`), each with its weight."""
        from beilun_cli import search

        source = self.source
        terms = search.query_terms(self.claim.rest if rest is None else rest, source.knows)
        count = max(source.count, 1)
        weights: dict[str, float] = {}
        # Characters of the claim's bigrams that some fact holds: a bigram no fact holds is two
        # words' edges when one of its characters is already part of a word (国际|机场: 际机), and
        # a word of its own when neither is (机场).
        self.explained = self.explained | {
            char
            for term in terms
            if len(term) == 2 and not term.isascii() and source.knows(term)
            for char in term
        }
        for term in terms:
            if term.replace(".", "").isdigit() or _CLASSIFIER_PAIR.match(term):
                continue
            if len(term) == 1 and not term.isascii():
                continue  # a character left between two names: a word's edge, not a word
            if len(term) == 2 and any(char in _FUNCTION_CHARACTERS for char in term):
                continue  # 聚的, 是一: a word's edge and a particle, rarely a word of its own
            found = len(source.postings(term))
            if not found and not self._telling(term, source.knows):
                continue
            weights[term] = math.log(1 + (count - found + 0.5) / (found + 0.5))
        return weights

    def _content_terms(self) -> list[str]:
        """The claim's words that a supporting fact must ground: its weighted words, and its English
        words no fact holds (railway, Suzhou): a word of the claim's own is a thing it states."""
        from beilun_cli import search

        content = list(self.weights)
        for term in search.query_terms(self.claim.rest):
            if term in self.weights or not term.isalpha():
                continue
            if term.isascii():
                if len(term) > 2:
                    content.append(term)
            elif len(term) == 2 and not _CLASSIFIER_PAIR.match(term):
                # A pair no fact holds, across two words the claim's other pairs explain (上海 of
                # 在上海): the evidence must hold it, or hold a word it is the edge of.
                if not any(char in _FUNCTION_CHARACTERS or char in _LISTING_CHARACTERS for char in term):
                    content.append(term)
        return content

    def _ungrounded(self, records: Sequence[FactRecord]) -> list[str]:
        """The claim's content words that none of `records` grounds: not among their words, their
        entities' names, their measure's names, or a word of a concept they use."""
        held: set[str] = set()
        for record in records:
            candidate = self.candidates.get(record["id"]) or self._add(record, None)
            held |= candidate.terms
        missing = [term for term in self.content if term not in held]
        # A Chinese pair across two words (大项 of 大项目, 区中 of 区中的) is no word: one whose
        # character belongs to a pair the evidence holds is a word's edge.
        run = self.claim.rest
        edges = {
            term
            for term in missing
            if len(term) == 2
            and not term.isascii()
            and any(
                pair in held
                for at in _occurrences(run, term)
                for pair in (run[at - 1 : at + 1], run[at + 1 : at + 3])
                if len(pair) == 2
            )
        }
        missing = [term for term in missing if term not in edges]
        if not missing:
            return missing
        lexicon = _paraphrases()
        said = " ".join(_article_words(record) for record in records)
        if self.latin:
            said += " " + " ".join(record["claim"]["en"] for record in records)
        return [term for term in missing if not lexicon.grounds(term, said, held)]

    def _concept_words(self, text: str) -> dict[str, set[str]]:
        """The concepts of the base's vocabulary (facts/concepts.toml) a text uses a word of, each
        with the terms of those words: in 北仑区这个名称, the concept 'name' and 名称's terms."""
        from beilun_cli import search

        patterns = [(found, term) for found, term in self.source.patterns if term.startswith(search.CONCEPT)]
        said = search.signature(text)
        words: dict[str, set[str]] = {}
        for found, term in patterns:
            if found in said:
                words.setdefault(term, set()).update(search.index_terms(found))
        # Every word of those concepts, to look for in the facts.
        self.concept_patterns = [(found, term) for found, term in patterns if term in words]
        return words

    def _telling(self, term: str, knows: Callable[[str], bool]) -> bool:
        """Whether a word no fact holds still tells something: a name (an English word written
        with a capital), Chinese with a character the base never uses, or a pair of characters
        no other pair of the claim explains (机场, 民政). Other such words are a reporter's own
        (goods) or a bigram across two words (际机): they decide nothing."""
        if term.isascii():
            return any(word.startswith(term) for word in self.claim.proper)
        if not all(knows(char) for char in term):
            return True
        return len(term) == 2 and not any(char in self.explained for char in term)

    def _add(self, record: FactRecord, rank: int | None) -> _Candidate:
        known = self.candidates.get(record["id"])
        if known is not None:
            return known

        # A fact's words as search reads them (claims, quote, its entities' names, its tags), and
        # the names of what its figure measures: "economic output" is GDP.
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
        terms = own | self._terms(f"measure:{measure}", *names)
        # A claim's word is the fact's when the fact uses a word of the same concept (更名 for 名称).
        if self.concept_words:
            texts = [claim["zh"], record["quote"], *([claim["en"]] if self.latin else [])]
            used = self._facts_concepts(" ".join(texts))
            for concept, covered in self.concept_words.items():
                if concept in used:
                    terms |= covered
                    own |= covered
        candidate = _Candidate(record, rank, frozenset(terms), frozenset(own))
        self._cover(candidate, self.weights)
        self.candidates[record["id"]] = candidate
        return candidate

    def _facts_concepts(self, text: str) -> set[str]:
        """The concepts a fact's text uses a word of, among those the claim uses."""
        from beilun_cli import search

        if not self.latin:  # a Chinese claim: the fact's English words (FIA) are not stemmed
            text = _LATIN_WORD.sub(" ", text)
        said = search.signature(text)
        return {term for found, term in self.concept_patterns if found in said}

    def _terms(self, key: str, *texts: str) -> set[str]:
        """The index terms of texts; those under a `key` (an entity's names, a tag) once a claim."""
        from beilun_cli import search

        if key and key in self.group_terms:
            return self.group_terms[key]
        if not self.latin:  # a Chinese claim: English words (GDP, LNG) are neither read nor stemmed
            texts = tuple(_LATIN_WORD.sub(" ", text) for text in texts)
        found = {term for text in texts for term in search.index_terms(text)}
        if key:
            self.group_terms[key] = found
        return found

    def _cover(self, candidate: _Candidate, weights: dict[str, float]) -> None:
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
        total = sum(weights.values()) + ENTITY_WEIGHT * (len(mentioned) + len(others))
        held = sum(weight for term, weight in weights.items() if term in candidate.terms)
        held_own = sum(weight for term, weight in weights.items() if term in candidate.own_terms)
        held += ENTITY_WEIGHT * len(mentioned)
        held_own += ENTITY_WEIGHT * len(mentioned)
        candidate.coverage = held / total if total else 1.0
        candidate.held = len(mentioned) + sum(1 for term in weights if term in candidate.terms)
        candidate.own = held_own / total if total else 1.0

    # ------------------------------------------------------------ the verdict

    def verdict(self) -> Verdict:
        if not self._says_something():
            return Verdict(
                self.claim.text,
                NOT_ENOUGH_INFO,
                "the claim states nothing to check: name what it is about (北仑的GDP, Beilun's volunteers)",
            )
        if self.strange_places:
            best = self._best_statement()
            return Verdict(
                self.claim.text,
                NOT_ENOUGH_INFO,
                f"the article says nothing of {self.strange_places[0]}",
                [best.record] if best else [],
            )
        if self.figures:
            verdicts = [self._figure(value) for value in self.figures]
            refuted = [v for v in verdicts if v.verdict == REFUTED]
            if refuted:
                return refuted[0]
            contrary = self._contrary_elsewhere()
            if contrary is not None:
                return contrary
            undecided = [v for v in verdicts if v.verdict == NOT_ENOUGH_INFO]
            if undecided:
                return undecided[0]
            return self._grounded(self._markers_hold(_joined(self.claim.text, verdicts)))
        return self._grounded(self._statement())

    def _grounded(self, verdict: Verdict) -> Verdict:
        """A supported verdict stands only when its evidence grounds every content word of the
        claim; a word it does not ground is something the article does not state."""
        if verdict.verdict != SUPPORTED:
            return verdict
        missing = self._ungrounded(verdict.evidence)
        if not missing:
            return verdict
        reason = f"unstated: the article does not mention '{missing[0]}'"
        return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence)

    def _contrary_elsewhere(self) -> Verdict | None:
        """A fact about what the claim names (all its entities, most of its words) that states
        the other member of a marker family: "升格为金鼎" where the article says 银鼎."""
        if "negated" in self.claim.markers:
            return None
        for candidate in self._covering(COVERED_WITH_MEASURE):
            record = candidate.record
            if self._entity_conflict(record) is not None:
                continue
            contrary = self._contrary_markers(record)
            # Only a family's other member contradicts here (银鼎 for 金鼎): "one of its three
            # matches" against another fact's 唯一 is no contrary.
            if contrary and any(set(family) & self.claim.markers for family in claims.EXCLUSIVE_MARKERS):
                return Verdict(self.claim.text, REFUTED, contrary, [record])
        return None

    def _result(self, verdict: str, reason: str, *records: FactRecord) -> Verdict:
        if "negated" in self.claim.markers:
            if verdict == SUPPORTED:
                reason = f"the claim denies what the article says: {reason}"
                return Verdict(self.claim.text, REFUTED, reason, [*records])
            if verdict == REFUTED:
                reason = f"the claim is negated, and the article does not decide it: {reason}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, [*records])
        return Verdict(self.claim.text, verdict, reason, [*records])

    def _markers_hold(self, verdict: Verdict) -> Verdict:
        """A figure's support holds only if its facts state the claim's markers (second, only...)."""
        if verdict.verdict != SUPPORTED or "negated" in self.claim.markers:
            return verdict
        for record in verdict.evidence:
            contrary = self._contrary_markers(record)
            if contrary:
                return Verdict(self.claim.text, REFUTED, contrary, verdict.evidence)
            unstated = self._unstated_markers(record)
            if unstated:
                reason = f"the article does not say '{unstated}': {record['claim']['en']}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence)
        return verdict

    # ------------------------------------------------------------ figures

    def _figure(self, value: ClaimedValue) -> Verdict:
        for record in self.catalog.valued_facts(self.claim.measures):
            self._add(record, None)
        # What ties a figure to a fact is what the fact holds of the whole claim.
        self.held_in_claim = {ident: candidate.held for ident, candidate in self.candidates.items()}
        if len(self.figures) > 1:
            # Each figure of several is judged on the words around it: in 以全市6%的土地面积创造了
            # 六分之一的经济总量, 6% goes with 土地面积 and 六分之一 with 经济总量.
            near = self._words_near(value)
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
            return self._judge_figure(value, named)
        finally:
            for candidate in self.candidates.values():
                self._cover(candidate, self.weights)

    def _words_near(self, value: ClaimedValue) -> str:
        """The claim's words closer to this figure than to any other."""
        spans = sorted(figure.span for figure in self.figures)
        index = spans.index(value.span)
        start = (spans[index - 1][1] + value.span[0]) // 2 if index else 0
        end = (value.span[1] + spans[index + 1][0]) // 2 if index + 1 < len(spans) else len(self.claim.rest)
        return self.claim.rest[start:end]

    def _judge_figure(self, value: ClaimedValue, measures: Sequence[str]) -> Verdict:
        judged: list[tuple[tuple[float, ...], _Outcome]] = []
        # Several figures of one claim each agreeing with a fact are evidence of their own: each
        # fact then needs only the share of the claim's words a named measure needs.
        several = len(self.figures) > 1
        for candidate in self.candidates.values():
            record = candidate.record
            quantity = record["quantity"]
            if quantity is None:
                continue
            named = record["measure"] in measures
            if not _comparable(value, quantity["amount_unit"], named):
                continue
            if not (named or candidate.rank is not None):
                continue
            if candidate.coverage < (COVERED_WITH_MEASURE if named or several else COVERED):
                continue
            # A figure is tied to its fact by the measure the claim names, or by its words (by one
            # word where other figures of the claim tie it too).
            held = self.held_in_claim.get(record["id"], candidate.held)
            if not named and held < (1 if several else MIN_HELD):
                continue
            outcome = self._compare(value, candidate)
            conflicting = float(outcome.conflict is not None or outcome.timing is not None)
            # The measure named counts as much as a quarter of the claim's words.
            relevance = candidate.coverage + (MEASURE_NAMED if named else 0.0)
            # Ties go to the fact in the claim's own words, then to the figure nearest the claim's.
            distance = _distance(value, record)
            key = (conflicting, -relevance, -candidate.own, distance, float(candidate.rank or CANDIDATES + 1))
            judged.append((key, outcome))
        if not judged:
            reason = f"the article gives no figure for what the claim says with '{value.text}'"
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason)
        judged.sort(key=lambda pair: pair[0])
        # Only the facts nearly as relevant as the best count: 40% of "green coverage" is judged
        # against green coverage (40.6%), never against a forest coverage (40.1%) it happens to fit.
        best = max(-key[1] for key, _ in judged)
        outcomes = [outcome for key, outcome in judged if -key[1] >= best - RELEVANCE_MARGIN]
        free = [o for o in outcomes if o.conflict is None and o.timing is None]
        supported = [o for o in free if o.verdict.verdict == SUPPORTED]
        if supported:
            return supported[0].verdict
        if free and free[0].verdict.verdict == REFUTED:
            return free[0].verdict
        refuting = [o for o in outcomes if o.verdict.verdict == REFUTED]  # another company's, another day's
        if refuting and not free:
            return refuting[0].verdict
        return outcomes[0].verdict

    def _compare(self, value: ClaimedValue, candidate: _Candidate) -> _Outcome:
        record = candidate.record
        quantity = record["quantity"]
        assert quantity is not None
        unit, factor, amount = _fact_amount(record)
        written = record["value"] if record["value"] else quantity["amount"]
        article = claims.interval(amount, quantity["qualifier"], written * factor, exact_point=True)
        said = _said(record)
        claimed = _in_unit(value, unit)
        if self.readings.get(record["measure"] or "") == "threshold":
            fits, apart = article.contains(claimed), not claimed.meets(article)
        else:
            fits, apart = claimed.contains(article), not claimed.meets(article)
        converted = value.unit is not None and value.unit != unit  # yuan for dollars
        conflict = self._entity_conflict(record)
        if conflict is not None:
            kind, reason = conflict
            if kind == "attributed" and fits:
                return _Outcome(self._result(REFUTED, f"{reason}: {said}", record), kind, None, fits)
            return _Outcome(self._result(NOT_ENOUGH_INFO, f"{reason}: {said}", record), kind, None, fits)
        timing = self._time(record)
        if timing is not None:
            event = _is_event(record)
            same = candidate.coverage >= COVERED  # the very statement, dated otherwise
            judged = REFUTED if event and fits and same and not self._dated_too(record) else NOT_ENOUGH_INFO
            return _Outcome(self._result(judged, f"{said}; {timing}", record), None, timing, fits)
        claim_says = f"the claim says {_claimed(value)}"
        if fits and not converted:
            verdict = self._result(SUPPORTED, f"{said}; {claim_says}{self._relative_note()}", record)
        elif apart:
            verdict = self._result(REFUTED, f"{said}; {claim_says}{_slip(value, article, converted)}", record)
        else:
            reason = f"{said}; {claim_says}, which the article neither confirms nor contradicts"
            verdict = self._result(NOT_ENOUGH_INFO, reason, record)
        return _Outcome(verdict, None, None, fits and not converted)

    def _relative_note(self) -> str:
        relative = [time for time in self.claim.times if time.relative]
        if not relative:
            return ""
        time = relative[0]
        return f" ('{time.written}' is {time.start}: the article is of {self.published})"

    # ------------------------------------------------------------ entities and times

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
            if kind in ATTRIBUTED_KINDS and owners:
                reason = f"the article attributes this to {self._name(owners[0])}, not {self._name(stranger)}"
                return "attributed", reason
        if strangers:
            return "other", f"the article does not say this of {self._name(strangers[0])}"
        subject = record["subject"]
        if subject is not None and self.kinds.get(subject) == "place":
            parts = [e for e in named if self.kinds.get(e) in PARTS_KINDS]
            together = [e for e in record["entities"] if self.kinds.get(e) in PARTS_KINDS]
            # One part named for a total of several: the claim gives it all to that part.
            if len(parts) == 1 and len(together) > 1 and not _LISTING.search(self.readable):
                projects = [e for e in together if self.kinds.get(e) == "project"]
                names = ", ".join(self._name(e) for e in projects or together)
                return (
                    "part",
                    f"the article gives this for {names} together, not for {self._name(parts[0])} alone",
                )
        return None

    def _name(self, entity: str) -> str:
        """An entity's English name (its id when the base has none)."""
        names = self._names(entity)
        return names[1] if len(names) > 1 else entity

    def _mentions(self, record: FactRecord, entity: str) -> bool:
        """Whether a fact names an entity: among its entities, or by a name in its text (a fact
        about a river of Zhejiang may list the river and not the province)."""
        if entity in record["entities"]:
            return True
        text = _fact_text(record).casefold()
        return any(len(name) > 1 and name.casefold() in text for name in self._names(entity))

    def _names(self, entity: str) -> list[str]:
        if entity not in self.names:
            self.names[entity] = self.catalog.entity_names(entity)
        return self.names[entity]

    def _is_scope(self, entity: str) -> bool:
        """Whether an entity is a place a first or an only holds in (Zhejiang, Ningbo)."""
        return bool(claims.scopes_of(" ".join(self._names(entity))))

    def _time(self, record: FactRecord) -> str | None:
        """Why the claim's time does not fit the fact's, or None when it does. A fact without a
        time holds at publication; a count over a period holds at its end."""
        if not self.claim.times:
            return None
        as_of = record["as_of"]
        if as_of is None:
            start, end = self.published[:4], self.published
        elif as_of["precision"] == "period":
            start = end = as_of["end"]
        else:
            start, end = as_of["start"], as_of["end"]
        for time in self.claim.times:
            if not time.within(start, end):
                when = _when(as_of) if as_of else f"as of {self.published}"
                return f"the article dates it {when}; the claim says {_claimed_when(time)}"
        return None

    def _dated_too(self, record: FactRecord) -> bool:
        """Whether one of the claim's times is its fact's: another time of the claim then dates
        something the fact does not state (…, and a metro line is planned for next year)."""
        as_of = record["as_of"]
        if as_of is None or len(self.claim.times) < 2:
            return False
        return any(time.within(as_of["start"], as_of["end"]) for time in self.claim.times)

    # ------------------------------------------------------------ claims without figures

    def _covering(self, share: float = COVERED) -> list[_Candidate]:
        """Search's candidates that cover `share` of the claim's words: those naming all of the
        claim's entities first, then by coverage, then by search's rank."""
        found = [c for c in self.candidates.values() if c.rank is not None and c.coverage >= share]

        def fit(candidate: _Candidate) -> tuple[float, ...]:
            conflict = self._entity_conflict(candidate.record)
            return (float(conflict is not None), -candidate.coverage, float(candidate.rank or 0))

        return sorted(found, key=fit)

    def _best_statement(self) -> _Candidate | None:
        ranked = sorted(
            (c for c in self.candidates.values() if c.rank is not None),
            key=lambda c: (-c.coverage, c.rank or 0),
        )
        return ranked[0] if ranked else None

    def _says_something(self) -> bool:
        """Whether the claim states something a fact could: a figure of a measure it names, or two
        things at least among entities (other than Beilun) and words ("万亿元", "北仑", "1146亿元"
        alone state nothing)."""
        named = [e for e in self.claim.entities if e not in HOME]
        english = _ENGLISH_WORD.findall(self.claim.rest)
        runs = [run for run in _CHINESE_RUN.findall(self.claim.rest) if not _UNIT_RUN.fullmatch(run)]
        chinese = sum(len(run) for run in runs) // 2  # a word for each pair of characters
        things = len(named) + len(english) + chinese
        if self.figures:
            return bool(self.claim.measures) or things >= 1
        return things >= 2

    def _statement(self) -> Verdict:
        identity = self._mistaken_identity()
        if identity is not None:
            return identity
        # Supported needs a fact that grounds every word of the claim (GROUNDED), whatever share
        # of them other facts cover.
        for candidate in self._covering(0.0):
            if self._agrees(candidate) and not self._ungrounded([candidate.record]):
                record = candidate.record
                return self._result(SUPPORTED, f"the article states it: {record['claim']['en']}", record)
        covering = self._covering()[:BEST_FEW]
        if not covering:
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, "no fact of the article states it")
        for candidate in covering:
            if self._agrees(candidate):  # every slot agrees, but the claim says more than the fact
                return self._grounded(self._result(SUPPORTED, "", candidate.record))
            contrary = self._contrary(candidate.record)
            if contrary is not None:
                return self._result(REFUTED, contrary, candidate.record)
        record = covering[0].record
        conflict = self._entity_conflict(record)
        if conflict is not None:
            return self._result(NOT_ENOUGH_INFO, conflict[1], record)
        unstated = self._unstated_markers(record)
        english = record["claim"]["en"]
        if unstated:
            return self._result(NOT_ENOUGH_INFO, f"the article does not say '{unstated}': {english}", record)
        timing = self._time(record)
        if timing is not None:
            return self._result(NOT_ENOUGH_INFO, timing, record)
        return self._result(NOT_ENOUGH_INFO, f"the article does not state all of it: {english}", record)

    def _agrees(self, candidate: _Candidate) -> bool:
        """Whether a fact agrees with a claim without figures on every slot: its entities, its
        markers (first, only...), its time and its numbers, holding enough of its words."""
        record = candidate.record
        return (
            self._held_enough(candidate)
            and self._entity_conflict(record) is None
            and not self._contrary_markers(record)
            and not self._unstated_markers(record)
            and self._time(record) is None
            and self._numbers_stated(record)
        )

    def _held_enough(self, candidate: _Candidate) -> bool:
        """Whether a fact holds enough of a claim without figures to support it: MIN_HELD of its
        words and entities (its time, when it agrees, counting as one), or an entity of the
        claim's own besides Beilun."""
        record = candidate.record
        if any(e not in HOME and self._mentions(record, e) for e in self.claim.entities):
            return True
        dated = bool(self.claim.times) and record["as_of"] is not None and self._time(record) is None
        return candidate.held + int(dated) >= MIN_HELD

    def _contrary(self, record: FactRecord) -> str | None:
        """Why a covering fact states the contrary of a claim without figures, or None."""
        contrary = self._contrary_markers(record)
        if contrary:
            return contrary
        conflict = self._entity_conflict(record)
        stated = _stated_markers(record)
        if conflict is not None and conflict[0] in ("attributed", "other"):
            strangers = [e for e in self.claim.entities if e not in HOME and not self._mentions(record, e)]
            substituted = [e for e in strangers if not self._is_scope(e)]
            shared = [e for e in self.claim.entities if e not in HOME and self._mentions(record, e)]
            # Another's deed needs the deed's anchor: an entity the claim and the fact share, or
            # most of the claim's words (the HNE-001 mould of 华朔科技 claimed for 微科光电).
            candidate = self.candidates[record["id"]]  # with no entity shared, it holds words only
            anchored = bool(shared) or (candidate.coverage >= ANCHORED and candidate.held >= MIN_HELD)
            attributed = conflict[0] == "attributed" and anchored
            if attributed or (substituted and "only" in stated and "only" in self.claim.markers):
                return f"{conflict[1]}: {record['claim']['en']}"
            return None
        if _is_event(record, years=True) and not self._dated_too(record):
            return self._time(record)
        return None

    def _contrary_markers(self, record: FactRecord) -> str:
        """A marker of the claim that its fact contradicts: second for first, only for one of."""
        stated = _stated_markers(record)
        said = self.claim.markers
        for family in claims.EXCLUSIVE_MARKERS:
            mine = [m for m in family if m in said]
            theirs = [m for m in family if m in stated]
            if mine and theirs and not set(mine) & set(theirs):
                said_here = f"the article says {_marker(theirs[0])}, the claim {_marker(mine[0])}"
                return f"{said_here}: {record['claim']['en']}"
        if "only" in said and ("one-of" in stated or "several" in stated) and "only" not in stated:
            return f"the article says one of several, the claim the only one: {record['claim']['en']}"
        if ("one-of" in said or "several" in said) and "only" in stated and "one-of" not in stated:
            return f"the article says the only one, the claim one of several: {record['claim']['en']}"
        return ""

    def _unstated_markers(self, record: FactRecord) -> str:
        """A marker of the claim (first, only, largest...) its fact does not state, or a scope
        (全国, 浙江) its first, only or most does not hold in."""
        stated = _stated_markers(record)
        for marker in sorted(self.claim.markers - {"negated"}):
            if marker not in stated and not (marker == "one-of" and "several" in stated):
                return _marker(marker)
        if self.claim.markers & _RANKING:
            facts_scopes = claims.scopes_of(_article_words(record) if self.chinese else record["claim"]["en"])
            for scope in sorted(claims.scopes_of(self.readable)):
                if scope not in facts_scopes:
                    return {
                        "national": "in all of China",
                        "province": "in Zhejiang",
                        "city": "in Ningbo",
                    }.get(scope, scope)
        return ""

    def _numbers_stated(self, record: FactRecord) -> bool:
        """Whether every number of a claim without figures is one its fact states."""
        if not self.claim.values:
            return True
        from beilun_cli.numerals import chinese_numbers, english_numbers

        text = _fact_text(record)
        stated = {n.amount for n in chinese_numbers(text, characters=True)}
        stated |= {n.amount for n in english_numbers(text, words=True)}
        return all(any(math.isclose(v.amount, s) for s in stated) for v in self.claim.values)

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
                    key=lambda c: (alias in _fact_text(c.record), c.coverage, -(c.rank or 0)),
                    default=None,
                )
                reason = f"the article calls {self._name(entity)} '{alias}', not {self._name(others[0])}"
                return self._result(REFUTED, reason, *([best.record] if best else []))
        return None


class _Lexicon:
    """beilun_cli/paraphrases.toml: the words that state nothing of their own, and the groups of
    words that say the same, each word as the terms a claim's words are compared on."""

    def __init__(self, neutral: set[str], groups: list[list[tuple[str, frozenset[str]]]]) -> None:
        self.neutral = neutral
        self.groups = groups

    def grounds(self, term: str, said: str, held: set[str]) -> bool:
        """Whether a claim's term is neutral, or of a group another word of which the evidence
        uses (`said`: its text; `held`: its terms)."""
        if term in self.neutral:
            return True
        for group in self.groups:
            if any(term in terms for _, terms in group) and any(
                word in said if not word.isascii() else terms <= held
                for word, terms in group
                if term not in terms
            ):
                return True
        return False


_LEXICON: list[_Lexicon] = []


def _paraphrases() -> _Lexicon:
    """The paraphrase lexicon, read once a process, and only when a claim needs it: the TOML
    parser costs a `check` start-up time."""
    if not _LEXICON:
        import tomllib
        from importlib import resources

        data = tomllib.loads(resources.files("beilun_cli").joinpath("paraphrases.toml").read_text("utf-8"))
        neutral = {term for word in data["neutral"] for term in _word_terms(word)}
        groups = [
            [(word, frozenset(_word_terms(word))) for word in group["words"]] for group in data["groups"]
        ]
        _LEXICON.append(_Lexicon(neutral, groups))
    return _LEXICON[0]


def _word_terms(word: str) -> list[str]:
    """A lexicon word as a claim's terms are: English by its stems, Chinese whole (a pair)."""
    from beilun_cli.search import index_terms

    if not word.isascii():
        return [word] if len(word) == 2 else []
    return index_terms(word)


# A fact's time written as "now" (当前, 至今, 截至目前) dates a state, not an event: the same
# state claimed at another time is not stated, rather than refuted.
_AS_OF_NOW = Lazy(r"当前|至今|截至|目前|现在|如今")


def _is_event(record: FactRecord, *, years: bool = False) -> bool:
    """Whether a fact dates an event (on a day or in a month; with `years`, in a year too): the
    same event claimed at another time is refuted."""
    as_of = record["as_of"]
    precisions = ("day", "month", "year") if years else ("day", "month")
    return as_of is not None and as_of["precision"] in precisions and not _AS_OF_NOW.search(as_of["written"])


def _occurrences(text: str, part: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(part), text)]


def _fact_amount(record: FactRecord) -> tuple[str, float, float]:
    """A fact's unit class, the factor to it, and its amount in it (1/6 as 16.67 percent)."""
    quantity = record["quantity"]
    assert quantity is not None
    unit, factor = claims.fact_unit_class(quantity["amount_unit"])
    return unit, factor, quantity["amount"] * factor


def _distance(value: ClaimedValue, record: FactRecord) -> float:
    """How far a claimed figure is from a fact's, relatively: 0 for the same amount."""
    _, _, amount = _fact_amount(record)
    return abs(amount - value.amount) / max(abs(amount), abs(value.amount), 1e-12)


def _comparable(value: ClaimedValue, amount_unit: str, named: bool) -> bool:
    """Whether a claimed figure may be compared with a fact's of `amount_unit`."""
    unit, _ = claims.fact_unit_class(amount_unit)
    if value.unit is None:
        return named or unit in (claims.COUNT, claims.PEOPLE)
    if value.unit == unit:
        return True
    return {value.unit, unit} == {claims.MONEY_YUAN, claims.MONEY_USD}


def _in_unit(value: ClaimedValue, unit: str) -> Interval:
    """A claimed figure's interval in the fact's unit class: dollars as yuan through the band."""
    interval = value.interval
    if value.unit == claims.MONEY_USD and unit == claims.MONEY_YUAN:
        low, high = YUAN_PER_DOLLAR
    elif value.unit == claims.MONEY_YUAN and unit == claims.MONEY_USD:
        low, high = 1 / YUAN_PER_DOLLAR[1], 1 / YUAN_PER_DOLLAR[0]
    else:
        return interval
    return Interval(interval.low * low, interval.high * high, interval.low_open, interval.high_open)


def _fact_text(record: FactRecord) -> str:
    return " ".join((record["claim"]["zh"], record["claim"]["en"], record["quote"]))


def _stated_markers(record: FactRecord) -> set[str]:
    """The markers a fact states, read from the article's own words (its quote and Chinese claim):
    a translation may say "one of" of another set ("the only river named one of Zhejiang's...")."""
    return claims.markers_of(_article_words(record))


def _article_words(record: FactRecord) -> str:
    return f"{record['claim']['zh']} {record['quote']}"


def _marker(marker: str) -> str:
    return marker.replace("decade:", "born in the ").replace("one-of", "one of")


def _no_filters() -> Filters:
    from beilun_cli.catalog import Filters

    return Filters()


def _said(record: FactRecord) -> str:
    """What the article gives, for a reason: '1146.46亿元 (114.646 billion yuan) for 2018 (去年)'."""
    quantity = record["quantity"]
    assert quantity is not None
    normalised = _normalised(quantity["amount"], quantity["amount_unit"])
    qualifier = claims.quantifier_words(quantity["qualifier"])
    shown = f"{qualifier} {normalised}".strip()
    when = record["as_of"]
    period = f" for {_when(when)}" if when else ""
    return f"the article gives {quantity['written']} ({shown}){period}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_WORDS = {"usd": "US dollars", "m": "metres", "m2": "square metres", "percent": "percent"}


def _normalised(amount: float, unit: str) -> str:
    """An amount as people write it: 114.646 billion yuan, 170,000 people, 16.67 percent."""
    words = _UNIT_WORDS.get(unit, unit.replace("-", " "))
    if unit == "ratio":
        return f"{tidy_number(round(amount * 100, 2))} percent"
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            return f"{tidy_number(round(amount / scale, 6))} {word} {words}"
    return f"{tidy_number(round(amount, 6)):,} {words}"


_CLASS_UNITS = {claims.MONEY_YUAN: "yuan", claims.MONEY_USD: "usd", claims.LENGTH: "m", claims.AREA: "m2"}


def _claimed(value: ClaimedValue) -> str:
    """A claimed figure for a reason, its quantifier in words and its amount as the article's is
    normalised: 'over 20万人', 'under 100亿美元 (10 billion US dollars)'."""
    words = claims.quantifier_words(value.qualifier)
    shown = f"{words} {value.text}" if words and not value.text.startswith(words) else value.text
    unit = _CLASS_UNITS.get(value.unit or "")
    if unit is None or not (value.magnitude or unit in ("m", "m2")):
        return shown
    normalised = _normalised(value.amount, unit)
    return shown if normalised.casefold() in shown.casefold() else f"{shown} ({normalised})"


def _slip(value: ClaimedValue, article: Interval, converted: bool) -> str:
    """Why a refuted figure is off, when it is a currency or a power of ten."""
    if converted:
        return " (another currency: no rate of exchange makes them equal)"
    reference = article.low if article.low > -claims.INFINITY else article.high
    if not reference or not value.amount:
        return ""
    ratio = value.amount / reference
    power = round(math.log10(abs(ratio))) if ratio > 0 else 0
    if power and abs(math.log10(abs(ratio)) - power) < 0.05:
        return f" ({10 ** abs(power):,} times too {'much' if power > 0 else 'little'}: a slip of magnitude)"
    return ""


def _when(as_of: TimeRecord) -> str:
    """A fact's time for a reason: '2018 (去年)', '1987-09-14'."""
    span = _span(as_of["start"], as_of["end"])
    return span if as_of["written"] in (span, f"{span}年") else f"{span} ({as_of['written']})"


def _span(start: str, end: str) -> str:
    return start if start == end else f"{start} to {end}"


def _claimed_when(time: ClaimedTime) -> str:
    if time.relative:
        return f"'{time.written}' ({time.start})"
    return time.start


def _joined(text: str, verdicts: Sequence[Verdict]) -> Verdict:
    evidence: list[FactRecord] = []
    for verdict in verdicts:
        for record in verdict.evidence:
            if record not in evidence:
                evidence.append(record)
    reason = "; ".join(dict.fromkeys(verdict.reason for verdict in verdicts))
    return Verdict(text, SUPPORTED, reason, evidence)
