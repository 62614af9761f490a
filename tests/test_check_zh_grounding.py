"""beilun check grounds a Chinese claim's words by what they mean, not by their characters
(docs/check.md, "Which leftover words must be grounded"): a frame that names a part of the article
or puts a thing forward, near-synonyms of the lexicon's families, a word a shorter one says (年产),
a round figure's mark noun, a copula before a place word, and lists spread over several facts.
Each with its counterpart that must stay unsupported: the content a frame or a family carries is
still the article's to state. The claims are our own paraphrases, none of a case set."""

from __future__ import annotations

import json

import pytest
from conftest import run


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # A part of the article in the frame: where it says a thing adds nothing; what it says does.
        ("文章结尾提到，北仑本级地区生产总值去年达到1146.46亿元。", "supported", "figure-entailed"),
        ("文章开头说，北仑本级地区生产总值去年达到2146.46亿元。", "refuted", "figure-exclusive"),
        ("文中开篇提到，北仑去年开通了一条地铁。", "not-enough-info", "no-fact"),
        # A verb that puts a thing forward (提出, 强调): what is put forward must be the article's.
        ("“数字北仑”强调加大数字经济“一号工程”。", "supported", "stated"),
        ("“数字北仑”提出加大数字经济“二号工程”。", "refuted", "other-member"),
        # A round figure's mark noun is the figure's: passing the one below, not the one above.
        ("北仑去年的地区生产总值已经跨过一千亿元大关。", "supported", "figure-entailed"),
        ("北仑去年的地区生产总值突破两千亿元关口。", "refuted", "figure-exclusive"),
        # 年产 is 每年生产 said short: the production is the article's, its figure decides.
        ("华朔科技的汽车零部件示范项目一年可以生产100万套。", "supported", "figure-entailed"),
        ("华朔科技的汽车零部件示范项目每年生产300万套。", "refuted", "figure-exclusive"),
        # Near-synonyms: 推动 for 带动, 一瞬间 for 瞬间, 开拓 for 拓出, 目的 and 目标 for 旨在.
        ("在“两整两提”等行动推动下，北仑发生了脱胎换骨般的巨变。", "supported", "stated"),
        ("在“两整两提”等行动推动下，上海发生了脱胎换骨般的巨变。", "refuted", "sibling-place"),
        ("七十年峥嵘岁月在历史长河中只是一瞬间。", "supported", "figure-entailed"),
        ("七十年峥嵘岁月在历史长河中是漫长的一段。", "not-enough-info", "unstated-word"),
        ("北仑通过加快小微企业整合来开拓新的用地空间。", "supported", "stated"),
        ("北仑通过加快小微企业整合来拓展新的港口航线。", "not-enough-info", "unstated-word"),
        ("老旧小区提质改造工程的目的是彻底清除“脏乱差”问题。", "supported", "stated"),
        ("“三强三快”活动的目标是提振干部精神。", "supported", "stated"),
        ("老旧小区提质改造工程的目标是新建一座体育馆。", "not-enough-info", "no-fact"),
        # A copula before 省市 (the province and the city) is no part of a place's name.
        ("北仑被誉为省市开发开放的排头兵。", "supported", "stated"),
        ("北仑被称为省市招商引资的排头兵。", "not-enough-info", "no-fact"),
        # Lists spread over facts: a name holding a quotation, a Latin code, quotations side by side.
        ("北仑举办过“丝路琴声”宁波国际钢琴艺术节和国际汽联F4中国锦标赛。", "supported", "parts-stated"),
        (
            "北仑举办过“丝路琴声”宁波国际钢琴艺术节和“丝路琴声”国际小提琴节。",
            "not-enough-info",
            "part-unstated",
        ),
        ("北仑的文明示范线包括“醉美春晓”“龙马风情”。", "supported", "parts-stated"),
        ("北仑的文明示范线包括“醉美春晓”“海天一色”。", "not-enough-info", "part-unstated"),
        # A count said with a classifier (三个) is not the numeral inside a word (三 of 三强三快).
        # ...and inside a quoted name, another number names another thing (numbers inside names).
        ("文章提出北仑要加快迈向“五个最前列”。", "refuted", "other-member"),
        ("北仑要加快迈向三个最前列。", "not-enough-info", "no-figure"),
    ],
)
def test_chinese_words_are_grounded_by_meaning(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)


def test_a_mark_noun_is_read_with_its_figure() -> None:
    """The mark is no word of the claim's residue: the alignment holds the figure, and no word."""
    answer = json.loads(run(["check", "北仑去年的地区生产总值突破千亿元大关", "--json"]).stdout)
    assert [(row["slot"], row["claim"]) for row in answer["alignment"]] == [
        ("figure", "超过千亿元"),
        ("time", "去年"),
    ]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("文章开头的图片是“大美北仑”。", "not-enough-info"), ("文中最后一张配图是“北仑中心城区”。", "refuted")],
)
def test_a_part_of_the_article_names_no_frame_without_a_verb_of_saying(claim: str, verdict: str) -> None:
    """A picture named by its place in the article is no frame: the claim is never supported by
    the caption of another picture (北仑中心城区 is the first, 大美北仑 the third); a place read
    as a picture's (最后一张配图, read/picture_places.py) refutes it."""
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert answer["verdict"] == verdict


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # A word of the lexicon's new families, and its figure moved.
        ("微科光电斥资4亿元建设智能制造基地项目。", "supported", "figure-entailed"),
        ("微科光电斥资6亿元建设智能制造基地项目。", "refuted", "figure-exclusive"),
        ("北仑已经修建了123公里森林游步道。", "supported", "figure-entailed"),
        ("北仑区内汇集了5个国家级开发开放功能区。", "supported", "figure-entailed"),
        # A membership denied (不包括) is a denial, and the only's own exclusion is none.
        ("文中列出的数字制造业不包括智能汽车。", "refuted", "negated"),
        ("文中列出的数字服务业包括云计算。", "supported", "stated"),
        # A verb of reckoning needs no grounding in its frame only (按文中数字计算), not inside
        # another word: 云计算 is no 计算 of the article's figures, and a member of the sibling list.
        ("云计算属于数字制造业。", "refuted", "other-member"),
        ("按文中数字计算,北仑户籍人口占全市的6.5%。", "supported", "figure-entailed"),
        ("“青年北仑”政策只涉及教育,不包括住房和医疗。", "refuted", "contrary-marker"),
    ],
)
def test_families_and_denials_of_membership(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)
