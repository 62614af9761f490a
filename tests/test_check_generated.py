"""beilun check on claims generated from every fact (tests/check_generated.py), and on the wrong
answers issue 23 found with claims of its own (development data now).

The generated suite must never be answered "supported" wrongly. Its share right per verdict is
held at least where it stands (supported 98.6%, refuted 98.0%, not-enough-info 99.5% of 4,350
claims, with the leftover words' families of check_generated_residue.py; the comparisons,
differences, ratios and spans of two facts are right every time); the issue's target is 98%
for each. The fast test takes every fourth fact (about 10 seconds of CPU); the full sweep
(about 26) is marked slow: `pytest -m slow tests/test_check_generated.py`.
"""

from __future__ import annotations

import functools
import json
from collections import Counter

import pytest
from check_generated import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Case, cases
from check_generated_alternatives import alternative_cases
from check_generated_bound import named_attribute_cases
from check_generated_conjunction import FAMILIES as CONJUNCTIONS
from check_generated_contrast import FAMILIES as CONTRASTS
from check_generated_contrast import contrast_cases
from check_generated_copied import copied_cases
from check_generated_paraphrase import paraphrase_cases
from check_generated_relations import IN_ORDER
from check_generated_slot_values import slot_value_cases
from check_generated_stages import stage_time_cases
from check_generated_words import swapped_word_cases
from conftest import run

from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))
# The share of each verdict right today, on every fact and on every fourth: a floor, not the
# target (98%).
FLOORS = {SUPPORTED: 0.98, REFUTED: 0.97, NOT_ENOUGH_INFO: 0.99}
SAMPLE_FLOORS = {SUPPORTED: 0.98, REFUTED: 0.97, NOT_ENOUGH_INFO: 0.99}
# Pairs of facts joined into one claim, a family of its own: its floors where it stands today
# (the statements of the article's captions and long sentences are not all split right yet).
CONJUNCTION_FLOORS = {SUPPORTED: 0.85, REFUTED: 0.80, NOT_ENOUGH_INFO: 0.95}


def _answered(every: int) -> list[tuple[Case, verdicts.Verdict]]:
    base = SHIPPED()
    # Every fourth fact of its own; the claims over two facts (their ids joined by +) all, so
    # that adding a family of them moves no fact in or out of the sample. The sampled pairs of
    # facts joined into one claim are judged apart (_conjunctions).
    facts = sorted({case.fact for case in cases(base) if "+" not in case.fact})
    kept = set(facts[::every])
    return [
        (case, verdicts.check(base, case.claim))
        for case in cases(base)
        if (case.fact in kept or "+" in case.fact) and case.family not in (*CONJUNCTIONS, *CONTRASTS)
    ]


def _conjunctions(every: int) -> list[tuple[Case, verdicts.Verdict]]:
    """Every `every`-th pair of facts joined into one claim (check_generated_conjunction.py)."""
    base = SHIPPED()
    joined = [case for case in cases(base) if case.family in CONJUNCTIONS]
    kept = set(sorted({case.fact for case in joined})[::every])
    return [(case, verdicts.check(base, case.claim)) for case in joined if case.fact in kept]


def _judge(answered: list[tuple[Case, verdicts.Verdict]], floors: dict[str, float]) -> None:
    wrong = [
        f"[{case.family}] {case.claim} ({case.verdict}): {answer.reason}"
        for case, answer in answered
        if answer.verdict == SUPPORTED and case.verdict not in (SUPPORTED, IN_ORDER)
    ]
    assert wrong == []
    # Two things said in the article's order are never refuted for it.
    reversed_wrongly = [
        case.claim for case, answer in answered if case.verdict == IN_ORDER and answer.verdict == REFUTED
    ]
    assert reversed_wrongly == []
    totals = Counter(case.verdict for case, _ in answered)
    right = Counter(case.verdict for case, answer in answered if answer.verdict == case.verdict)
    for verdict, floor in floors.items():
        assert right[verdict] >= floor * totals[verdict], (verdict, right[verdict], totals[verdict])


def test_generated_claims_of_every_fourth_fact() -> None:
    _judge(_answered(4), SAMPLE_FLOORS)


@pytest.mark.slow
def test_generated_claims_of_every_fact() -> None:
    _judge(_answered(1), FLOORS)


def test_joined_pairs_of_facts_of_a_sample() -> None:
    """Two facts' claims joined into one: supported when both are stated, refuted with one
    perturbed, not-enough-info with one given an unstated addition; never a wrong "supported"."""
    _judge(_conjunctions(4), CONJUNCTION_FLOORS)


@pytest.mark.slow
def test_joined_pairs_of_facts() -> None:
    _judge(_conjunctions(1), CONJUNCTION_FLOORS)


# Claims that deny one of their clauses or put one thing in the stead of another
# (check_generated_contrast.py), by family: the share right today, a floor.
CONTRAST_FLOORS = {
    "denied-clause": 0.85,
    "contrast-swapped": 0.97,
    "contrast-kept": 0.95,
    "member-aside": 0.97,
}


