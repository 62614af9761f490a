"""beilun check on relations no single word decides (docs/check.md, "How it is decided"): the
order of two things (two dated events, the stages of one fact's sequence), the span between two
dated events said with "a year", a whole claimed done where the article gives a part, a year
given to an undated caption, a number with its quantifier, a broader place as a scope. Fresh
paraphrases of the wrong "supported" answers of blind set #6, each with its counterpart; the
families are generated over the whole base in tests/check_generated_relations.py."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.order import fact_sequence


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # Two dated events the other way round, however the order is said.
        (
            "Binhai New District was renamed Beilun before the State Council approved setting it up.",
            "refuted",
            "other-order",
        ),
        ("滨海新区先更名为北仑区，之后才获国务院批复设立。", "refuted", "other-order"),
        (
            "The State Council renamed Binhai New District as Beilun first and approved setting it up later.",
            "refuted",
            "other-order",
        ),
        (
            "The lottery for the first youth apartments came before applications opened.",
            "refuted",
            "other-order",
        ),
        # Two events in the article's order, of a change named the other way round (the article
        # renames 滨海新区 as 北仑区); and named its way.
        ("北仑区先设立,然后更名为滨海新区。", "refuted", "other-order"),
        ("滨海新区先设立,后来才更名为北仑区。", "supported", "parts-stated"),
        # The stages of one fact's sequence (从A到B再到C, from A to B) the other way round...
        ("北仑区域化党建是从“全域融合”新模式发展到设立区域性党组织的。", "refuted", "other-order"),
        (
            "The Dagang Party committee first served companies, then extended its services to residents.",
            "refuted",
            "other-order",
        ),
        (
            "Beilun's Party-building focus shifted from geographic areas to individual work units.",
            "refuted",
            "other-order",
        ),
        # ...and in the article's order.
        ("北仑区域化党建先建立“三位一体”组织架构，之后才形成“全域融合”模式。", "supported", "stated"),
        # A span of "a year" or "a month" between two dated events.
        (
            "The renaming to Beilun came less than a year after Binhai New District was approved.",
            "refuted",
            "arithmetic-fails",
        ),
        (
            "The renaming to Beilun came more than a year after Binhai New District was approved.",
            "supported",
            "arithmetic-holds",
        ),
        (
            "The shortlist lottery came less than a month after the first batch opened for applications.",
            "supported",
            "arithmetic-holds",
        ),
        # All of a whole claimed done, where the article gives a part done so far.
        ("Beilun has already offered all 1,000 youth apartments it planned.", "refuted", "contrary-status"),
        (
            "All 2.3 million m² of old housing estates in central Beilun have already been renovated.",
            "refuted",
            "contrary-status",
        ),
        (
            "More than 1 million m² of old residential communities have been renovated in Beilun so far.",
            "supported",
            "figure-entailed",
        ),
        # A caption dates nothing.
        ("The picture of the Youth Sports Park was taken in 2019.", "not-enough-info", "unstated-time"),
        ("这张“港口卫士”的照片摄于2019年。", "not-enough-info", "unstated-time"),
        ("图片展示了1985年小港联合区域建成前的景象。", "supported", "stated"),
        # A number with its quantifier: nearly 17 is short of the article's 17.
        (
            "A Jilin girl of almost 17 had her arm saved after a 2,600-kilometre charity relay.",
            "not-enough-info",
            "no-figure",
        ),
        (
            "A Jilin girl of 17 had her arm saved after a 2,600-kilometre charity relay.",
            "supported",
            "figure-entailed",
        ),
        # A sequence said with 转向 (from A, turned to B), after a 从 of time in the fact
        # (从1993年开始,…从以单位为主向以区域为主转变): its stages the other way round, or in order.
        ("北仑推动基层党建工作对象从以区域为主转向以单位为主。", "refuted", "other-order"),
        ("北仑推动基层党建工作对象从以单位为主转向以区域为主。", "supported", "stated"),
    ],
)
def test_relations_between_facts_and_their_context(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule), answer["reason"]


def test_an_order_refuted_names_both_orders_in_its_alignment() -> None:
    answer = json.loads(
        run(["check", "北仑区域化党建先形成“全域融合”模式,之后才建立“三位一体”组织架构。", "--json"]).stdout
    )
    assert answer["alignment"][0] == {
        "slot": "order",
        "claim": "形成“全域融合”模式 → 建立“三位一体”组织架构",
        "fact": "建立“三位一体”组织架构 → “全域融合”新模式",
        "relation": "alternative",
    }
    assert answer["reason"].startswith("顺序：原文为建立“三位一体”组织架构 → “全域融合”新模式，")


def test_a_fact_sequence_is_read_to_the_end_of_its_clause() -> None:
    assert fact_sequence("大港社区党委将社区服务模式从居民延伸到了企业,受到企业主和职工的欢迎。") == [
        "居民",
        "企业",
    ]
    assert fact_sequence("从设立区域性党组织,到建立“三位一体”组织架构,再到“全域融合”新模式。") == [
        "设立区域性党组织",
        "建立“三位一体”组织架构",
        "“全域融合”新模式",
    ]
    assert fact_sequence("shifting the focus from individual work units to geographic areas.") == [
        "individual work units",
        "geographic areas",
    ]
    assert fact_sequence("北仑是浙江省和宁波市开发开放的排头兵。") == []
    # A 从 of time before the sequence's own (从1993年开始) is no sequence.
    assert fact_sequence("从1993年开始,北仑推动基层党建工作对象从以单位为主向以区域为主转变") == [
        "以单位为主",
        "以区域为主转变",
    ]
