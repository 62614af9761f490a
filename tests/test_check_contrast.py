"""beilun check on claims that deny one of their clauses (a negated claim split at its clauses,
verify/conjoined.py) or put one thing in the stead of another ("X rather than Y", X而非Y:
verify/contrast.py), and on predicates of sets of alternatives (lexicon/data/alternatives.toml).
Generated over every fact in tests/check_generated_contrast.py."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.contrast import contrast


def _answer(claim: str) -> tuple[str, str]:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    return answer["verdict"], answer["rule"]


@pytest.mark.parametrize(
    ("claim", "latin", "asserted", "denied"),
    [
        # After the last preposition: what the preposition governs.
        (
            "The renovations are located in Beilun's rural villages rather than the central urban area.",
            True,
            "The renovations are located in Beilun's rural villages",
            "The renovations are located in Beilun's central urban area",
        ),
        (
            "The campaign is aimed at private entrepreneurs rather than officials.",
            True,
            "The campaign is aimed at private entrepreneurs",
            "The campaign is aimed at officials",
        ),
        # A preposition both sides say is Y's too.
        (
            "The cut was paid by the government, not by the developer.",
            True,
            "The cut was paid by the government",
            "The cut was paid by the developer",
        ),
        # Members of one set: the member only, what follows shared by both.
        (
            "Zuo Peng rented rather than bought his new 95-square-metre home.",
            True,
            "Zuo Peng rented his new 95-square-metre home",
            "Zuo Peng bought his new 95-square-metre home",
        ),
        (
            "北仑是长三角次要而非重要的能源基地。",
            False,
            "北仑是长三角次要的能源基地",
            "北仑是长三角重要的能源基地",
        ),
        # Names: the run of capitalised words.
        (
            "In 1984 the State Council rather than the Ministry of Education approved it.",
            True,
            "In 1984 the State Council approved it",
            "In 1984 the Ministry of Education approved it",
        ),
        (
            "“三强三快”活动针对的是民营企业家，而不是干部。",
            False,
            "“三强三快”活动针对的是民营企业家",
            "“三强三快”活动针对的是干部",
        ),
    ],
)
def test_a_contrast_is_read_as_what_it_asserts_and_what_it_denies(
    claim: str, latin: bool, asserted: str, denied: str
) -> None:
    read = contrast(claim, latin)
    assert read is not None
    assert (read.asserted, read.denied) == (asserted, denied)


def test_a_claim_without_a_contrast_is_none() -> None:
    assert contrast("Beilun has nearly 170,000 volunteers.", True) is None
    assert contrast("北仑有近17万名志愿者", False) is None


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # X asserted: another member of its set in the fact's slot.
        ("Zuo Peng rented rather than bought his new 95-square-metre home.", "refuted", "part-refuted"),
        (
            "The Dandelion group's 'Advanced Collective' commendation came from the Ministry of Education, "
            "not the Publicity Department.",
            "refuted",
            "part-refuted",
        ),
        (
            "The 'Three Strongs, Three Fasts' campaign is aimed at private entrepreneurs "
            "rather than officials.",
            "refuted",
            "part-refuted",
        ),
        # A fact that names Y never supports the claim that denies it.
        ("北仑是长三角次要而非重要的能源、原材料和先进制造业基地。", "refuted", "part-refuted"),
        # X stated and Y refuted: supported.
        (
            "Beilun is the vanguard rather than a latecomer of opening-up in Zhejiang Province and Ningbo.",
            "supported",
            "parts-stated",
        ),
        # Neither decided: not-enough-info.
        (
            "Most of the 2,450 youth loans went to entrepreneurs rather than consumers.",
            "not-enough-info",
            "unstated-marker",
        ),
        # A stage said rather than another is the status slot's, decided whole.
        ("SMIC N2 is still under construction rather than finished.", "supported", "stated"),
    ],
)
def test_x_rather_than_y(claim: str, verdict: str, rule: str) -> None:
    assert _answer(claim) == (verdict, rule)


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # The denied clause's positive is stated: refuted, wherever the clause was cut.
        ("北仑目前还保留着部分乡镇建制,尚未全域撤乡镇设街道。", "refuted", "part-refuted"),
        ("文章称“大禹鼎”只是浙江治水的普通奖项,并非最高奖。", "refuted", "part-refuted"),
        ("文章称华朔科技的HNE—001模具仍处于国内跟跑水平,尚未填补国内市场空白。", "refuted", "part-refuted"),
        (
            "On 14 September 1987 the State Council approved renaming Binhai New District as Beilun "
            "District; it is not true that on 27 January 1984 the State Council approved the "
            "establishment of Binhai New District.",
            "refuted",
            "part-refuted",
        ),
    ],
)
def test_a_negated_claim_is_judged_clause_by_clause(claim: str, verdict: str, rule: str) -> None:
    assert _answer(claim) == (verdict, rule)


def test_a_denial_of_all_is_not_split() -> None:
    verdict, rule = _answer(
        "It is not true that Beilun hosted the Feitian Awards, and Beilun has nearly 170,000 volunteers."
    )
    assert rule not in ("parts-stated", "part-refuted", "part-unstated")
    assert verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # Contrary predicates, sets of alternatives anchored in the fact's slot.
        ("北仑保留了部分乡镇建制", "refuted", "other-member"),
        ("Beilun still retains some townships.", "refuted", "other-member"),
        (
            "The article says the Dandelion group's work has met with indifference among grassroots "
            "residents.",
            "refuted",
            "other-member",
        ),
        ("“大禹鼎”是浙江治水的普通奖项", "refuted", "other-member"),
        ("老旧小区改造工程位于北仑农村", "refuted", "other-member"),
        ("华朔科技的HNE—001模具处于国内跟跑水平", "refuted", "contrary-marker"),
        # Another member in a clause of its own stands in no slot of the fact's.
        (
            "北仑是长三角重要的能源、原材料和先进制造业基地；次要另当别论。",
            "not-enough-info",
            "part-unstated",
        ),
    ],
)
def test_contrary_predicates(claim: str, verdict: str, rule: str) -> None:
    assert _answer(claim) == (verdict, rule)
