"""Which of search's best hits answers a question: those near the best that match enough of it,
of the time it names, counted in the unit it asks for, a moment for when, a total or what was
new as it asks, the fact of a figure it states; and the questions about something the article
never names (a place, a name), which no hit answers."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.answer.confidence import MIN_COVERAGE, NoConfidentAnswer, setting
from beilun_cli.answer.fitting import fitting
from beilun_cli.answer.questions import (
    ORIGIN,
    RATE,
    SIMPLIFIED,
    SLOTS_STATED,
    WHERE,
    WHO,
    folded,
    question_lang,
    question_words,
    slot_asked,
    stated_figures,
    tally_asked,
)
from beilun_cli.answer.wording import is_age
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from collections.abc import Callable

    from beilun_cli.base.records import EntityRecord, FactRecord, Hit
    from beilun_cli.read.times import ClaimedTime
    from beilun_cli.store.catalog import Catalog

# How many of the best hits may answer in place of the first one (one of the time or the unit
# asked for, or with a field of the kind asked for), and how far below its score they may be.
FALLBACK_HITS = 5
FALLBACK_SHARE = 0.5
# Hits scoring at least this share of the best are level with it (see answer).
LEVEL_SHARE = 0.99
MAX_EVIDENCE = 3
HINTS = 3


def without_times(base: Catalog, text: str, times: list[ClaimedTime]) -> str:
    """`text` without the words of `times`; `text` itself when nothing else would be left (a
    question of a time only)."""
    left = text
    for time in times:
        left = left.replace(time.written.casefold(), " ")
    return left if base.query_terms(left) else text


def candidates(
    base: Catalog,
    question: str,
    wanted: str,
    unit: str | None,
    hits: list[Hit],
    times: AskedTimes,
    matched: Callable[[Hit], float],
    lang: str,
) -> list[Hit]:
    """The hits that may answer, in the order they are tried; NoConfidentAnswer with the reason
    when none of the time or the unit asked for is among them.

    A hit may answer in place of the best when it scores near it and matches as much of the
    question as an answer must: a fact of the year asked for that says nothing of what is asked
    about is no answer."""
    near = [
        hit
        for hit in hits[:FALLBACK_HITS]
        if hit is hits[0] or hit.score >= hits[0].score * FALLBACK_SHARE and matched(hit) > MIN_COVERAGE
    ]
    # How old is 胡朝霞? is asked of her: another's age is no answer.
    person = person_named(base, question, hits) if unit == "age" else None
    if unit is not None:
        # A figure in the unit asked for may answer from further down the best hits when it
        # matches as much of the question as the best (How much of Beilun is woodland? the forest
        # coverage, scored below the forest trails' length).
        least = matched(hits[0])
        near += [
            hit
            for hit in hits[:FALLBACK_HITS]
            if hit not in near
            and _counted_in(hit, unit, person)
            and matched(hit) > MIN_COVERAGE
            and matched(hit) >= least
        ]
    if wanted != "claim" and all(_of_another(base, hit, question) for hit in near):
        # Those near the best are all of a subject the question does not name, and a fact of what
        # it names is further down the five (北仑区成立多少年: Beilun's 30多年, scored below the
        # PRC's 70周年, whose 成立 is the founding of the PRC): it may answer.
        near += [
            hit
            for hit in hits[:FALLBACK_HITS]
            if hit not in near
            and _of_the_named(base, hit, question, strictly=True)
            and matched(hit) > MIN_COVERAGE
        ]
    # (read in the question's own language, whatever the answer's: 640亿元 under --lang en)
    figures = stated_figures(question, times, question_lang(question))
    near, why = fitting(base, question, near, figures)
    if not near and why is not None:
        raise NoConfidentAnswer(question, hits, [], lang, *why)
    candidates = _of_the_time(near, times)
    if not candidates:
        written = times[0].written
        raise NoConfidentAnswer(
            question, hits, [], lang, f"no fact of {written} answers it", f"没有{written}的事实能回答它"
        )
    origin = ORIGIN.search(folded(question))
    if origin is not None:
        # At its founding, originally: a time before the article's, which a fact without a time
        # (what is so when it was published: 570 companies now) does not tell.
        candidates = [hit for hit in candidates if _dated_before(base, hit)]
        if not candidates:
            written = question[origin.start() : origin.end()]
            raise NoConfidentAnswer(
                question, hits, [], lang, f"no fact of {written} answers it", f"没有{written}的事实能回答它"
            )
    # Each preference below is a stable sort, so a later one comes before an earlier one.
    slot = slot_asked(question)
    if slot is not None:
        # The weakest: what is the goal of the old-community upgrades? asks the works' aim
        # (旨在…), not the area they cover; 经历了哪些阶段, the fact that goes from one stage to
        # the next.
        candidates.sort(key=lambda hit: not _states_slot(hit, slot))
    # Then a fact of what the question names (北仑区成立多少年: Beilun's 30多年, not the
    # PRC's 70th anniversary, a fact of the PRC that names Beilun).
    # (Keywords alone ask for no slot: search's order stands.)
    if wanted != "claim" and not _of_the_named(base, candidates[0], question):
        candidates.sort(key=lambda hit: not _of_the_named(base, hit, question))
    if figures and wanted == "quantity":
        # The figure asked for is not one the question gives: 21个项目总投资多少 asks the
        # investment of the 21 projects, not the fact of the 21; 570家企业的区域面积, its area.
        candidates.sort(key=lambda hit: _states(hit, figures))
    elif figures:
        # more than 180 old residential communities: the fact of 180, not its siblings.
        candidates.sort(key=lambda hit: not _states(hit, figures))
    tally = tally_asked(question)
    if tally is not None:
        # 现在有几家 asks the total so far (累计8家), 又多了几家 what was new (新增2家).
        candidates.sort(key=lambda hit: _tally_of(hit) != tally)
    else:
        candidates.sort(key=lambda hit: _of_a_sum_one_named(base, hit, question))
    if wanted == "time":
        # When asks for a moment: a date before a span of years (1984, not 1984 to 2019).
        candidates.sort(key=_a_span)
    if unit is not None:
        candidates = _of_the_unit(candidates, question, unit, person)
        if not candidates:
            reason = f"the closest facts give no {lexicon.dimension_words(unit, 'en')}"
            reason_zh = f"最接近的事实没有给出{lexicon.dimension_words(unit, 'zh')}"
            raise NoConfidentAnswer(question, hits, [], lang, reason, reason_zh)
    return candidates


# The words of a fact's claim that say it gives a total so far, or what was new: 累计8家 (8 in all)
# and 新增2家 (2 new) are siblings.
_TALLIES_OF_FACTS = tuple((name, Lazy(pattern)) for name, pattern in lexicon.tally_patterns("stated"))


def _tally_of(hit: Hit) -> str | None:
    """total or new, when a hit's claim gives a total so far or what was new; else None."""
    claim = hit.fact.to_dict()["claim"]
    text = f"{claim['zh']} {claim['en'].casefold()}"
    return next((name for name, pattern in _TALLIES_OF_FACTS if pattern.search(text)), None)


