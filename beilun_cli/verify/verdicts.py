"""Is a statement supported by the article, refuted by it, or not in it? `check` answers with
the facts that decide and a reason in one line.

How a claim is judged (docs/check.md, "How it is decided", states the decision table for users):

1. Read: the claim into slots (claims.read_claim): figures with units and quantifiers, times
   (去年 is 2018 for an article of 2019), entities and measures it names, markers (first, only,
   one of, a plan, a reason, not), places by their suffixes; the rest are its content words.
2. Retrieve: the facts search ranks best for the claim's words, and for a figure the facts of
   the measure the claim names. COVERED and its kin (a share of the claim's words, weighted by
   rarity) choose which facts are relevant enough to judge; a share alone never supports.
3. Align, slot by slot, against a fact: figures as intervals (claims.Interval; supported when
   all the article allows is allowed by the claim, refuted when nothing is allowed by both),
   times, entities, markers, and each content word, which must be grounded in the fact (its
   words, its entities' names, its measure's names, a word of the same concept, or the
   paraphrase lexicon beilun_cli/verify/paraphrases.toml).
4. Decide by one rule of RULES, which the verdict names (`rule`) with its `alignment`:
   supported only when every slot agrees and every content word is grounded (STATED,
   FIGURE_ENTAILED); refuted when a slot is exclusive with the fact's on a fact anchored by
   subject or measure (FIGURE_EXCLUSIVE, SIBLING_PLACE, OTHER_ENTITY, OTHER_TIME,
   CONTRARY_MARKER, MISTAKEN_IDENTITY); otherwise not-enough-info, by the rule that names what
   the article does not state. A negated claim swaps supported and refuted (NEGATED).

When unsure, not-enough-info: a wrong "supported" is the worst answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from beilun_cli.base.numbers import tidy_number
from beilun_cli.read import claims
from beilun_cli.read.claims import Claim, ClaimedTime, ClaimedValue, Interval, Vocabulary
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, TimeRecord
    from beilun_cli.search.engine import PostingSource
    from beilun_cli.store.catalog import Catalog, Filters

SUPPORTED = "supported"
REFUTED = "refuted"
NOT_ENOUGH_INFO = "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)

# The decision rules, each with the verdict it gives (docs/check.md, "How it is decided", has the same
# table): `check --json` names the one that decided. NEGATED swaps what another rule decided.
STATED = "stated"
FIGURE_ENTAILED = "figure-entailed"
UNSTATED_WORD = "unstated-word"
UNNAMED_PLACE = "unnamed-place"
UNSTATED_ENTITY = "unstated-entity"
UNSTATED_MARKER = "unstated-marker"
UNSTATED_TIME = "unstated-time"
FIGURE_UNDECIDED = "figure-undecided"
NO_FIGURE = "no-figure"
NO_FACT = "no-fact"
PARTLY_STATED = "partly-stated"
NOTHING_TO_CHECK = "nothing-to-check"
FIGURE_EXCLUSIVE = "figure-exclusive"
SIBLING_PLACE = "sibling-place"
OTHER_ENTITY = "other-entity"
OTHER_TIME = "other-time"
CONTRARY_MARKER = "contrary-marker"
MISTAKEN_IDENTITY = "mistaken-identity"
NEGATED = "negated"
RULES = {
    STATED: SUPPORTED,
    FIGURE_ENTAILED: SUPPORTED,
    UNSTATED_WORD: NOT_ENOUGH_INFO,
    UNNAMED_PLACE: NOT_ENOUGH_INFO,
    UNSTATED_ENTITY: NOT_ENOUGH_INFO,
    UNSTATED_MARKER: NOT_ENOUGH_INFO,
    UNSTATED_TIME: NOT_ENOUGH_INFO,
    FIGURE_UNDECIDED: NOT_ENOUGH_INFO,
    NO_FIGURE: NOT_ENOUGH_INFO,
    NO_FACT: NOT_ENOUGH_INFO,
    PARTLY_STATED: NOT_ENOUGH_INFO,
    NOTHING_TO_CHECK: NOT_ENOUGH_INFO,
    FIGURE_EXCLUSIVE: REFUTED,
    SIBLING_PLACE: REFUTED,
    OTHER_ENTITY: REFUTED,
    OTHER_TIME: REFUTED,
    CONTRARY_MARKER: REFUTED,
    MISTAKEN_IDENTITY: REFUTED,
    NEGATED: REFUTED,  # or not-enough-info, for a negated claim the article refutes
}

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
_CLASSIFIERS = "个条家名位座项只支场次批所片块处套张幅"
_CLASSIFIER_PAIR = Lazy(rf"^[一这那每该][{_CLASSIFIERS}]$")
# Markers a fact states only in its own claim, not in the rest of its quote.
_OWN_MARKERS = frozenset({"planned", "reason"})
# Markers a first, an only or a most carries: where it holds then matters.
_RANKING = frozenset(
    {"only", "first", "second", "third", "largest", "most", "highest", "longest", "earliest"}
)


class Verdict:
    """The answer to a claim: its verdict, a one-line reason, and the facts that decide.

    A plain class, as in claims: a dataclass costs a one-shot command start-up time."""

    __slots__ = ("claim", "verdict", "reason", "evidence", "rule", "alignment")

    def __init__(
        self,
        claim: str,
        verdict: str,
        reason: str,
        evidence: list[FactRecord] | None = None,
        rule: str = "",
    ) -> None:
        self.claim = claim
        self.verdict = verdict
        self.reason = reason
        self.evidence: list[FactRecord] = evidence or []
        self.rule = rule  # the rule of RULES that decided
        # How each slot of the claim compares with the evidence's: {slot, claim, fact, relation}.
        self.alignment: list[dict[str, str | None]] = []

    def to_json(self) -> dict[str, object]:
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "reason": self.reason,
            "rule": self.rule,
            "alignment": self.alignment,
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


def check(catalog: Catalog, text: str, lang: str | None = None) -> Verdict:
    """The verdict on one claim, from the base `catalog` opens, with the alignment of its slots
    with the evidence's. Its reason is in Chinese for a Chinese claim, or when `lang` is "zh"."""
    from beilun_cli.search import engine

    vocabulary = catalog.claim_vocabulary()
    published = catalog.published()[:10]
    source = catalog.postings()
    # Traditional characters are read as the simplified text the base holds, as search reads them.
    han = [char for char in text if "\u3400" <= char <= "\u9fff"]
    readable = engine.to_simplified(text) if any(not source.knows(char) for char in han) else text
    claim = claims.read_claim(readable, published, vocabulary)
    claim.text = text
    judge = _Judge(catalog, source, claim, published, vocabulary, readable)
    answer = judge.verdict()
    answer.alignment = judge.alignment(answer)
    if lang == "zh" or (lang is None and judge.chinese):
        answer.reason = judge.chinese_reason(answer)
    return answer


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
        # A place of the gazetteer (杭州市, Jiangsu Province) is a sibling of the fact's, which
        # grounding finds; any other place the article never names is unstated.
        self.strange_places = [
            place for place in claim.places if place not in article and not _gazetteer_place(place)
        ]
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
        from beilun_cli.search import engine

        return text.casefold(), set(engine.query_terms(text, self.source.knows))

    def _stated(self, name: str, said: tuple[str, set[str]]) -> bool:
        """Whether a text (as _stems gives it) states a name: a Chinese one as written, an English
        one by its words' stems (so as words: "aged" is not in "engaged")."""
        from beilun_cli.search import engine

        folded, terms = said
        if not name.isascii():
            return name in folded
        # Stemming every name costs more than the rest of a check: first, each word's start
        # must stand in the text (forest cover: "fore", "cove").
        if not all(word[:4] in folded for word in name.split()):
            return False
        wanted = engine.query_terms(name)
        return bool(wanted) and all(term in terms for term in wanted)

    def _claim_terms(self, rest: str | None = None) -> dict[str, float]:
        """The claim's words outside its figures, times and markers (or those of a part of it,
        `rest`), each with its weight."""
        from beilun_cli.search import engine

        source = self.source
        terms = engine.query_terms(self.claim.rest if rest is None else rest, source.knows)
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
        from beilun_cli.search import engine

        content = list(self.weights)
        for term in engine.query_terms(self.claim.rest, self.source.knows):
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
            held |= candidate.terms - self._other_events_words(record)
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
        said = " ".join(
            record["claim"]["zh"] if self._other_events_words(record) else _article_words(record)
            for record in records
        )
        if self.latin:
            said += " " + " ".join(record["claim"]["en"] for record in records)
        said = said.casefold()
        # A classifier and its noun (一条河: 条河) is the noun, when the evidence holds it.
        return [
            term
            for term in missing
            if not lexicon.grounds(term, said, held)
            and not (len(term) == 2 and term[0] in _CLASSIFIERS and term[1] in said)
        ]

    def _other_events_words(self, record: FactRecord) -> set[str]:
        """For a claim dated to the day of a dated event, the words of the event's quote that its
        own statement does not use: a quote may tell the events of other days (开放申购 on 9 August
        beside the lottery of 26 August), which do not ground what the claim says of this day."""
        if not _is_event(record) or not any(time.precision == "day" for time in self.claim.times):
            return set()
        claim = record["claim"]
        stated = self._terms("", claim["zh"], claim["en"])
        return self._terms("", record["quote"]) - stated

    def _concept_words(self, text: str) -> dict[str, set[str]]:
        """The concepts of the base's vocabulary (facts/concepts.toml) a text uses a word of, each
        with the terms of those words: in 北仑区这个名称, the concept 'name' and 名称's terms."""
        from beilun_cli.search import engine

        patterns = [(found, term) for found, term in self.source.patterns if term.startswith(engine.CONCEPT)]
        said = engine.signature(text)
        words: dict[str, set[str]] = {}
        for found, term in patterns:
            if found in said:
                words.setdefault(term, set()).update(engine.index_terms(found))
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
        from beilun_cli.search import engine

        if not self.latin:  # a Chinese claim: the fact's English words (FIA) are not stemmed
            text = _LATIN_WORD.sub(" ", text)
        said = engine.signature(text)
        return {term for found, term in self.concept_patterns if found in said}

    def _terms(self, key: str, *texts: str) -> set[str]:
        """The index terms of texts; those under a `key` (an entity's names, a tag) once a claim."""
        from beilun_cli.search import engine

        if key and key in self.group_terms:
            return self.group_terms[key]
        if not self.latin:  # a Chinese claim: English words (GDP, LNG) are neither read nor stemmed
            texts = tuple(_LATIN_WORD.sub(" ", text) for text in texts)
        found = {term for text in texts for term in engine.index_terms(text)}
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
                rule=NOTHING_TO_CHECK,
            )
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
            if refuted:
                return refuted[0]
            contrary = self._contrary_elsewhere()
            if contrary is not None:
                return contrary
            if all(v.rule == NO_FIGURE for v in verdicts):
                # Numbers no fact gives as a figure (三大工程, the 19th Congress, 1 mu) are words
                # of a statement: a fact that states them, and all the rest, decides.
                statement = self._statement()
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
            return self._grounded(self._markers_hold(_joined(self.claim.text, decided)))
        return self._statement()

    def _grounded(self, verdict: Verdict) -> Verdict:
        """A verdict from facts that agree with the claim on every slot (supported, or refuted for
        a negated claim) stands only when they ground every content word of the claim. A word they
        do not ground is something the article does not state (UNSTATED_WORD), or, when it is a
        place of the kind of one the facts name, a place that contradicts theirs (SIBLING_PLACE)."""
        if verdict.rule not in (STATED, FIGURE_ENTAILED, NEGATED) or verdict.verdict == NOT_ENOUGH_INFO:
            return verdict
        missing = self._ungrounded(verdict.evidence)
        if not missing:
            return verdict
        sibling = self._sibling_place(missing, verdict.evidence)
        if sibling is not None:
            theirs, mine = sibling
            reason = f"place: the article says {theirs}, the claim says {mine}"
            return self._result(REFUTED, reason, *verdict.evidence, rule=SIBLING_PLACE)
        word = self._written(missing[0])
        reason = f"unstated: the article does not mention {word}"
        return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, UNSTATED_WORD)

    def _written(self, term: str) -> str:
        """A term of the claim as the claim writes it: 'railway' for railway, 'generates' for
        generat."""
        from beilun_cli.search import engine

        if not term.isascii():
            return f"“{term}”"
        for word in re.findall(r"[A-Za-z][\w'-]*", self.claim.text):
            if term in engine.query_terms(word, self.source.knows):
                return f"'{word}'"
        return f"'{term}'"

    def _sibling_place(self, missing: Sequence[str], records: Sequence[FactRecord]) -> tuple[str, str] | None:
        """(the fact's place, the claim's) when a word no fact grounds is a place of the kind of
        one the facts name and the claim does not (杭州 where the article says 宁波)."""
        places = _paraphrases().places
        # The fact's statement in the claim's language: the place it puts the deed in.
        said = " ".join(record["claim"]["en" if self.latin else "zh"] for record in records).casefold()
        claim = self.readable.casefold()
        for term in missing:
            for names in places.values():
                mine = next((name for name, terms in names if term in terms), None)
                if mine is None or mine.casefold() not in claim:
                    continue
                for name, _ in names:
                    theirs = name.casefold()
                    if theirs in said and theirs not in claim and _in_its_place(mine, claim, theirs, said):
                        return name, mine
        return None

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
                return Verdict(self.claim.text, REFUTED, contrary, [record], CONTRARY_MARKER)
        return None

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

    def _markers_hold(self, verdict: Verdict) -> Verdict:
        """A figure's support holds only if its facts state the claim's markers (second, only...)."""
        if verdict.verdict != SUPPORTED or "negated" in self.claim.markers:
            return verdict
        for record in verdict.evidence:
            contrary = self._contrary_markers(record)
            if contrary:
                return Verdict(self.claim.text, REFUTED, contrary, verdict.evidence, CONTRARY_MARKER)
            unstated = self._unstated_markers(record)
            if unstated:
                reason = f"the article does not say '{unstated}': {record['claim']['en']}"
                return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, verdict.evidence, UNSTATED_MARKER)
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
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, reason, rule=NO_FIGURE)
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
        article, claimed, threshold = self._intervals(value, record)
        said = _said(record)
        fits = article.contains(claimed) if threshold else claimed.contains(article)
        apart = not claimed.meets(article)
        converted = value.unit is not None and value.unit != _fact_amount(record)[0]  # yuan for dollars
        conflict = self._entity_conflict(record)
        if conflict is not None:
            kind, reason = conflict
            if kind == "attributed" and fits:
                verdict = self._result(REFUTED, f"{reason}: {said}", record, rule=OTHER_ENTITY)
                return _Outcome(verdict, kind, None, fits)
            verdict = self._result(NOT_ENOUGH_INFO, f"{reason}: {said}", record, rule=UNSTATED_ENTITY)
            return _Outcome(verdict, kind, None, fits)
        timing = self._time(record)
        if timing is not None:
            event = _is_event(record)
            same = candidate.coverage >= COVERED  # the very statement, dated otherwise
            judged = REFUTED if event and fits and same and not self._dated_too(record) else NOT_ENOUGH_INFO
            rule = OTHER_TIME if judged == REFUTED else UNSTATED_TIME
            return _Outcome(self._result(judged, f"{said}; {timing}", record, rule=rule), None, timing, fits)
        claim_says = f"the claim says {_claimed(value)}"
        if fits and not converted:
            reason = f"{said}; {claim_says}{self._relative_note()}"
            verdict = self._result(SUPPORTED, reason, record, rule=FIGURE_ENTAILED)
        elif apart:
            reason = f"{said}; {claim_says}{_slip(value, article, converted)}"
            verdict = self._result(REFUTED, reason, record, rule=FIGURE_EXCLUSIVE)
        else:
            reason = f"{said}; {claim_says}, which the article neither confirms nor contradicts"
            verdict = self._result(NOT_ENOUGH_INFO, reason, record, rule=FIGURE_UNDECIDED)
        return _Outcome(verdict, None, None, fits and not converted)

    def _intervals(self, value: ClaimedValue, record: FactRecord) -> tuple[Interval, Interval, bool]:
        """The article's interval, the claimed one in its unit, and whether the fact's measure is a
        threshold (80岁以上 for everyone over 80: a narrower range is entailed)."""
        quantity = record["quantity"]
        assert quantity is not None
        unit, factor, amount = _fact_amount(record)
        written = record["value"] if record["value"] else quantity["amount"]
        article = claims.interval(amount, quantity["qualifier"], written * factor, exact_point=True)
        threshold = self.readings.get(record["measure"] or "") == "threshold"
        return article, _in_unit(value, unit), threshold

    def _figure_relation(self, value: ClaimedValue, record: FactRecord) -> str:
        """How the claimed figure relates to the fact's: equivalent, narrower (the fact's entails
        the claim's), broader, alternative (exclusive) or independent (they overlap)."""
        article, claimed, threshold = self._intervals(value, record)
        if not claimed.meets(article):
            return ALTERNATIVE
        if value.unit is not None and value.unit != _fact_amount(record)[0]:
            return INDEPENDENT  # another currency: never entailed
        entailed = article.contains(claimed) if threshold else claimed.contains(article)
        entails = claimed.contains(article) if threshold else article.contains(claimed)
        if entailed and entails:
            return EQUIVALENT
        return NARROWER if entailed else BROADER if entails else INDEPENDENT

    # ------------------------------------------------------------ explaining

    def alignment(self, verdict: Verdict) -> list[dict[str, str | None]]:
        """Each slot the claim fills against the evidence's: figures, times, entities, markers,
        places and words the evidence does not ground, and a negation."""
        rows: list[dict[str, str | None]] = []
        evidence = verdict.evidence
        record = evidence[0] if evidence else None
        for value in self.figures:
            fact = next((r for r in evidence if _comparable_fact(value, r)), None)
            said = self._figure_said(value)
            if fact is None or fact["quantity"] is None:
                rows.append(_row("figure", said, None, INDEPENDENT))
            else:
                written = fact["quantity"]["written"]
                rows.append(_row("figure", said, written, self._figure_relation(value, fact)))
        for time in self.claim.times:
            as_of = record["as_of"] if record is not None else None
            if as_of is None:
                rows.append(_row("time", time.written, None, INDEPENDENT))
                continue
            assert record is not None
            fits = self._time(record) is None
            exclusive = ALTERNATIVE if _is_event(record, years=True) else INDEPENDENT
            rows.append(_row("time", time.written, as_of["written"], EQUIVALENT if fits else exclusive))
        for entity in self.claim.entities:
            if entity in HOME or record is None:
                continue
            mine = self._names(entity)[0 if self.chinese else 1 if len(self._names(entity)) > 1 else 0]
            if self._mentions(record, entity):
                rows.append(_row("entity", mine, mine, EQUIVALENT))
                continue
            kind = self.kinds.get(entity)
            owners = [
                e for e in record["entities"] if self.kinds.get(e) == kind and e not in self.claim.entities
            ]
            if kind in ATTRIBUTED_KINDS and owners:
                rows.append(_row("entity", mine, self._local_name(owners[0]), ALTERNATIVE))
            else:
                rows.append(_row("entity", mine, None, INDEPENDENT))
        if record is not None:
            stated = claims.marker_words(_article_words(record))
            for marker, written in claims.marker_words(self.claim.text).items():
                if marker == "negated":
                    continue
                if marker in stated or (marker == "one-of" and "several" in stated):
                    rows.append(_row("marker", written, stated.get(marker, written), EQUIVALENT))
                    continue
                family = next((f for f in claims.EXCLUSIVE_MARKERS if marker in f), ())
                other = next((m for m in family if m in stated), None)
                if marker == "only" and "one-of" in stated:
                    other = "one-of"
                elif marker == "one-of" and "only" in stated:
                    other = "only"
                rows.append(
                    _row("marker", written, stated[other], ALTERNATIVE)
                    if other is not None
                    else _row("marker", written, None, INDEPENDENT)
                )
        for place in self.strange_places:
            rows.append(_row("place", place, None, INDEPENDENT))
        if evidence and verdict.rule in (UNSTATED_WORD, SIBLING_PLACE):
            missing = self._ungrounded(evidence)
            sibling = self._sibling_place(missing, evidence) if verdict.rule == SIBLING_PLACE else None
            if sibling is not None:
                rows.append(_row("place", sibling[1], sibling[0], ALTERNATIVE))
            rows += [_row("word", self._written(term).strip("'“”"), None, INDEPENDENT) for term in missing]
        if "negated" in self.claim.markers:
            rows.append(_row("polarity", "negated", "affirmed", ALTERNATIVE))
        return rows

    def _figure_said(self, value: ClaimedValue) -> str:
        """A claimed figure with its quantifier, in the claim's language: 近17万名, nearly 170,000."""
        if not self.chinese:
            return _claimed(value)
        quantifier = _CHINESE_QUANTIFIERS.get(value.qualifier, "")
        return value.text if value.text.startswith(quantifier) else f"{quantifier}{value.text}"

    def _local_name(self, entity: str) -> str:
        """An entity's name in the claim's language."""
        names = self._names(entity)
        return names[0] if self.chinese or len(names) < 2 else names[1]

    def chinese_reason(self, verdict: Verdict) -> str:
        """The reason in Chinese, from the rule that decided and the slot it decided on."""
        rule = verdict.rule
        slot = _DECIDING_SLOTS.get(rule)
        rows = [r for r in verdict.alignment if r["slot"] == slot]
        deciding = [r for r in rows if r["relation"] not in (EQUIVALENT, NARROWER)] or rows
        row = deciding[0] if deciding else None
        claimed = row["claim"] if row else ""
        fact = row["fact"] if row else ""
        statement = verdict.evidence[0]["claim"]["zh"] if verdict.evidence else ""
        if rule == NEGATED:
            if verdict.verdict == REFUTED:
                return f"否定：声明否认了原文所说：{statement}"
            return f"否定：声明为否定句，原文不能判定：{statement}"
        if slot == "time" and not fact:
            return f"时间：原文没有说{claimed}的情况：{statement}"
        reason = _CHINESE_REASONS[rule].format(claim=claimed, fact=fact or "", statement=statement)
        if slot == "figure" and row is not None and fact:
            return self._chinese_figure_notes(reason, verdict, str(claimed))
        return reason

    def _chinese_figure_notes(self, reason: str, verdict: Verdict, claimed: str) -> str:
        """A figure's Chinese reason with the fact's time, a relative time read, and a slip."""
        record = next(r for r in verdict.evidence if r["quantity"] is not None)
        as_of = record["as_of"]
        if as_of is not None:
            span = _span(as_of["start"], as_of["end"])
            when = span if as_of["written"] in (span, f"{span}年") else f"{as_of['written']}，即{span}"
            reason = reason.replace("，声明为", f"（{when}），声明为", 1)
        value = next((v for v in self.figures if v.text == claimed), None)
        if verdict.rule == FIGURE_EXCLUSIVE and value is not None:
            article, _, _ = self._intervals(value, record)
            converted = value.unit is not None and value.unit != _fact_amount(record)[0]
            reason += _slip(value, article, converted, chinese=True)
        relative = [time for time in self.claim.times if time.relative]
        if verdict.verdict == SUPPORTED and relative:
            time = relative[0]
            reason += f"（“{time.written}”即{time.start}：原文发表于{self.published}）"
        return reason

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
            # A period (自1984年以来, since 1949) is named by where it starts as well as where
            # it ends: a claim that names its start dates it as the fact does.
            if as_of is not None and as_of["precision"] == "period" and time.within(as_of["start"], as_of["start"]):
                continue
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
                reason = f"the article states it: {record['claim']['en']}"
                return self._result(SUPPORTED, reason, record, rule=STATED)
        covering = self._covering()[:BEST_FEW]
        if not covering:
            return Verdict(self.claim.text, NOT_ENOUGH_INFO, "no fact of the article states it", rule=NO_FACT)
        for candidate in covering:
            record = candidate.record
            if self._agrees(candidate):  # every slot agrees, but the claim says more than the fact
                reason = f"the article states it: {record['claim']['en']}"
                return self._grounded(self._result(SUPPORTED, reason, record, rule=STATED))
            contrary = self._contrary(record)
            if contrary is not None:
                return self._result(REFUTED, contrary[1], record, rule=contrary[0])
        record = covering[0].record
        conflict = self._entity_conflict(record)
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

    def _contrary(self, record: FactRecord) -> tuple[str, str] | None:
        """The rule and the reason by which a covering fact states the contrary of a claim without
        figures, or None."""
        contrary = self._contrary_markers(record)
        if contrary:
            return CONTRARY_MARKER, contrary
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
                return OTHER_ENTITY, f"{conflict[1]}: {record['claim']['en']}"
            return None
        # A time beside a plan or a reason the fact does not state dates that, not the fact's deed.
        if _is_event(record, years=True) and not self._dated_too(record) and not self._unstated_markers(record):
            timing = self._time(record)
            return (OTHER_TIME, timing) if timing is not None else None
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
        if {"only", "one-of"} <= said:
            return ""  # the only one of its kind among several (the only river named one of...)
        if "only" in said and ("one-of" in stated or "several" in stated) and "only" not in stated:
            return f"the article says one of several, the claim the only one: {record['claim']['en']}"
        if ("one-of" in said or "several" in said) and "only" in stated and "one-of" not in stated:
            return f"the article says the only one, the claim one of several: {record['claim']['en']}"
        return ""

    def _unstated_markers(self, record: FactRecord) -> str:
        """A marker of the claim (first, only, largest...) its fact does not state, or a scope
        (全国, 浙江) its first, only or most does not hold in. The fact's own English claim
        states a marker too, for an English claim ("one of", "pioneer"): a translation that adds
        a contrary one is caught by _contrary_markers, which reads the article's words only."""
        stated = _stated_markers(record)
        if self.latin:
            stated |= claims.markers_of(record["claim"]["en"])
        for marker in sorted(self.claim.markers - {"negated"}):
            if marker not in stated and not (marker == "one-of" and "several" in stated):
                return claims.marker_words(self.claim.text).get(marker, _marker(marker))
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
        return all(self._number_stated(value, [record]) for value in self.claim.values)

    def _number_stated(self, value: ClaimedValue, records: Sequence[FactRecord]) -> bool:
        """Whether a claimed number is one the facts' texts state, as written (its digits)."""
        from beilun_cli.read.numerals import chinese_numbers, english_numbers

        text = " ".join(_fact_text(record) for record in records)
        stated = {n.amount for n in chinese_numbers(text, characters=True)}
        stated |= {n.amount for n in english_numbers(text, words=True)}
        return any(math.isclose(value.written, s) or math.isclose(value.amount, s) for s in stated)

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
                return self._result(REFUTED, reason, *([best.record] if best else []), rule=MISTAKEN_IDENTITY)
        return None


