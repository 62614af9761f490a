"""Whether a fact fits what a question says beside the slot it asks for: a question is a claim
with one slot left empty, and a fact answers it only when its other slots do not contradict the
question's. Two of check's relations, read by the readers check reads with (read/):

- a marker of an exclusive family (first, second, third; gold, silver, bronze; a decade of
  birth; a level reached) the fact states another member of, or, for a rank, none of:
  第二批青年公寓 is not asked of the first batch, nor of a fact that states no batch (a first may
  be unstated: When did the State Council first approve… asks of the approval);
- a place the article is set in (宁波, Zhejiang) that the question names and the fact does not:
  Ningbo's forest coverage is not Beilun's. The place most facts are of (北仑) is left out, as
  check leaves out its home: a fact of the article is of it unless it says otherwise;
- one thing asked of alone (单独, alone, by itself) where the fact gives a figure of several
  together: 中芯国际N2项目单独投资多少 is not answered by the 640亿元 of three projects;
- a figure the question states (its times aside) that the fact gives nowhere: 宁波新增百亿元企业2家
  是什么时候 is not asked of a fact without a 2;
- a measure of the base the question names (GDP, forest coverage) that the fact neither gives
  nor names: 北仑今年上半年GDP是多少 is not answered by the first half's ten leading indicators;
- an office the question names (a Party secretary, a mayor: lexicon.offices) that the fact does
  not: Who is the Communist Party secretary of Beilun District? is not asked of Zhang Renya,
  who guarded the first Party constitution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.answer.confidence import setting
from beilun_cli.answer.questions import question_lang
from beilun_cli.read import lazy_regex
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, Hit, MeasureRecord
    from beilun_cli.store.catalog import Catalog

# Why a fact does not fit a question, in English and in Chinese.
Misfit = tuple[str, str]


def misfit(
    base: Catalog,
    question: str,
    hit: Hit,
    figures: list[float],
    named: list[str],
    measures: list[tuple[MeasureRecord, str]],
) -> Misfit | None:
    """Why a hit's fact does not answer the question whatever slot it asks for, or None; `named`
    are the entities the question names (named_entities), `measures` the measures (asked_measures)."""
    fact = hit.fact.to_dict()
    return (
        _unmentioned(base, fact, named)
        or _unnamed_measure(question, fact, measures)
        or _contrary_marker(question, fact)
        or _unnamed_setting(base, question, fact)
        or _unstated_figure(fact, figures)
        or _one_alone(base, question, fact)
        or _unnamed_office(question, fact)
    )


def fitting(
    base: Catalog, question: str, hits: list[Hit], figures: list[float]
) -> tuple[list[Hit], Misfit | None]:
    """The hits that fit the question (which states `figures`), and why the first that does not
    fit does not (None when all fit)."""
    # What the question names is read once, not once a hit.
    named = named_entities(base, question, hits)
    measures = asked_measures(base, question)
    kept: list[Hit] = []
    first: Misfit | None = None
    for hit in hits:
        why = misfit(base, question, hit, figures, named, measures)
        if why is None:
            kept.append(hit)
        elif first is None:
            first = why
    return kept, first


def named_entities(base: Catalog, question: str, hits: list[Hit]) -> list[str]:
    """The entities of the hits, the places the article is set in aside, that the question names
    by a name or an alias (普芮玛投资总部, the China Port Museum)."""
    home = set(setting(base))
    asked = question.casefold()
    found = {ident for hit in hits for ident in hit.fact.to_dict()["entities"] if ident not in home}
    return sorted(
        ident
        for ident in found
        if any(len(name) > 1 and name.casefold() in asked for name in base.entity_names(ident))
    )


def _unmentioned(base: Catalog, fact: FactRecord, named: list[str]) -> Misfit | None:
    """An entity the question names that the fact neither has nor names: the article does not
    say this of it (普芮玛投资总部单独的总投资 is not the Xusheng base's)."""
    text = f"{fact['claim']['zh']} {fact['claim']['en']}".casefold()
    for ident in named:
        names = [name.casefold() for name in base.entity_names(ident) if len(name) > 1]
        if ident not in fact["entities"] and not any(name in text for name in names):
            name = base.entity(ident)["name"]
            return f"the article does not say this of {name['en']}", f"文章没有就{name['zh']}这样说"
    return None


# The dimensions of a tally of things or people: their measures' names name what is counted.
_TALLIES = frozenset({"count", "people"})


def named_measures(base: Catalog, question: str) -> dict[str, str]:
    """The measures of the base a question names, each with the name it is named by: longest
    names first, a name inside a longer one's place is not read again (GDP of GDP增速); an
    English name as whole words. A name that is a word check needs no grounding for (方面, a
    generic noun: 生态建设方面 asks no count of fronts) or a word a figure's dimension implies
    (size, area: what kind of figure is asked) names nothing, nor does the name of a
    tally of things or people (companies, projects): it names the things, which a question asks
    of by their kind (Which companies are building…) and facts count under measures of their
    own (17 backbone enterprises)."""
    import re

    from beilun_cli.answer.questions import folded

    kinds = lexicon.implied_dimension_words()  # size, area: the kind of figure asked, no measure's name
    asked = folded(question)
    # The light words as written, not stemmed: stemming them all would cost an ask's start-up
    # milliseconds, and a measure's names are the base's own words.
    light = {word.casefold() for words in lexicon.ungrounded_words().values() for word in words}
    names = [
        (name.casefold(), measure["id"])
        for measure in base.measures()
        if lexicon.unit_class(measure["amount_unit"])[0] not in _TALLIES
        for name in (measure["name"]["zh"], measure["name"]["en"], *measure["aliases"])
        if len(name) > 1
        and name.casefold() in asked
        and name.casefold() not in kinds
        and not set(name.casefold().split()) <= light
    ]
    taken = [False] * len(asked)
    found: dict[str, str] = {}
    for name, ident in sorted(names, key=lambda pair: -len(pair[0])):
        pattern = rf"(?<![a-z]){re.escape(name)}(?![a-z])" if name.isascii() else re.escape(name)
        # From the program an earlier call kept: the base's names make a bounded set of patterns.
        for match in lazy_regex.compile(pattern).finditer(asked):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            found.setdefault(ident, question[match.start() : match.end()])
    return found


def asked_measures(base: Catalog, question: str) -> list[tuple[MeasureRecord, str]]:
    """The measures the question names (named_measures), in base order, each with the name it is
    named by."""
    named = named_measures(base, question)
    if not named:
        return []
    return [(measure, named[measure["id"]]) for measure in base.measures() if measure["id"] in named]


def _unnamed_measure(
    question: str, fact: FactRecord, measures: list[tuple[MeasureRecord, str]]
) -> Misfit | None:
    """The question names a measure (`measures`, asked_measures) the fact neither gives nor names
    (by any of its names): the figure asked for is of that measure, and the fact's is another's."""
    if not measures or any(measure["id"] == fact["measure"] for measure, _ in measures):
        return None
    from beilun_cli.answer.questions import asked_unit

    unit = asked_unit(question)  # how many people of an industrial area asks no area
    claim = fact["claim"]
    said = f"{claim['zh']} {claim['en']} {fact['quote']}".casefold()
    for measure, written in measures:
        if unit not in (None, lexicon.unit_class(measure["amount_unit"])[0]):
            continue
        names = (measure["name"]["zh"], measure["name"]["en"], *measure["aliases"])
        if not any(len(name) > 1 and name.casefold() in said for name in names):
            return f"the closest facts do not give {written}", f"最接近的事实没有给出{written}"
    return None


def _contrary_marker(question: str, fact: FactRecord) -> Misfit | None:
    """The fact states another member of a family of markers the question names one of."""
    from beilun_cli.read.markers import EXCLUSIVE_MARKERS, marker_words

    asked = marker_words(question)
    if not asked:
        return None
    # The fact's words in the question's language, where its claim there states the marker.
    claim = fact["claim"]
    first, then = (
        (claim["zh"], claim["en"]) if question_lang(question) == "en" else (claim["en"], claim["zh"])
    )
    said = marker_words(first) | marker_words(then)
    for family in EXCLUSIVE_MARKERS:
        mine = [marker for marker in family if marker in asked]
        theirs = [marker for marker in family if marker in said]
        if not mine or set(mine) & set(theirs):
            continue
        written = asked[mine[0]]
        if not theirs:
            # The fact states none: the question's rank is ungrounded (a second batch), unless it
            # is the first, as often a manner of asking (When did the State Council first
            # approve…). Of the other families only a contrary member counts: over-80s reads as
            # a decade.
            if mine[0] == "first" or "second" not in family:
                continue
            return f"the closest facts do not say “{written}”", f"最接近的事实没有说“{written}”"
        wrote = said[theirs[0]]
        return f"the article says “{wrote}”, not “{written}”", f"原文为“{wrote}”，不是“{written}”"
    return None


def _unnamed_setting(base: Catalog, question: str, fact: FactRecord) -> Misfit | None:
    """The question names a place the article is set in (other than the one most facts are of)
    that the fact neither names nor has among its entities."""
    asked = question.casefold()
    text = f"{fact['claim']['zh']} {fact['claim']['en']}".casefold()
    for place in setting(base)[1:]:
        names = [name.casefold() for name in base.entity_names(place) if len(name) > 1]
        at = next((asked.find(name) for name in names if name in asked), -1)
        if at < 0 or place in fact["entities"] or any(name in text for name in names):
            continue
        written = question[at : at + len(next(name for name in names if name in asked))]
        return f"the article does not say this of {written}", f"文章没有就{written}这样说"
    return None


def _unstated_figure(fact: FactRecord, figures: list[float]) -> Misfit | None:
    """A figure the question states that is neither the fact's quantity nor a number of its claim."""
    if not figures:
        return None
    import math

    from beilun_cli.read.numerals import chinese_numbers, english_numbers

    quantity = fact["quantity"]
    given: list[float] = [quantity["amount"]] if quantity is not None else []
    claim = fact["claim"]
    given += [number.amount for number in chinese_numbers(claim["zh"])]
    given += [number.amount for number in english_numbers(claim["en"])]
    for figure in figures:
        if not any(math.isclose(amount, figure) for amount in given):
            shown = f"{figure:g}"
            return f"the closest facts do not give {shown}", f"最接近的事实没有给出{shown}"
    return None


# Words that ask of one thing alone, and the kinds of entity a fact may add up (check's parts).
_ALONE = Lazy(r"单独|单个|单项|独自|\balone\b|\bby itself\b|\bon its own\b|\bsingle-handedly\b")
_PARTS = ("project", "company", "organisation", "person")


def _one_alone(base: Catalog, question: str, fact: FactRecord) -> Misfit | None:
    """The question asks of one thing alone, and the fact is of several of its kind together: it
    names them, or names one and lists the others by 等 (旭升总部基地等重大项目)."""
    if fact["quantity"] is None or not _ALONE.search(question.casefold()):
        return None
    asked = question.casefold()
    for kind in _PARTS:  # of one kind: SMIC N2 is one of three projects, SMIC one of two firms
        parts = [ident for ident in fact["entities"] if base.entity(ident)["kind"] == kind]
        named = [i for i in parts if any(n.casefold() in asked for n in base.entity_names(i) if n)]
        if len(parts) > 1 and len(named) == 1:
            break
    else:
        return _one_of_a_listing(base, asked, fact)
    together = ", ".join(base.entity(ident)["name"]["en"] for ident in parts)
    together_zh = "、".join(base.entity(ident)["name"]["zh"] for ident in parts)
    return (
        f"the article gives this for {together} together",
        f"原文给出的是{together_zh}合计的数字",
    )


def _one_of_a_listing(base: Catalog, asked: str, fact: FactRecord) -> Misfit | None:
    """The question names one thing the fact's claim lists with others by a word that ends a
    list (check's: 旭升总部基地等重大项目, the 66亿元 of them all)."""
    from beilun_cli.verify.residue import LISTING_CHARACTERS

    said = fact["claim"]["zh"]
    for ident in fact["entities"]:
        entity = base.entity(ident)
        if entity["kind"] not in _PARTS:
            continue
        names = [name for name in base.entity_names(ident) if name]
        if not any(name.casefold() in asked for name in names):
            continue
        if any(f"{name}{mark}" in said for name in names for mark in LISTING_CHARACTERS):
            name = entity["name"]
            return (
                f"the article gives this for {name['en']} and others together",
                f"原文给出的是{name['zh']}等合计的数字",
            )
    return None


def _unnamed_office(question: str, fact: FactRecord) -> Misfit | None:
    """The question names an office a person holds (书记, mayor) that the fact does not name."""
    asked = question.casefold()
    said = f"{fact['claim']['zh']} {fact['claim']['en']} {fact['quote']}".casefold()
    for office in lexicon.offices("zh"):
        if office in asked and office not in said:
            return f"the article does not mention {office}", f"文章没有提到{office}"
    for office in lexicon.offices("en"):
        if office not in asked:  # no pattern to compile for an office the question does not hold
            continue
        whole = lazy_regex.compile(rf"\b{office}s?\b")
        if whole.search(asked) and not whole.search(said):
            return f"the article does not mention {office}", f"文章没有提到{office}"
    return None
