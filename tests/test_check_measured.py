"""beilun check on what a figure is of and which sets a fact closes (docs/check.md): a figure is
its own measure's, a claim's several figures are decided by the fact that tells them together,
two bounds are one figure, a count of times is a figure, a membership denied is a negation, and
a rank of one of a ranked set is unstated. Claims of our own, none of a blind set; the families
are generated over every fact in tests/check_generated_measured.py."""

from __future__ import annotations

import functools

import pytest
from conftest import assert_checked

from beilun_cli.store import catalog

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))


@pytest.mark.parametrize(
    ("claim", "verdict", "evidence"),
    [
        # The measure named decides: 17 backbone and 14 high-growth enterprises, one sentence.
        ("2018年北仑有14家企业成为市级行业骨干企业。", "refuted", "seventeen-backbone-enterprises"),
        ("去年北仑有17家企业入选宁波市级高成长企业。", "refuted", "fourteen-high-growth-enterprises"),
        ("In 2018, 17 Beilun firms were named municipal high-growth enterprises.", "refuted", None),
        ("北仑去年有17家企业入围市级行业骨干企业。", "supported", "seventeen-backbone-enterprises"),
        ("截至2018年北仑累计有百亿元企业2家。", "refuted", "total-ten-billion-yuan-enterprises"),
        # Two figures told by one fact: the projects of 20亿元以上 each total over 500亿元.
        ("北仑引进的20亿元以上项目投资总额不到80亿元。", "refuted", "introduced-projects-total-over-50bn"),
        ("北仑引进的20亿元以上项目投资总额超过500亿元。", "supported", None),
        # Two bounds of one figure: 1146.46亿元 between them, or not.
        ("2018年北仑的地区生产总值在1100亿元以上、不到1200亿元。", "supported", None),
        ("In 2018 Beilun's GDP was over 100 billion yuan but under 110 billion yuan.", "refuted", None),
        # A count of times: 连续三次.
        ("北仑的“五水共治”工作捧得过一次“大禹鼎”。", "refuted", None),
        ("Beilun's water clean-up has taken the Dayu Cauldron just once.", "refuted", None),
        ("Beilun's water clean-up has taken the Dayu Cauldron twice.", "refuted", None),
        ("Beilun's Five Water Co-governance work has won the Dayu Cauldron three times.", "supported", None),
        # A membership denied.
        ("北仑要发展的数字制造业不包括人工智能。", "refuted", "digital-manufacturing-sectors"),
        ("华朔科技示范项目计划引进的装备中不包括智能压铸集成控制单元。", "refuted", None),
        ("Beilun's key industries do not include integrated circuits.", "refuted", None),
        ("北仑的重点产业不包括纺织服装。", "not-enough-info", None),
        # One of the earliest is no first.
        ("北仑是全国最早探索和实践区域化党建的地方。", "not-enough-info", None),
        (
            "Beilun was the first place in China to explore regionalised Party building.",
            "not-enough-info",
            None,
        ),
        ("北仑是全国唯一探索区域化党建的地方。", "refuted", None),
    ],
)
def test_a_figure_and_a_set_are_read_as_the_article_gives_them(
    claim: str, verdict: str, evidence: str | None
) -> None:
    assert_checked(claim, verdict, evidence)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("won it just once", [("once", 1.0, "count")]),
        ("won it twice.", [("twice", 2.0, "count")]),
        ("won it three times in a row", [("three times", 3.0, "count")]),
        ("只捧得过一次", [("一次", 1.0, "count")]),
        # A multiple, a former state, a rank, once and for all: no count of times.
        ("three times as large", [("three", 3.0, None)]),
        ("three times Xuelong's output", [("three", 3.0, None)]),
        ("twice that of 2010", []),
        ("was once a fishing village", []),
        ("第一次获得", []),
        ("一次性投入", []),
    ],
)
def test_counts_of_times_are_read_as_counts(text: str, figures: list[tuple[str, float, str | None]]) -> None:
    from beilun_cli.read import claims

    base = SHIPPED()
    claim = claims.read_claim(text, base.published()[:10], base.claim_vocabulary())
    assert [(value.text, value.amount, value.unit) for value in claim.values] == figures
