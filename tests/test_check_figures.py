"""check on figures derived from the article's facts, written in words of our own (not the blind
sets'): a share of a whole with its quantifier before the whole, a total the article states, the
years between two events and up to the publication day, a bound at a figure the article gives;
each with a perturbation the article refutes."""

from __future__ import annotations

import functools

import pytest
from conftest import assert_checked

from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # A share of two facts: 600 of the 1,000 planned; over 1 million m² of about 2.3 million.
        (
            "The first batch made up three-fifths of the youth apartments planned for the year.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "The first batch made up two-thirds of the youth apartments planned for the year.",
            "refuted",
            "arithmetic-fails",
        ),
        ("第一批青年公寓占今年计划推出总数的五分之三。", "supported", "arithmetic-holds"),
        ("已改造完成的老旧小区面积超过了已启动改造总面积的百分之四十。", "supported", "arithmetic-holds"),
        ("已改造完成的老旧小区面积不到已启动改造总面积的三分之一。", "refuted", "arithmetic-fails"),
        # More than 42.6% may or may not be more than half.
        ("已改造完成的老旧小区面积超过了已启动改造总面积的百分之五十。", "not-enough-info", None),
        # A total the article states: 累计总投资66亿元.
        (
            "Work has started on major projects such as the Xusheng headquarters base, together worth"
            " 6.6 billion yuan.",
            "supported",
            None,
        ),
        (
            "Work has started on major projects such as the Xusheng headquarters base, together worth"
            " 8 billion yuan.",
            "refuted",
            None,
        ),
        # The count before some were added: 8 in all, 2 new in 2018.
        (
            "Before the two additions in 2018, Beilun had six enterprises worth 10 billion yuan or more.",
            "supported",
            "arithmetic-holds",
        ),
        ("2018年新增2家之前,北仑有百亿元企业5家。", "refuted", "arithmetic-fails"),
        # A count per unit of a figure the claim states: 570 companies in 6.7 km².
        (
            "That 6.7-square-kilometre area holds roughly 85 companies per square kilometre.",
            "supported",
            "arithmetic-holds",
        ),
        ("6.7平方公里内平均每平方公里约有120家企业。", "refuted", "arithmetic-fails"),
        # Years between two events, and from one to a time or to publication.
        (
            "The State Council approved the change of name to Beilun more than three and a half years after"
            " it approved the creation of Binhai New District.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "The State Council approved the change of name to Beilun less than three years after it"
            " approved the creation of Binhai New District.",
            "refuted",
            "arithmetic-fails",
        ),
        (
            "By September 2019 the base had held its national title for more than four and a half years.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "By September 2019 the base had held its national title for more than six years.",
            "refuted",
            "arithmetic-fails",
        ),
        # One word ('name', of a fact that 'named' a base) ties no event to a span.
        (
            "When the article came out, the name Beilun District had been in use for over 32 years.",
            "not-enough-info",
            None,
        ),
        # A year in Chinese numerals; a quantifier of one value; a bound at the article's figure.
        ("一九八七年九月十四日,国务院批复滨海新区更名为北仑区。", "supported", "stated"),
        ("一九八五年九月十四日,国务院批复滨海新区更名为北仑区。", "refuted", "other-time"),
        ("北仑去年外贸进出口总额正好是100亿美元。", "refuted", "figure-exclusive"),
        ("2019年9月签约的增资扩产项目不到21个。", "refuted", "figure-exclusive"),
        ("2019年9月集体签约的21个增资扩产项目总投资超过33.3亿元。", "refuted", "figure-exclusive"),
    ],
)
def test_derived_figures_are_decided(claim: str, verdict: str, rule: str | None) -> None:
    answer = verdicts.check(SHIPPED(), claim)
    assert answer.verdict == verdict, answer.reason
    if rule is not None:
        assert answer.rule == rule, answer.reason


@pytest.mark.parametrize(
    ("claim", "verdict", "evidence"),
    [
        # A half, without its article or in Chinese, is 50%: the article gives 1/6 of the output.
        (
            "Roughly half of Ningbo's economic output comes from Beilun.",
            "refuted",
            "economic-output-share-of-ningbo",
        ),
        ("北仑的经济总量约占宁波全市的一半。", "refuted", "economic-output-share-of-ningbo"),
        # The quantifier before the whole (不到…的一半) bounds the share: 6.5% is under a half.
        ("北仑的户籍人口不到宁波全市的一半。", "supported", "registered-population-share-of-ningbo"),
        ("北仑的户籍人口不到宁波全市的三分之一。", "supported", "registered-population-share-of-ningbo"),
        ("北仑的户籍人口超过宁波全市的三分之一。", "refuted", "registered-population-share-of-ningbo"),
        # The measure's own word (户籍人口) picks its share (it found the share of the output).
        ("北仑户籍人口占宁波全市的比例超过一成。", "refuted", "registered-population-share-of-ningbo"),
        (
            "Beilun accounts for a quarter of Ningbo's economic output.",
            "refuted",
            "economic-output-share-of-ningbo",
        ),
        # 占一半 alone names no whole: no share of two facts' counts (507 teams of 1,000 flats).
        ("北仑注册志愿者中青年人占一半以上。", "not-enough-info", None),
        # The first half of a year is a time, no share.
        (
            "In the first half of 2019 Beilun ranked first in Ningbo on 10 economic indicators.",
            "supported",
            None,
        ),
    ],
)
def test_fractions_in_words_and_measure_words_pick_the_share(
    claim: str, verdict: str, evidence: str | None
) -> None:
    assert_checked(claim, verdict, evidence)