class _Lexicon:
    """beilun_cli/verify/paraphrases.toml: the words that state nothing of their own, and the groups of
    words that say the same, each word as the terms a claim's words are compared on."""

    def __init__(
        self,
        neutral: set[str],
        groups: list[list[tuple[str, frozenset[str]]]],
        places: dict[str, list[tuple[str, frozenset[str]]]],
        implied: list[tuple[list[tuple[str, frozenset[str]]], set[str]]] | None = None,
    ) -> None:
        self.neutral = neutral
        self.groups = groups
        self.places = places  # of each kind (city, province), each name with its terms
        self.implied = implied or []  # (the words that imply, the terms they imply)

    def grounds(self, term: str, said: str, held: set[str]) -> bool:
        """Whether a claim's term is neutral, or of a group another word of which the evidence
        uses (`said`: its text; `held`: its terms)."""
        if term in self.neutral:
            return True
        for implying, implied in self.implied:
            if term in implied and any(
                word.casefold() in said if not word.isascii() or " " in word else terms <= held
                for word, terms in implying
            ):
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

        data = tomllib.loads(
            resources.files("beilun_cli.verify").joinpath("paraphrases.toml").read_text("utf-8")
        )
        neutral = {term for word in data["neutral"] for term in _word_terms(word)}
        groups = [
            [(word, frozenset(_word_terms(word))) for word in group["words"]] for group in data["groups"]
        ]
        places = {
            kind: [(name, frozenset(_word_terms(name))) for name in names]
            for kind, names in data["places"].items()
        }
        implied = [
            (
                [(word, frozenset(_word_terms(word))) for word in entry["by"]],
                {term for word in entry["words"] for term in _word_terms(word)},
            )
            for entry in data["implied"]
        ]
        _LEXICON.append(_Lexicon(neutral, groups, places, implied))
    return _LEXICON[0]


