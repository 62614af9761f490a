"""Claims generated for tests/check_generated.py from every fact whose own statement tells a stage
(planned or being prepared, started or under way, completed or ended: beilun_cli.read.stages) or
a dated state:

- the fact's stage word moved to a later, exclusive one (正在成为 to 已经成为, 筹建 to 已经建成, is
  running to has ended, under construction to completed): refuted;
- a stage of its own, to come at a time the fact does not give (its claim without its time, and
  due to be completed two years on): not-enough-info, the time being the stage's, not the fact's;
- what the fact names said to have reached, three years after the fact's time, a stage the fact
  does not date (小港联合区域于1988年全面建成, of a photo of 1985 from before it was built):
  not-enough-info;
- what the fact names said to do already a deed the fact never tells (already being exported to
  Germany, of a plan): not-enough-info, "already" being that deed's, not the fact's stage;
- a first batch dated in its month said to be the second (refuted), and the second in another
  month (not-enough-info: another occasion of the series, which the article does not tell);
- what a fact has going over a period (7年来, since the 18th Congress) said to have begun only
  the year before the period's end (refuted), and to have begun a deed the fact never tells then
  (not-enough-info).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import markers
from beilun_cli.read.stages import COMPLETED, PLANNED, STARTED, fact_stage
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# The later stage a stage word is moved to, by what the word says (the first that matches), in
# each language: a deed in progress or a plan claimed done.
_LATER = {
    "zh": (("成为", "已经成为"), ("开展|进行", "已经结束"), ("", "已经建成")),
    "en": (
        ("becoming", "has finished becoming"),
        ("running|carrying out|conducting", "has ended"),
        ("preparing", "has already completed"),
        ("", "completed"),
    ),
}
# Kinds of entity a stage is said of (not Beilun, not Ningbo).
_STAGED_KINDS = ("project", "programme", "place")
_HOME = ("beilun", "ningbo")
_YEAR = re.compile(r"(?:19|20)\d\d")


def stage_time_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every fact with a stage or a dated state."""
    for record in records:
        claim = record["claim"]
        statement = f"{claim['zh']} {claim['en']}".casefold()
        stage = fact_stage(statement, "planned" in markers.markers_of(claim["zh"]))
        if stage is not None:
            yield from _moved_later(record, stage)
            yield from _other_deed(record, stage, names, kinds)
            yield from _reached_later(record, stage, names, kinds)
        yield from _to_come(record, stage)
        yield from _other_occasion(record)
        yield from _begun_later(record, names, kinds)


def _moved_later(record: FactRecord, stage: tuple[int, int]) -> Iterator[tuple[str, str, str, str, str]]:
    """The fact's one stage (planned or started) moved to a later one in its own words: refuted."""
    low, high = stage
    if low != high or high == COMPLETED:
        return
    for lang in ("zh", "en"):
        text = record["claim"][lang]
        found = _stage_word(text, low)
        if found is None:
            continue
        later = next(new for said, new in _LATER[lang] if not said or re.search(said, found.group()))
        yield record["id"], "stage-later", lang, text[: found.start()] + later + text[found.end() :], REFUTED


def _stage_word(text: str, rank: int) -> re.Match[str] | None:
    """The first word of the stage of `rank` in a fact's claim (casefolded where it is English)."""
    for _, stage_rank, pattern in lexicon.stages():
        if stage_rank == rank:
            found = re.search(pattern, text, re.IGNORECASE)
            if found is not None:
                return found
    return None


def _staged_names(
    record: FactRecord, names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str]]:
    """The Chinese and English names of what the fact gives a stage to (a project, a programme)."""
    for entity in record["entities"]:
        if entity in _HOME or kinds.get(entity) not in _STAGED_KINDS:
            continue
        written = names.get(entity, ())
        if len(written) >= 2 and written[0] in record["claim"]["zh"]:
            yield written[0], written[1]


