"""Answers to a question in plain words: what it asks for, which fact says it, and how sure we are.

`answer(catalog, question)` reads the question's question words to decide what kind of answer it
wants (a quantity, a time, who, where, else the claim), ranks the facts as `search` does
(`Catalog.ranked`) for the question without those words, and answers from the best hits: among
those near the best (FALLBACK_HITS, FALLBACK_SHARE) that match enough of the question, one of
the time the question names, one counted in the unit it asks for (an age for how old, a span of
time for how many years), a moment for when, a total so far or what was new as the question
asks, the fact of a figure it states, then the first with a field of the kind asked for; else
the best hit's claim. It returns an `Answer`:
the text in the question's language (or the one asked for), the structured fields, and the
evidence. Nothing here prints.

Confidence. What tells an answer from a guess is how much of the question the best hit
matched (`coverage`: each Chinese character once, covered when a matched bigram holds it;
each other term once; the question words left out). Off-topic questions (the population of
Paris, 上海的GDP是多少, who founded Alibaba: benchmarks/search_quality.py keeps twenty, and
tests/ask_heldout.toml twenty more) mostly match half at most, by chance on a common word;
questions about the article whose best hit is the right fact mostly match more, and those
matching half or less are as often wrong as right. So an answer needs its best hit to match
more than MIN_COVERAGE of the question. Some questions share words enough with a fact and are
still about something else: one naming a place the article never names (镇海区, Yinzhou), a
time no close fact is of (北仑2015年的GDP), or a figure in a unit no close fact counts in (a sum
of money where the facts give a count). Those, and questions below the threshold, raise
NoConfidentAnswer, with the reason and the best hits. The benchmark prints both sides of the
threshold.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Union

from beilun_cli import lexicon
from beilun_cli.answer import pairs, pictures, spelling
from beilun_cli.answer.choosing import (
    FALLBACK_HITS,
    LEVEL_SHARE,
    AskedTimes,
    answering_entities,
    candidates,
    lasting,
    of_times,
    person_named,
    stranger,
    without_times,
)
from beilun_cli.answer.confidence import HINTS, MIN_COVERAGE, NoConfidentAnswer, coverage, unsaid
from beilun_cli.answer.lists import Item, asked_class, enumerates, items_of
from beilun_cli.answer.questions import (
    ANSWER_LANGS,
    ASKED_FOR,
    KINDS,
    ORIGIN,
    asked_unit,
    question_kind,
    question_lang,
    search_text,
)
from beilun_cli.answer.record import RecordAnswer, of_the_record, record_answer
from beilun_cli.answer.wording import amount_text, answer_text, lasting_text, quantity_text, time_text
from beilun_cli.answer.yes_no import YesNoAnswer, claim_asked, yes_no
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.store.catalog import Catalog, Filters

if TYPE_CHECKING:
    from beilun_cli.base.records import EntityRecord, FactRecord, Hit

__all__ = [
    "ANSWER_LANGS",
    "KINDS",
    "MIN_COVERAGE",
    "Answer",
    "NoConfidentAnswer",
    "RecordAnswer",
    "Response",
    "YesNoAnswer",
    "amount_text",
    "answer",
    "asked_unit",
    "coverage",
    "quantity_text",
    "question_kind",
    "question_lang",
    "respond",
    "search_text",
    "time_text",
]

MAX_EVIDENCE = 3
# What a question asks for in whatever words it asks (what place, 第几名; opening hours, 几点): a
# place in an order, answered by a fact stating one; a time of day, which no fact's time gives;
# a figure its noun names (What's the entrance fee, its population, the top speed allowed).
ASKED_IN_ANY_WORDS = ("rank", "clock", "fee", "population", "speed")
# A fact enumerating the things a which-question asks for answers in place of the first when it
# scores at least this share of it.
LISTING_SHARE = 0.8
# What `respond` gives: an answer from a fact, or from the article's own record.
Response = Union["Answer", RecordAnswer, YesNoAnswer]


class Answer:
    """What `answer` found: the kind of answer, its text in `lang`, the fact it comes from with
    the structured fields, and the evidence (that fact first, then hits as good as the best)."""

    __slots__ = ("question", "kind", "lang", "text", "fact", "entities", "evidence", "coverage", "items")

    def __init__(
        self,
        question: str,
        kind: str,
        lang: str,
        text: str,
        fact: FactRecord,
        entities: list[EntityRecord],
        evidence: list[Hit],
        coverage: float,
    ) -> None:
        self.question = question
        self.kind = kind
        self.lang = lang
        self.text = text
        self.fact = fact
        self.entities = entities
        self.evidence = evidence
        self.coverage = coverage
        self.items: list[Item] = []  # a list's things, each with its fact

    def __repr__(self) -> str:
        return f"Answer({self.kind!r}, {self.text!r}, fact={self.fact['id']!r})"

    def to_dict(self) -> dict[str, Any]:
        """The answer as `ask --json` writes it (without the evidence, which the command adds)."""
        found: dict[str, Any] = {
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
            "fact": self.fact["id"],
            "quantity": self.fact["quantity"],
            "as_of": self.fact["as_of"],
            "entities": [
                {"id": entity["id"], "kind": entity["kind"], "name": entity["name"]}
                for entity in self.entities
            ],
        }
        if self.kind == "list":
            found["items"] = [item.to_dict() for item in self.items]
        return found


def respond(base: Catalog, question: str, lang: str | None = None) -> Response:
    """What `ask` answers: the article's own record when the question is about the article (when
    it was published, which outlet ran it); check's verdict when it asks yes or no; else `answer`.
    A question the article does not answer is read once more with its words no fact holds
    corrected, as a slip of a key, to words of the article (forrest, Zuo Pneg, GPD) before it is
    declined: declined as it was asked if that does not answer it either."""
    try:
        return _respond(base, question, lang)
    except NoConfidentAnswer as declined:
        # (its frame aside: says is no slip of days)
        asked = unframed(question, saying_only=True)
        fixed = spelling.corrected(base, asked)
        if fixed == asked:
            raise
        try:
            found = _respond(base, fixed, lang)
        except NoConfidentAnswer:
            raise declined from None
        found.question = question
        return found


def _respond(base: Catalog, question: str, lang: str | None) -> Response:
    lang = lang or question_lang(question)
    # Who says it (文章说, According to the article) is no part of what is asked, and no question
    # about the article itself: 据文章介绍，…是什么时候 asks the time of a fact.
    readable = unframed(_readable(base, question), saying_only=True)
    field = of_the_record(readable, lambda: _titles(base))
    if field is not None and len(base.sources()) == 1:
        return record_answer(base, question, field, lang)
    # Nor is the article named alone (What do the article's photo captions show?), once no
    # question about the article itself: the frame check leaves out of a claim's words.
    readable = unframed(readable)
    claim = claim_asked(readable) if question_kind(readable) == "claim" else None
    if claim is not None and (decided := yes_no(base, question, claim, lang)) is not None:
        return decided
    pair = pairs.split(readable)
    if pair is not None:  # 蓝色海湾和弧形沙滩分别有多长: one question of each (a yes or no is check's)
        return _both(base, question, pair, lang)
    found = answer(base, readable, lang)
    found.question = question
    return found


def unframed(question: str, *, saying_only: bool = False) -> str:
    """A question without its attribution frame (文中提到, the article says), as check reads a
    claim, and without the words that point at the article's wording (uses the phrase, the
    section heading); the question itself when nothing would be left. `saying_only` leaves the
    article named alone (这篇文章, the article's), which may ask about the article itself."""
    if saying_only:
        left = _FRAME.sub(lambda frame: frame.group() if _ALONE.fullmatch(frame.group()) else " ", question)
    else:
        left = _TEXT_FRAME.sub(" ", _FRAME.sub(" ", question))
    return left if left.strip(" ?？") else question


_FRAME = Lazy(lexicon.frame_pattern(), re.IGNORECASE)
# A frame that only names the article, with no verb of saying, 据 or a preposition before it.
_ALONE = Lazy(
    r"文章|原文|报道|文中|(?:the|a|an|one|this|its)(?: (?:article|story|piece|text)(?:'s)?)+", re.IGNORECASE
)
# The words that point at the article's wording (uses the phrase, the section heading, 这句话).
_TEXT_FRAME = Lazy(lexicon.text_frame_pattern(), re.IGNORECASE)


def _titles(base: Catalog) -> tuple[str, ...]:
    """The title of the base's only source in both languages; none when it has several."""
    from beilun_cli.base.errors import UsageError

    try:
        title = base.source()["title"]
    except UsageError:
        return ()
    return (title["zh"], title["en"])


def _readable(base: Catalog, question: str) -> str:
    """A question as it is read: full-width letters, digits and signs as their plain forms, and
    traditional characters the base does not hold as simplified ones, as search reads a query."""
    import unicodedata

    from beilun_cli.search import analysis

    text = unicodedata.normalize("NFKC", question)
    known = base.postings().knows
    if any("\u3400" <= char <= "\u9fff" and not known(char) for char in text):
        text = analysis.to_simplified(text)
    return text


def answer(base: Catalog, question: str, lang: str | None = None) -> Answer:
    """The answer to a question in Chinese or English, or NoConfidentAnswer."""
    wanted = question_kind(question)
    lang = lang or question_lang(question)
    text = search_text(question)
    times = AskedTimes(base, question)
    unit = asked_unit(question)
    if wanted != "quantity" and unit not in ASKED_IN_ANY_WORDS:
        unit = None
    # A decade is searched by its time alone: the 80 of 80年代 is no word of a fact of the 1980s
    # (it would find 80后 and 80岁), and no fact writes a decade.
    searched = without_times(base, text, [time for time in times if time.precision == "decade"])
    hits, _ = base.ranked(searched, Filters(), max(FALLBACK_HITS, MAX_EVIDENCE, HINTS), count_matched=False)
    if pictures.names_a_picture(question):
        placed = pictures.picture_at(base, question)
        if placed is not None:  # 文章第一张图片: the caption of the article's first picture
            return _the_picture(base, question, lang, placed)
        # A picture is known by its caption: only a caption answers, as check grounds one.
        every, _ = base.ranked(searched, Filters(), None, count_matched=False)
        hits = [hit for hit in every if pictures.is_caption(hit)][: len(hits)]
        if pictures.asks_which(question):
            wanted = "claim"  # which photo: its caption
    # What the question asks about, its times aside (去年, in 2018): the time is judged on its
    # own below, and a fact is dated by its time, not by those words.
    asked = without_times(base, text, times)
    if base.query_terms(unbegun := ORIGIN.sub(" ", asked)):
        asked = unbegun  # the time it began is judged on its own too (choosing.candidates)
    covered: dict[Hit, float] = {}  # a hit's coverage, read once a call (hits hash by identity)

    def matched(hit: Hit) -> float:
        if hit not in covered:
            covered[hit] = coverage(base, asked, hit.terms)
        return covered[hit]

    # Hits scoring within a hair of the best are level with it, whatever a summation's last
    # digits say: of them, the one that matches most of the question is the best.
    level = [hit for hit in hits if hit.score >= hits[0].score * LEVEL_SHARE] if hits else []
    if len(level) > 1:
        first = max(level, key=matched)
        hits = [first, *(hit for hit in hits if hit is not first)]
    quoted = [found.group(1) or found.group(2) for found in _QUOTED.finditer(question.casefold())]
    if quoted and hits and not _writes(hits[0], quoted):
        # A name the question quotes ('Most Beautiful Volunteer', “港口卫士”) is the article's
        # own words: of the best hits, one whose claim writes it answers first, when it matches
        # as much of the question.
        least = matched(hits[0])
        writing = next(
            (hit for hit in hits[:FALLBACK_HITS] if _writes(hit, quoted) and matched(hit) >= least), None
        )
        if writing is not None:
            hits = [writing, *(hit for hit in hits if hit is not writing)]
    # The best hit's share counts the times' words where it holds them (今年) or is of that time
    # (the eighties, for a photo of 1985), and not against it where it is neither (last year):
    # whichever is more.
    share = 0.0
    if hits:
        best = hits[0].terms
        if of_times(hits[0], times):
            best += tuple(term for time in times for term in base.query_terms(time.written))
        share = max(matched(hits[0]), coverage(base, text, best))
    if share <= MIN_COVERAGE:
        raise NoConfidentAnswer(question, hits, [] if hits else base.suggestions(question), lang)
    unknown = stranger(base, question)
    if unknown is not None:
        raise NoConfidentAnswer(
            question, hits, [], lang, f"the article says nothing of {unknown}", f"文章没有提到{unknown}"
        )
    found = candidates(base, question, wanted, unit, hits, times, matched, lang)
    if wanted == "list":
        # Which ones asks for the things a fact enumerates: one that lists them as the kind the
        # question names them by comes first (哪些方面: 从住房、教育、医疗…等多个方面), of those
        # scoring near the first and matching as much of the question.
        kind_noun = asked_class(question)
        if kind_noun is not None:
            least, as_much = found[0].score * LISTING_SHARE, matched(found[0])
            found.sort(
                key=lambda hit: (
                    not (hit.score >= least and matched(hit) >= as_much and enumerates(hit, kind_noun))
                )
            )
    subject = person_named(base, question, found) if wanted == "who" else None
    if subject is not None and not base.query_terms(_without_names(base, searched, subject)):
        # Who is 胡朝霞? asks what the article says of her: a fact of hers, as a claim. (Who
        # saved the girl from Jilin? names her, and asks someone else.)
        wanted = "claim"
        found.sort(key=lambda hit: subject not in hit.fact.to_dict()["entities"])
    if unit == "rank":
        wanted = "claim"  # the place in an order is the claim's: no figure holds it
    chosen, kind = found[0], "claim"
    entities: list[EntityRecord] = []
    if wanted != "claim":
        for hit in found:
            named = answering_entities(base, hit.fact.to_dict(), wanted, question)
            if named is None and lasting(hit, unit):
                named = []  # how many years, of a fact with a span and no figure
            if named is not None:
                chosen, kind, entities = hit, wanted, named
                break
    if wanted == "list":
        # The noun the question names its things' kind by is the slot asked, not a constraint
        # (which sectors, 哪些方面), unless nothing else is asked of them (北仑有哪些文创园区).
        ungrounded = unsaid(base, asked, chosen.terms)
        unclassed = asked.replace(kind_noun, " ") if kind_noun else asked
        if ungrounded and unclassed != asked and base.query_terms(unclassed):
            ungrounded = unsaid(base, unclassed, chosen.terms) and ungrounded
        if ungrounded:
            said, said_zh = ", ".join(ungrounded), "、".join(ungrounded)
            raise NoConfidentAnswer(
                question, hits, [], lang, f"the article does not mention {said}", f"文章没有提到{said_zh}"
            )
        return _listed(base, question, lang, found, hits, share)
    if kind != wanted and wanted in ("quantity", "time", "who"):
        # The question asks for a figure, a time or who, and no close fact gives one: the claim
        # of the best is no answer to it (How much did the port museum cost? Who is the head of
        # Beilun?). Where falls back to the claim, which names a place in words the entities may
        # not hold (a housing estate).
        what, what_zh = ASKED_FOR[wanted]
        raise NoConfidentAnswer(
            question, hits, [], lang, f"the article does not say {what}", f"文章没有说{what_zh}"
        )
    ungrounded = unsaid(base, asked, chosen.terms)
    if ungrounded:
        # What the question is about beyond its places is not in the answering fact: 北仑区长 (the
        # head of the district), unemployment for a fact of the forest coverage.
        said, said_zh = ", ".join(ungrounded), "、".join(ungrounded)
        raise NoConfidentAnswer(
            question, hits, [], lang, f"the article does not mention {said}", f"文章没有提到{said_zh}"
        )
    fact = chosen.fact.to_dict()
    if kind not in ("who", "where"):
        entities = [base.entity(entity) for entity in fact["entities"]]
    if kind == "quantity" and fact["as_of"] is not None and lasting(chosen, unit):
        # 爱心食堂办了几年: 7年来 (since 2012), not its 92 canteens.
        kind, text = "time", lasting_text(fact["as_of"], lang)
    else:
        text = answer_text(kind, fact, entities, lang)
    ties = [hit for hit in hits if hit is not chosen and hit.score == chosen.score]
    evidence = [chosen, *ties][:MAX_EVIDENCE]
    return Answer(question, kind, lang, text, fact, entities, evidence, share)


# A phrase a question quotes: “…”, ‘…’, '…' or "…" (not an apostrophe inside a word).
_QUOTED = Lazy(r"[“‘]([^”’]{2,40})[”’]|(?<!\w)['\"]([^'\"]{2,40})['\"](?!\w)")


def _writes(hit: Hit, quoted: list[str]) -> bool:
    """Whether a hit's claim writes every phrase a question quotes (in either language)."""
    claim = hit.fact.to_dict()["claim"]
    said = _UNQUOTED.sub("", f"{claim['zh']} {claim['en']}".casefold())
    return all(_UNQUOTED.sub("", phrase) in said for phrase in quoted)


# Quotation marks, which a name may be written with in part (“双城”战略).
_UNQUOTED = Lazy(r"[“”‘’\"']")


def _both(base: Catalog, question: str, pair: tuple[str, str], lang: str) -> Answer:
    """The answer to a question of two things: each thing's answer, as a list of the two; declined
    when either is (the article answers it in part only)."""
    first, second = (answer(base, part, lang) for part in pair)
    if first.fact["id"] == second.fact["id"]:
        first.question = question
        return first
    items = [Item(found.text, found.fact, None) for found in (first, second)]
    text = ("；" if lang == "zh" else "; ").join(item.text for item in items)
    evidence = [first.evidence[0], second.evidence[0]]
    entities = first.entities + [entity for entity in second.entities if entity not in first.entities]
    both = Answer(
        question, "list", lang, text, first.fact, entities, evidence, min(first.coverage, second.coverage)
    )
    both.items = items
    return both


def _the_picture(base: Catalog, question: str, lang: str, caption: FactRecord) -> Answer:
    """The answer to a question of the picture at a place among the article's (the first, the
    last): its caption, as the claim."""
    from beilun_cli.base.records import Fact, Hit

    entities = [base.entity(entity) for entity in caption["entities"]]
    text = answer_text("claim", caption, entities, lang)
    return Answer(question, "claim", lang, text, caption, entities, [Hit(Fact(caption), 0.0, ())], 1.0)


def _without_names(base: Catalog, text: str, entity: str) -> str:
    """A searched text without an entity's names."""
    left = text.casefold()
    for name in sorted(base.entity_names(entity), key=len, reverse=True):
        left = left.replace(name.casefold(), " ") if name else left
    return left


def _listed(
    base: Catalog, question: str, lang: str, found: list[Hit], hits: list[Hit], share: float
) -> Answer:
    """The answer to a which-question: the things listed, each with its fact as evidence."""
    items = items_of(base, question, found, hits, lang)
    text = ("；" if lang == "zh" else "; ").join(item.text for item in items)
    facts = {item.fact["id"] for item in items}
    evidence = [hit for hit in [found[0], *hits] if hit.fact.id in facts]
    evidence = list({hit.fact.id: hit for hit in evidence}.values())
    entities = [item.entity for item in items if item.entity is not None]
    listed = Answer(question, "list", lang, text, found[0].fact.to_dict(), entities, evidence, share)
    listed.items = items
    return listed