def _contrasts(every: int) -> None:
    base = SHIPPED()
    records = list(base.fact_records(catalog.Filters()))
    kept = {record["id"] for record in sorted(records, key=lambda record: record["id"])[::every]}
    answered = [(case, verdicts.check(base, case[3])) for case in contrast_cases(records) if case[0] in kept]
    wrong = [
        f"[{case[1]}] {case[3]}: {answer.reason}"
        for case, answer in answered
        if answer.verdict == SUPPORTED and case[4] != SUPPORTED
    ]
    assert wrong == []
    for family, floor in CONTRAST_FLOORS.items():
        results = [answer.verdict == case[4] for case, answer in answered if case[1] == family]
        assert results and sum(results) >= floor * len(results), (family, sum(results), len(results))


def test_contrasts_of_every_fourth_fact() -> None:
    """A claim of two facts' statements, one denied: refuted; a member of a set said rather than
    the fact's: refuted, the fact's said rather than another: supported; another member in a
    clause of its own: not-enough-info. Never a wrong "supported"."""
    _contrasts(4)


@pytest.mark.slow
def test_contrasts_of_every_fact() -> None:
    _contrasts(1)


def test_alternatives_of_every_fact() -> None:
    """Each member of a set of alternatives a fact's claim names, replaced by another of its set:
    refuted; by a name of nothing: not-enough-info; kept: supported; another body beside it, in a
    clause of its own: not-enough-info. Every one of them, every fact."""
    base = SHIPPED()
    records = list(base.fact_records(catalog.Filters()))
    answered = [(case, verdicts.check(base, case[3])) for case in alternative_cases(records)]
    families = Counter(case[1] for case, _ in answered)
    assert families["other-member"] >= 16 and families["unknown-member"] >= 16
    assert families["own-member"] >= 16 and families["member-elsewhere"] >= 4
    wrong = [
        f"[{case[1]}] {case[3]}: {answer.reason}" for case, answer in answered if answer.verdict != case[4]
    ]
    assert wrong == []


def test_entities_lists_and_years_in_the_facts_stead() -> None:
    """The one entity of its kind a fact names replaced by another of the base (the “龙马风情” line
    for the “花香柴桥” one), a closed list counted one member short (三美, of four), an event claimed
    in the year of another event of its entity: refuted, every one of each family but a few slots
    the fact's words do not tie (tests/check_generated_entities.py); never supported."""
    base = SHIPPED()
    answered = [
        (case, verdicts.check(base, case.claim)) for case in cases(base) if case.family in _ENTITY_FAMILIES
    ]
    totals = Counter(case.family for case, _ in answered)
    right = Counter(case.family for case, answer in answered if answer.verdict == case.verdict)
    assert totals["slot-swapped"] >= 40 and right["slot-swapped"] >= 36, (totals, right)
    assert right["list-recounted"] == totals["list-recounted"] >= 1
    assert right["year-swapped"] == totals["year-swapped"] >= 20
    assert [
        case.claim for case, answer in answered if answer.verdict == SUPPORTED and case.verdict == REFUTED
    ] == []
    assert [
        case.claim for case, answer in answered if answer.verdict == REFUTED and case.verdict == IN_ORDER
    ] == []


_ENTITY_FAMILIES = ("slot-swapped", "list-counted", "list-recounted", "year-swapped")


# Claims of a stage or of the time of a state (check_generated_stages.py), by family: the share
# right today, a floor.
STAGE_FLOORS = {
    "stage-later": 1.0,
    "stage-other-deed": 1.0,
    "stage-reached-later": 0.8,
    "stage-to-come": 1.0,
    "ordinal-moved": 1.0,
    "ordinal-other-occasion": 0.5,
    "begun-later": 1.0,
    "begun-other-deed": 1.0,
}


def test_stages_and_times_of_state_of_every_fact() -> None:
    """Every fact's stage moved to a later one (正在成为 to 已经成为, 筹建 to 已经建成): refuted; a
    stage to come, or one reached years later, dated where the fact dates another (due to be
    completed by 2021, of projects signed in 2019): not-enough-info; "already" of a deed the fact
    never tells: not-enough-info; a first batch said the second: refuted, the second in another
    month: not-enough-info. Never a wrong "supported"."""
    base = SHIPPED()
    records = list(base.fact_records(catalog.Filters()))
    kinds = base.claim_vocabulary().entity_kinds
    names = {entity: base.entity_names(entity) for entity in kinds}
    answered = [(case, verdicts.check(base, case[3])) for case in stage_time_cases(records, names, kinds)]
    wrong = [
        f"[{case[1]}] {case[3]}: {answer.reason}"
        for case, answer in answered
        if answer.verdict == SUPPORTED and case[4] != SUPPORTED
    ]
    assert wrong == []
    for family, floor in STAGE_FLOORS.items():
        results = [answer.verdict == case[4] for case, answer in answered if case[1] == family]
        assert results and sum(results) >= floor * len(results), (family, sum(results), len(results))