def _other_deed(
    record: FactRecord,
    stage: tuple[int, int],
    names: Mapping[str, Sequence[str]],
    kinds: Mapping[str, str],
) -> Iterator[tuple[str, str, str, str, str]]:
    """What the fact names said to do already what the article never tells: not-enough-info."""
    if stage[1] == COMPLETED:
        return
    for zh, en in _staged_names(record, names, kinds):
        exported = (("zh", f"{zh}已经出口到德国。"), ("en", f"{en} is already being exported to Germany."))
        for lang, claim in exported:
            yield record["id"], "stage-other-deed", lang, claim, NOT_ENOUGH_INFO


def _reached_later(
    record: FactRecord,
    stage: tuple[int, int],
    names: Mapping[str, Sequence[str]],
    kinds: Mapping[str, str],
) -> Iterator[tuple[str, str, str, str, str]]:
    """What a fact of a year says is not yet done, said done three years on: not-enough-info."""
    as_of = record["as_of"]
    if stage[1] == COMPLETED or as_of is None or as_of["precision"] != "year":
        return
    later = int(as_of["start"]) + 3
    for zh, en in _staged_names(record, names, kinds):
        completed = (("zh", f"{zh}于{later}年全面建成。"), ("en", f"{en} was fully completed in {later}."))
        for lang, claim in completed:
            yield record["id"], "stage-reached-later", lang, claim, NOT_ENOUGH_INFO


def _to_come(record: FactRecord, stage: tuple[int, int] | None) -> Iterator[tuple[str, str, str, str, str]]:
    """A dated fact of no stage reached, its time dropped, said due to be completed two years on:
    the time is the stage's, which the fact does not forecast (not-enough-info)."""
    as_of = record["as_of"]
    if as_of is None or as_of["precision"] not in ("year", "month", "day") or (stage and stage[0] >= STARTED):
        return
    text, written = record["claim"]["zh"], as_of["written"]
    if written not in text or stage == (PLANNED, PLANNED):
        return
    rest = text.replace(written, "", 1).strip(",，。 ")
    if not rest or _YEAR.search(rest):
        return  # a time beside the fact's stays in the claim
    due = int(as_of["start"][:4]) + 2
    yield record["id"], "stage-to-come", "zh", f"{rest}，预计将于{due}年全部建成。", NOT_ENOUGH_INFO


def _other_occasion(record: FactRecord) -> Iterator[tuple[str, str, str, str, str]]:
    """A first batch dated in its month or on its day: said the second, refuted; the second in
    another month, another occasion of the series, not-enough-info."""
    as_of = record["as_of"]
    text = record["claim"]["zh"]
    if as_of is None or as_of["precision"] not in ("month", "day") or "第一批" not in text:
        return
    second = text.replace("第一批", "第二批", 1)
    yield record["id"], "ordinal-moved", "zh", second, REFUTED
    month = int(as_of["start"][5:7])
    dated = re.search(rf"(?:\d{{4}}年)?{month}月(?:\d+日)?", second)
    if dated is not None:
        other = f"{month % 12 + 3}月" if month <= 9 else f"{month - 6}月"
        claim = second.replace(dated.group(), other, 1)
        yield record["id"], "ordinal-other-occasion", "zh", claim, NOT_ENOUGH_INFO


# Kinds of entity a period's fact has going (a programme, a group).
_GOING_KINDS = ("project", "programme", "organisation")


def _begun_later(
    record: FactRecord, names: Mapping[str, Sequence[str]], kinds: Mapping[str, str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """What a fact has going over a period, said begun the year before its end: refuted; said to
    begin then a deed the fact does not tell: not-enough-info."""
    as_of = record["as_of"]
    if as_of is None or as_of["precision"] != "period":
        return
    year = int(as_of["end"][:4]) - 1
    for entity in record["entities"]:
        written = names.get(entity, ())
        if kinds.get(entity) not in _GOING_KINDS or len(written) < 2:
            continue
        zh, en = written[0], written[1]
        yield record["id"], "begun-later", "zh", f"{zh}是{year}年才开始设立的。", REFUTED
        yield record["id"], "begun-later", "en", f"{en} was first set up in {year}.", REFUTED
        yield record["id"], "begun-other-deed", "zh", f"{zh}{year}年才开始提供早餐。", NOT_ENOUGH_INFO
