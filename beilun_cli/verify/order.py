"""The order a claim gives two things: one came first, the other after (先A后B, A before B,
B after A, from A to B, first A and then B). The article orders them too: two events by their
dates, or the stages of one fact's sequence (从设立区域性党组织到建立“三位一体”组织架构,再到
“全域融合”新模式: from A, to B, to C). A claim that puts them the other way round is refuted
(OTHER_ORDER), whatever the rest of its words: each is stated, their order is not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.verify.grounding import BEST_FEW, HOME, MIN_HELD
from beilun_cli.verify.paraphrase import paraphrases, word_terms
from beilun_cli.verify.rules import ALTERNATIVE, OTHER_ORDER, OTHER_TIME, REFUTED, Verdict, slot_row
from beilun_cli.verify.spans import Spans

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# "First" that orders a deed (first served companies, then...), not the ordinal of a thing (the
# first batch, a first prize, its first year).
_ADVERB_FIRST = r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bhis )(?<!\bher )\bfirst\b"
# The claim's two things, the earlier `a` and the later `b`, by the words that order them; the
# first pattern that matches decides. "B after A" names the later first; "A before B", 先A后B,
# 从A到B the earlier first. A span (3 years after) is spans.py's to measure, its order is ours.
_SAID_ORDER = (
    Lazy(r"先(?P<a>[^。;；]+?)[，,]\s*(?:之后|以后|然后|后来|随后|接着)(?:才|再|又)?(?P<b>[^。;；]+)"),
    Lazy(r"先(?P<a>[^，,。;；]+?)[，,]?\s*(?:之后|以后|然后|后来|随后|接着|再|才|后)+(?P<b>[^。;；]+)"),
    Lazy(r"(?P<b>[^，,。;；]+?)在(?P<a>[^，,。;；]+?)(?:之后|以后)"),
    Lazy(r"(?P<a>[^，,。;；]+?)在(?P<b>[^，,。;；]+?)(?:之前|以前)"),
    Lazy(r"(?P<a>[^，,。;；]{2,}?)(?:之后|以后)[，,]?\s*(?:才|再|又)?(?P<b>[^。;；]+)"),
    Lazy(r"(?P<a>[^。;；]{2,}?)[，,]\s*(?:之后|以后|然后|随后|后来)(?:才|再|又)?(?P<b>[^。;；]+)"),
    Lazy(r"^\s*after\b(?P<a>[^,;.]+),(?P<b>[^;.]+)", re.IGNORECASE),
    Lazy(r"^\s*before\b(?P<b>[^,;.]+),(?P<a>[^;.]+)", re.IGNORECASE),
    Lazy(
        _ADVERB_FIRST
        + r"(?P<a>[^;.]+?),?\s*(?:and\s+)?(?:only\s+)?(?:then|later|afterwards|subsequently)\b(?P<b>[^;.]+)",
        re.IGNORECASE,
    ),
    Lazy(
        r"(?P<a>[^;.]+?)\s+" + _ADVERB_FIRST + r"(?:,|\s+(?:and|then)\b)\s*(?:then\s+)?(?P<b>[^;.]+)",
        re.IGNORECASE,
    ),
    Lazy(r"(?P<b>[^;.]+?)\s*\b(?:only\s+|shortly\s+|soon\s+|long\s+)?after\b(?P<a>[^;.]+)", re.IGNORECASE),
    Lazy(
        r"(?P<a>[^;.]+?),?\s*\b(?:and\s+)?(?:only\s+)?(?:then|later|afterwards|subsequently|before)\b(?P<b>[^;.]+)",
        re.IGNORECASE,
    ),
)
# A sequence the claim says (从A到B, from A to B): an order too, but of one fact's stages.
_SAID_SEQUENCE = (
    Lazy(
        r"[从由](?P<a>[^，,。;；]+?)[，,]?\s*(?:再)?(?:发展|转变|演变|过渡|延伸|走|转)?(?:到了?|向)(?P<b>[^。;；]+)"
    ),
    Lazy(r"\bfrom\b(?P<a>[^;.]+?),?\s*\bto\b(?P<b>[^;.]+)", re.IGNORECASE),
)
# A change the claim says (A became B, A更名为B): what came before and what came of it. Its
# words are the change group's of the vocabulary (grounding.toml), said between two things.
_CHANGE_EN = (
    r"(?:has |have |had |was |were |been )*(?:became|become|becomes|turned into|turns into|transformed into"
    r"|renamed(?: as)?|evolved into)"
)
_CHANGE_ZH = r"(?:已经?|已)?(?:蜕变为|变成|变为|转变为|演变为|更名为|改名为)了?"
_SAID_CHANGE = (
    Lazy(rf"(?P<a>[^,;.]+?)\s+\b{_CHANGE_EN}\b\s+(?P<b>[^,;.]+)", re.IGNORECASE),
    Lazy(rf"(?P<a>[^，,。;；]+?){_CHANGE_ZH}(?P<b>[^，,。;；]+)"),
)
_CLAIMED_ORDER = _SAID_ORDER + _SAID_SEQUENCE
# A change said of the subject of an order (北仑区先设立,后来才更名为滨海新区): what it was is named
# before the order, across its comma.
_SAID_ORDERED_CHANGE = (
    Lazy(rf"(?P<a>[^;.]+?)\s+\b{_CHANGE_EN}\b\s+(?P<b>[^,;.]+)", re.IGNORECASE),
    Lazy(rf"(?P<a>[^。;；]+?){_CHANGE_ZH}(?P<b>[^，,。;；]+)"),
)
# A word each of those patterns needs: a claim without one orders nothing, and is not searched
# by them (their leading lazy runs cost a scan of the claim from every position).
_ORDER_HINT = Lazy(
    r"先|之后|以后|之前|以前|然后|随后|后来|从|由|after|before|first|then|later|subsequently|from",
    re.IGNORECASE,
)
_CHANGE_HINT = Lazy(r"变为|变成|更名为|改名为|became|become|turn|transform|renamed|evolved", re.IGNORECASE)
# A change a fact states: renaming A as B, A更名为B, A have been transformed into B.
_FACT_CHANGE = (
    Lazy(r"\brenam(?:ed|ing)\s+([^;.,]+?)\s+as\s+([^;.,]+)", re.IGNORECASE),
    Lazy(rf"([^,;.]+?)\s+\b{_CHANGE_EN}\b\s+([^,;.]+)", re.IGNORECASE),
    Lazy(rf"([^，,。;；:：]+?){_CHANGE_ZH}([^，,。;；]+)"),
)

# A sequence a fact states, in the order it went: 从A到B(,再到C), 从A向B转变, from A to B (to C).
_SEQUENCE_ZH = Lazy(r"[从由]([^。;；]+)")
_STEP_ZH = Lazy(r"[，,]?\s*(?:再|又)?(?:发展|转变|演变|过渡|延伸|走|转)?(?:到了|到|向)")
_SEQUENCE_EN = Lazy(r"\bfrom\b([^;.]+)", re.IGNORECASE)
_STEP_EN = Lazy(r",?\s*\b(?:and\s+)?(?:then\s+)?to\b", re.IGNORECASE)
_CLAUSE_END_ZH = Lazy(r"[，,](?!\s*(?:再|又)?(?:发展|转变|演变|过渡|延伸|走|转)?(?:到|向))")
_CLAUSE_END_EN = Lazy(r",(?!\s*(?:and\s+)?(?:then\s+)?to\b)", re.IGNORECASE)
# The words that say an order, which no fact need hold.
_ORDER_WORD = Lazy(
    r"first|then|later|afterwards?|subsequently|before|after|earlier|先|之?后|以后|然后|后来|随后|才|再"
)
_LATIN_WORD = Lazy(r"[a-z]{3,}")
# The article itself on one side of an order (26 years before the article): no second event.
_THE_ARTICLE = Lazy(
    r"\s*(?:the |this )?(?:article|report|story|publication)\b|\s*(?:本文|文章)", re.IGNORECASE
)
# The words that date when something came to be (才开始设立, began): markers.toml [stage_words].
_BEGUN = Lazy(lexicon.stage_words("begun"), re.IGNORECASE)
# A stage of a sequence is at most this long: a longer run is the rest of the sentence.
_STAGE = 60


class Ordered(Spans):
    """A judge that compares the order a claim gives two things with the article's."""

    # The order the claim says and the article's, of the last refutation (its alignment row).
    order_said: tuple[str, str] = ("", "")

    def alignment(self, verdict: Verdict) -> list[dict[str, str | None]]:
        """The slots' rows, the order first when it decided."""
        rows = super().alignment(verdict)
        if verdict.rule == OTHER_ORDER:
            rows.insert(0, slot_row("order", *self.order_said, ALTERNATIVE))
        return rows

    def _other_order(self) -> Verdict | None:
        """The claim refuted by the order of two things it names (OTHER_ORDER), or None when it
        gives no order, or the article does not order them, or orders them as the claim does."""
        claimed = _claimed_order(self.readable)
        if claimed is None:
            # A change (A became B) is one event: what a thing was and what it became, against
            # the fact's sequence or change, never two events' dates.
            changed = _claimed_order(self.readable, _SAID_CHANGE, _CHANGE_HINT)
            return self._sequence_reversed(*changed) if changed is not None else None
        # Before the article (26 years before it): a span to the publication day, no second event.
        if any(_THE_ARTICLE.match(self.readable, start) for start, _ in claimed):
            return None
        earlier, later = claimed
        reversed_ = self._sequence_reversed(earlier, later) or self._events_reversed(earlier, later)
        if reversed_ is None:
            # Two events in the article's order may still name a change the other way round
            # (北仑区先设立,后来才更名为滨海新区: the article renames 滨海新区 as 北仑区).
            changed = _claimed_order(self.readable, _SAID_ORDERED_CHANGE, _CHANGE_HINT)
            return self._sequence_reversed(*changed) if changed is not None else None
        return reversed_

    def _begun_later(self) -> Verdict | None:
        """The claim refuted (OTHER_TIME) when it dates the start of what it names (是去年才开始
        设立的, began last year) after the start of the period over which a fact has it going (7年来
        已遍布92家, since 2012): it was there before. Every other word of the claim grounded by that
        fact; a start at or before the period's decides nothing (the article need not say when it
        began)."""
        begun = _BEGUN.search(self.readable)
        if begun is None or len(self.claim.times) != 1 or "negated" in self.claim.markers:
            return None
        named = [e for e in self.claim.entities if e not in HOME]
        folded = self.readable.casefold()
        time = self.claim.times[0]
        spoken = [begun.span(), *_spans_of(folded, time.written.casefold())]
        ranked = [c for c in self.candidates.values() if c.rank is not None]
        ranked.sort(key=lambda c: c.rank or 0)
        for candidate in ranked[:BEST_FEW]:
            record = candidate.record
            as_of = record["as_of"]
            if as_of is None or as_of["precision"] != "period" or not named:
                continue
            if not all(self._mentions(record, e) for e in named):
                continue
            claimed = time.against(self._published(record), self.published)
            if claimed.start[:4] <= as_of["start"][:4]:
                continue
            unsaid = [
                term
                for term in self._ungrounded([record])
                if not any(start <= folded.find(term) < end for start, end in spoken)
            ]
            if unsaid:
                continue
            since = f"the article has it going since {as_of['start']} ({as_of['written']})"
            reason = f"{since}; the claim says it began {claimed.start}: {record['claim']['en']}"
            return self._result(REFUTED, reason, record, rule=OTHER_TIME)
        return None

    def _sequence_reversed(self, earlier: tuple[int, int], later: tuple[int, int]) -> Verdict | None:
        """A fact of search's best whose sequence holds the claim's two things the other way."""
        first, second = (self.readable[start:end] for start, end in (earlier, later))
        for candidate in self._covering(0.0)[:3]:
            record = candidate.record
            if candidate.held < MIN_HELD or self._entity_conflict(record) is not None:
                continue
            texts = (record["claim"]["zh"], record["quote"], record["claim"]["en"])
            # A sequence (从A到B) or a change (A更名为B, A became B) of the fact's.
            for stages in (found(text) for text in texts for found in (fact_sequence, change_stages)):
                at_first, at_second = _stage_of(first, stages), _stage_of(second, stages)
                if at_first is None or at_second is None or at_first == at_second:
                    continue
                if at_first > at_second:
                    said = f"{stages[at_second]} → {stages[at_first]}"
                    self.order_said = (f"{first.strip()} → {second.strip()}", said)
                    then = f"{stages[at_second]}, then {stages[at_first]}"
                    reason = f"order: the article says {then}: {record['claim']['en']}"
                    return self._result(REFUTED, reason, record, rule=OTHER_ORDER)
                return None
        return None

    def _events_reversed(self, earlier: tuple[int, int], later: tuple[int, int]) -> Verdict | None:
        """Two events the article dates, each named on its side of the claim's order (one may be
        named by the order's word alone: "renamed before it was approved"), the later said first."""
        events = self._events()
        if len(events) != 2:
            return None
        # Every word grounded by the two, but the words of the order itself (先, 之后才, before).
        first, last = sorted((earlier, later))
        connective = [(0, first[0]), (first[1], last[0])]
        folded = self.readable.casefold()
        for term in self._ungrounded(events):
            at = folded.find(term)
            if _ORDER_WORD.fullmatch(term) is None and (
                at < 0 or not any(start <= at < end for start, end in connective)
            ):
                return None
        where = self._named_at(events, [])
        sides = [_side(at, earlier, later) for at in where]
        if sides.count(None) == 2 or sides[0] == sides[1]:
            return None
        if None in sides:
            known = 0 if sides[0] is not None else 1
            sides[1 - known] = "later" if sides[known] == "earlier" else "earlier"
        said_first, said_second = (events[0], events[1]) if sides[0] == "earlier" else (events[1], events[0])
        first_as_of, second_as_of = said_first["as_of"], said_second["as_of"]
        assert first_as_of is not None and second_as_of is not None
        if first_as_of["start"] <= second_as_of["end"]:
            return None
        if self._crossed(((earlier, said_first), (later, said_second))):
            return None
        claims = [said_first["claim"], said_second["claim"]]
        first_said, second_said = (claim["zh"] if self.chinese else claim["en"] for claim in claims)
        self.order_said = (
            f"{first_said} → {second_said}",
            f"{second_as_of['written']} → {first_as_of['written']}",
        )
        came_first = f"{second_as_of['written']}: {said_second['claim']['en']}"
        came_after = f"{first_as_of['written']}: {said_first['claim']['en']}"
        reason = f"order: the article says this came first ({came_first}) and this after ({came_after})"
        return self._result(REFUTED, reason, said_second, said_first, rule=OTHER_ORDER)

    def _crossed(self, sides: Sequence[tuple[tuple[int, int], FactRecord]]) -> bool:
        """Whether a word on one side of the claim's order is grounded by the event put on the
        other side only (Binhai became Beilun District after approval in 1987: "became" is the
        renaming's, not the founding's): the sides name other events than the ones put on them."""
        folded = self.readable.casefold()
        (one_side, one), (other_side, other) = sides
        for (start, end), own, another in ((one_side, one, other), (other_side, other, one)):
            theirs = set(self._ungrounded([own])) - set(self._ungrounded([another]))
            if any(start <= folded.find(term) < end for term in theirs):
                return True
        return False


