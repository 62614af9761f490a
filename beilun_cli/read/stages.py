"""The stage a statement says a deed has reached: planned (a plan or a forecast only), started
(or under construction), completed (or in operation); the words of each, of a stage to come
(预计投产后, will open) and of a stage denied (尚未开工, has yet to break ground) are the
lexicon's (markers.toml, [[stages]] and [stage_words]).

A statement's stage is an interval of ranks: "completed" says at least completed, "not yet
started" anything before started, "still on the drawing board" only planned. A claim's interval
that misses its fact's is refuted (verify/slots.py, contrary_status)."""

from __future__ import annotations

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

PLANNED = 0
STARTED = 1
COMPLETED = 2
NAMES = {rank: name for name, rank, _ in lexicon.stages()}

_STAGES = tuple((rank, Lazy(pattern)) for _, rank, pattern in lexicon.stages())
_FORECAST = Lazy(lexicon.stage_words("forecast"))
_AFTER = Lazy(lexicon.stage_words("after"))
_NOT_YET = Lazy(lexicon.stage_words("not_yet"))
_ALREADY = Lazy(lexicon.stage_words("already"))
_STILL = Lazy(lexicon.stage_words("still"))
_PROGRESSIVE = Lazy(lexicon.stage_words("progressive"))
_NOUN = Lazy(lexicon.stage_words("noun"))
_PREPARING = Lazy(lexicon.stage_words("preparing"))
_COPULA = Lazy(lexicon.stage_words("copula"))
# Where a clause starts: a forecast or a denial holds to the end of its clause.
_CLAUSE_END = Lazy(r"[,，。;；:：!?！？]")
# How far before a stage word its denial may stand (至今还没有, has not yet been).
_DENIAL_REACH = 16

# What any stage word holds: most texts hold none, and skip compiling the patterns (a one-shot
# `check` pays for each pattern it compiles).
_HINTS = (
    *"建竣完投交开启动图规已施",
    *("加快", "打造", "成为", "结束", "告一段落", "筹"),
    *("finish", "operat", "handed", "renovat", "deliver", "start", "beg", "launch", "ground"),
    *("kick", "under", "complet", "open", "running", "board", "paper", "plan", "already", "built"),
    *("becoming", "prepar", "ended", "conclud", " over", "production"),
)


class Stage:
    """The stages a text allows (`low`..`high`, ranks), whether a stage word says one reached
    (`reached`), whether one is only to come (`to_come`: 投产后, once in production), and the
    spans of the words a stage slot takes whole (a denial, "on the drawing board")."""

    __slots__ = ("low", "high", "reached", "worded", "to_come", "coming", "spans", "words")

    def __init__(self) -> None:
        self.low = PLANNED
        self.high = COMPLETED
        self.reached = False
        self.worded = False  # a stage word says it (建成, under construction), not "already" alone
        self.to_come = False
        self.coming = PLANNED  # the latest stage said to come (将于2021年建成: completed)
        self.spans: list[tuple[int, int]] = []
        # Its stage words (建成, under construction), those side by side as one (建成投产): the
        # stage slot aligns them with a fact's stage, so a fact that tells another stage still
        # holds them among the claim's words (verify/grounding.py).
        self.words: list[str] = []

    @property
    def stated(self) -> bool:
        """Whether the text states a stage at all (reached, denied or only planned)."""
        return self.reached or self.high < COMPLETED or self.low > PLANNED

    @property
    def empty(self) -> bool:
        return self.low > self.high


def read_stage(text: str) -> Stage:
    """The stage a text (casefolded) states a deed at."""
    stage = Stage()
    if not any(hint in text for hint in _HINTS):
        return stage
    seen: list[tuple[int, int]] = []
    framed: list[tuple[int, int]] = []  # the words around a stage word its slot takes
    for rank, pattern in _STAGES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(lo < end and start < hi for lo, hi in seen):
                continue  # a word of a stage already read (开始建设 of 建设中)
            seen.append((start, end))
            clause = _clause_before(text, start)
            if rank == PLANNED:
                # Being prepared (筹建) may have started; a plan only, not.
                prepared = _PREPARING.fullmatch(match.group()) is not None
                stage.high = min(stage.high, STARTED if prepared else PLANNED)
                stage.spans.append((start, end))
                continue
            denied = _denial(clause, start)
            if denied is not None:
                stage.high = min(stage.high, rank - 1)
                # The denial and the stage it denies are the slot's: a fact of an earlier stage
                # need not name the later one (在建 grounds "rather than finished").
                stage.spans += [denied, (start, end)]
            # (The stage's words with its clause: "after" of a stage reached in the past, after it
            # had been built, is no forecast.)
            elif _FORECAST.search(clause + match.group()) or _AFTER.match(text, end):
                stage.to_come = True  # 投产后, will be completed: no stage reached
                stage.coming = max(stage.coming, rank)
            else:
                stage.reached = stage.worded = True
                stage.low = max(stage.low, rank)
                still = _STILL.search(clause[-_DENIAL_REACH:])
                if still is not None or _PROGRESSIVE.fullmatch(match.group()):
                    # still, or in progress (under construction): not yet completed
                    stage.high = min(stage.high, rank)
                # "Still" and the stage's noun (仍处于在建阶段) are the stage slot's words too.
                put = still or _COPULA.search(clause[-_DENIAL_REACH:])
                if put is not None:
                    framed.append((start - len(put.group()), start))
                noun = _NOUN.match(text, end)
                if noun is not None:
                    framed.append((end, noun.end()))
    if not seen:
        _reached_already(text, stage)
    runs: list[tuple[int, int]] = []
    for start, end in sorted([*seen, *framed]):
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
        else:
            runs.append((start, end))
    stage.words = [text[start:end] for start, end in runs]
    return stage


def _reached_already(text: str, stage: Stage) -> None:
    """A text with no stage word that says its deed reached already (已贡献147万元, already yields):
    at least started, unless the clause forecasts it (预计已, expected to have)."""
    for match in _ALREADY.finditer(text):
        clause = _clause_before(text, match.start())
        if not _FORECAST.search(clause) and _denial(clause, match.start()) is None:
            stage.reached = True
            stage.low = max(stage.low, STARTED)
            return


def _denial(clause: str, at: int) -> tuple[int, int] | None:
    """Where the text's words that deny what stands at `at` are (尚未, has yet to), within reach
    at the end of its `clause` before it; None when nothing denies it."""
    window = clause[-_DENIAL_REACH:]
    denied = _NOT_YET.search(window)
    if denied is None:
        return None
    offset = at - len(window)
    return offset + denied.start(), offset + denied.end()


def _clause_before(text: str, at: int) -> str:
    """The text of the clause before `at`."""
    before = text[:at]
    ends = [match.end() for match in _CLAUSE_END.finditer(before)]
    return before[ends[-1] :] if ends else before


def fact_stage(statement: str, planned: bool) -> tuple[int, int] | None:
    """The stage a fact's own statement (casefolded) gives, as (low, high): the latest stage it
    says reached and no later (the article tells how far a deed has gone); a plan or a stage to
    come (`planned`: the fact's own 计划) when it says none reached; None when it tells no stage."""
    stage = read_stage(statement)
    if stage.reached and stage.worded:
        return stage.low, stage.low
    if stage.reached:
        # Reached already, no stage word (已累计改造100万平方米): at least started, maybe done.
        return stage.low, COMPLETED
    if stage.stated:
        return stage.low, stage.high
    if stage.to_come or planned:
        return PLANNED, PLANNED
    return None
