"""A claim that joins statements (conjunction.py reads its parts) decided by its parts' verdicts:
supported only when every part is, refuted when a part is (citing that part), else not-enough-info
naming the part the article does not state (the rules parts-stated, part-refuted, part-unstated).

Only a claim the article does not decide as a whole is split (verdicts.check calls by_parts for
a not-enough-info), so a split never overturns a whole reading: one fact that states a claim of
two clauses decides it as today. A negated claim is split only at its clauses, each denied or not
by its own words; names that share a denied predicate are denied together. A claim is split at its strongest
boundaries first (a semicolon, then a word of conjunction, then a comma alone); a part is judged
as a claim of its own, split in turn at finer boundaries when the article does not decide it whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify import conjunction
from beilun_cli.verify.rules import (
    ALTERNATIVE,
    EQUIVALENT,
    INDEPENDENT,
    MISTAKEN_IDENTITY,
    NEGATED,
    NOT_ENOUGH_INFO,
    NOTHING_TO_CHECK,
    OTHER_ENTITY,
    OTHER_TIME,
    PARTS_REFUTED,
    PARTS_STATED,
    PARTS_UNSTATED,
    REFUTED,
    SUPPORTED,
    Verdict,
    slot_row,
)

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.read.claims import Claim, Vocabulary

__all__ = ["by_parts", "uncut"]

Span = tuple[int, int]
Judge = Callable[[str, int], Verdict]
_LATIN_WORD = Lazy(r"[A-Za-z]+")


def by_parts(
    readable: str,
    claim: Claim,
    vocabulary: Vocabulary,
    home: Collection[str],
    split: tuple[int, bool],
    judge: Judge,
) -> Verdict | None:
    """The verdict on a claim (`claim.text`, read as `readable`) from the statements it joins,
    each judged by `judge` (given the part and the strength of boundary it may be split at in
    turn), or None when it joins none. `home` are Beilun's names, casefolded; `split` the
    strongest boundary to split at, and whether the reasons are in Chinese. At the strongest
    boundaries first; when those leave a part undecided, at the next (statements joined by a
    comma may hold a 也 of their own)."""
    names = [name for name, _ in (*vocabulary.entities, *vocabulary.measures)]
    kept = uncut(readable, claim)
    seen: dict[tuple[str, int], Verdict] = {}  # a part met again at a finer level is judged once

    def once(part: str, finer: int) -> Verdict:
        if (part, finer) not in seen:
            seen[part, finer] = judge(part, finer)
        return seen[part, finer]

    level, chinese = split
    # A Chinese claim with a code or a name in Latin letters (F4, GDP) is joined as Chinese is;
    # an English one may quote a Chinese name ('大美北仑'): by what most of its words are.
    han = sum(1 for char in readable if "\u4e00" <= char <= "\u9fff")
    english = claim.latin and han <= 2 * len(_LATIN_WORD.findall(readable))
    undecided = None
    # A negated claim is split only at its clauses, each negated or not by its own words (北仑这家
    # 并非首家, of a claim that opens with another statement): names that share a negated predicate
    # (没有举办飞天奖和星光奖) are denied together, and a denial that opens the claim (it is not
    # true that…) is of all of it.
    negated = "negated" in claim.markers
    if negated and _denies_all(readable):
        return None
    while level <= (conjunction.COMMAS if negated else conjunction.LEVELS):
        found, strength = judged(readable, names, home, (english, kept, level), once)
        if negated and strength >= conjunction.LEVELS:
            break
        answer = combined(claim.text, found, (strength, negated), chinese) if found else None
        if answer is not None and answer.verdict != NOT_ENOUGH_INFO:
            return answer
        undecided = undecided or answer
        level = strength + 1
    return undecided


_DENIES_ALL = Lazy(
    r"^\s*(?:it is (?:not true|untrue|false) that|(?:文章|文中|原文)?(?:并)?(?:没有说|不是说))", re.IGNORECASE
)


def _denies_all(text: str) -> bool:
    """Whether a claim opens with a denial of all it says (it is not true that…, 并不是说…)."""
    return _DENIES_ALL.search(text) is not None


def uncut(readable: str, claim: Claim) -> list[Span]:
    """The spans of a claim's figures and times, which no split cuts (three and a half years)."""
    kept = [value.span for value in claim.values]
    return kept + [
        (at, at + len(time.written)) for time in claim.times if (at := readable.find(time.written)) >= 0
    ]