def _gazetteer_place(place: str) -> bool:
    """Whether a place a claim names by its suffix (杭州市, Jiangsu Province) is of the
    paraphrase lexicon's places."""
    folded = place.casefold()
    return any(
        folded.startswith(name.casefold())
        for names in _paraphrases().places.values()
        for name, _ in names
    )


def _word_terms(word: str) -> list[str]:
    """A lexicon word as a claim's terms are: English by its stems, Chinese by its pairs of
    characters (入场券: 入场, 场券; a single character is no claim's term)."""
    from beilun_cli.search.engine import index_terms

    if not word.isascii():
        return [word[at : at + 2] for at in range(len(word) - 1)]
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


EQUIVALENT = "equivalent"
NARROWER = "narrower"  # the evidence's is narrower: it entails the claim's
BROADER = "broader"
ALTERNATIVE = "alternative"  # exclusive: both cannot hold
INDEPENDENT = "independent"  # neither decides the other (or the evidence has none: fact is null)

# A claimed figure's quantifier in a Chinese reason.
_CHINESE_QUANTIFIERS = {
    claims.OVER: "超过",
    claims.NEARLY: "近",
    claims.ABOUT: "约",
    claims.AT_LEAST: "至少",
    claims.UNDER: "不到",
    claims.AT_MOST: "至多",
    claims.MORE_THAN: "多于",
}
# The slot each rule decides on, for its reason.
_DECIDING_SLOTS = {
    FIGURE_ENTAILED: "figure",
    FIGURE_EXCLUSIVE: "figure",
    FIGURE_UNDECIDED: "figure",
    NO_FIGURE: "figure",
    OTHER_TIME: "time",
    UNSTATED_TIME: "time",
    OTHER_ENTITY: "entity",
    UNSTATED_ENTITY: "entity",
    MISTAKEN_IDENTITY: "entity",
    CONTRARY_MARKER: "marker",
    UNSTATED_MARKER: "marker",
    SIBLING_PLACE: "place",
    UNNAMED_PLACE: "place",
    UNSTATED_WORD: "word",
}
# Each rule's reason in Chinese: {claim} and {fact} are the deciding slot's values, {statement}
# the evidence's Chinese claim.
_CHINESE_REASONS = {
    STATED: "原文有此陈述：{statement}",
    FIGURE_ENTAILED: "数字：原文为{fact}，声明为{claim}，相符",
    FIGURE_EXCLUSIVE: "数字：原文为{fact}，声明为{claim}，不符",
    FIGURE_UNDECIDED: "数字：原文为{fact}，声明为{claim}，原文既未证实也未否定",
    NO_FIGURE: "数字：原文没有给出声明中“{claim}”所指的数字",
    UNSTATED_WORD: "未提及：原文没有提到“{claim}”",
    UNNAMED_PLACE: "未提及：原文没有提到{claim}",
    SIBLING_PLACE: "地点：原文为{fact}，声明为{claim}",
    OTHER_ENTITY: "主体：原文说的是{fact}，不是{claim}",
    UNSTATED_ENTITY: "主体：原文没有就{claim}这样说：{statement}",
    MISTAKEN_IDENTITY: "人物：原文所说的不是{claim}：{statement}",
    OTHER_TIME: "时间：原文为{fact}，声明为{claim}",
    UNSTATED_TIME: "时间：原文为{fact}，声明为{claim}，原文没有说这一时间的情况",
    CONTRARY_MARKER: "说法：原文为“{fact}”，声明为“{claim}”：{statement}",
    UNSTATED_MARKER: "未提及：原文没有说“{claim}”：{statement}",
    NO_FACT: "原文没有陈述此事",
    PARTLY_STATED: "原文没有陈述其全部内容：{statement}",
    NOTHING_TO_CHECK: "声明没有可核查的内容：请说明所指的对象（北仑的GDP、北仑的志愿者）",
}