def _states_slot(hit: Hit, slot: str) -> bool:
    """Whether a hit's claim states the slot a question asks by a word of its own (slot_asked)."""
    claim = hit.fact.to_dict()["claim"]
    return SLOTS_STATED[slot].search(f"{claim['zh']} {claim['en'].casefold()}") is not None


def _of_a_sum_one_named(base: Catalog, hit: Hit, question: str) -> bool:
    """Whether a hit gives a total of several things and the question names one of them by
    name: 禹洲集团的项目投资有多大 asks of Yuzhou's project (20亿元以上 each), not of the 500亿元
    all of them add up to. A place the total is of (北仑) is no such thing."""
    if _tally_of(hit) != "total":
        return False
    fact = hit.fact.to_dict()
    asked = question.casefold()
    named = [
        ident
        for ident in fact["entities"]
        if ident != fact["subject"]
        and base.entity(ident)["kind"] not in WHERE
        and any(name.casefold() in asked for name in base.entity_names(ident) if name)
    ]
    return len(named) == 1  # one of them: naming all asks of them all


def _states(hit: Hit, figures: list[float]) -> bool:
    """Whether a hit's figure is one of these amounts."""
    quantity = hit.fact.to_dict()["quantity"]
    return quantity is not None and any(math.isclose(quantity["amount"], figure) for figure in figures)


