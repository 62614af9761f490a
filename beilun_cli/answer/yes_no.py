"""Yes or no: a question that asks whether something is so (北仑是国家级生态区吗? Did Beilun's
trade top 10 billion US dollars?) is a claim with a question mark. It is answered with `check`'s
verdict on that claim and its evidence: supported is yes, refuted is no; a claim check finds
neither stated nor contradicted is answered as any other question, with the fact that grounds it
best, or declined."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from beilun_cli.answer.questions import folded
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

# A question of yes or no: a Chinese one by its particle or its A-not-A form, an English one by
# the auxiliary verb it opens with.
# (么 of 什么, 怎么, 这么, 多么 asks no yes or no: 三强三快是什么)
_YES_NO_ZH = Lazy(
    r"(?:吗|(?<![什怎这那多])么|嘛)\s*[?？]?\s*$|是不是|有没有|是否|能不能|会不会|算不算|了没|对不对|是真的"
)
_AUXILIARY = r"(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)"
_YES_NO_EN = Lazy(rf"^\s*{_AUXILIARY}\b")
# What makes a question of a claim, and what the claim says in its place.
_ASKING_ZH = (
    (Lazy(r"(?:，|,)?\s*(?:是真的|对不对)?\s*(?:吗|(?<![什怎这那多])么|嘛)?\s*[?？]?\s*$"), ""),
    (Lazy(r"是不是|是否"), "是"),
    (Lazy(r"有没有"), "有"),
    (Lazy(r"能不能"), "能"),
    (Lazy(r"会不会"), "会"),
    (Lazy(r"算不算"), "算"),
    (Lazy(r"了没"), "了"),
)
_ASKING_EN = Lazy(r"^\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\s+|\?\s*$", re.I)

YES = {"zh": "是", "en": "Yes"}
NO = {"zh": "否", "en": "No"}


class YesNoAnswer:
    """`check`'s verdict on a question's claim as an answer: yes or no with the reason, the fact
    that decides first in the evidence."""

    __slots__ = ("question", "kind", "lang", "text", "claim", "verdict", "rule", "fact", "evidence")

    def __init__(
        self,
        question: str,
        lang: str,
        claim: str,
        verdict: str,
        reason: str,
        rule: str,
        evidence: list[FactRecord],
    ) -> None:
        self.question = question
        self.kind = "yes-no"
        self.lang = lang
        self.claim = claim
        self.verdict = verdict
        self.rule = rule
        word = (YES if verdict == "supported" else NO)[lang]
        self.text = f"{word}{'：' if lang == 'zh' else ': '}{reason}"
        self.fact = evidence[0]
        self.evidence = evidence

    def to_dict(self) -> dict[str, Any]:
        """The answer as `ask --json` writes it: check's verdict and rule beside the text."""
        return {
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
            "fact": self.fact["id"],
            "claim": self.claim,
            "verdict": self.verdict,
            "rule": self.rule,
        }


def claim_asked(question: str) -> str | None:
    """The claim a yes-or-no question asks about (北仑是国家级生态区吗 -> 北仑是国家级生态区), or None
    when the question asks for something else (how much, when, who, which)."""
    text = folded(question)
    if _YES_NO_ZH.search(text):
        claim = question
        for pattern, said in _ASKING_ZH:
            claim = pattern.sub(said, claim)
        return claim.strip() or None
    if _YES_NO_EN.search(text):
        return _ASKING_EN.sub("", question).strip() or None
    return None


def yes_no(base: Catalog, question: str, claim: str, lang: str) -> YesNoAnswer | None:
    """check's verdict on the claim a question asks about, as an answer; None when check finds
    the article does not state it nor its contrary (the caller then answers with the fact that
    grounds the question best, if one does: check's not-enough-info is as often its own limit
    as the article's)."""
    from beilun_cli.verify import verdicts

    verdict = verdicts.check(base, claim, lang)
    if verdict.verdict == verdicts.NOT_ENOUGH_INFO or not verdict.evidence:
        return None
    return YesNoAnswer(question, lang, claim, verdict.verdict, verdict.reason, verdict.rule, verdict.evidence)
