"""Slots read from a fact's own words: its markers (first, only, a plan, a reason), whether it
dates an event, and the texts they are read from."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read import markers
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.stages import COMPLETED, PLANNED, STARTED, Stage, fact_stage, read_stage
from beilun_cli.read.times import focus_spans

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, TimeRecord
    from beilun_cli.read.times import ClaimedTime

# Markers a fact states only in its own claim, not in the rest of its quote (which may tell more
# than one thing).
_OWN_MARKERS = frozenset({"planned", "reason", "only", "one-of"})

# Markers a first, an only or a most carries: where it holds then matters.
RANKING = frozenset({"only", "first", "second", "third", "largest", "most", "highest", "longest", "earliest"})

# Words that add a figure to what is known (also, 也): the lexicon's markers.toml [additive].
ADDITIVE = Lazy(lexicon.additive_words())

# A fact's time written as "now" (当前, 至今, 截至目前) dates a state, not an event: the same
# state claimed at another time is not stated, rather than refuted.
_AS_OF_NOW = Lazy(r"当前|至今|截至|目前|现在|如今")


def is_event(record: FactRecord, *, years: bool = False) -> bool:
    """Whether a fact dates an event (on a day or in a month; with `years`, in a year too): the
    same event claimed at another time is refuted."""
    as_of = record["as_of"]
    precisions = ("day", "month", "year") if years else ("day", "month")
    return as_of is not None and as_of["precision"] in precisions and not _AS_OF_NOW.search(as_of["written"])


def time_in_focus(text: str, times: list[ClaimedTime]) -> bool:
    """Whether a claim asserts its time (北仑…是在2017年, it was in 2017 that…, 是2017年的数据,
    are 2017 figures): a word of the lexicon's time_focus just before or after it."""
    return bool(focus_spans(text.casefold(), [time.written.casefold() for time in times]))


def fact_text(record: FactRecord) -> str:
    return " ".join((record["claim"]["zh"], record["claim"]["en"], record["quote"]))


def fact_texts(record: FactRecord, latin: bool) -> list[str]:
    """A fact's statements in one language, each on its own: its English claim for a claim read
    as English (`latin`), else its Chinese claim and its quote."""
    return [record["claim"]["en"]] if latin else [record["claim"]["zh"], record["quote"]]


def stated_markers(record: FactRecord) -> set[str]:
    """The markers a fact states, read from the article's own words (its quote and Chinese claim):
    a translation may say "one of" of another set ("the only river named one of Zhejiang's...").
    A plan, a reason, an only or a one-of must be the fact's own (its Chinese claim): a quote's
    计划 may be another figure's (计划推出1000套, 第一批600套), its 唯一 another sentence's."""
    stated = markers.markers_of(article_words(record))
    if not stated & _OWN_MARKERS:
        return stated
    own = markers.markers_of(record["claim"]["zh"])
    return {marker for marker in stated if marker not in _OWN_MARKERS or marker in own}


def article_words(record: FactRecord) -> str:
    return f"{record['claim']['zh']} {record['quote']}"


def marker_name(marker: str) -> str:
    named = marker.replace("decade:", "born in the ").replace("one-of", "one of").replace("ordinal:", "no. ")
    return named.replace("level:", "the level ").replace("-", " ")


def when_of(as_of: TimeRecord) -> str:
    """A fact's time for a reason: '2018 (去年)', '1987-09-14'."""
    span = span_of(as_of["start"], as_of["end"])
    return span if as_of["written"] in (span, f"{span}年") else f"{span} ({as_of['written']})"


def span_of(start: str, end: str) -> str:
    return start if start == end else f"{start} to {end}"


def claimed_when(time: ClaimedTime) -> str:
    if time.relative:
        return f"'{time.written}' ({time.start})"
    return time.start


# ---------------------------------------------------------------- status, change, per unit

# How far a deed has gone (read.stages): a claim's stage must meet its fact's. A stage later than
# the article's is refuted (a project under construction claimed completed), and so is one denied
# that the article says reached (尚未启动, for 已启动); an earlier one is entailed.


def _fact_stage(record: FactRecord, claim_markers: set[str]) -> tuple[int, int] | None:
    statement = f"{record['claim']['zh']} {record['claim']['en']}".casefold()
    # A plan of the fact's own (计划推出1000套) is its stage, unless the claim tells the plan too.
    planned = "planned" in markers.markers_of(record["claim"]["zh"]) and "planned" not in claim_markers
    return fact_stage(statement, planned)