def person_named(base: Catalog, question: str, hits: list[Hit]) -> str | None:
    """The person a question names by her own name (胡朝霞, Wang Feiyao; not Police Mum, which
    asks who that is), among the entities of the hits; None when it names none."""
    asked = question.casefold()
    for hit in hits:
        for ident in hit.fact.to_dict()["entities"]:
            entity = base.entity(ident)
            if entity["kind"] == "person" and any(
                name.casefold() in asked for name in (entity["name"]["zh"], entity["name"]["en"])
            ):
                return ident
    return None


def _a_name_and_a_word(base: Catalog, place: str) -> bool:
    """Whether a place read by its suffix begins with a name the base knows: 北仑建区 is 北仑 and
    建区 (founding the district), no place of its own."""
    return any(base.entity_named(place[:end]) for end in range(2, len(place) - 1))


def _a_span(hit: Hit) -> bool:
    """Whether a hit's time is a period (from one date to another), not a moment."""
    as_of = hit.fact.to_dict()["as_of"]
    return as_of is not None and as_of["precision"] == "period"


def stranger(base: Catalog, question: str) -> str | None:
    """A place the question names by its suffix (镇海区, Yinzhou District) or by a Chinese name the
    lexicon knows (国家宁波镇海区体育训练基地 names 镇海区), or a name it writes with a capital
    (Paris, Yinzhou), that the article never names and no fact holds: the question is about
    something else, whatever words it shares with a fact."""
    from beilun_cli.read.claims import places_of, proper_words
    from beilun_cli.search import analysis

    # Without its question words: 哪家公司 is no company's name.
    places = places_of(question_words().sub(" ", question.translate(SIMPLIFIED)), base.published()[:10])
    places += _known_places(question)
    proper = proper_words(question)
    if not places and not proper:
        return None
    article = base.article_text().casefold()
    source = base.postings()
    for place in places:
        # An organisation by its Chinese suffix is too often a description (百亿级公司): not here.
        organisation = not place.isascii() and not place.endswith(("市", "区", "县", "省", "镇"))
        if organisation or place.casefold() in article or _a_name_and_a_word(base, place):
            continue
        if base.entity_named(place):  # a name of the base's in English (the Dandelion Lecture Group)
            continue
        return place
    for word in proper:
        terms = analysis.query_terms(word, source.knows)
        if word.casefold() not in article and not any(source.knows(term) for term in terms):
            return word
    return None


# The characters most Chinese places' names end with (镇海区, 杭州, 舟山市).
_PLACE_ENDINGS = frozenset("区市县省镇州")


def _known_places(question: str) -> list[str]:
    """The Chinese names of places the lexicon knows (镇海区, 杭州) that a question holds, wherever
    they stand in it: the place reader takes a place by its suffix only where a run of
    characters begins. Only a question with a character that ends places' names loads them
    (they cost a warm call start-up time)."""
    if not any(char in _PLACE_ENDINGS for char in question):
        return []
    from beilun_cli.lexicon.compiled_places import PLACES

    return [name for row in PLACES for name in row[3] if len(name) > 1 and name in question]


