"""The verdicts of `check`, the rules that decide them (each by its name, which `--json`
reports) and how a slot of a claim relates to the evidence's. One decision table, RULES;
docs/check.md ("How it is decided") states it for users."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

SUPPORTED = "supported"
REFUTED = "refuted"
NOT_ENOUGH_INFO = "not-enough-info"
VERDICTS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)

# The decision rules, each with the verdict it gives (docs/check.md, "How it is decided", has the same
# table): `check --json` names the one that decided. NEGATED swaps what another rule decided.
STATED = "stated"
FIGURE_ENTAILED = "figure-entailed"
UNSTATED_WORD = "unstated-word"
UNNAMED_PLACE = "unnamed-place"
UNSTATED_ENTITY = "unstated-entity"
UNSTATED_MARKER = "unstated-marker"
UNSTATED_TIME = "unstated-time"
FIGURE_UNDECIDED = "figure-undecided"
NO_FIGURE = "no-figure"
NO_FACT = "no-fact"
PARTLY_STATED = "partly-stated"
NOTHING_TO_CHECK = "nothing-to-check"
FIGURE_EXCLUSIVE = "figure-exclusive"
SIBLING_PLACE = "sibling-place"
OTHER_MEMBER = "other-member"
OTHER_ENTITY = "other-entity"
OTHER_TIME = "other-time"
OTHER_ORDER = "other-order"
SWAPPED_ATTRIBUTES = "swapped-attributes"
OTHER_SLOT_VALUE = "other-slot-value"
CONTRARY_MARKER = "contrary-marker"
MISTAKEN_IDENTITY = "mistaken-identity"
CONTRARY_STATUS = "contrary-status"
LEVEL_FOR_CHANGE = "level-for-change"
CONTRARY_CHANGE = "contrary-change"
PER_UNIT = "per-unit"
COMPARISON_HOLDS = "comparison-holds"
COMPARISON_FAILS = "comparison-fails"
ARITHMETIC_HOLDS = "arithmetic-holds"
ARITHMETIC_FAILS = "arithmetic-fails"
ARITHMETIC_UNDECIDED = "arithmetic-undecided"
NEGATED = "negated"
# A claim that joins statements, judged part by part (verify/conjunction.py).
PARTS_STATED = "parts-stated"
PARTS_REFUTED = "part-refuted"
PARTS_UNSTATED = "part-unstated"

RULES = {
    STATED: SUPPORTED,
    FIGURE_ENTAILED: SUPPORTED,
    UNSTATED_WORD: NOT_ENOUGH_INFO,
    UNNAMED_PLACE: NOT_ENOUGH_INFO,
    UNSTATED_ENTITY: NOT_ENOUGH_INFO,
    UNSTATED_MARKER: NOT_ENOUGH_INFO,
    UNSTATED_TIME: NOT_ENOUGH_INFO,
    FIGURE_UNDECIDED: NOT_ENOUGH_INFO,
    NO_FIGURE: NOT_ENOUGH_INFO,
    NO_FACT: NOT_ENOUGH_INFO,
    PARTLY_STATED: NOT_ENOUGH_INFO,
    NOTHING_TO_CHECK: NOT_ENOUGH_INFO,
    FIGURE_EXCLUSIVE: REFUTED,
    SIBLING_PLACE: REFUTED,
    OTHER_MEMBER: REFUTED,
    OTHER_ENTITY: REFUTED,
    OTHER_TIME: REFUTED,
    OTHER_ORDER: REFUTED,
    SWAPPED_ATTRIBUTES: REFUTED,
    OTHER_SLOT_VALUE: REFUTED,
    CONTRARY_MARKER: REFUTED,
    MISTAKEN_IDENTITY: REFUTED,
    CONTRARY_STATUS: REFUTED,
    LEVEL_FOR_CHANGE: REFUTED,
    CONTRARY_CHANGE: REFUTED,
    PER_UNIT: REFUTED,
    COMPARISON_HOLDS: SUPPORTED,
    COMPARISON_FAILS: REFUTED,
    ARITHMETIC_HOLDS: SUPPORTED,
    ARITHMETIC_FAILS: REFUTED,
    ARITHMETIC_UNDECIDED: NOT_ENOUGH_INFO,
    # Or not-enough-info, for a negated claim the article refutes; or supported, for a sibling
    # denied a place in a set the article closes (verify/closed_sets.py).
    NEGATED: REFUTED,
    PARTS_STATED: SUPPORTED,
    PARTS_REFUTED: REFUTED,
    PARTS_UNSTATED: NOT_ENOUGH_INFO,
}


EQUIVALENT = "equivalent"
NARROWER = "narrower"  # the evidence's is narrower: it entails the claim's
BROADER = "broader"
ALTERNATIVE = "alternative"  # exclusive: both cannot hold
INDEPENDENT = "independent"  # neither decides the other (or the evidence has none: fact is null)


class Verdict:
    """The answer to a claim: its verdict, a one-line reason, and the facts that decide.

    A plain class, as in claims: a dataclass costs a one-shot command start-up time."""

    __slots__ = ("claim", "verdict", "reason", "evidence", "rule", "alignment")

    def __init__(
        self,
        claim: str,
        verdict: str,
        reason: str,
        evidence: list[FactRecord] | None = None,
        rule: str = "",
    ) -> None:
        self.claim = claim
        self.verdict = verdict
        self.reason = reason
        self.evidence: list[FactRecord] = evidence or []
        self.rule = rule  # the rule of RULES that decided
        # How each slot of the claim compares with the evidence's: {slot, claim, fact, relation}.
        self.alignment: list[dict[str, str | None]] = []

    def to_json(self) -> dict[str, object]:
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "reason": self.reason,
            "rule": self.rule,
            "alignment": self.alignment,
            "evidence": self.evidence,
        }


def slot_row(slot: str, claim: str, fact: str | None, relation: str) -> dict[str, str | None]:
    return {"slot": slot, "claim": claim, "fact": fact, "relation": relation}