def test_slots_of_one_value() -> None:
    """A slot of one value a fact's claim fills (以港口文化为主题), filled with a topic's name that
    shares none of its words: refuted (other-slot-value); kept, or cut to its head: supported."""
    base = SHIPPED()
    records = list(base.fact_records(catalog.Filters()))
    topics = [topic["name"] for topic in base.topics()]
    answered = [(case, verdicts.check(base, case[3])) for case in slot_value_cases(records, topics)]
    totals = Counter(case[1] for case, _ in answered)
    assert totals["slot-value-other"] >= 28 and totals["slot-value-kept"] >= 2, totals
    assert [
        f"[{case[1]}] {case[3]}: {answer.reason}" for case, answer in answered if answer.verdict != case[4]
    ] == []


def test_attributes_bound_to_their_names() -> None:
    """Two names of one kind a fact's claim gives each its own words in a clause of its own (在
    “六争攻坚”当标兵、“三年攀高”争先进), exchanged: refuted, every one (swapped-attributes, or the
    figure's own rule); kept, in another of their forms: supported but for one English claim whose
    figures the checker misreads (6% of Ningbo's land area: figure-exclusive, not this family's)."""
    base = SHIPPED()
    records = list(base.fact_records(catalog.Filters()))
    kinds = base.claim_vocabulary().entity_kinds
    names = {entity: base.entity_names(entity) for entity in kinds}
    answered = [
        (case, verdicts.check(base, case[3])) for case in named_attribute_cases(records, names, kinds)
    ]
    totals = Counter(case[1] for case, _ in answered)
    right = Counter(case[1] for case, answer in answered if answer.verdict == case[4])
    assert right["attributes-swapped"] == totals["attributes-swapped"] >= 10, (totals, right)
    assert right["attributes-kept"] >= totals["attributes-kept"] - 1 >= 9, (totals, right)
    assert [case[3] for case, answer in answered if answer.verdict == SUPPORTED and case[4] == REFUTED] == []


def test_paraphrase_classes_of_every_fact() -> None:
    """Every fact's claim with a word said by a paraphrase class (the Chinese team, the city's, a
    teenage girl, wants to for a purpose, 希望 for ,以…, the article opening with its first
    paragraph's picture): supported; by a word no class grounds (the Japanese team, an
    octogenarian of 17, a deed done said wanted, another picture said to open the article): never
    supported; a class word carrying a content word: never supported
    (tests/check_generated_paraphrase.py). Every one of them."""
    base = SHIPPED()
    answered = [
        (case, verdicts.check(base, case[2]))
        for record in base.fact_records(catalog.Filters())
        for case in paraphrase_cases(record)
    ]
    families = Counter(case[0] for case, _ in answered)
    assert families["demonym"] >= 5 and families["the-city"] >= 5 and families["age-class"] >= 2
    assert families["wanting"] >= 2 and families["class-with-content"] >= 2000
    assert families["article-opening"] >= 2 and families["article-opening-other"] >= 10
    assert families["wanting-zh"] >= 2 and families["wanting-done-zh"] >= 2
    wrong = [
        f"[{case[0]}] {case[2]}: {answer.reason}"
        for case, answer in answered
        if (answer.verdict == SUPPORTED) != (case[3] == SUPPORTED)
    ]
    assert wrong == []


def test_sentences_of_the_article_copied() -> None:
    """Every sentence of the article copied after 文章称: mostly supported (a heading, a line of
    verse or a sentence no fact is told near is not); with a word replaced by a noun of another
    topic, never supported (tests/check_generated_copied.py)."""
    base = SHIPPED()
    answered = [(case, verdicts.check(base, case[1])) for case in copied_cases(base)]
    totals = Counter(case[0] for case, _ in answered)
    right = Counter(case[0] for case, answer in answered if answer.verdict == case[2])
    assert totals["article-copied"] >= 90
    # Where it stands (76 of 100; 64 before a copied paragraph grounded its words): a floor.
    assert right["article-copied"] >= 0.75 * totals["article-copied"], right
    wrong = [case[1] for case, answer in answered if answer.verdict == SUPPORTED and case[2] != SUPPORTED]
    assert wrong == []


# The share of the swapped-character claims (check_generated_words.py) not supported today: a
# floor. The rest are supported by a word reading no table yet gives: a character across two
# names (冠军浩 of 陈军浩), a quoted name's character (“三年三快”), a light verb in a content
# verb's stead (实现 for 涌现); 278 of the 503 were before the article's own words were read.
SWAPPED_FLOOR = 0.67


def test_a_word_with_a_character_swapped() -> None:
    """Each word of every fact's Chinese claim with one character swapped for another that makes
    a word the article writes elsewhere (农业 for 产业): never supported, as far as the words are
    read (SWAPPED_FLOOR); the known wrong answers are counted, not listed."""
    base = SHIPPED()
    records = list(base.fact_records(catalog.Filters()))
    answered = [
        (case, verdicts.check(base, case[3])) for case in swapped_word_cases(records, base.article_text())
    ]
    assert len(answered) >= 450
    kept = sum(1 for _, answer in answered if answer.verdict != SUPPORTED)
    assert kept >= SWAPPED_FLOOR * len(answered), (kept, len(answered))