def _comparable_fact(value: ClaimedValue, record: FactRecord) -> bool:
    quantity = record["quantity"]
    return quantity is not None and _comparable(value, quantity["amount_unit"], True)


def _row(slot: str, claim: str, fact: str | None, relation: str) -> dict[str, str | None]:
    return {"slot": slot, "claim": claim, "fact": fact, "relation": relation}


def _in_its_place(mine: str, claim: str, theirs: str, said: str) -> bool:
    """Whether the claim's place stands where the fact's stands: the same words just before or
    just after it (the first Suzhou Film... for the first Ningbo Film...; 杭州市第一批 for
    宁波市第一批), not a place added elsewhere (..., in Shanghai)."""
    mine = mine.casefold()
    width = 4 if mine.isascii() else 2
    at, there = claim.index(mine), said.index(theirs)
    before = claim[max(at - width, 0) : at]
    after = claim[at + len(mine) : at + len(mine) + width]
    fact_before = said[max(there - width, 0) : there]
    fact_after = said[there + len(theirs) : there + len(theirs) + width]
    return bool(before.strip()) and before == fact_before or bool(after.strip()) and after == fact_after


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
    a translation may say "one of" of another set ("the only river named one of Zhejiang's...").
    A plan or a reason must be the fact's own (its Chinese claim): a quote's 计划 may be another
    figure's (计划推出1000套, 第一批600套)."""
    stated = claims.markers_of(_article_words(record))
    if not stated & _OWN_MARKERS:
        return stated
    own = claims.markers_of(record["claim"]["zh"])
    return {marker for marker in stated if marker not in _OWN_MARKERS or marker in own}