def parts_misordered(text: str, evidence: Sequence[FactRecord]) -> bool:
    """Whether the parts of a claim, each stated by one of two dated facts (in the order the claim
    says them), are said in an order (先…之后, before, after, then, later) the facts' dates
    reverse: their order is no part's own."""
    if len(evidence) != 2 or _ORDER_HINT.search(text) is None:
        return False
    claimed = next((found for pattern in _SAID_ORDER if (found := pattern.search(text))), None)
    if claimed is None or len(evidence) != 2 or not all(record["as_of"] for record in evidence):
        return False
    # The parts come in the claim's words' order: the earlier said first, unless "B after A".
    first, second = evidence if claimed.start("a") < claimed.start("b") else evidence[::-1]
    first_as_of, second_as_of = first["as_of"], second["as_of"]
    assert first_as_of is not None and second_as_of is not None
    return first_as_of["start"] > second_as_of["end"]


def _claimed_order(
    text: str, patterns: tuple[Lazy, ...] = _CLAIMED_ORDER, hint: Lazy = _ORDER_HINT
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the claim writes the earlier and the later of two things it orders, or None."""
    if hint.search(text) is None:
        return None
    for pattern in patterns:
        found = pattern.search(text)
        if found is not None and found.group("a").strip() and found.group("b").strip():
            return found.span("a"), found.span("b")
    return None


def fact_sequence(text: str) -> list[str]:
    """The stages of a sequence a fact's text states, in their order (从A到B再到C: A, B, C), or
    none: a sequence needs two stages at least, each of a phrase's length."""
    for pattern, step, clause_end in (
        (_SEQUENCE_ZH, _STEP_ZH, _CLAUSE_END_ZH),
        (_SEQUENCE_EN, _STEP_EN, _CLAUSE_END_EN),
    ):
        # Each 从 or "from" in turn: the first may start a time (从1993年开始,…从A向B转变).
        found = pattern.search(text)
        while found is not None:
            # The sequence ends with its clause (…到了企业,受到欢迎: 企业), at a comma no step follows.
            steps = clause_end.search(found.group(1))
            said = found.group(1)[: steps.start()] if steps is not None else found.group(1)
            stages = [stage.strip(" ,，") for stage in step.compiled.split(said)]
            stages = [stage for stage in stages if stage.strip()]
            if len(stages) >= 2 and all(len(stage) <= _STAGE for stage in stages):
                return stages
            found = pattern.compiled.search(text, found.start() + 1)
    return []


def change_stages(text: str) -> list[str]:
    """What a thing was and what it became, as a fact's text states a change (滨海新区更名为北仑区,
    renaming A as B, A have been transformed into B), or none."""
    for pattern in _FACT_CHANGE:
        found = pattern.search(text)
        if found is not None and all(len(stage) <= _STAGE for stage in found.groups()):
            return [stage.strip() for stage in found.groups()]
    return []


def _stage_of(said: str, stages: list[str]) -> int | None:
    """The one stage a part of the claim names best (by the words or the pairs of characters
    they share), or None when none or two name it as well."""
    mine = _pieces(said) | _said_another_way(said)
    scores = [len(mine & _pieces(stage)) for stage in stages]
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return scores.index(best)


def _pieces(text: str) -> set[str]:
    """A text's pairs of Chinese characters and its English words' starts (stems enough here; a
    plural's s is no start of its own: unit of units)."""
    folded = text.casefold()
    han = [char if "\u4e00" <= char <= "\u9fff" else " " for char in folded]
    pairs = {a + b for a, b in zip(han, han[1:], strict=False) if a != " " and b != " "}
    words = _LATIN_WORD.findall(folded)
    return pairs | {word.removesuffix("s")[:5] for word in words if word not in _FUNCTION_WORDS}


def _said_another_way(text: str) -> set[str]:
    """The pieces of the words of the vocabulary's groups a claim's side writes a word of (region
    of a region-based focus: 区域, areas): a stage the fact names by another word of its group."""
    lexicon = paraphrases()
    claimed = text.casefold()
    terms = {term for word in _LATIN_WORD.findall(claimed) for term in word_terms(word)}
    words = {
        word for term in terms for at in lexicon.groups_of.get(term, ()) for word, _ in lexicon.groups[at][0]
    }
    return set().union(*(_pieces(word) for word in words)) if words else set()


_FUNCTION_WORDS = frozenset(("the", "and", "new", "its", "with", "from", "that", "this", "then", "after"))


def _side(at: int, earlier: tuple[int, int], later: tuple[int, int]) -> str | None:
    if earlier[0] <= at < earlier[1]:
        return "earlier"
    if later[0] <= at < later[1]:
        return "later"
    return None


def _spans_of(text: str, written: str) -> list[tuple[int, int]]:
    """Where `written` stands in `text`, if it does."""
    at = text.find(written) if written else -1
    return [(at, at + len(written))] if at >= 0 else []