def test_every_family_is_generated() -> None:
    families = Counter(case.family for case in cases(SHIPPED()))
    assert set(families) == {
        "own",
        "chinese-numeral",
        "rounded",
        "unit-spelled",
        "relative-year",
        "number-moved",
        "magnitude-swapped",
        "quantifier-reversed",
        "year-shifted",
        "only-to-one-of",
        "one-of-to-only",
        "first-to-second",
        "fall-for-growth",
        "days-between",
        "other-entity",
        "other-authority",
        "sibling-place",
        "other-origin",
        "own-festival",
        "other-festival",
        "status-flipped",
        "status-denied",
        "negated-figure",
        "level-to-change",
        "per-unit-dropped",
        "two-fact-comparison",
        "two-fact-ratio",
        "two-fact-difference",
        # tests/check_generated_arithmetic.py: sums, multiples with their quantifiers, verbs that
        # compare, N to one, what is left of a whole, a part's share of it, a tally before its
        # additions and as a multiple of them.
        "two-fact-sum",
        "two-fact-ratio-bound",
        "two-fact-exceeds",
        "two-fact-to-one",
        "whole-remainder",
        "whole-share",
        "tally-before",
        "tally-before-year",
        "tally-before-year-joined",
        "tally-ratio",
        "tally-share",
        # A multiple's quantifier before its whole (超过B的N倍, nearly N times), two levels compared
        # (A of 40.6% is slightly higher than B of 40.1%), the rest besides a part (除第一批外).
        "two-fact-ratio-before-whole",
        "two-fact-levels",
        "whole-besides",
        "whole-after",
        "whole-share-total",
        # A period back from the fact's day (7年来) restated as the time it took (用了7年时间).
        "span-restated",
        "entity-comparison",
        "entity-ratio",
        "years-since",
        "unnamed-place",
        "superlative",
        "reason",
        "future-plan",
        "detail",
        # tests/check_generated_joined.py: two figures of one article sentence, each its own fact's.
        "joined-figures",
        # tests/check_generated_residue.py: light words need no grounding; content beside them
        # does, and a verb of change is none.
        "light-verb",
        "discourse-word",
        "generic-noun",
        "figure-word",
        "light-with-content",
        "level-as-added",
        # tests/check_generated_paraphrase.py: the paraphrase classes for the fact's words, a word
        # no class grounds, and a class word carrying a content word.
        "demonym",
        "demonym-other",
        "the-city",
        "the-city-other",
        "preparations",
        "pressing-ahead",
        "level-reached",
        "line-of-stages",
        "generic-noun-en",
        "age-class",
        "age-class-other",
        "wanting",
        "wanting-done",
        # Where in the article a caption's picture stands, and a Chinese verb of wanting.
        "article-opening",
        "article-opening-other",
        "article-closing-other",
        "wanting-zh",
        "wanting-done-zh",
        "class-with-content",
        "listed-member",
        "unlisted-member",
        "month-part",
        # tests/check_generated_synonyms.py: the paraphrase lexicon's families and copulas for the
        # fact's words; its plan said done; its synonym claim denied.
        "synonym",
        "copula",
        "plan-said-done",
        "synonym-denied",
        # tests/check_generated_grounding.py: a frame word for the fact's verb adds nothing; a
        # content word it carries is unstated.
        "frame-word",
        "frame-word-content",
        # tests/check_generated_grounding.py: the English frames of the vocabulary around a fact's
        # claim and its perturbations, and carrying an unstated word; a verb said done again by
        # its prefix, where the article says again and where it does not; a record all won, its
        # loss denied, its win denied, a loss claimed.
        "english-frame-own",
        "english-frame-detail",
        "english-frame-other-entity",
        "english-frame-moved",
        "english-frame-content",
        "done-again",
        "done-again-unstated",
        "loss-denied",
        "win-denied",
        "loss-claimed",
        # A change a fact states (更名为, transformed into), said with became the way it went
        # and reversed.
        "change-kept",
        "change-reversed",
        # tests/check_generated_frames.py: a frame of the article changes no verdict, a speaker's
        # is none; a figure's measure word or a classifier before it adds nothing.
        "framed-own",
        "framed-number-moved",
        "framed-magnitude-swapped",
        "framed-quantifier-reversed",
        "framed-other-entity",
        "framed-status-flipped",
        "framed-detail",
        "speaker-frame",
        # The same quoted whole as a sentence of the article (文章中有这样一句话：“…”).
        "quoted-own",
        "quoted-number-moved",
        "quoted-other-entity",
        "quoted-detail",
        # tests/check_generated_pictures.py: a caption's words said of a picture of the article
        # are stated; a text fact's are in no picture.
        "caption-framed",
        "text-pictured",
        # A caption said of the picture at its place among the article's (文章第三张图片是…): stated;
        # at another place: refuted.
        "caption-placed",
        "caption-misplaced",
        # Captions said together with their count (文章配图中有“A”和“B”两幅): the count is the
        # list's; with a caption never printed, or a count too many: not-enough-info.
        "captions-listed",
        "captions-listed-unprinted",
        "captions-listed-miscounted",
        "measure-word",
        "measure-word-moved",
        "classifier",
        "classifier-moved",
        # A round figure below the fact's passed, with a mark noun (突破1000亿元大关), and above it.
        "figure-mark-sup",
        "figure-mark-ref",
        # A stage said still reached, for one the article says later (仍在建设中 for 已投入运营).
        "status-still",
        # tests/check_generated_lists.py: an only of a member of an open list, the group's figure
        # given to one member, another entity in a closed list.
        "only-listed",
        # An only said of the first member of a list alone (只从住房入手), the others dropped.
        "only-one-of-listed",
        "listed-member-figure",
        "closed-list-member",
        # Lists spread over several facts (each member its own fact's), and with an unknown name.
        "shared-list",
        "shared-list-unknown",
        # tests/check_generated_relations.py: two stages of a fact's sequence in its order and
        # reversed, two dated events the wrong way round, an undated caption given a year, a
        # whole said all done where a part is said reached.
        "order-kept",
        "order-reversed",
        "order-of-events",
        "caption-dated",
        "all-done",
        "span-a-month",
        "span-a-year",
        "number-nearly",
        # tests/check_generated_members.py: every member of a list said to be one of its kind or
        # among it, the only one of it, and another list's member said to be one of it; a quoted
        # list a count closes, its members, a wrong count, and an outsider.
        "member-one-of",
        "member-among",
        "member-only",
        "member-outsider",
        "member-of-counted",
        "member-count-moved",
        "counted-outsider",
        # tests/check_generated_closed.py: a closed list of siblings, a member swapped for a
        # sibling outside it, each member and the sibling said to be one of its set, or not.
        "closed-swapped",
        "closed-member",
        "closed-member-denied",
        "closed-outsider",
        "closed-outsider-denied",
        # A quotation listing items across its clauses, an item swapped for a made-up sibling.
        "closed-quoted-swapped",
        # tests/check_generated_each.py: a member of a list whose bound each member has.
        "each-bound-kept",
        "each-below",
        "each-far-above",
        # tests/check_generated_totals.py: a figure each member has said as their total; another
        # place's figure said as Beilun's.
        "total-of-each",
        "total-of-each-just-past",
        "figure-of-another-place",
        # tests/check_generated_only.py: an only said of a fact's exact count, and of one fewer.
        "only-fewer",
        "only-as-many",
        # tests/check_generated_sibling_lists.py: a member of one of two sibling lists, said to be
        # of its own kind and of the other, and classed by the article in the other.
        "sibling-list-own",
        "sibling-list-other",
        "sibling-list-classed",
        # tests/check_generated_measured.py: a sibling's figure for a fact's measure, two bounds,
        # counts of times, a first of one of, a listed member denied and an outsider.
        "sibling-measure",
        "bounds-true",
        "bound-false",
        "count-of-times",
        "count-kept",
        "first-of-one-of",
        "not-included",
        "not-among",
        "not-included-outsider",
        # tests/check_generated_events.py: a dated event held in its month, and in another.
        "event-month",
        "event-other-month",
        # tests/check_generated_names.py: a number inside a name replaced by another.
        "renumbered-name",
        # tests/check_generated_entities.py: the fact's one entity of its kind in another's stead, a
        # closed list counted (and one member short), an event in the year of another of its entity.
        "slot-swapped",
        # tests/check_generated_bound.py: two names of one kind exchanged, each said with the
        # other's words, and kept in another of their forms.
        "attributes-swapped",
        "attributes-kept",
        # tests/check_generated_slot_values.py: a slot of one value filled with another, kept, cut.
        "slot-value-other",
        "slot-value-kept",
        "slot-value-head",
        "list-counted",
        "list-recounted",
        "year-swapped",
        # tests/check_generated_counted.py: a figure's counted noun of another kind.
        "counted-noun-swapped",
        "counted-noun-unstated",
        "counted-noun-moved",
        # A modifier of another kind inside the counted phrase (21个工业企业增资扩产项目).
        "counted-noun-modifier",
        # tests/check_generated_figures.py: a share said as a half.
        "half-share",
        # tests/check_generated_figures.py: dates in Chinese numerals, quantifiers as intervals,
        # spans to the publication day.
        "chinese-date",
        "chinese-date-shifted",
        "quantifier-sup",
        "quantifier-ref",
        "span-since-sup",
        "span-since-ref",
        # tests/check_generated_times.py: a fact's year asserted in its own sentence, and a
        # project said at its stage or another.
        "year-asserted",
        "year-asserted-other",
        "member-stage",
        "member-other-stage",
        # tests/check_generated_stages.py: a stage moved later, a stage or a deed of its own at a
        # time or with an "already" the fact does not give, a first batch said the second.
        "stage-later",
        "stage-other-deed",
        "stage-reached-later",
        "stage-to-come",
        "ordinal-moved",
        "ordinal-other-occasion",
        "begun-later",
        "begun-other-deed",
        "decades",
        "decades-moved",
        # tests/check_generated_spans.py: a dated event so long before the article, and two
        # events so many years apart, at the right figure and one beyond it.
        "span-ago",
        "span-ago-moved",
        "span-to-year",
        "span-to-year-moved",
        "anniversary",
        "anniversary-moved",
        "years-between",
        "years-between-moved",
        "before-the-later",
        # tests/check_generated_alternatives.py: a member of a set of alternatives (a sea, a
        # region, a province, an arm) replaced by another of its set, and by a name of nothing.
        "other-member",
        "only-other-member",
        "unknown-member",
        "own-member",
        "member-elsewhere",
        # tests/check_generated_anchored.py: a figure found by its subject where the claim's
        # words find no fact, kept and moved; one year as the time a year's figure holds over.
        "subject-figure-kept",
        "subject-figure-moved",
        "subject-period-moved",
        "one-year-frame",
        "one-year-frame-moved",
        # tests/check_generated_measure_kinds.py: a count moved, with its noun and with a noun
        # the article never writes; a marked fact's figure moved, beside its unmarked rival.
        "noun-moved",
        "noun-other",
        "marked-moved",
        # tests/check_generated_conjunction.py: two facts' claims joined into one.
        "joined-stated",
        "joined-refuted",
        "joined-unstated",
        # Every two facts told one after the other in a paragraph, joined the same ways.
        "paragraph-stated",
        "paragraph-refuted",
        "paragraph-unstated",
        # tests/check_generated_contrast.py: a clause denied, X rather than Y either way, and
        # another member in a clause of its own.
        "denied-clause",
        "contrast-swapped",
        "contrast-kept",
        "member-aside",
    }
    assert families["own"] == 2 * SHIPPED().fact_count


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # Wrongly supported before: a sibling place, a place never named, a plan for a first
        # batch, a level the article does not give, a bureau, a reason.
        (
            "Beilun hosted the first Suzhou Film and Television Culture Summit Forum",
            "refuted",
            "sibling-place",
        ),
        ("The China Port Museum is Shanghai's only national-level museum", "refuted", "sibling-place"),
        # Beilun is in Ningbo: a city in its stead excludes it.
        ("中国第一个工业社区大港社区诞生于上海", "refuted", "sibling-place"),
        # Another of a set of alternatives in the fact's slot: a sea, a region, a district of
        # Ningbo, a province, a body part (the words of one grounded by a character of the fact's).
        ("北仑坐落在黄海之滨", "refuted", "sibling-place"),
        ("Beilun lies on the shore of the Bohai Sea", "refuted", "sibling-place"),
        ("北仑是珠三角的能源和先进制造业基地", "refuted", "sibling-place"),
        (
            "Beilun is an important energy and manufacturing base for the Greater Bay Area",
            "refuted",
            "sibling-place",
        ),
        ("大港社区这个中国首个工业社区是在鄞州诞生的", "refuted", "sibling-place"),
        ("爱心接力让一名17岁的湖南姑娘保住了手臂", "refuted", "sibling-place"),
        ("一名17岁吉林姑娘的腿得救了", "refuted", "other-member"),
        # Only from an age up, where the article covers all from 80 up: the claim leaves some out.
        ("北仑“爱心食堂”只覆盖90岁以上老人", "refuted", "figure-exclusive"),
        ("北仑“爱心食堂”覆盖90岁以上老人", "supported", "figure-entailed"),
        ("Beilun's Love Canteens only cover residents aged 90 and over", "refuted", "figure-exclusive"),
        # A sibling outside a closed set of quoted names is quoted too; two characters before
        # the affix unquoted are no name (当前北仑 is "Beilun now").
        ("北仑依托的三大工程分别是“青年北仑”“数字北仑”和“智造北仑”", "refuted", "other-member"),
        (
            "当前北仑正全力实施“双城”发展战略,同时实施“青年北仑”“数字北仑”“美丽北仑”三大工程",
            "supported",
            "figure-entailed",
        ),
        # Another body, kind of place, role, standing or use in the slot of the fact's, every
        # other word grounded; the same member in a clause of its own stays unstated.
        ("北仑“蒲公英”宣讲团受到教育部的通报表彰", "refuted", "other-member"),
        (
            "It was the Ministry of Commerce that honoured the Dandelion lecture group",
            "refuted",
            "other-member",
        ),
        ("北仑体育训练基地由省体育局命名", "refuted", "other-member"),
        ("北仑要打造现代化内陆智创之城", "refuted", "other-member"),
        (
            "Beilun is an attractive new inland city with a sandy beach nearly 2,000 metres long",
            "refuted",
            "other-member",
        ),
        (
            "Beilun is a laggard in development and opening-up for Zhejiang and Ningbo",
            "refuted",
            "other-member",
        ),
        ("张人亚是中共第一部党章的起草人", "refuted", "other-member"),
        ("北仑大力发展乡村民宿等新型业态,但大量农村存量资源仍然闲置", "refuted", "other-member"),
        (
            "According to the Ministry of Education, the Dandelion lecture group was commended as an "
            "advanced collective in grassroots theory outreach",
            "not-enough-info",
            "unstated-word",
        ),
        ("The Ministry of Education praised Beilun's schools", "not-enough-info", "unnamed-place"),
        ("北仑的内陆地区有许多森林", "not-enough-info", "no-fact"),
        ("The relay saved the legs of a 17-year-old girl from Jilin", "refuted", "other-member"),
        # A name of no set is no alternative: unstated.
        ("Beilun lies on the shore of the Zorvian Sea", "not-enough-info", "unstated-word"),
        ("北仑是瓦伦丁湾重要的先进制造业基地", "not-enough-info", "unstated-word"),
        # The plan is 1,000 (600 is the first batch, which no plan states): a plan of 600 is refuted.
        ("北仑计划今年推出青年公寓600套", "refuted", "figure-exclusive"),
        ("北仑2019年一共只计划推出600套青年公寓。", "refuted", "figure-exclusive"),
        ("华朔科技的模具达到国内一般水平", "refuted", "contrary-marker"),
        # The General Administration of Sport named it: the authority of a place in its stead.
        (
            "The Beilun Sports Training Base was named by Zhejiang's sports bureau",
            "refuted",
            "other-entity",
        ),
        ("Beilun's economy grew because of the digital economy", "not-enough-info", "unstated-marker"),
        # Wrong the other way before: a Chinese decimal, miles.
        ("北仑户籍人口占全市的百分之六点五", "supported", "figure-entailed"),
        ("Beilun's forest trails stretch about 76 miles", "supported", "figure-entailed"),
        # A level claimed as an increase, a stage later than the article's, a figure per mu
        # claimed as a total; per hectare converted to per mu.
        ("北仑2018年GDP比上年增加了1146.46亿元", "refuted", "level-for-change"),
        (
            "SMIC N2, the Chevron project and LNG Phase II have already been completed and put into"
            " operation.",
            "refuted",
            "contrary-status",
        ),
        (
            "Weike Optoelectronics' base is expected to pay a total of 1.47 million yuan in tax once it is"
            " in production.",
            "refuted",
            "per-unit",
        ),
        ("2018年北仑本级GDP比上年增长了百分之七点五。", "supported", "figure-entailed"),
        # 上旬 and 下旬 hold their days; a period is named by its start; per hectare is 15 mu.
        ("第一批600套青年公寓于2019年8月上旬开放申购", "supported", "figure-entailed"),
        ("第一批600套青年公寓于2019年8月下旬开放申购", "refuted", "other-time"),
        ("7年来(2012年以来),北仑“爱心食堂”已遍布92家。", "supported", "figure-entailed"),
        (
            "Weike Optoelectronics' new base is expected to yield roughly 22 million yuan of tax per hectare"
            " once in production.",
            "supported",
            "figure-entailed",
        ),
        # Two facts compared: 40.1% against 40.6%.
        ("北仑森林覆盖率比绿化覆盖率低", "supported", "comparison-holds"),
        ("Beilun's forest coverage is higher than its green coverage", "refuted", "comparison-fails"),
        # The order is the claim's, whichever way a name is written (green-space, green space):
        # the first run of the second blind set found this one supported.
        ("Beilun's green-space ratio is higher than its green coverage rate", "refuted", "comparison-fails"),
        # Two measures named by the base's names: 比 before a name holding 比重, an entity of the
        # second measure's name (国家级), a ratio whose operands are the two measures named.
        ("北仑占全市土地面积比重比占全市户籍人口比重高", "refuted", "comparison-fails"),
        (
            "北仑市级行业骨干企业数比获评国家级单项冠军培育企业或单项冠军产品的企业数高",
            "supported",
            "comparison-holds",
        ),
        ("北仑新增百亿级企业(集团)数约是百亿级企业(集团)累计数的0.25倍", "supported", "arithmetic-holds"),
        # Over 1 million against about 2.3 million: either may be the more.
        ("北仑已完成改造面积比已启动的改造工程面积高", "not-enough-info", "unstated-marker"),
        (
            "Beilun's forest coverage is about 2 times its green coverage of the built-up area",
            "refuted",
            "arithmetic-fails",
        ),
        # Claims over two facts: a ratio, a share (the stated 1,000 is the denominator), an average,
        # a sum of one figure's two members, the days between two dated events; each the wrong way.
        (
            "Beilun's share of Ningbo's economy is more than two and a half times its share"
            " of the city's land.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "Beilun's share of the city's land is more than two and a half times its share"
            " of Ningbo's economy.",
            "refuted",
            "arithmetic-fails",
        ),
        (
            "The first batch of youth apartments amounted to 60% of the 1,000 Beilun planned"
            " to offer in 2019.",
            "supported",
            "arithmetic-holds",
        ),
        ("The 1,000 youth apartments planned were 60% of the first batch.", "refuted", "arithmetic-fails"),
        ("北仑已完成改造的老旧小区面积，占已启动改造总面积的四成以上。", "supported", "arithmetic-holds"),
        (
            "The 21 expansion projects signed in Beilun in September 2019 average more than 150 million yuan"
            " of investment each.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "Beilun's total foreign trade (imports plus exports) exceeded 20 billion US dollars in 2018.",
            "supported",
            "figure-entailed",
        ),
        (
            "The shortlist lottery for the first youth apartments came 17 days after purchase applications"
            " opened.",
            "supported",
            "arithmetic-holds",
        ),
        # The two events the other way round: their order refutes it, whatever the span.
        (
            "Purchase applications for the first youth apartments opened 17 days after the"
            " shortlist lottery.",
            "refuted",
            "other-order",
        ),
        # A combined total the article states is the figure itself: another one is refuted.
        (
            "SMIC N2, the Chevron project and LNG Phase II together have 80 billion yuan of investment",
            "refuted",
            "figure-exclusive",
        ),
        # Refuted: a fall for growth, another rank, one of several for the only one, another
        # congress of the same kind.
        ("Beilun's economy shrank in 2018.", "refuted", "contrary-change"),
        ("北仑的GDP增速在2018年下滑", "not-enough-info", "unstated-word"),
        (
            "Beilun ranked second in Ningbo on ten economic indicators in the first half of 2019.",
            "refuted",
            "contrary-marker",
        ),
        ("中国港口博物馆是宁波几家国家级博物馆中的一家。", "refuted", "contrary-marker"),
        # A member of "each over 10 billion" said to be below it; "exceed $10 billion" is over.
        (
            "In 2018 Beilun's exports passed US$10 billion but its imports stayed below that level.",
            "refuted",
            "figure-exclusive",
        ),
        (
            "Several Zhejiang counties and districts besides Beilun saw both imports and exports exceed"
            " $10 billion in 2018.",
            "refuted",
            "contrary-marker",
        ),
        # The girl is of the relay's own sentence (another fact tells them together): the relay's
        # length decides; another person's relay is another's deed.
        ("胡朝霞爱心团队跨越1600公里接力，救下了吉林姑娘的手臂。", "refuted", "figure-exclusive"),
        ("陈军浩跨越2600公里接力，救下了吉林姑娘的手臂。", "refuted", "other-entity"),
        # A stage to come contradicts no stage of now.
        ("雪龙集团的数字工厂将在2020年建成投产。", "not-enough-info", "unstated-time"),
        # The only one in Zhejiang is not said to be the only one "in all of China".
        (
            "Beilun was the only district in all of China whose imports and exports each exceeded $10 billion"
            " in 2018.",
            "not-enough-info",
            "unstated-marker",
        ),
        (
            "Hu Zhaoxia was a delegate to the 18th National Congress of the Communist Party of China.",
            "refuted",
            "other-entity",
        ),
        (
            "Beilun's green coverage rate is higher than its green-space ratio",
            "supported",
            "comparison-holds",
        ),
    ],
)
def test_the_issues_claims(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)