class AskedTimes(list["ClaimedTime"]):
    """The times a question names, read against the newest source's date (what it searches and
    says with), and, for a fact, as that fact's own source means them: beside a fact of an
    article of 2020, 去年 is 2019; beside one of 2019, 2018 (ClaimedTime.against, as check reads
    a claim's)."""

    def __init__(self, base: Catalog, question: str) -> None:
        from beilun_cli.read.times import times_of

        self._base = base
        self._read_against = base.published()[:10]
        super().__init__(times_of(question, self._read_against))

    def hold_its_day(self, hit: Hit) -> bool:
        """Whether one of the times holds the day `hit`'s source was published."""
        published = self._base.fact_published(hit.fact.to_dict())[:10]
        return any(time.meets(published, published) for time in self.of(hit))

    def of(self, hit: Hit) -> list[ClaimedTime]:
        """The question's times as the source of `hit`'s fact means them."""
        if not self:
            return []
        published = self._base.fact_published(hit.fact.to_dict())[:10]
        return [time.against(published, self._read_against) for time in self]


def of_times(hit: Hit, times: AskedTimes) -> bool | None:
    """Whether a hit's time meets one of `times` (a photo of 1985 is of the eighties, a figure of
    2012 to 2019 of 2018), read against the hit's own source; None when the hit has no time."""
    as_of = hit.fact.to_dict()["as_of"]
    if as_of is None:
        return None
    return any(time.meets(as_of["start"], as_of["end"]) for time in times.of(hit))


def _of_the_time(hits: list[Hit], times: AskedTimes) -> list[Hit]:
    """The hits that may answer a question naming `times`: those of one of those times first
    (去年北仑经济总量有多大 is asked of the GDP of 2018, not of a share without a date), then those
    without a time, unless the best is of another time. A fact of another time does not answer
    it (北仑2017年的GDP: the article gives 2018's). No times named: the hits as they are."""
    if not times:
        return hits
    dated = [hit for hit in hits if of_times(hit, times)]
    if not dated and hits and of_times(hits[0], times) is False:
        return []  # the best is of another time: a fact without one would only be a guess
    return dated + [hit for hit in hits if of_times(hit, times) is None and _of_its_day(hit, times)]


def _dated_before(base: Catalog, hit: Hit) -> bool:
    """Whether a hit's fact has a time that ends before its article was published."""
    as_of = hit.fact.to_dict()["as_of"]
    published = base.fact_published(hit.fact.to_dict())[:10]
    return as_of is not None and as_of["end"] < published[: len(as_of["end"])]


def _of_its_day(hit: Hit, times: AskedTimes) -> bool:
    """Whether a fact without a time may answer a question of `times`: it says what is so when
    its article was published (507 volunteer teams), so only a time that holds that day (今年,
    2019, now); 2015 is asked of another. A decade its claim states as a marker (80后, born in
    the 1980s: a generation, not the fact's time) it answers too."""
    if times.hold_its_day(hit):
        return True
    from beilun_cli.read.markers import marker_words

    claim = hit.fact.to_dict()["claim"]
    said = marker_words(claim["zh"]) | marker_words(claim["en"])
    return any(time.precision == "decade" and f"decade:{time.start}s" in said for time in times)


# What a question of quantity asks to be counted in, by the words it asks with (多少钱, how many


def _an_age(hit: Hit) -> bool:
    quantity = hit.fact.to_dict()["quantity"]
    return quantity is not None and is_age(quantity)


def lasting(hit: Hit, unit: str | None) -> bool:
    """Whether a question asking in `unit` is answered by the span of a hit's time: how many
    years, of a fact since 2012 whose figure counts something else (92 canteens)."""
    from beilun_cli.read.quantities import fact_unit_class

    if unit != "years" or not _a_span(hit):
        return False
    quantity = hit.fact.to_dict()["quantity"]
    return quantity is None or fact_unit_class(quantity["amount_unit"])[0] != "years"