def judged(
    text: str,
    names: Sequence[str],
    home: Collection[str],
    read: tuple[bool, Sequence[Span], int],
    judge: Callable[[str, int], Verdict],
) -> tuple[list[tuple[str, Verdict]], int]:
    """Each statement a claim joins with `judge`'s verdict on it (given the part, and the
    strength of boundary it may be split at in turn), and the strength it was split at; no
    parts when it joins none. `read` is how the claim was read: in Latin letters, the spans of
    its figures and times, the strongest boundary to split at. A part no fact decides is judged
    with its neighbours' clauses (up to two more, the next first) when that decides it: a
    statement of several clauses of its own (北仑是排头兵,肩负特殊历史使命) is not left in pieces."""
    latin, kept, level = read
    body, found, strength = conjunction.parts(text, names, latin, kept, level, home)
    finer = strength + 1
    verdicts = [_judged(part, judge, finer) for part in found]
    at = 0
    while at < len(found) and len(found) > 1:
        if verdicts[at].verdict != NOT_ENOUGH_INFO:
            at += 1
            continue
        for low, high in _windows(found, at):
            said = found[low].said + body[found[low].end : found[high].end]
            verdict = judge(said, finer)
            # Only a statement found whole: clauses merged that the article refutes may be
            # clauses of two statements read as one (已启动…，累计建成: a stage of the second).
            if verdict.verdict == SUPPORTED:
                found[low : high + 1] = [conjunction.Part(said, found[low].start, found[high].end)]
                verdicts[low : high + 1] = [verdict]
                at = low
                break
        else:
            at += 1
    if len(found) < 2 or (
        strength == conjunction.COMMAS and _torn(body, found, verdicts, lambda said: judge(said, finer))
    ):
        return [], strength
    return [(part.said, verdict) for part, verdict in zip(found, verdicts, strict=True)], strength


def _torn(
    body: str, found: Sequence[conjunction.Part], verdicts: Sequence[Verdict], judge: Callable[[str], Verdict]
) -> bool:
    """Whether a part cut at a comma alone is refuted only as a piece torn from its statement:
    with the clause next to it, the article supports it (北仑以全市6%的地域面积…, of 创造出1/6的
    经济总量)."""
    for at, verdict in enumerate(verdicts):
        if verdict.verdict != REFUTED:
            continue
        for low, high in ((at, at + 1), (at - 1, at)):
            if 0 <= low and high < len(found) and found[low].start != found[high].start:
                said = found[low].said + body[found[low].end : found[high].end]
                if judge(said).verdict == SUPPORTED:
                    return True
    return False


def _judged(part: conjunction.Part, judge: Callable[[str, int], Verdict], finer: int) -> Verdict:
    verdict = _anchored(part, judge(part.said, finer))
    if verdict.verdict == NOT_ENOUGH_INFO and part.bare is not None:
        bare = judge(part.bare, finer)
        if bare.verdict != NOT_ENOUGH_INFO:
            part.said = part.bare
            return bare
    return verdict


# Rules that refute by a fact the claim's words find (another's deed, another time of an event):
# words a part was given (a subject carried in) find the subject's fact, not the predicate's.
_FOUND_BY_WORDS = (OTHER_ENTITY, OTHER_TIME, MISTAKEN_IDENTITY)


def _anchored(part: conjunction.Part, verdict: Verdict) -> Verdict:
    """A part's verdict, but a refutation of a rewritten part by a fact its words found, which
    decides nothing (明年还将建设地铁 said of a mould of 2019)."""
    if part.rewritten and verdict.verdict == REFUTED and verdict.rule in _FOUND_BY_WORDS:
        return Verdict(verdict.claim, NOT_ENOUGH_INFO, verdict.reason, verdict.evidence, PARTS_UNSTATED)
    return verdict