def contrary_status(stage: Stage, claim_markers: set[str], record: FactRecord, when: int = 0) -> str:
    """Why a claim's stage contradicts its fact's own statement ("the article says started or
    under construction, the claim completed"), or "". `when` is where the claim's time lies
    against the fact's (-1 before, 1 after, 0 the same): a stage reached stays reached, so a
    stage denied before the fact's time, or a later stage after it, contradicts nothing."""
    if not stage.stated or stage.empty:
        return ""  # a stage to come (将在2020年建成) contradicts no stage of now
    theirs = _fact_stage(record, claim_markers)
    if theirs is None or (stage.low <= theirs[1] and theirs[0] <= stage.high):
        return ""
    if (stage.low > theirs[1] and when > 0) or (stage.high < theirs[0] and when < 0):
        return ""
    return f"status: the article says {_stage_name(theirs)}, the claim {_stage_name((stage.low, stage.high))}"


def states_stage(record: FactRecord, claim_markers: set[str]) -> bool:
    """Whether a fact's own statement tells a stage (在建, have opened): the stage slot of a claim
    is aligned with it, whichever stage its words name."""
    return _fact_stage(record, claim_markers) is not None


def stage_entailed(stage: Stage, claim_markers: set[str], record: FactRecord) -> bool:
    """Whether a fact's own stage lies within the claim's (在建 within "started", "not yet
    completed"): the claim's stage words are then grounded by the stage slot, whatever words
    the fact says its stage in, and by nothing else (a fact that tells no stage grounds none)."""
    theirs = _fact_stage(record, claim_markers)
    return theirs is not None and stage.low <= theirs[0] and theirs[1] <= stage.high


def later_stage(stage: Stage, claim_markers: set[str], record: FactRecord) -> bool:
    """Whether the claim tells a stage later than its fact's (completed, of a photo from before it
    was built): the claim's time is then its deed's, which the fact does not date."""
    theirs = _fact_stage(record, claim_markers)
    return stage.stated and not stage.empty and theirs is not None and stage.low > theirs[1]


def stage_dated(stage: Stage, claim_markers: set[str], record: FactRecord) -> bool:
    """Whether the claim's time is that of a stage of its own deed the fact does not date: a
    stage to come the fact does not forecast (due to be completed by 2021, of projects signed in
    2019), or a stage reached that is not the fact's own stage (completed in 1988, of a photo of
    1985 from before it was built; begun in 2017, of a deed completed in 2019). The fact's time is then no
    time of the claim's, and refutes none (a stage is an event of its own)."""
    if stage.to_come:
        statement = f"{record['claim']['zh']} {record['claim']['en']}".casefold()
        forecast = read_stage(statement)
        return not (forecast.to_come and forecast.coming == stage.coming)
    if not stage.worded or stage.empty:
        return False
    # A fact of no stage dates the deed the claim's stage word names (the lottery held on 9
    # August, the policies launched in May 2019): its time is the claim's.
    theirs = _fact_stage(record, claim_markers)
    return theirs is not None and not (stage.low <= theirs[0] and theirs[1] <= stage.high)


def unstated_status(stage: Stage, claim_markers: set[str], record: FactRecord) -> str:
    """A stage the claim denies or holds only planned (not yet started, on the drawing board) that
    its fact does not state: "" when the fact's stage lies within the claim's. A reached stage is
    left to the claim's words, which the fact must ground (a stage word by one of its stage)."""
    if not stage.stated or stage.high == COMPLETED:
        return ""
    theirs = _fact_stage(record, claim_markers)
    if theirs is not None and stage.low <= theirs[0] and theirs[1] <= stage.high:
        return ""
    return _stage_name((stage.low, stage.high))


def _stage_name(stages: tuple[int, int]) -> str:
    low, high = stages
    if low == high or high == COMPLETED:
        return _STAGE_NAMES[low]
    return f"not yet {_STAGE_NAMES[high + 1]}"


_STAGE_NAMES = {STARTED: "started or under construction", COMPLETED: "completed", PLANNED: "planned"}


def status_names(stage: Stage, claim_markers: set[str], record: FactRecord) -> tuple[str, str]:
    """The claim's stage and its fact's, by name (completed, started or under construction,
    planned, not yet started)."""
    theirs = _fact_stage(record, claim_markers) or (PLANNED, PLANNED)
    return _stage_name((stage.low, stage.high)), _stage_name(theirs)


# A figure claimed as a change (增加了, grew by), which a level (达到, reached) is not.
_CHANGE = Lazy(
    r"增加了?|增长了?|提高了?|上升了?|增幅|比上年多|同比多|新增"
    r"|\b(?:increased|increase|grew|grown|rose|risen|up|gained|growth|added)\s+(?:by|of)\b"
    r"|\b(?:has|have|had)\s+(?:newly\s+)?added\s+(?=[\d.,]+\b)"  # has added 5 zones: 5 new ones
)
_FACT_CHANGE = Lazy(r"增加|增长|提高|上升|增幅|增速|新增|\b(?:increase|growth|grew|rose|gain|up by|added)")


def without_compared(text: str) -> str:
    """A text without what a change is measured against (比上年, over the previous year)."""
    folded = text.casefold()
    if not any(hint in folded for hint in ("比", "较", "year")):
        return text
    return COMPARED_WITH_BEFORE.sub(" ", text)


