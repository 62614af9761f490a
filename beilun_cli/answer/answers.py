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

import math
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from beilun_cli.base.errors import NotFoundError
from beilun_cli.base.numbers import readable_number, tidy_number
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.store.catalog import Catalog, Filters

if TYPE_CHECKING:
    from collections.abc import Callable

    from beilun_cli.base.records import (
        BilingualRecord,
        EntityRecord,
        FactRecord,
        Hit,
        QuantityRecord,
        TimeRecord,
    )
    from beilun_cli.read.claims import ClaimedTime

KINDS = ("quantity", "time", "who", "where", "claim")
ANSWER_LANGS = ("zh", "en")
# The entity kinds (records.ENTITY_KINDS) that answer "who" and "where".
WHO = ("person", "organisation", "company")
WHERE = ("place",)

# Question words and what they ask for. A question asks for the kind of its first question
# word; at one position, the earlier kind in this table wins (几月 is a time, not 几, a number).
_QUESTION_WORDS: tuple[tuple[str, str], ...] = (
    (
        "time",
        r"什么时候|什么时间|啥时候|何时|哪一?年|哪个月|几月|几号|哪一?天"
        r"|\bwhen\b|\b(?:what|which) (?:year|date|month|day)\b",
    ),
    (
        "who",
        r"谁|哪一?家|哪一?位|哪(?:个|些)(?:公司|企业|单位|机构|人|团队)|什么(?:公司|企业|单位|机构|人)"
        r"|\bwho(?:m|se)?\b|\b(?:which|what) (?:company|companies|firm|firms|organi[sz]ations?|"
        r"persons?|people|enterprises?|team|teams|group)\b",
    ),
    (
        "where",
        r"哪里|哪儿|在哪|什么地方|何处|哪个地方|\bwhere\b|\bwhich (?:place|town|city|area|district)\b",
    ),
    (
        "quantity",
        r"多少|几|多大|多高|多长|多远|多久|多重|多宽|多深|占比|比重"
        r"|\bhow (?:much|many|big|large|long|tall|high|far|wide|deep|old|fast)\b|\badds? up to\b"
        r"|\bwhat (?:share|percentage|proportion|fraction|percent|portion|ratio)\b",
    ),
)
# The traditional forms of the characters of these words, read as the simplified ones (search
# converts a whole traditional question; this keeps 幾個 and 誰 question words without OpenCC).
_SIMPLIFIED = str.maketrans(
    "幾誰裡麼時長遠佔號個間處兒團隊機構業單嗎為樣問價", "几谁里么时长远占号个间处儿团队机构业单吗为样问价"
)
# Words that only make a Chinese sentence a question: left out of what is searched, with the
# question words, so that they neither rank facts nor count against the answer's confidence.
_PARTICLES = (
    r"有没有|是不是|能不能|了没|请问|一下|什么|怎么样|怎么|怎样|如何|为什么|哪些|哪个|啥"
    r"|的|了|吗|呢|吧|啊|呀|么|是|有"
)

# An answer needs its best hit to match more than this share of the question's search terms.
MIN_COVERAGE = 0.5
# How many of the best hits may answer in place of the first one (one of the time or the unit
# asked for, or with a field of the kind asked for), and how far below its score they may be.
FALLBACK_HITS = 5
FALLBACK_SHARE = 0.5
# Hits scoring at least this share of the best are level with it (see answer).
LEVEL_SHARE = 0.99
MAX_EVIDENCE = 3
_HINTS = 3


@cache
def _question_words() -> re.Pattern[str]:
    """The question words, each kind a named group in the table's order, then the particles:
    one pattern (compiling is most of what a one-shot call spends on them)."""
    kinds = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _QUESTION_WORDS)
    return re.compile(f"{kinds}|{_PARTICLES}")


def question_kind(question: str) -> str:
    """quantity, time, who, where or claim: what the question's first question word asks for."""
    for match in _question_words().finditer(_folded(question)):
        if match.lastgroup is not None:
            return match.lastgroup
    return "claim"


