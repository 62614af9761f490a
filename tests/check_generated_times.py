"""Claims generated for tests/check_generated.py that put a time or a stage on what a fact says:

- every fact dated in a year its claim opens with (2018年北仑…, In 2018 Beilun…), its year moved
  to a sentence of its own that asserts it (这发生在2018年, 这是2018年的数据, This happened in
  2018, These are 2018 figures): supported in its own year, refuted a year before or after;
- every fact that counts tens of years in English (over the past 70 years, more than 30 years
  of development), its years said in decades: as many supported, one more refuted (and one
  fewer, for an exact count);
- every project a fact gives a stage reached (started, or completed and in operation), alone or
  as a member of a list (中芯国际N2、雪佛龙、LNG二期等在建项目): "<project> is <its stage>"
  supported, "<project> is <another stage>" (an earlier, a later, or still only a plan) refuted,
  in Chinese and in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A claim that opens with its year: 2018年, or In 2018 (11 years ago),
_OPENING_ZH = re.compile(r"^((?:19|20)\d\d)年[,，]?")
_OPENING_EN = re.compile(r"^In ((?:19|20)\d\d)(?: \([^)]*\))?,? ")
# A time beside the fact's: a claim that keeps one after its year is moved tells two.
_OTHER_TIME = re.compile(r"(?:19|20)\d\d|年前|去年|今年|截至|as of", re.IGNORECASE)

# How a claim asserts the year of what it says, in a sentence after it.
_ASSERTED = {
    "zh": ("{rest}，这发生在{year}年。", "{rest}，这是{year}年的数据。"),
    "en": ("{rest}. This happened in {year}.", "{rest}. These are {year} figures."),
}


def dated_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each fact's year asserted, and a year either side."""
    for record in records:
        as_of = record["as_of"]
        if as_of is None or as_of["precision"] != "year" or as_of["start"] != as_of["end"]:
            continue
        for lang, opening in (("zh", _OPENING_ZH), ("en", _OPENING_EN)):
            text = record["claim"][lang]
            found = opening.match(text)
            if found is None or found.group(1) != as_of["start"]:
                continue
            rest = text[found.end() :].rstrip("。.")
            if _OTHER_TIME.search(rest):
                continue
            rest = rest[0].upper() + rest[1:]
            year = int(as_of["start"])
            forms = _ASSERTED[lang] if record["quantity"] is not None else _ASSERTED[lang][:1]
            for form in forms:
                for claimed, verdict in ((year, SUPPORTED), (year - 1, REFUTED), (year + 1, REFUTED)):
                    family = "year-asserted" if verdict == SUPPORTED else "year-asserted-other"
                    yield record["id"], family, lang, form.format(rest=rest, year=claimed), verdict


_TENS_OF_YEARS = re.compile(r"\b([1-9])0 years\b")
_NUMBER_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def decade_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): tens of years said in decades (a unit ten years)."""
    for record in records:
        text = record["claim"]["en"]
        found = _TENS_OF_YEARS.search(text)
        if found is None:
            continue
        tens = int(found.group(1))
        exact = not text[: found.start()].endswith(("more than ", "over ", "nearly ", "almost "))
        counts = [(tens, SUPPORTED), (tens + 1, REFUTED)] + (
            [(tens - 1, REFUTED)] if exact and tens > 1 else []
        )
        for count, verdict in counts:
            said = f"{_NUMBER_WORDS[count]} decades"
            claim = text[: found.start()] + said + text[found.end() :]
            family = "decades" if verdict == SUPPORTED else "decades-moved"
            yield record["id"], family, "en", claim, verdict


# Each stage a project may be said at, in each language: started (under construction),
# completed (in operation), and only a plan.
_STARTED, _COMPLETED, _PLANNED = 1, 2, 0
_SAID_AT = {
    _STARTED: {
        "zh": ("{name}正在建设中。", "{name}仍在施工。", "{name}目前仍处于在建阶段。"),
        "en": ("The {name} is under construction.",),
    },
    _COMPLETED: {
        "zh": ("{name}已经建成投产。", "{name}已投入运营。"),
        "en": ("The {name} has been completed.", "The {name} is up and running."),
    },
    _PLANNED: {"zh": ("{name}目前仍处在规划阶段。",), "en": ("The {name} is still on the drawing board.",)},
}


def member_stage_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each project the base gives one stage reached
    (beilun_cli.read.stages; every fact that names it and tells a stage tells that one), said at
    that stage (supported) and at each other (refuted)."""
    from beilun_cli.read import markers
    from beilun_cli.read.stages import fact_stage

    stages: dict[str, set[tuple[int, int]]] = {}
    first: dict[str, str] = {}
    for record in records:
        claim = record["claim"]
        statement = f"{claim['zh']} {claim['en']}".casefold()
        stage = fact_stage(statement, "planned" in markers.markers_of(claim["zh"]))
        for project in (e for e in record["entities"] if kinds.get(e) == "project" and stage is not None):
            stages.setdefault(project, set()).add(stage)
            first.setdefault(project, record["id"])
    for project, told in stages.items():
        (low, high), *others = told
        if others or low != high or low not in (_STARTED, _COMPLETED):
            continue  # at least started, maybe done (已累计改造): no one stage to claim
        zh, en = names[project][0], names[project][1]
        for said, forms in _SAID_AT.items():
            verdict = SUPPORTED if said == low else REFUTED
            family = "member-stage" if verdict == SUPPORTED else "member-other-stage"
            for lang, name in (("zh", zh), ("en", en)):
                for form in forms[lang]:
                    yield first[project], family, lang, form.format(name=name), verdict