# What a change is measured against: a word of the change slot, not of what changed.
COMPARED_WITH_BEFORE = Lazy(
    r"比上年|比去年|较上年|较去年|比前一年|同比|\bover the previous year\b|\byear[- ]on[- ]year\b"
    r"|\bfrom (?:a|the) year (?:earlier|before)\b|\bcompared with (?:the previous|last) year\b",
    re.IGNORECASE,
)


_CHANGE_HINTS = (*"增提升多新", "increase", "grew", "grown", "rose", "risen", "up", "gain", "growth", "added")


# A change the other way: a fall where the article gives growth. A fall is read as growth, so
# the claim names its measure as the measure's names do (economy shrank: economy grew; 经济下降:
# 经济增长).
_FALL = Lazy(
    r"\b(?:shr[ai]nk|shrunk|contract(?:ed|s)?|declin(?:ed|es|e)|f[ae]ll|falls|fallen|drop(?:ped|s)?"
    r"|decreas(?:ed|es|e))\b|下降|下滑|减少|萎缩|负增长|回落"
)

_RATE = Lazy(r"增速|速度|\brate\b|\bpace\b", re.IGNORECASE)


def as_growth(text: str) -> str | None:
    """A claim of a fall written as one of growth (its measure then named as its names are), or
    None when the claim tells no fall, or the fall of a rate of growth (增速下滑: slower growth
    is growth still)."""
    if not _FALL.search(text) or _FACT_CHANGE.search(text.casefold()) or _RATE.search(text):
        return None
    # Both English words: a measure is named "economy grew" and "GDP growth".
    return _FALL.sub(lambda found: "grew growth" if found.group().isascii() else "增长", text)


def claims_change(text: str) -> bool:
    folded = text.casefold()
    return any(hint in folded for hint in _CHANGE_HINTS) and bool(_CHANGE.search(folded))


def states_change(record: FactRecord) -> bool:
    """Whether a fact's figure is a change (growth, an increase), by its statement or measure."""
    statement = f"{record['claim']['zh']} {record['claim']['en']} {record['measure'] or ''}"
    return bool(_FACT_CHANGE.search(statement.casefold()))


# What a figure is counted per (yuan per mu, m² per person, visits a year), as a claim writes it.
_PER = tuple((name, Lazy(pattern)) for name, pattern in lexicon.per_patterns())  # the lexicon's units.toml
# A fact's amount_unit names its denominator: yuan-per-mu, m2-per-person, person-times-per-year.
_AREA_PER = {"hectare": lexicon.unit_class("mu")[1] / lexicon.unit_class("hectare")[1]}  # 1/15
# The denominators whose figure, claimed as a total, is refuted (a count per year or per talk is
# often written without its "a year").
TOTAL_DENOMINATORS = frozenset({"mu", "person"})  # a figure per hectare is 15 times one per mu


def per_units(text: str) -> set[str]:
    folded = text.casefold()
    return {name for name, pattern in _PER if pattern.search(folded)}


def fact_per(amount_unit: str) -> str | None:
    """The denominator of a fact's unit: 'mu' for yuan-per-mu, None for a total."""
    _, per, denominator = amount_unit.partition("-per-")
    return denominator if per else None


def per_factor(claimed: set[str], denominator: str) -> float | None:
    """The factor that turns a claimed figure into the fact's denominator (1 when the claim says
    it, 1/15 from per hectare to per mu), or None when the claim gives no denominator of its."""
    if denominator in claimed:
        return 1.0
    if denominator == "mu":
        return next((_AREA_PER[name] for name in claimed if name in _AREA_PER), None)
    return None


def unit_run(run: str) -> bool:
    """Whether a run of Chinese is only magnitudes and units (万亿元, 平方公里): it says what is
    counted in, not what. Split into the lexicon's units and magnitudes, without a pattern to
    compile (a one-shot check pays for each)."""
    words = {*lexicon.unit_surfaces("zh"), *lexicon.magnitudes("zh")}
    longest = max(map(len, words))
    ends = {0}  # where a split of the run into such words can end
    for at in range(1, len(run) + 1):
        if any(at - size in ends and run[at - size : at] in words for size in range(1, longest + 1)):
            ends.add(at)
    return len(run) in ends


# An ordinal or a number in a name: 党的十九大 and the 19th congress are of one series.
_NUMBERED = Lazy(r"\d+(?:st|nd|rd|th)?|[一二三四五六七八九十百]+")


def same_series(names: list[str], others: list[str]) -> bool:
    """Whether two entities are members of one numbered series: their names alike but for the
    number (党的十八大, 党的十九大)."""
    mine = {_NUMBERED.sub("#", name) for name in names if _NUMBERED.search(name)}
    theirs = {_NUMBERED.sub("#", name) for name in others if _NUMBERED.search(name)}
    return bool(mine & theirs) and not set(names) & set(others)