def test_a_sibling_place_is_aligned_and_named_in_the_reason() -> None:
    claim = "Beilun hosted the first Suzhou Film and Television Culture Summit Forum"
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert answer["reason"] == "place: the article says Ningbo, the claim says Suzhou"
    assert answer["alignment"] == [
        {"slot": "marker", "claim": "first", "fact": "首届", "relation": "equivalent"},
        {"slot": "place", "claim": "Suzhou", "fact": "Ningbo", "relation": "alternative"},
        {"slot": "word", "claim": "Suzhou", "fact": None, "relation": "independent"},
    ]
    assert [record["id"] for record in answer["evidence"]] == ["first-film-tv-culture-summit"]


def test_an_unstated_word_is_named_and_a_claim_matching_nothing_cites_nothing() -> None:
    answer = json.loads(run(["check", "中国第一个工业社区大港社区在北仑诞生，在上海", "--json"]).stdout)
    assert answer["reason"] == "未提及：原文没有提到“上海”"
    answer = json.loads(run(["check", "中国第一个工业社区大港社区诞生于上海", "--json"]).stdout)
    assert answer["reason"] == "地点：原文为北仑，声明为上海"
    answer = json.loads(run(["check", "北仑的森林比苏州的河流多", "--json"]).stdout)
    assert (answer["reason"], answer["evidence"]) == ("原文没有陈述此事", [])


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("六点五", 6.5),
        ("一万五", 15_000),
        ("三千二", 3_200),
        ("两百五", 250),
        ("一点五亿", 1.5e8),
        ("一百零五", 105),
    ],
)
def test_chinese_decimals_and_spoken_abbreviations_are_read(text: str, amount: float) -> None:
    from beilun_cli.read.numerals import chinese_numbers

    assert [number.amount for number in chinese_numbers(text, characters=True)] == [amount]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2019年8月上旬", ("2019-08-01", "2019-08-10")),
        ("2019年2月下旬", ("2019-02-21", "2019-02-28")),
        ("2019年9月中旬", ("2019-09-11", "2019-09-20")),
    ],
)
def test_the_ten_days_of_a_month_are_read(text: str, span: tuple[str, str]) -> None:
    from beilun_cli.read.times import times_of

    assert [(time.start, time.end) for time in times_of(text, "2019-09-16")] == [span]
