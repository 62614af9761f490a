"""beilun check on arithmetic over two facts (docs/check.md, arithmetic-holds and -fails): sums
of counts, what is left of a whole, a tally before its additions, multiples with their
quantifiers and said N to one, verbs that compare without "than", a part's share of its whole,
averages per member and per unit. Fresh paraphrases of the misses of blind sets #7 and #8, each
with a counterpart that must be refuted; the families are generated over the whole base in
tests/check_generated_arithmetic.py."""

from __future__ import annotations

import json

import pytest
from conftest import run


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # A bound each member of a list has (引进的投资总额20亿元以上的项目) is no total to add to
        # another fact's: "more than all those projects combined" is undecided.
        (
            "The projects under construction such as SMIC N2 involve more investment than all the"
            " newly attracted projects of over 2 billion yuan combined.",
            "not-enough-info",
            "unstated-marker",
        ),
        # A sum of two counts: 17 backbone and 14 high-growth enterprises.
        ("北仑入围市级行业骨干企业和市级高成长企业的企业加在一起共31家。", "supported", "arithmetic-holds"),
        ("北仑入围市级行业骨干企业和市级高成长企业的企业加在一起共35家。", "refuted", "arithmetic-fails"),
        (
            "Beilun's municipal industry backbone and high-growth enterprises add up to 31.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "Beilun's municipal industry backbone and high-growth enterprises add up to 35.",
            "refuted",
            "arithmetic-fails",
        ),
        # A multiple of two counts with 多 after its 倍 (21 projects of 8 companies: 2.6 times);
        # the 约 of 签约 before the whole is no quantifier of it.
        ("签约的增资扩产项目数量是涉及企业数量的两倍多。", "supported", "arithmetic-holds"),
        ("签约的增资扩产项目数量是涉及企业数量的三倍多。", "refuted", "arithmetic-fails"),
        # What is left of the 1,000 youth apartments planned once the first 600 are out.
        (
            "Of the 1,000 youth apartments planned this year, 400 remain after the first batch.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "Of the 1,000 youth apartments planned this year, 300 remain after the first batch.",
            "refuted",
            "arithmetic-fails",
        ),
        ("今年计划推出的1000套青年公寓，第一批推出后还剩400套。", "supported", "arithmetic-holds"),
        ("今年计划推出的1000套青年公寓，第一批推出后还剩500套。", "refuted", "arithmetic-fails"),
        # A tally before its additions (8 in all, 2 new last year), and as a multiple of them.
        (
            "Before the two newcomers of 2018, Beilun counted six 10-billion-yuan enterprises.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "Before last year's additions Beilun had five 10-billion-yuan enterprises.",
            "refuted",
            "arithmetic-fails",
        ),
        ("北仑累计的百亿元企业(集团)数量是去年新增的4倍。", "supported", "arithmetic-holds"),
        # A multiple with its quantifier: 11.5 km against nearly 2,000 m is 5.75 to 6.05 times.
        ("北仑蓝色海湾的长度达到弧形沙滩的5倍以上。", "supported", "arithmetic-holds"),
        ("北仑蓝色海湾的长度是弧形沙滩的7倍以上。", "refuted", "arithmetic-fails"),
        ("北仑注册志愿者人数是志愿者队伍支数的三百多倍。", "supported", "arithmetic-holds"),
        ("北仑注册志愿者人数是志愿者队伍支数的四百多倍。", "refuted", "arithmetic-fails"),
        # N to one: 70 key projects, 10 major ones.
        (
            "In Beautiful Beilun, key projects outnumber major projects seven to one.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "In Beautiful Beilun, key projects outnumber major projects three to one.",
            "refuted",
            "arithmetic-fails",
        ),
        # A verb that compares: 40.6% against 36.8%.
        (
            "Green coverage exceeds the green-space ratio by 3.8 percentage points.",
            "supported",
            "arithmetic-holds",
        ),
        ("北仑绿地率落后于绿化覆盖率5个百分点。", "refuted", "arithmetic-fails"),
        # "Trails" is a noun as often: no comparison.
        ("Beilun has built 123 km of forest walking trails.", "supported", "figure-entailed"),
        ("The green-space ratio exceeds green coverage.", "refuted", "comparison-fails"),
        ("北仑建成区绿化覆盖率超出绿地率3.8个百分点。", "supported", "arithmetic-holds"),
        ("北仑建成区绿地率超过绿化覆盖率。", "refuted", "comparison-fails"),
        # A part's share of its whole: over 1 million of about 2.3 million m².
        (
            "Over 40% of the old-community area launched has already been renovated.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "Less than 40% of the old-community area launched has already been renovated.",
            "refuted",
            "arithmetic-fails",
        ),
        # Averages: nearly 100,000 employees of 570 companies; 300,000 yuan off a 95 m² flat.
        (
            "The companies of that 6.7 km² area average fewer than 180 employees each.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "The companies of that 6.7 km² area average more than 200 employees each.",
            "refuted",
            "arithmetic-fails",
        ),
        ("左鹏拿到的减免折合每平方米3000多元。", "supported", "arithmetic-holds"),
        ("左鹏拿到的减免折合每平方米不到2000元。", "refuted", "arithmetic-fails"),
        # A span the article gives itself: 30多年.
        ("Beilun has been developing vigorously for more than 40 years.", "refuted", "figure-exclusive"),
        # A tally before the year its new ones were added in: 累计8家 less 2 new in 2018.
        (
            "Before 2018, Beilun counted six enterprises of the 10-billion-yuan scale.",
            "supported",
            "arithmetic-holds",
        ),
        ("2018年之前,北仑共有百亿元企业(集团)7家。", "refuted", "arithmetic-fails"),
        # The rest to come after a part: 1000套 planned less the first 600.
        ("第一批推出之后,今年北仑还要推出400套青年公寓。", "supported", "arithmetic-holds"),
        ("第一批推出之后,今年北仑还要推出300套青年公寓。", "refuted", "arithmetic-fails"),
        (
            "Beyond the first batch, another 400 youth apartments are needed to reach Beilun's 2019 target.",
            "supported",
            "arithmetic-holds",
        ),
        # The whole named by its total (总量).
        ("第一批青年公寓是今年计划推出总量的一半以上。", "supported", "arithmetic-holds"),
        # A span to the claim's year, which is no time of the event (the renaming of 1987).
        ("到2019年,滨海新区更名为北仑区已经三十多年。", "supported", "arithmetic-holds"),
        ("到2019年,滨海新区更名为北仑区已经四十多年。", "refuted", "arithmetic-fails"),
        # An anniversary: the renaming of 1987-09-14, 32 years on, two days before publication.
        (
            "The article appeared two days after the 32nd anniversary of Binhai's renaming as Beilun.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "The article appeared two days before the 32nd anniversary of Binhai's renaming as Beilun.",
            "refuted",
            "arithmetic-fails",
        ),
    ],
)
def test_arithmetic_over_two_facts(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule), answer["reason"]