def _per_something(hit: Hit) -> bool:
    """Whether a hit's figure counts so much per something (people-per-talk, yuan-per-mu)."""
    quantity = hit.fact.to_dict()["quantity"]
    return quantity is not None and "-per-" in quantity["amount_unit"]


def _counted_in(hit: Hit, unit: str, person: str | None) -> bool:
    """Whether a hit answers a question asking in `unit`: a figure of that class; for how many
    years, a span of time too; for an age, the age of the person asked of (any, if none)."""
    from beilun_cli.read.quantities import fact_unit_class

    if unit == "rank":
        return states_a_rank(hit)
    if unit == "clock":
        return False  # a fact's time is a day at the finest (records.PRECISIONS)
    quantity = hit.fact.to_dict()["quantity"]
    if unit == "years" and _a_span(hit):
        return True
    if quantity is None:
        return False
    if _an_age(hit):
        return unit == "age" and person in (None, hit.fact.to_dict()["subject"])
    counted_in = fact_unit_class(quantity["amount_unit"])[0]
    said = lexicon.asked_said(unit)
    if said is not None:  # a population: a figure of people its claim says is one
        claim = hit.fact.to_dict()["claim"]
        stated = re.search(said[1], f"{claim['zh']} {claim['en']}".casefold())
        return counted_in == said[0] and stated is not None
    if unit == "age":  # How old is the district? 30多年
        return counted_in == "years"
    if unit == "number":  # how many, of no unit: a count, or of people
        return counted_in in ("count", "people")
    return counted_in == unit


def states_a_rank(hit: Hit) -> bool:
    """Whether a hit's claim states a place in an order (first, 第二, gold, the 19th): the marker
    families whose members exclude each other, and the ordinals past them."""
    from beilun_cli.read.markers import EXCLUSIVE_MARKERS, ORDINAL, read_markers

    ranks = {marker for family in EXCLUSIVE_MARKERS[:2] for marker in family}
    claim = hit.fact.to_dict()["claim"]
    found = read_markers(claim["zh"])[0] | read_markers(claim["en"])[0]
    return any(marker in ranks or marker.startswith(ORDINAL) for marker in found)


def _of_the_unit(hits: list[Hit], question: str, unit: str, person: str | None) -> list[Hit]:
    """The hits with a figure of the unit the question asks in first, the others after; none
    when no hit has one (How much did Beilun spend on schools? is not answered by a count)."""
    counted = [hit for hit in hits if _counted_in(hit, unit, person)]
    if not counted:
        return []
    if unit == "years":
        # A figure in years (十年) before the span of a fact's time (since 2012).
        counted.sort(key=lambda hit: lasting(hit, unit))
    if unit == "age":
        counted.sort(key=lambda hit: not _an_age(hit))
    if RATE.search(folded(question)):
        # each, per, 每, 一年: a figure of so much per something (50 people a talk) first.
        counted.sort(key=lambda hit: not _per_something(hit))
        # Of a denominator the question names (a year, per person: check's reading), not one
        # per another (how many people a year: the 80,000 a year, not the 50 a talk).
        from beilun_cli.verify.slots import fact_per, per_units

        per = per_units(question)
        if per and not _EACH.search(folded(question)):  # each one: of what, it does not say
            counted.sort(key=lambda hit: fact_per(_unit_of(hit)) not in (None, *per))
    return counted + [hit for hit in hits if hit not in counted]


# Each or every of something unnamed (each been on a scale of 50 people: each talk).
_EACH = Lazy(r"\beach\b|\bevery\b|每(?![年亩人])")


def _unit_of(hit: Hit) -> str:
    quantity = hit.fact.to_dict()["quantity"]
    return quantity["amount_unit"] if quantity is not None else ""


