"""beilun check's refuted side against its near misses (docs/check.md, "How it is decided"): an
only of a member of a list the article leaves open, a group's figure given to one member, another
entity in a list the article closes, a stage compared at the fact's time, an event held in another
month, a figure said in addition to the fact's. Each family with the counterpart that must not be
refuted, or must not be supported."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.lists import closed_list, open_lists, several_nouns


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # An only of a member of 中国女排等多支国家队, or of the list's kind, in its clause.
        ("北仑训练基地至今只给中国女排一支国家队提供过集训服务", "refuted", "contrary-marker"),
        ("北仑训练基地只接待过中国女排", "refuted", "contrary-marker"),
        (
            "The only national team the base has served is the China women's national volleyball team",
            "refuted",
            "contrary-marker",
        ),
        ("只有旭升总部基地项目实现了开工", "refuted", "contrary-marker"),
        # An only of one member of a list the article gives with others: 和 and a count closing
        # it (两方面), an English series, "limited to"; a member classed in its sibling list.
        ("“数字北仑”只从培育引进数字经济新产业这一个方面着手。", "refuted", "contrary-marker"),
        ("“数字北仑”从推进现有产业数字化改造着手。", "supported", "stated"),
        ("The Youth Beilun policies are limited to housing support alone.", "refuted", "contrary-marker"),
        ("The Youth Beilun policies address housing among other areas.", "supported", "stated"),
        ("The article classes cloud computing as a digital manufacturing sector.", "refuted", "other-member"),
        ("文章把云计算列为北仑加快发展的数字制造业。", "refuted", "other-member"),
        ("“数字北仑”把数字影视制作归在数字制造业里。", "refuted", "other-member"),
        (
            "Smart chips are listed among the digital service industries Beilun is developing.",
            "refuted",
            "other-member",
        ),
        ("Cloud computing is listed among the digital services Beilun is developing.", "supported", "stated"),
        # An item of a quotation that lists siblings (责任意识强、…服务意识强…) swapped for another.
        ("“三强三快”的主题包括“纪律意识强、整改落实快”。", "refuted", "other-member"),
        ("“三强三快”的主题包括“责任意识强、落实行动快”。", "supported", "stated"),
        ("“三强三快”的主题不包括“纪律意识强”。", "supported", "negated"),
        # ...not an only of something else, nor a member said one of the group.
        ("北仑是中国女排唯一的集训地", "not-enough-info", "unstated-marker"),
        ("北仑训练基地是浙江省唯一获此殊荣的基地", "supported", "stated"),
        ("中国女排是在北仑基地集训过的国家队之一", "supported", "stated"),
        (
            "Ningbo's only national-level museum is the Zhang Renya Party Constitution School",
            "refuted",
            "other-entity",
        ),
        # The group's figure is not one member's.
        ("中国女排在北仑基地集训过10次以上", "not-enough-info", "unstated-entity"),
        ("张人亚党章学堂有20个", "not-enough-info", "no-figure"),
        ("北仑基地为中国女排等国家队提供了50多场次集训", "supported", "figure-entailed"),
        # Another entity in a closed list; a list member in the article's own list.
        ("北仑文创产业园区的代表是银泰城二期和华生设计巢。", "refuted", "other-entity"),
        ("北仑文创产业园区的代表是博地影秀城和华生设计巢。", "supported", "stated"),
        # A stage at the fact's time: still under construction, against in operation.
        (
            "Intime City Phase II is still under construction and has not opened yet",
            "refuted",
            "contrary-status",
        ),
        ("银泰城二期目前仍在建设中", "refuted", "contrary-status"),
        ("银泰城二期已经投入运营", "supported", "stated"),
        # ...a later stage at a later time than a photo from before it was built is not refuted.
        (
            "The Xiaogang joint area of the Ningbo development zone was completed in 1988.",
            "not-enough-info",
            "unstated-time",
        ),
        # 'already' alone is at least started: completed is not refuted.
        ("截至目前,北仑老旧小区已完成改造的面积累计超过一百万平方米。", "supported", "figure-entailed"),
        # An event held in another month, by any verb of holding it.
        ("北仑区重点企业增资扩产工作座谈会是在2019年8月召开的", "refuted", "other-time"),
        ("北仑区重点企业增资扩产工作座谈会在2019年9月举行", "supported", "stated"),
        ("Binhai New District took the name Beilun District in 1984", "refuted", "other-time"),
        # ...not what the claim says an entity has (its Party committee), of another time.
        ("The Dagang Community's Party committee was set up in 1993", "not-enough-info", "unstated-time"),
        ("大港社区诞生于2010年", "refuted", "other-time"),
        # Another's deed must be the fact's: a number it does not state tells another deed.
        ("Geely's Beilun plant produces 300,000 vehicles a year.", "not-enough-info", "partly-stated"),
        # A figure in addition to the fact's, and one instead of it.
        ("Beilun's Love Canteens also cover everyone aged 70 to 79", "not-enough-info", "unstated-marker"),
        ("总投资640万元的中芯国际N2、雪佛龙、LNG二期等在建项目也在稳步推进。", "refuted", "figure-exclusive"),
        # Levels and records.
        (
            "Huashuo's HNE-001 mould still lags behind the international state of the art",
            "refuted",
            "contrary-marker",
        ),
        ("中国女排在北仑两胜一负", "refuted", "contrary-marker"),
        # One of several, where the article says the only one of Ningbo.
        ("小浃江是宁波多条入选浙江“最美家乡河”的河流之一。", "refuted", "contrary-marker"),
    ],
)
def test_refuted_only_by_the_same_slot(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule), answer["reason"]


def test_an_only_of_a_listed_member_names_the_list_in_its_alignment() -> None:
    answer = json.loads(run(["check", "北仑训练基地只接待过中国女排", "--json"]).stdout)
    marker = [row for row in answer["alignment"] if row["slot"] == "marker"]
    assert marker == [{"slot": "marker", "claim": "只", "fact": "中国女排等", "relation": "alternative"}]
    assert answer["reason"].startswith("说法：原文为“中国女排等”，声明为“只”：")


def test_open_and_closed_lists_are_read_from_a_statement() -> None:
    found = open_lists(
        "已服务中国女排等多支国家队集训 for several national teams, including the China women's team."
    )
    assert [(group.members, group.kind) for group in found] == [
        (("已服务中国女排",), "国家队"),
        (("the china women's team",), "national team"),
    ]
    assert closed_list("以博地影秀城、华生设计巢为代表", [["华生设计巢"], ["博地影秀城"]]) == [1, 0]
    assert closed_list("博地影秀城、华生设计巢等项目", [["华生设计巢"], ["博地影秀城"]]) == []
    assert several_nouns("多支国家队; several Zhejiang counties; 50多家") == ["国家队", "county"]
