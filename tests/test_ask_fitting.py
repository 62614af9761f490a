"""beilun ask declines a question whose other slots the closest facts contradict or do not
ground, whatever the slot it asks for: a rank (第二批 for the first batch), a place the article
is set in that the fact is not of (Ningbo's forest coverage), a figure no fact gives; and prefers
a fact of what the question names (北仑区成立多少年: not the PRC's anniversary)."""

from __future__ import annotations

import json

import pytest
from conftest import run


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("第二批青年公寓什么时候开放申购", "原文为“第一”，不是“第二”"),
        (
            "When did the second batch of youth flats open for purchase?",
            "the article says “first”, not “second”",
        ),
        ("宁波的森林覆盖率是多少", "文章没有就宁波这样说"),
        ("What is Ningbo's overall forest coverage rate?", "the article does not say this of Ningbo"),
        ("宁波新增百亿元企业2家是什么时候？", "文章没有就宁波这样说"),
        ("北仑新增百亿元企业7家是什么时候？", "最接近的事实没有给出7"),
        # One of several asked of alone; a project the answering fact does not name.
        ("中芯国际N2项目单独投资多少亿", "原文给出的是中芯国际N2、雪佛龙项目、LNG二期合计的数字"),
        ("普芮玛投资总部单独的总投资是多少？", "原文给出的是普芮玛投资总部、铭泰方程时空港合计的数字"),
        # One the fact lists with others (旭升总部基地等重大项目) asked of alone.
        ("旭升总部基地单独投资多少", "原文给出的是旭升总部基地等合计的数字"),
        (
            "How much is the Xusheng headquarters base alone costing?",
            "the article gives this for Xusheng headquarters base and others together",
        ),
        # A measure the closest facts neither give nor name: the first half's leading indicators
        # are no GDP (the article gives 2018's).
        ("北仑今年上半年GDP是多少", "最接近的事实没有给出GDP"),
        ("What was Beilun's GDP in the first half of this year?", "the closest facts do not give GDP"),
    ],
)
def test_a_slot_the_facts_contradict_or_do_not_give_is_declined(question: str, reason: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 1
    declined = json.loads(result.stdout)
    assert (declined["answer"], declined["reason"]) == (None, reason)


@pytest.mark.parametrize(
    ("question", "answer", "fact"),
    [
        ("第一批青年公寓什么时候开放申购", "2019年8月9日（精确到日）", "youth-apartments-first-batch-600"),
        ("北侖區成立多少年了", "30多年，1984年至2019年（30多年）", "thirty-plus-years-development"),
        # A first the fact does not state is a manner of asking, not a rank.
        (
            "When did the State Council first approve the new district?",
            "27 January 1984 (day)",
            "binhai-new-district-approved-1984",
        ),
        # The city the fact names is grounded.
        ("北仑占了宁波多大面积？", "6%", "land-area-share-of-ningbo"),
        # Asked of them all, the listing's figure answers.
        ("旭升总部基地等重大项目累计总投资多少", "66亿元", "xusheng-hq-major-projects-started"),
        # The measure named in a longer one's name is that one's: GDP of GDP增速.
        ("北仑2018年GDP增速", "2018年北仑本级地区生产总值增长7.5%。", "gdp-growth-2018"),
    ],
)
def test_a_fact_whose_slots_align_answers(question: str, answer: str, fact: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["text"], found["fact"]) == (answer, fact)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # The figure asked for is not the one the question gives.
        (
            "How many companies are behind the 21 expansion projects signed this September?",
            "expansion-symposium-companies",
        ),
        ("集聚了570家企业的这片区域面积为多少？", "dagang-area-6-7-km2"),
        ("引进的20亿元以上项目投资总额超过多少", "introduced-projects-total-over-50bn"),
        # A year is the denominator asked: the audience a year, not the 50 people a talk.
        ("How many people a year attend the Dandelion talks?", "dandelion-audience-80k"),
        # 这几个 points at the projects named: it asks no count.
        (
            "中芯国际N2、雪佛龙、LNG二期这几个在建项目总投资多少？",
            "smic-chevron-lng-projects-under-construction",
        ),
        # An English relative word asks nothing: how much does.
        (
            "Beilun is the only district in Zhejiang whose imports and exports each exceeded how much?",
            "only-county-district-in-zhejiang-trade-over-10bn",
        ),
    ],
)
def test_the_figure_asked_for_is_not_one_the_question_gives(question: str, fact: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["kind"], found["fact"]) == ("quantity", fact)


@pytest.mark.parametrize(
    ("question", "kind", "text"),
    [
        # Who is asked of someone the question does not name: the team, not a fact of the girl.
        ("通过哪家单位跨越2600公里的爱心接力,一名17岁吉林姑娘的手臂得救了？", "who", "胡朝霞爱心团队"),
        ("胡朝霞是谁", "claim", "“警察妈妈”胡朝霞是北仑涌现出的爱心人士之一。"),
        # Naming 北仑 leaves 北仑开发开放展览馆 an answer to where.
        ("北仑集中打造了张人亚党章学堂、哪里等20个“红色基因传承基地”？", "where", "北仑开发开放展览馆"),
        ("2019年端午节那场光影秀在北仑哪里办的？", "where", "中河断桥"),
        # aged how many asks an age; combined a total; a sum of all the projects named is theirs.
        (
            "Beilun's Love Canteens cover all elderly people aged how many and over?",
            "quantity",
            "80岁以上 (at least 80 years old)",
        ),
        (
            "北仑引进的投资总额20亿元以上的项目(普芮玛投资总部、禹洲集团、铭泰方程时空港等)投资总额多少？",
            "quantity",
            "超过500亿元",
        ),
    ],
)
def test_the_slot_asked_of_what_the_question_names(question: str, kind: str, text: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["kind"], found["text"]) == (kind, text)
