"""Questions generated from every fact of the base, with the answer each must get, as
tests/check_generated.py generates claims for `check` (none chosen by hand):

- how much / 多少: a fact's claim with its figure asked for; answered with that fact's quantity;
- when / 什么时候: a dated fact's claim without its time; answered with that fact's time;
- who / 谁: a fact's claim with a person or an organisation it names asked for; answered with
  that fact, naming it;
- which one / 哪家: a fact's claim with an institution it names (a museum, a base, a park)
  asked for by its kind (哪家博物馆, which museum); answered with that fact, naming it;
- where / 哪里: a fact's claim with a place it names (not one the article is set in) asked for;
  answered with that fact, naming it;
- off-topic twins of each: the question about another district (镇海区, Zhenhai District); a
  question of a figure with its years moved to one the article does not cover (1900); the
  question about the city around the district (宁波, Ningbo) of a fact that does not name the
  city (other-city); the question with its rank swapped (第一 for 第二, first for second) of a
  fact that states a rank (other-rank); a question of when, who or where with the figure it
  states three times as large (other-figure); the figure of a fact of several things together
  asked of one of them alone (one-alone); the measure of a figure of a year or a half-year
  asked of a period of the article its fact is not of, by the measure's name (other-period:
  北仑今年上半年的地区生产总值 where the article gives 2018's): declined.

`cases(base)` yields them; tests/test_ask_generated.py runs them, and `python tests/ask_generated.py`
prints the figures per family (with --misses, every case answered wrongly).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

DECLINED = "declined"


class Case(NamedTuple):
    fact: str
    family: str  # how-much, when, who, where; and their twins: other-district, other-year
    lang: str
    question: str
    kind: str  # the kind of answer it must get, or DECLINED
    entity: str | None = None  # for who and where: the entity the answer must name


_ZH_TIME = re.compile(
    r"(?:截至|自|从)?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上半年|下半年|以来|来|初|底)?|去年|今年|当前|目前|至今"
)
_EN_TIME = re.compile(
    r"\b(?:in|by|since|as of|on|from)?\s*(?:(?:the )?(?:first|second) half of )?(?:\d{1,2} )?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?:19|20)\d\d\b,?"
)
# A figure in English as the claims write it: a qualifier, the number, its scale word.
_EN_FIGURE = re.compile(
    r"(?:(?:about|nearly|almost|over|more than|at least|around|some|roughly|close to) )?"
    r"(?<![\w$])(?:US\$|\$)?\d[\d,.]*(?:\s?(?:million|billion|thousand|trillion))?(?:%| per ?cent)?"
    r"(?!\w)(?!-\d)(?!-year)(?!\.\d)"  # not an ordinal (18th), a decade (1980s), a name (N2), an age
)
_MUCH_UNITS = ("yuan", "usd", "m2", "m", "percent", "ratio")
_OTHER_DISTRICT = {"zh": ("北仑", "镇海区"), "en": ("Beilun", "Zhenhai District")}
_SURROUNDING = {"zh": ("北仑", "宁波"), "en": ("Beilun", "Ningbo")}
# A rank as the claims write it, and the rank it is swapped for.
_RANKS = {
    "zh": ((re.compile(r"第一"), "第二"), (re.compile(r"首(?=[个家座次批届位])"), "第二")),
    "en": ((re.compile(r"\bfirst\b(?! half)"), "second"), (re.compile(r"\bFirst\b(?! half)"), "Second")),
}
_UNCOVERED_YEAR = "1900"  # before anything the article dates (its earliest is 1949)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _sentence(text: str) -> str:
    return text.strip().rstrip("。.!！").strip(" ,，")


def _other_district(question: str, lang: str) -> str:
    """The question about another district: 镇海区 for 北仑, else named before it."""
    home, other = _OTHER_DISTRICT[lang]
    if home in question:
        return question.replace(f"{home}区", other).replace(home, other)
    return f"{other}{question}" if lang == "zh" else f"In {other}, {question[0].lower()}{question[1:]}"


def _other_city(base: Catalog, record: FactRecord, question: str, lang: str) -> str | None:
    """The question about the city around the district, of a fact that does not name the city
    (nor another entity by a name holding the district's: 北仑开发开放展览馆)."""
    home, city = _SURROUNDING[lang]
    said = f"{record['claim']['zh']} {record['claim']['en']}"
    if home not in question or city in said or "ningbo" in record["entities"]:
        return None
    names = [name for ident in record["entities"] if ident != "beilun" for name in base.entity_names(ident)]
    if any(home in name for name in names):
        return None
    return question.replace(f"{home}区", city).replace(f"{home} District", city).replace(home, city)


def _other_rank(question: str, lang: str) -> str | None:
    """The question with the first rank it states swapped for another; None if it states none."""
    for pattern, other in _RANKS[lang]:
        if pattern.search(question):
            return pattern.sub(other, question, count=1)
    return None


_NUMBER = re.compile(r"(?<![A-Za-z0-9.])\d[\d,]*(?:\.\d+)?(?!\d)")


def _other_figure(question: str) -> str | None:
    """The question with the first figure it states (not a year) three times as large."""
    for found in _NUMBER.finditer(question):
        written = found.group().rstrip(",")
        if _YEAR.fullmatch(written):
            continue
        tripled = float(written.replace(",", "")) * 3
        shown = f"{tripled:,.10g}" if "," in written else f"{tripled:.10g}"
        return question[: found.start()] + shown + question[found.start() + len(written) :]
    return None


def _twins(
    base: Catalog, record: FactRecord, question: str, lang: str, *, states_figure: bool = False
) -> Iterator[tuple[str, str]]:
    """(family, question) of the off-topic twins of a question asked of a fact; with
    `states_figure` (a question of another slot than the figure), its figure changed too."""
    yield "other-district", _other_district(question, lang)
    figure = _other_figure(question) if states_figure else None
    if figure is not None:
        yield "other-figure", figure
    city = _other_city(base, record, question, lang)
    if city is not None:
        yield "other-city", city
    rank = _other_rank(question, lang)
    if rank is not None:
        yield "other-rank", rank


def _how_much(record: FactRecord) -> Iterator[tuple[str, str]]:
    """(lang, question) asking for a fact's figure."""
    quantity = record["quantity"]
    if quantity is None:
        return
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    if quantity["written"] in zh:
        yield "zh", _sentence(zh.replace(quantity["written"], "多少", 1)) + "？"
    figures = [found for found in _EN_FIGURE.finditer(en) if not _YEAR.fullmatch(found.group().strip(",. "))]
    # The figure of the fact's quantity where the claim writes it in digits, else the first.
    figures.sort(key=lambda found: not _is_amount(found.group(), quantity["amount"]))
    if figures:
        words = "how much" if quantity["amount_unit"].split("-per-")[0] in _MUCH_UNITS else "how many"
        found = figures[0]
        yield "en", _sentence(en[: found.start()] + words + en[found.end() :]) + "?"


def _is_amount(written: str, amount: float) -> bool:
    from beilun_cli.read.numerals import english_numbers

    return any(math.isclose(number.amount, amount) for number in english_numbers(written))


_PART_KINDS = ("project", "company", "organisation", "person")


def _one_alone(base: Catalog, record: FactRecord) -> Iterator[tuple[str, str]]:
    """(lang, question) asking the figure of a fact of several things of a kind together (SMIC
    N2, the Chevron project and LNG Phase II; or one the claim lists others with, 旭升总部基地等)
    of the first of them alone."""
    measure = record["measure"]
    if record["quantity"] is None or measure is None:
        return
    for kind in _PART_KINDS:
        parts = [ident for ident in record["entities"] if base.entity(ident)["kind"] == kind]
        listed = [
            ident
            for ident in parts
            if any(name and f"{name}等" in record["claim"]["zh"] for name in base.entity_names(ident))
        ]
        if len(parts) > 1 or listed:
            name = base.entity(parts[0])["name"]
            named = next(found for found in base.measures() if found["id"] == measure)["name"]
            yield "zh", f"{name['zh']}单独的{named['zh']}是多少？"
            yield "en", f"What is the {named['en']} of the {name['en']} alone?"
            return


# A period of the article asked of a figure of another: the first half of this year (2019) of a
# figure of 2018, and 2017 of one of the first half.
_OTHER_PERIOD = {
    "year": {"zh": "今年上半年", "en": "in the first half of this year"},
    "half-year": {"zh": "2017年", "en": "in 2017"},
}


def _other_period(base: Catalog, record: FactRecord) -> Iterator[tuple[str, str]]:
    """(lang, question) asking a dated figure's measure, by its name, of another period."""
    as_of, measure = record["as_of"], record["measure"]
    if record["quantity"] is None or measure is None or as_of is None:
        return
    period = _OTHER_PERIOD.get(as_of["precision"])
    if period is None or (as_of["precision"] == "year" and as_of["start"] >= "2019"):
        return  # (this year's figure: its first half is no other period)
    named = next(found for found in base.measures() if found["id"] == measure)["name"]
    yield "zh", f"北仑{period['zh']}的{named['zh']}是多少？"
    yield "en", f"What was Beilun's {named['en']} {period['en']}?"


def _when(record: FactRecord) -> Iterator[tuple[str, str]]:
    """(lang, question) asking when a dated fact was so."""
    if _OPENS_ASKING.match(record["claim"]["en"]):
        return
    as_of = record["as_of"]
    if as_of is None or as_of["precision"] not in ("year", "month", "day", "half-year"):
        return
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    if _ZH_TIME.search(zh):
        yield "zh", _sentence(_ZH_TIME.sub("", zh)) + "是什么时候？"
    if _EN_TIME.search(en):
        stripped = _sentence(_EN_TIME.sub("", en))
        yield "en", f"When: {stripped}?"


def _named(
    base: Catalog, record: FactRecord, kinds: tuple[str, ...], setting: set[str]
) -> Iterator[tuple[str, str, str]]:
    """(entity, zh name, en name) of the entities of `kinds` a fact's claim names in both languages."""
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    for ident in record["entities"]:
        entity = base.entity(ident)
        if entity["kind"] not in kinds or ident in setting:
            continue
        names = base.entity_names(ident)
        in_zh = next((name for name in sorted(names, key=len, reverse=True) if _alone(name, zh)), None)
        in_en = next((name for name in sorted(names, key=len, reverse=True) if _alone(name, en)), None)
        if in_zh and in_en:
            yield ident, in_zh, in_en


# The kinds of thing (a museum, a base, a park) an institution's name ends with, in both
# languages, that a question of which one names: 哪家博物馆, which museum.
_KIND_HEADS = (
    ("博物馆", "museum"),
    ("展览馆", "hall"),
    ("纪念馆", "hall"),
    ("基地", "base"),
    ("学堂", "school"),
    ("公园", "park"),
    ("食堂", "canteen"),
)
_NOT_WHO = ("place", "project", "programme")


def _kind_heads(base: Catalog, entity: str) -> tuple[str, str] | None:
    name = base.entity(entity)["name"]
    return next(
        (
            (zh, en)
            for zh, en in _KIND_HEADS
            if name["zh"].endswith(zh) and name["en"].casefold().rstrip("s").endswith(en)
        ),
        None,
    )


def _asking_which(
    record: FactRecord, name_zh: str, name_en: str, head_zh: str, head_en: str
) -> Iterator[tuple[str, str]]:
    """The question of which one: 哪家博物馆是宁波市唯一的国字号博物馆？ (the Chinese asks who), and
    in English of a claim that opens with the name, which museum (asking for the ones listed)."""
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    asked = zh.replace(name_zh, f"哪家{head_zh}", 1)
    if not any(name in asked for name in (name_zh, head_zh * 2)):
        yield "zh", _sentence(asked) + "？"
    opening = re.match(rf"(?:The )?{re.escape(name_en)}\b", en)
    if opening:
        yield "en", _sentence(f"Which {head_en}" + en[opening.end() :]) + "?"


def _alone(name: str, text: str) -> bool:
    """Whether a name stands in a text as itself, not inside a quoted title (“花香柴桥”)."""
    at = text.find(name) if name else -1
    if at < 0:
        return False
    quoted = text[:at].count("“") > text[:at].count("”") or text[:at].count("'") % 2 == 1
    return not quoted


# A claim that opens with a question word (When the General Administration… named it): a question
# made from it would ask two things.
_OPENS_ASKING = re.compile(r"(?:When|Where|Who|Which|How)\b")


def _asking(
    record: FactRecord, name_zh: str, name_en: str, zh_word: str, en_word: str
) -> Iterator[tuple[str, str]]:
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    if _OPENS_ASKING.match(en):
        return
    yield "zh", _sentence(zh.replace(name_zh, zh_word, 1)) + "？"
    yield "en", _sentence(en.replace(name_en, en_word, 1)) + "?"


def cases(base: Catalog) -> Iterator[Case]:
    """Every generated question with the answer it must get, but those generated alike from two
    facts (图片:哪里？ of two photo captions): such a question names no fact of its own."""
    import ask_generated_slots as slots

    generated = _unambiguous(list(_generated(base)))
    yield from generated
    # (a frame around a question made alike from two facts names neither either)
    yield from _unambiguous(
        [
            *slots.framed(generated),
            *slots.photos(base),
            *slots.unfilled(base),
            *slots.quoted(base),
            *slots.pairs(base),
        ]
    )


def _unambiguous(generated: list[Case]) -> list[Case]:
    """The cases but the questions generated alike from two facts (declined ones are kept)."""
    facts: dict[str, set[str]] = {}
    for case in generated:
        facts.setdefault(case.question, set()).add(case.fact)
    ambiguous = {question for question, found in facts.items() if len(found) > 1}
    return [case for case in generated if case.kind == DECLINED or case.question not in ambiguous]


def _generated(base: Catalog) -> Iterator[Case]:
    from beilun_cli.answer.confidence import setting

    home = set(setting(base))
    for fact in base.fact_records(_no_filters()):
        ident = fact["id"]
        for lang, question in _how_much(fact):
            yield Case(ident, "how-much", lang, question, "quantity")
            for family, twin in _twins(base, fact, question, lang):
                yield Case(ident, family, lang, twin, DECLINED)
            if fact["as_of"] and _YEAR.search(question):
                yield Case(ident, "other-year", lang, _YEAR.sub(_UNCOVERED_YEAR, question), DECLINED)
        for lang, question in _one_alone(base, fact):
            yield Case(ident, "one-alone", lang, question, DECLINED)
        for lang, question in _other_period(base, fact):
            yield Case(ident, "other-period", lang, question, DECLINED)
        for lang, question in _when(fact):
            yield Case(ident, "when", lang, question, "time")
            for family, twin in _twins(base, fact, question, lang, states_figure=True):
                yield Case(ident, family, lang, twin, DECLINED)
        for entity, name_zh, name_en in _named(base, fact, ("person", "organisation", "company"), home):
            kind = base.entity(entity)["kind"]
            words = ("谁", "who") if kind == "person" else ("哪家单位", "which organisation")
            for lang, question in _asking(fact, name_zh, name_en, *words):
                yield Case(ident, "who", lang, question, "who", entity)
                for family, twin in _twins(base, fact, question, lang, states_figure=True):
                    yield Case(ident, family, lang, twin, DECLINED)
        for entity, name_zh, name_en in _named(base, fact, _NOT_WHO, home):
            heads = _kind_heads(base, entity)
            if heads is not None:
                for lang, question in _asking_which(fact, name_zh, name_en, *heads):
                    yield Case(ident, "which-kind", lang, question, "who", entity)
        for entity, name_zh, name_en in _named(base, fact, ("place",), home):
            for lang, question in _asking(fact, name_zh, name_en, "哪里", "where"):
                yield Case(ident, "where", lang, question, "where", entity)
                for family, twin in _twins(base, fact, question, lang, states_figure=True):
                    yield Case(ident, family, lang, twin, DECLINED)


def _no_filters() -> object:
    from beilun_cli.store.catalog import Filters

    return Filters()


def judged(base: Catalog, case: Case) -> tuple[bool, str]:
    """Whether `ask` answers a case as it must, and what it answered."""
    from beilun_cli.answer import answers

    try:
        found = answers.respond(base, case.question, case.lang)
    except answers.NoConfidentAnswer as declined:
        return case.kind == DECLINED, f"declined: {declined.reason}"
    fact = found.source["id"] if isinstance(found, answers.RecordAnswer) else found.fact["id"]
    said = f"{found.kind} {fact}: {found.text}"
    if case.kind == DECLINED:
        return False, said
    if fact != case.fact:
        return False, said
    if case.entity is not None:
        named = [entity["id"] for entity in getattr(found, "entities", [])]
        # Which one may be answered as the ones listed (北仑有哪家学堂…: 有哪 lists).
        kinds = ("who", "list") if case.family == "which-kind" else (case.kind,)
        return found.kind in kinds and case.entity in named, said
    return found.kind == case.kind, said


def main() -> None:
    from beilun_cli.store import catalog

    base = catalog.open_base()
    misses = "--misses" in sys.argv
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong = []
    for case in cases(base):
        ok, said = judged(base, case)
        group = "twins" if case.kind == DECLINED else "questions"
        for key in (group, f"{group}/{case.family}/{case.lang}"):
            total[key] += 1
            right[key] += ok
        if not ok:
            wrong.append(f"  [{case.family}/{case.lang}] {case.question} ({case.kind}) -> {said}")
    for key in sorted(total):
        print(f"{key:<32} {right[key]:>4}/{total[key]:<4} ({right[key] / total[key]:.1%})")
    if misses:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