def answering_entities(
    base: Catalog, fact: FactRecord, kind: str, question: str
) -> list[EntityRecord] | None:
    """Whether a fact answers a question of `kind`: None if not; the entities that answer a who
    or where question (those of its kinds the question does not itself name), else []."""
    if kind == "quantity":
        return [] if fact["quantity"] is not None else None
    if kind == "time":
        return [] if fact["as_of"] is not None else None
    kinds = WHO if kind == "who" else WHERE
    asked = question.casefold()
    every = [base.entity(ident) for ident in fact["entities"]]
    names = {
        entity["id"]: [
            name.casefold() for name in (entity["name"]["zh"], entity["name"]["en"], *entity["aliases"])
        ]
        for entity in every
    }
    # What the question names is not its answer: 胡朝霞是谁 is not answered by 胡朝霞, nor by
    # 胡朝霞爱心团队 (a short form of a name, 北仑 for 北仑区, is the name). A name by which it is
    # known is: Who is the Police Mum? 胡朝霞. The places the article is set in are named beside
    # anything: naming 北仑 leaves 北仑开发开放展览馆 an answer to who or where.
    home = set(setting(base))
    named = [
        name
        for ident, found in names.items()
        if ident not in home
        for name in found
        if name in asked and any(name in proper for proper in found[:2])
    ]
    answering = [
        entity
        for entity in every
        if (entity["kind"] in kinds or (kind == "who" and of_the_kind_asked(entity, asked)))
        and not any(given in name for name in names[entity["id"]] for given in named)
        and not (entity["id"] in home and any(name in asked for name in names[entity["id"]]))
    ]
    return answering or None


def of_the_kind_asked(entity: EntityRecord, asked: str) -> bool:
    """Whether a question of which one (哪家博物馆, 博物馆是哪家, which museum) asks for this
    entity by the noun its name ends with, written beside the question word: 中国港口博物馆 is a
    博物馆, the China Port Museum a museum, whatever kind the base files it under (a place)."""
    chinese = entity["name"]["zh"]
    # The last two or three characters of a Chinese name are its kind of thing (博物馆, 基地);
    # one character (馆) is too often part of another word.
    for size in (3, 2):
        head = chinese[-size:]
        if len(chinese) > size + 1 and head in asked:
            beside = rf"{_WHICH_ZH}(?:{re.escape(head)})|{re.escape(head)}(?:是|为)?{_WHICH_ZH}"
            if re.search(beside, asked):
                return True
    words = entity["name"]["en"].casefold().split()
    head = words[-1].rstrip("s") if len(words) > 1 else ""
    return bool(head) and re.search(rf"\b(?:which|what) (?:\w+ )?{re.escape(head)}s?\b", asked) is not None


# Which one or ones among things of a kind (哪家, 哪座, 哪些, 哪几个).
_WHICH_ZH = "哪(?:一?[家个座所处条]|些|几[个家座所条]?)"


def named_in(base: Catalog, fact: FactRecord, question: str) -> set[str]:
    """The ids of a fact's entities the question names (by a name or an alias; a Chinese name
    without its last character too: 北仑 names 北仑区)."""
    asked = question.casefold()
    named = set()
    for ident in fact["entities"]:
        names = [name.casefold() for name in base.entity_names(ident) if name]
        if any(
            name in asked or (len(name) > 2 and not name.isascii() and name[:-1] in asked) for name in names
        ):
            named.add(ident)
    return named


def _of_the_named(base: Catalog, hit: Hit, question: str, *, strictly: bool = False) -> bool:
    """Whether a hit's fact is of an entity the question names (its subject), or (unless
    `strictly`) of none."""
    fact = hit.fact.to_dict()
    if fact["subject"] is None:
        return not strictly
    return fact["subject"] in named_in(base, fact, question)


def _of_another(base: Catalog, hit: Hit, question: str) -> bool:
    """Whether a hit's fact is of a subject the question names in no word (the PRC, for a
    question of Beilun's founding)."""
    subject = hit.fact.to_dict()["subject"]
    if subject is None:
        return False
    asked = set(base.query_terms(question))
    return not any(asked & set(base.query_terms(name)) for name in base.entity_names(subject) if name)
