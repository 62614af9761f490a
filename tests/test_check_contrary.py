"""beilun check on another value in a slot the article fills (docs/check.md, other-member,
contrary-status, other-entity, figure-exclusive): a predicate's opposite (停滞 for 迈上新台阶,
narrowed for widening), a part of a set for the whole, a number inside a name (“二号工程” for
“一号工程”, the 80th anniversary for the 70th), a stage in progress claimed done, a place's
authority for the article's actor, an English count read by its noun (14 economic indicators,
for the article's 10项). Each with the counterpart that must stay supported or unstated. The
claims are paraphrases of our own, not the blind sets'."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.named_numbers import named_numbers, renamed


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # A stage before or after a time: the caption's 1985年…建成前 is before completion. "After it
        # had been built up" tells completion reached then; "before it was built up" none.
        (
            "The 1985 photo in the article shows the Xiaogang joint area after it had been fully built up.",
            "refuted",
            "contrary-status",
        ),
        ("The 1985 photo shows the Xiaogang joint area before it was built up.", "supported", "stated"),
        # Completed with an adverb between its words (have now been renovated), of works launched.
        (
            "All 2.3 million square metres of old communities in the central urban area"
            " have now been renovated.",
            "refuted",
            "contrary-status",
        ),
        # A predicate's opposite, on the fact's subject.
        ("北仑的经济社会各项事业发展停滞不前", "refuted", "other-member"),
        (
            "Beilun's economic and social undertakings have stalled, the article says.",
            "refuted",
            "other-member",
        ),
        ("北仑经济社会各项事业发展迈上了新台阶", "supported", "stated"),
        ("北仑农民的创业增收渠道收窄了", "refuted", "other-member"),
        ("北仑农民创业增收的渠道越来越窄了。", "refuted", "other-member"),
        ("北仑放松了对新上项目用地的审批", "refuted", "other-member"),
        ("Beilun has eased approval of land for new projects", "refuted", "other-member"),
        ("北仑正在放缓打造“246”万千亿级产业集群建设示范区", "refuted", "other-member"),
        # ...not of a subject the article says nothing of (agriculture stands in no slot of the
        # fact's 各项事业: no fact is about it).
        ("宁波的农业停滞不前", "not-enough-info", "no-fact"),
        ("北仑区放宽了户籍政策", "not-enough-info", "no-fact"),
        # A part of a set, where the article says all of it.
        ("北仑的爱心食堂仅覆盖部分80岁以上的老人", "refuted", "other-member"),
        # Only a part, where the article says all: the only is of the part.
        ("北仑只有部分地区实现了撤乡镇设街道", "refuted", "contrary-marker"),
        ("Beilun has abolished only some of its townships", "refuted", "contrary-marker"),
        ("北仑只在全域实现了撤乡镇设街道", "not-enough-info", "unstated-marker"),
        # A number inside a name.
        ("北仑在“数字北仑”中把数字经济定为“三号工程”", "refuted", "other-member"),
        ("北仑实施的是“三城战略”", "refuted", "other-member"),
        ("北仑实施“双城战略”", "supported", "stated"),
        ("北仑要加快迈向“五个最前列”", "refuted", "other-member"),
        ("Beilun is marking the 80th anniversary of New China's founding.", "refuted", "other-member"),
        # ...in English words, in single quotes too (the article's English: the "Four Forefronts").
        ("Beilun aims to move faster towards the 'three forefronts'.", "refuted", "other-member"),
        ("Beilun aims to move faster towards the 'Four Forefronts'.", "supported", "stated"),
        ("北仑以优异成绩献礼新中国成立60周年", "refuted", "other-member"),
        # A deed in progress claimed done.
        ("北仑已建成“246”万千亿级产业集群建设示范区", "refuted", "contrary-status"),
        ("北仑正在打造“246”万千亿级产业集群建设示范区", "supported", "stated"),
        ("北仑已经完成人口、空间、产业结构调整", "refuted", "contrary-status"),
        # Becoming, a park being prepared: each claimed done; a park being prepared may be being
        # built, or under way.
        ("北仑已成为宁波贯通“一带一路”的交汇点", "refuted", "contrary-status"),
        ("北仑正在成为宁波贯通“一带一路”的交汇点", "supported", "stated"),
        ("北仑的区级“爱心公园”已经建成开放", "refuted", "contrary-status"),
        ("Beilun's district-level Love Park has already been completed.", "refuted", "contrary-status"),
        (
            "Preparations are under way to build Ningbo's first district-level Love Park",
            "supported",
            "stated",
        ),
        ("北仑正在筹建全市首家区级“爱心公园”", "supported", "stated"),
        # "Already" of a deed the fact never tells (a plan's product exported), a stage to come or
        # one reached later dated where the fact dates another deed, a second batch in another
        # month: none is the fact's, and none is refuted by it.
        ("华朔科技的HNE-001模具已经出口到德国", "not-enough-info", "no-figure"),
        ("北仑21个增资扩产项目预计将于2022年全部建成", "not-enough-info", "unstated-time"),
        ("The 21 expansion projects are due to be finished by 2022.", "not-enough-info", "unstated-time"),
        ("小港联合区域于1990年全面建成", "not-enough-info", "no-fact"),
        ("第二批青年公寓将在12月开放申购", "not-enough-info", "unstated-marker"),
        ("第二批青年公寓于8月9日开放申购", "refuted", "contrary-marker"),
        # An English count by its noun (indicators, volunteers, lectures), as 10项 and 17万人 are.
        (
            "Beilun was first in Ningbo on 14 economic indicators in the first half of 2019",
            "refuted",
            "figure-exclusive",
        ),
        (
            "Beilun was first in Ningbo on 10 economic indicators in the first half of 2019",
            "supported",
            "figure-entailed",
        ),
        ("Beilun has more than 250,000 registered volunteers", "refuted", "figure-exclusive"),
        ("Beilun has nearly 170,000 registered volunteers", "supported", "figure-entailed"),
        ("The Dandelion group holds about 300 lectures a year", "refuted", "figure-exclusive"),
        # A place's authority, for the article's national actor.
        ("北仑体育训练基地是由浙江省体育局命名为国家级基地的", "refuted", "other-entity"),
        (
            "It was the Zhejiang Provincial Sports Bureau that gave the base its national title.",
            "refuted",
            "other-entity",
        ),
        # A picture named by its place among the article's: the caption printed there, or another.
        ("The first photo in the article shows Beilun's central urban area.", "supported", "stated"),
        ("文章最后一张图片是“党章学堂”", "supported", "stated"),
        ("文章第二张配图是“大美北仑”", "refuted", "contrary-marker"),
        ("The first photo in the article shows the Youth Sports Park.", "refuted", "contrary-marker"),
    ],
)
def test_another_value_in_the_facts_slot(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule), answer["reason"]


def test_the_renumbered_name_is_the_aligned_word() -> None:
    answer = json.loads(run(["check", "北仑实施的是“三城战略”", "--json"]).stdout)
    word = [row for row in answer["alignment"] if row["slot"] == "word"]
    assert word == [{"slot": "word", "claim": "三城战略", "fact": "双城战略", "relation": "alternative"}]
    assert answer["reason"] == "不符：原文为双城战略，声明为三城战略"


def test_numbers_inside_names_are_read_from_quotes_and_series() -> None:
    found = named_numbers("加大“二号工程”, “246”, the 60th anniversary, 成立七十周年, 3个项目")
    assert [(named.written, named.value) for named in found] == [
        ("二号工程", 2.0),
        ("60th anniversary", 60.0),
        ("七十周年", 70.0),
    ]
    assert renamed("实施“三城战略”", "实施“双城战略”") == ("双城战略", "三城战略")
    # The same number in another numeral (两 for 双) is the same name.
    assert renamed("实施“两城战略”", "实施“双城战略”") is None
    assert renamed("献礼70周年", "成立70周年, 60周年") is None
    # English number words, and a single quote that is no apostrophe (Beilun's).
    assert renamed("Beilun's goal: the 'Five Forefronts'", "toward the “Four Forefronts”") == (
        "Four Forefronts",
        "Five Forefronts",
    )
    assert named_numbers("Beilun's 'one' and the city's") == []