def question_lang(question: str) -> str:
    """zh when the question holds a Chinese character, else en."""
    return (
        "zh"
        if any("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in question)
        else "en"
    )


def search_text(question: str) -> str:
    """The question without its question words and particles: what is searched."""
    return _question_words().sub(" ", _folded(question))


def _folded(question: str) -> str:
    return question.casefold().translate(_SIMPLIFIED)


def coverage(base: Catalog, text: str, matched: tuple[str, ...]) -> float:
    """The share of a searched text that a hit matched: each Chinese character counts once,
    covered when a matched bigram holds it, search's question words aside (那个, 多少: as search
    leaves them out of the terms); each other term (a word's stem, a number) once.
    A word matched through the hit's `asked` phrasings, or through a concept or measure the hit
    shares with the question (经济总量 for 地区生产总值), counts INDIRECT of a word. A word of
    pinyin counts as the Chinese it spells (zhangrenya: 张人亚)."""
    from beilun_cli.search import engine

    text = engine.spelled(text, base.postings())
    found = _matched_words(base, text, matched)
    covered = 0.0
    total = 0
    # Runs of Chinese through search's tokenizer: a pattern of the CJK ranges of its own would
    # cost a millisecond to compile.
    runs, others = engine.han_runs(text)
    for run in (piece for whole in runs for piece in engine.content(whole)):
        terms = base.query_terms(run)
        total += len(run)
        if len(terms) == max(len(run) - 1, 1):  # bigrams in order (a lone character: itself)
            flags = [0.0] * len(run)
            for position, term in enumerate(terms):
                if term in found:
                    for at in range(position, position + len(term)):
                        flags[at] = max(flags[at], found[term])
            covered += sum(flags)
        elif terms:  # a bigram repeated: the share of its distinct bigrams
            covered += len(run) * sum(found.get(term, 0.0) for term in terms) / len(terms)
    rest = base.query_terms(others)
    total += len(rest)
    covered += sum(found.get(term, 0.0) for term in rest)
    return covered / total if total else 0.0


def _matched_words(base: Catalog, text: str, matched: tuple[str, ...]) -> dict[str, float]:
    """The terms of a question a hit matched, each with how much it counts: 1 for its own words,
    INDIRECT for those of its `asked` phrasings and for the question's words of a concept or
    measure the hit matched."""
    from beilun_cli.search import engine

    found: dict[str, float] = {}
    shared = {term for term in matched if term.startswith((engine.CONCEPT, engine.MEASURE))}
    if shared:
        said = engine.signature(text)
        for word, term in base.postings().patterns:
            if term in shared and word in said:
                found.update(dict.fromkeys(engine.index_terms(word.strip()), INDIRECT))
    for term in matched:
        if term.startswith(engine.ASKED):
            found.setdefault(term[len(engine.ASKED) :], INDIRECT)
    found.update(dict.fromkeys((term for term in matched if not term.startswith(("@", "~"))), 1.0))
    return found


# What a word matched through an `asked` phrasing, a concept or a measure counts for in
# `coverage`: less than the question's own word in the fact, so that a question about another
# place (How many people live in Beijing?) is not answered on a phrasing's "people" and "live".
INDIRECT = 0.75


class NoConfidentAnswer(NotFoundError):
    """No fact answers the question well enough; the best hits are named as hints."""

    def __init__(
        self,
        question: str,
        hits: list[Hit],
        suggestions: list[str],
        lang: str = "en",
        reason: str = "",
        reason_zh: str = "",
    ) -> None:
        shown = question if len(question) <= 40 else question[:39] + "…"
        if hits:
            claims = [_in(hit.fact.to_dict()["claim"], lang) for hit in hits[:_HINTS]]
            closest = ", ".join(
                f"{hit.fact.id} ({_short(claim, 16 if lang == 'zh' else 32)})"
                for hit, claim in zip(hits, claims, strict=False)
            )
            hint, hint_zh = f"the closest facts: {closest}", f"最接近的事实：{closest}"
        elif suggestions:
            hint = f"did you mean: {', '.join(suggestions)}?"
            hint_zh = f"您是不是要找：{'、'.join(suggestions)}？"
        else:
            hint, hint_zh = "try other words, or see 'beilun topics'", "换个说法试试，或看看 beilun topics"
        super().__init__(
            f"no confident answer to '{shown}'{': ' + reason if reason else ''}",
            hint,
            zh=f"无法有把握地回答“{shown}”{'：' + reason_zh if reason_zh else ''}",
            zh_hint=hint_zh,
        )
        self.hits = hits


def _short(text: str, width: int = 32) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class Answer:
    """What `answer` found: the kind of answer, its text in `lang`, the fact it comes from with
    the structured fields, and the evidence (that fact first, then hits as good as the best)."""

    __slots__ = ("question", "kind", "lang", "text", "fact", "entities", "evidence", "coverage")

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

    def __repr__(self) -> str:
        return f"Answer({self.kind!r}, {self.text!r}, fact={self.fact['id']!r})"

    def to_dict(self) -> dict[str, Any]:
        """The answer as `ask --json` writes it (without the evidence, which the command adds)."""
        return {
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


def answer(base: Catalog, question: str, lang: str | None = None) -> Answer:
    """The answer to a question in Chinese or English, or NoConfidentAnswer."""
    from beilun_cli.read.claims import times_of

    wanted = question_kind(question)
    lang = lang or question_lang(question)
    text = search_text(question)
    times = times_of(question, base.published()[:10])
    unit = asked_unit(question) if wanted == "quantity" else None
    # A decade is searched by its time alone: the 80 of 80年代 is no word of a fact of the 1980s
    # (it would find 80后 and 80岁), and no fact writes a decade.
    searched = _without_times(base, text, [time for time in times if time.precision == "decade"])
    hits, _ = base.ranked(searched, Filters(), max(FALLBACK_HITS, MAX_EVIDENCE, _HINTS), count_matched=False)
    # What the question asks about, its times aside (去年, in 2018): the time is judged on its
    # own below, and a fact is dated by its time, not by those words.
    asked = _without_times(base, text, times)
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
    # The best hit's share counts the times' words where it holds them (今年) or is of that time
    # (the eighties, for a photo of 1985), and not against it where it is neither (last year):
    # whichever is more.
    share = 0.0
    if hits:
        best = hits[0].terms
        if _of_times(hits[0], times):
            best += tuple(term for time in times for term in base.query_terms(time.written))
        share = max(matched(hits[0]), coverage(base, text, best))
    if share <= MIN_COVERAGE:
        raise NoConfidentAnswer(question, hits, [] if hits else base.suggestions(question), lang)
    stranger = _stranger(base, question)
    if stranger is not None:
        raise NoConfidentAnswer(
            question, hits, [], lang, f"the article says nothing of {stranger}", f"文章没有提到{stranger}"
        )
    candidates = _candidates(base, question, wanted, unit, hits, times, matched, lang)
    if wanted == "who" and (subject := _person_named(base, question, candidates)) is not None:
        # Who is 胡朝霞? asks what the article says of her: a fact of hers, as a claim.
        wanted = "claim"
        candidates.sort(key=lambda hit: subject not in hit.fact.to_dict()["entities"])
    chosen, kind = candidates[0], "claim"
    entities: list[EntityRecord] = []
    if wanted != "claim":
        for hit in candidates:
            named = _answering_entities(base, hit.fact.to_dict(), wanted, question)
            if named is None and _lasting(hit, unit):
                named = []  # how many years, of a fact with a span and no figure
            if named is not None:
                chosen, kind, entities = hit, wanted, named
                break
    fact = chosen.fact.to_dict()
    if kind not in ("who", "where"):
        entities = [base.entity(entity) for entity in fact["entities"]]
    if kind == "quantity" and fact["as_of"] is not None and _lasting(chosen, unit):
        # 爱心食堂办了几年: 7年来 (since 2012), not its 92 canteens.
        kind, text = "time", lasting_text(fact["as_of"], lang)
    else:
        text = _text(kind, fact, entities, lang)
    ties = [hit for hit in hits if hit is not chosen and hit.score == chosen.score]
    evidence = [chosen, *ties][:MAX_EVIDENCE]
    return Answer(question, kind, lang, text, fact, entities, evidence, share)


def _without_times(base: Catalog, text: str, times: list[ClaimedTime]) -> str:
    """`text` without the words of `times`; `text` itself when nothing else would be left (a
    question of a time only)."""
    left = text
    for time in times:
        left = left.replace(time.written.casefold(), " ")
    return left if base.query_terms(left) else text


def _candidates(
    base: Catalog,
    question: str,
    wanted: str,
    unit: str | None,
    hits: list[Hit],
    times: list[ClaimedTime],
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
    person = _person_named(base, question, hits) if unit == "age" else None
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
    candidates = _of_the_time(near, times)
    if not candidates:
        written = times[0].written
        raise NoConfidentAnswer(
            question, hits, [], lang, f"no fact of {written} answers it", f"没有{written}的事实能回答它"
        )
    # Each preference below is a stable sort, so a later one comes before an earlier one.
    figures = _figures(question, times, lang)
    if figures:
        # more than 180 old residential communities: the fact of 180, not its siblings.
        candidates.sort(key=lambda hit: not _states(hit, figures))
    tally = _tally_asked(question)
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
            reason = f"the closest facts give no {_UNIT_WORDS[unit]}"
            raise NoConfidentAnswer(question, hits, [], lang, reason, "最接近的事实没有给出所问的量")
    return candidates


# Words that ask for a total so far, or for what was new (of a year, a month), and the words of
# a fact's claim that say it gives one: 累计8家 (8 in all) and 新增2家 (2 new) are siblings.
_TALLIES_ASKED = (
    (
        "total",
        Lazy(
            r"累计|一共|总共|共有|合计|总计|加起来|现在|目前|至今|如今|\bin all\b|\bin total\b"
            r"|\baltogether\b|\bso far\b|\bto date\b|\bcumulative\b|\badd(?:s|ed)? up\b|\bnow\b|\btotal\b"
        ),
    ),
    ("new", Lazy(r"新增|又多|多了|增加了|新添|\bnew\b|\bnewly\b|\badded\b|\bgain(?:s|ed)?\b")),
)
_TALLIES_OF_FACTS = (
    ("total", Lazy(r"累计|\bcumulative\b|\bcombined\b")),
    ("new", Lazy(r"新增")),
)


def _tally_asked(question: str) -> str | None:
    """total or new, when the question asks for a total so far or for what was new; else None."""
    folded = _folded(question)
    return next((name for name, pattern in _TALLIES_ASKED if pattern.search(folded)), None)


def _tally_of(hit: Hit) -> str | None:
    """total or new, when a hit's claim gives a total so far or what was new; else None."""
    claim = hit.fact.to_dict()["claim"]
    text = f"{claim['zh']} {claim['en'].casefold()}"
    return next((name for name, pattern in _TALLIES_OF_FACTS if pattern.search(text)), None)


def _of_a_sum_one_named(base: Catalog, hit: Hit, question: str) -> bool:
    """Whether a hit gives a total of several things and the question names one of them by
    name: 禹洲集团的项目投资有多大 asks of Yuzhou's project (20亿元以上 each), not of the 500亿元
    all of them add up to. A place the total is of (北仑) is no such thing."""
    if _tally_of(hit) != "total":
        return False
    fact = hit.fact.to_dict()
    asked = question.casefold()
    return any(
        name.casefold() in asked
        for ident in fact["entities"]
        if ident != fact["subject"] and base.entity(ident)["kind"] not in WHERE
        for name in base.entity_names(ident)
    )


def _figures(question: str, times: list[ClaimedTime], lang: str) -> list[float]:
    """The amounts of the figures a question states, its times aside (180, 1146.46亿)."""
    from beilun_cli.read.numerals import chinese_numbers, english_numbers

    numbers = chinese_numbers(question) if lang == "zh" else english_numbers(question)
    return [number.amount for number in numbers if not any(number.text in time.written for time in times)]


def _states(hit: Hit, figures: list[float]) -> bool:
    """Whether a hit's figure is one of these amounts."""
    quantity = hit.fact.to_dict()["quantity"]
    return quantity is not None and any(math.isclose(quantity["amount"], figure) for figure in figures)


def _person_named(base: Catalog, question: str, hits: list[Hit]) -> str | None:
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


def _stranger(base: Catalog, question: str) -> str | None:
    """A place the question names by its suffix (镇海区, Yinzhou District), or a name it writes
    with a capital (Paris, Yinzhou), that the article never names and no fact holds: the
    question is about something else, whatever words it shares with a fact."""
    from beilun_cli.read.claims import places_of, proper_words
    from beilun_cli.search import engine

    # Without its question words: 哪家公司 is no company's name.
    places = places_of(_question_words().sub(" ", question.translate(_SIMPLIFIED)), base.published()[:10])
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
        return place
    for word in proper:
        terms = engine.query_terms(word, source.knows)
        if word.casefold() not in article and not any(source.knows(term) for term in terms):
            return word
    return None


def _of_times(hit: Hit, times: list[ClaimedTime]) -> bool | None:
    """Whether a hit's time meets one of `times` (a photo of 1985 is of the eighties, a figure of
    2012 to 2019 of 2018); None when the hit has no time."""
    as_of = hit.fact.to_dict()["as_of"]
    if as_of is None:
        return None
    return any(time.meets(as_of["start"], as_of["end"]) for time in times)


def _of_the_time(hits: list[Hit], times: list[ClaimedTime]) -> list[Hit]:
    """The hits that may answer a question naming `times`: those of one of those times first
    (去年北仑经济总量有多大 is asked of the GDP of 2018, not of a share without a date), then those
    without a time, unless the best is of another time. A fact of another time does not answer
    it (北仑2017年的GDP: the article gives 2018's). No times named: the hits as they are."""
    if not times:
        return hits
    dated = [hit for hit in hits if _of_times(hit, times)]
    if not dated and hits and _of_times(hits[0], times) is False:
        return []  # the best is of another time: a fact without one would only be a guess
    return dated + [hit for hit in hits if _of_times(hit, times) is None]


# What a question of quantity asks to be counted in, by the words it asks with (多少钱, how many
# people, 多远): the unit classes of claims.FACT_UNIT_CLASSES. Among hits close to the best, one
# whose figure is of that class answers first (蒲公英宣讲团一年讲多少场: the talks, not the audience).
_ASKED_UNITS: tuple[tuple[str, str], ...] = (
    ("yuan", r"多少钱|多少亿|多少万元|多少元|\bhow much (?:money|did \w+(?: \w+)? (?:invest|spend|cost))"),
    (
        "people",
        r"多少人|几个?人|多少名|多少位|多少游客|多少志愿者"
        r"|\bhow many (?:people|persons|visitors|tourists|volunteers|residents|members|listeners)\b",
    ),
    (
        "years",
        r"几年|多少年|多久|多长时间|\bhow many years\b|\bhow long (?:has|have|had|did|ago)\b",
    ),
    ("age", r"几岁|多少岁|多大年纪|多大岁数|\bhow old\b|\bwhat age\b"),
    ("m", r"多远|多长(?!时间)|多少公里|多少米|\bhow far\b|\bhow many (?:kilomet|km|met)"),
    ("m2", r"多大面积|面积多大|多少平方|多少亩|\bhow many square\b|\bhow much (?:land|space|area|floor)\b"),
    (
        "percent",
        r"百分之几|几成|占比|比重|多少比例|百分比|占(?!地)[\u4e00-\u9fff]{0,6}?(?:多少|几|多大)"
        r"|\bwhat (?:share|percentage|proportion|fraction|percent|portion)\b|\bhow much of\b",
    ),
    (
        "count",
        r"几家|多少家|几个(?!人)|多少个(?!人)|多少场|几场|多少项|几项|多少座|几座|多少套|几套|多少所|多少条|几条",
    ),
    ("number", r"\bhow many\b"),
)


# Words that ask for a figure per something: per talk, per person, per mu, a year.
_RATE = Lazy(r"每|平均|年均|一年|\beach\b|\bper\b|\bevery\b|\ba year\b|\bannual(?:ly)?\b|\ba head\b")

# The unit classes in words, for the reason a question of quantity gets no answer.
_UNIT_WORDS = {
    "yuan": "sum of money",
    "people": "number of people",
    "years": "number of years",
    "age": "age",
    "m": "length",
    "m2": "area",
    "percent": "share",
    "count": "count",
    "number": "number",
}


@cache
def _unit_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{unit}>{pattern})" for unit, pattern in _ASKED_UNITS))


def asked_unit(question: str) -> str | None:
    """The unit class a question of quantity asks in (yuan, people, years, m, m2, percent,
    count), by its first words that say; None when none do."""
    found = _unit_pattern().search(_folded(question))
    return found.lastgroup if found else None


def _is_age(quantity: QuantityRecord) -> bool:
    """Whether a figure is someone's age (17岁, 80岁以上), not a number of years."""
    return quantity["amount_unit"] == "years" and "岁" in quantity["written"]


def _an_age(hit: Hit) -> bool:
    quantity = hit.fact.to_dict()["quantity"]
    return quantity is not None and _is_age(quantity)


def _lasting(hit: Hit, unit: str | None) -> bool:
    """Whether a question asking in `unit` is answered by the span of a hit's time: how many
    years, of a fact since 2012 whose figure counts something else (92 canteens)."""
    from beilun_cli.read.claims import fact_unit_class

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
    from beilun_cli.read.claims import fact_unit_class

    quantity = hit.fact.to_dict()["quantity"]
    if unit == "years" and _a_span(hit):
        return True
    if quantity is None:
        return False
    if _an_age(hit):
        return unit == "age" and person in (None, hit.fact.to_dict()["subject"])
    counted_in = fact_unit_class(quantity["amount_unit"])[0]
    if unit == "age":  # How old is the district? 30多年
        return counted_in == "years"
    if unit == "number":  # how many, of no unit: a count, or of people
        return counted_in in ("count", "people")
    return counted_in == unit


def _of_the_unit(hits: list[Hit], question: str, unit: str, person: str | None) -> list[Hit]:
    """The hits with a figure of the unit the question asks in first, the others after; none
    when no hit has one (How much did Beilun spend on schools? is not answered by a count)."""
    counted = [hit for hit in hits if _counted_in(hit, unit, person)]
    if not counted:
        return []
    if unit == "years":
        # A figure in years (十年) before the span of a fact's time (since 2012).
        counted.sort(key=lambda hit: _lasting(hit, unit))
    if unit == "age":
        counted.sort(key=lambda hit: not _an_age(hit))
    if _RATE.search(_folded(question)):
        # each, per, 每, 一年: a figure of so much per something (50 people a talk) first.
        counted.sort(key=lambda hit: not _per_something(hit))
    return counted + [hit for hit in hits if hit not in counted]


def _answering_entities(
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
    # known is: Who is the Police Mum? 胡朝霞.
    named = [
        name
        for found in names.values()
        for name in found
        if name in asked and any(name in proper for proper in found[:2])
    ]
    answering = [
        entity
        for entity in every
        if entity["kind"] in kinds
        and not any(given in name for name in names[entity["id"]] for given in named)
    ]
    return answering or None


# ---------------------------------------------------------------- the answer's words


def _text(kind: str, fact: FactRecord, entities: list[EntityRecord], lang: str) -> str:
    if kind == "quantity" and fact["quantity"] is not None:
        return quantity_text(fact["quantity"], fact["as_of"], lang)
    if kind == "time" and fact["as_of"] is not None:
        return time_text(fact["as_of"], lang)
    if kind in ("who", "where"):
        return ("、" if lang == "zh" else ", ").join(_in(entity["name"], lang) for entity in entities)
    return _in(fact["claim"], lang)


def _in(text: BilingualRecord, lang: str) -> str:
    return text["zh"] if lang == "zh" else text["en"]


_QUALIFIERS = {
    "exact": "",
    "about": "about ",
    "nearly": "nearly ",
    "over": "over ",
    "more_than": "more than ",
    "at_least": "at least ",
    "at_most": "at most ",
}
_UNITS = {"usd": "US dollars", "m2": "m²", "percent": "%", "ratio": ""}
_SCALED = ("yuan", "usd", "people", "person-times")  # counted in millions and billions, as the article does


def amount_text(quantity: QuantityRecord) -> str:
    """The normalised amount in English words: 114.646 billion yuan, nearly 170,000 people, 40.1%."""
    amount = tidy_number(quantity["amount"])
    unit = quantity["amount_unit"]
    words = [_UNITS.get(part, part.replace("-", " ")) for part in unit.split("-per-")]
    named = " per ".join(words)
    if _is_age(quantity):
        named = "years old"
    scaled = unit.split("-per-")[0] in _SCALED
    if unit == "m" and abs(amount) >= 1000:  # 2600公里 is 2,600 km, not 2,600,000 m
        kilometres = tidy_number(amount / 1000)
        number = f"{kilometres:,}" if isinstance(kilometres, int) else readable_number(kilometres)
        return f"{_QUALIFIERS.get(quantity['qualifier'], '')}{number} km"
    if unit == "ratio":
        number = readable_number(amount)
    elif scaled and abs(amount) >= 1e9:
        number = f"{readable_number(amount / 1e9)} billion"
    elif scaled and abs(amount) >= 1e6:
        number = f"{readable_number(amount / 1e6)} million"
    elif isinstance(amount, int):
        number = f"{amount:,}"
    else:
        number = readable_number(amount)
    spaced = named if unit == "percent" or not named else " " + named
    return f"{_QUALIFIERS.get(quantity['qualifier'], '')}{number}{spaced}"


def quantity_text(quantity: QuantityRecord, as_of: TimeRecord | None, lang: str) -> str:
    """1146.46亿元 (114.646 billion yuan), in 2018 (去年); in Chinese 1146.46亿元，2018年（去年）."""
    written = quantity["written"]
    if lang == "zh":
        if as_of is None:
            return written
        return f"{written}，{_zh_time(as_of)}（{as_of['written']}）"
    amount = amount_text(quantity)
    shown = written if amount == written else f"{written} ({amount})"  # 40.1%, not 40.1% (40.1%)
    if as_of is None:
        return shown
    return f"{shown}, {_en_time(as_of, preposition=True)} ({as_of['written']})"


def time_text(as_of: TimeRecord, lang: str) -> str:
    """A time and its precision: 14 September 1987 (day), or 1987年9月14日（精确到日）."""
    if lang == "zh":
        return f"{_zh_time(as_of)}（{_ZH_PRECISION.get(as_of['precision'], as_of['precision'])}）"
    return f"{_en_time(as_of, preposition=False)} ({as_of['precision']})"


def lasting_text(as_of: TimeRecord, lang: str) -> str:
    """How long a time lasts, as written and as its span: 7年来（2012年至2019年）, or in English
    7年来 (2012 to 2019)."""
    if lang == "zh":
        return f"{as_of['written']}（{_zh_time(as_of)}）"
    return f"{as_of['written']} ({_en_time(as_of, preposition=False)})"


_MONTHS = "January February March April May June July August September October November December".split()
_ZH_PRECISION = {
    "day": "精确到日",
    "month": "精确到月",
    "half-year": "精确到半年",
    "year": "精确到年",
    "period": "一段时期",
}


def _en_date(date: str) -> str:
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return date


def _zh_date(date: str) -> str:
    parts = date.split("-")
    return (
        parts[0] + "年" + "".join(f"{int(part)}{unit}" for part, unit in zip(parts[1:], "月日", strict=False))
    )


def _en_time(as_of: TimeRecord, *, preposition: bool) -> str:
    start, end = as_of["start"], as_of["end"]
    if as_of["precision"] == "half-year" and start[:4] == end[:4]:
        half = "first" if start.endswith("-01") else "second"
        return f"{'in ' if preposition else ''}the {half} half of {start[:4]}"
    if start != end:
        return f"{'from ' if preposition else ''}{_en_date(start)} to {_en_date(end)}"
    word = "on " if len(start) == 10 else "in "
    return f"{word if preposition else ''}{_en_date(start)}"


def _zh_time(as_of: TimeRecord) -> str:
    start, end = as_of["start"], as_of["end"]
    if as_of["precision"] == "half-year" and start[:4] == end[:4]:
        return f"{start[:4]}年{'上' if start.endswith('-01') else '下'}半年"
    if start != end:
        return f"{_zh_date(start)}至{_zh_date(end)}"
    return _zh_date(start)