def _windows(found: Sequence[conjunction.Part], at: int) -> list[Span]:
    """The runs of parts, from the first to the last, to judge part `at` with: it and the next
    one or two, then the one or two before; none of names within one clause, nor all."""
    runs = [(at, high) for high in range(at + 1, min(at + 3, len(found)))]
    runs += [(low, at) for low in range(at - 1, max(at - 3, -1), -1)]
    # All the parts together are the claim, which the article does not decide whole.
    return [
        (low, high)
        for low, high in runs
        if found[low].start != found[high].start and (low, high) != (0, len(found) - 1)
    ]


def combined(
    text: str, judged: Sequence[tuple[str, Verdict]], split: tuple[int, bool], chinese: bool
) -> Verdict | None:
    """The verdict of a conjunction from its parts' (each part with its verdict), or None when
    a part is no statement to check: refuted when a part is (citing it), supported when all are,
    else not-enough-info naming the first part the article does not state. Parts cut at commas
    alone (`strength` COMMAS) may be pieces of one statement, which says what a piece alone
    does not: they decide only when all others are supported (and judged() has found no piece
    refuted only when torn from its statement), unless the claim denies one of them (`split`: the
    strength, and whether the claim is negated): what it asserts and what it denies are two
    statements (华朔HNE-001模具仅达到国内先进水平,还没达到国际领先), and so is a clause that denies
    what the article states, wherever it was cut."""
    strength, negated = split
    if len(judged) < 2 or any(verdict.rule == NOTHING_TO_CHECK for _, verdict in judged):
        return None
    refuted = [(part, verdict) for part, verdict in judged if verdict.verdict == REFUTED]
    unstated = [(part, verdict) for part, verdict in judged if verdict.verdict == NOT_ENOUGH_INFO]
    stated = [(part, verdict) for part, verdict in judged if verdict.verdict == SUPPORTED]
    denied = negated or any(verdict.rule == NEGATED for _, verdict in refuted)
    if strength == conjunction.COMMAS and len(stated) < len(judged) - 1 and not (denied and refuted):
        return None
    if refuted:
        part, verdict = refuted[0]
        reason = f"分句“{part}”：{verdict.reason}" if chinese else f"part '{part}': {verdict.reason}"
        answer = Verdict(text, REFUTED, reason, verdict.evidence, PARTS_REFUTED)
    elif unstated:
        part, verdict = unstated[0]
        if chinese:
            reason = f"分句“{part}”原文没有说：{verdict.reason}"
        else:
            reason = f"part '{part}' is not stated: {verdict.reason}"
        evidence = _evidence([v for _, v in stated] + [verdict])
        answer = Verdict(text, NOT_ENOUGH_INFO, reason, evidence, PARTS_UNSTATED)
    else:
        said = (
            "；".join(f"“{part}”：{v.reason}" for part, v in stated)
            if chinese
            else "; ".join(f"'{part}': {v.reason}" for part, v in stated)
        )
        reason = f"每个分句原文都有：{said}" if chinese else f"each part is stated: {said}"
        answer = Verdict(text, SUPPORTED, reason, _evidence([v for _, v in stated]), PARTS_STATED)
    answer.alignment = _alignment(judged, chinese)
    return answer


def _evidence(verdicts: Sequence[Verdict]) -> list[FactRecord]:
    seen: dict[str, FactRecord] = {}
    for verdict in verdicts:
        for record in verdict.evidence:
            seen.setdefault(record["id"], record)
    return list(seen.values())


_RELATIONS = {SUPPORTED: EQUIVALENT, REFUTED: ALTERNATIVE, NOT_ENOUGH_INFO: INDEPENDENT}


def _alignment(judged: Sequence[tuple[str, Verdict]], chinese: bool) -> list[dict[str, str | None]]:
    """A row for each part (against its first fact's statement), followed by the part's own rows."""
    rows: list[dict[str, str | None]] = []
    for part, verdict in judged:
        fact = verdict.evidence[0]["claim"]["zh" if chinese else "en"] if verdict.evidence else None
        rows.append(slot_row("part", part, fact, _RELATIONS[verdict.verdict]))
        rows.extend(verdict.alignment)
    return rows