def _article_words(record: FactRecord) -> str:
    return f"{record['claim']['zh']} {record['quote']}"


def _marker(marker: str) -> str:
    return marker.replace("decade:", "born in the ").replace("one-of", "one of")


def _no_filters() -> Filters:
    from beilun_cli.store.catalog import Filters

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
    # 50多场次 says "more than" itself: the words would say it twice.
    written_inside = value.qualifier == claims.MORE_THAN and re.search(r"\d[多余]", value.text)
    said = not words or value.text.startswith(words) or written_inside
    shown = value.text if said else f"{words} {value.text}"
    unit = _CLASS_UNITS.get(value.unit or "")
    if unit is None or not (value.magnitude or unit in ("m", "m2")):
        return shown
    normalised = _normalised(value.amount, unit)
    return shown if normalised.casefold() in shown.casefold() else f"{shown} ({normalised})"


def _slip(value: ClaimedValue, article: Interval, converted: bool, chinese: bool = False) -> str:
    """Why a refuted figure is off, when it is a currency or a power of ten."""
    if converted:
        if chinese:
            return "（币种不同：任何汇率都不能使两者相等）"
        return " (another currency: no rate of exchange makes them equal)"
    reference = article.low if article.low > -claims.INFINITY else article.high
    if not reference or not value.amount:
        return ""
    ratio = value.amount / reference
    power = round(math.log10(abs(ratio))) if ratio > 0 else 0
    if power and abs(math.log10(abs(ratio)) - power) < 0.05:
        if chinese:
            return f"（{'多' if power > 0 else '少'}了{10 ** abs(power):,}倍：数量级之误）"
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
    return Verdict(text, SUPPORTED, reason, evidence, FIGURE_ENTAILED)
