"""beilun check grounds a claim's leftover words (docs/check.md, "Which leftover words must be
grounded"): in the article's English of what a fact quotes, through the paraphrase lexicon's
phrases only where the claim writes them, in the items a fact lists, in Chinese words split by a
classifier or an aspect, and at the times a part of a month or a span of months names. Each
family with its counterpart that must stay unsupported."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify import members
from beilun_cli.verify.paraphrase import paraphrases
from beilun_cli.verify.residue import derived, separated


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # The English article's words ground an English claim: 'born', 'so far', 'backbone'.
        (
            "Dagang Community, China's first industrial community, was born in Beilun in 2008.",
            "supported",
            "stated",
        ),
        (
            "Over 1 million square metres of old residential areas have been renovated so far.",
            "supported",
            "figure-entailed",
        ),
        # ...but not what the sentence says of another clause's subject.
        (
            "Geely Automobile was selected as one of Ningbo's industry backbone enterprises.",
            "not-enough-info",
            "unstated-word",
        ),
        ("吉利汽车入围市级行业骨干企业", "not-enough-info", "partly-stated"),
        # A quote's list tells each member's deed: another member's words are not the fact's.
        ("北仑17家企业入围市千亿级龙头企业", "not-enough-info", "unstated-word"),
        (
            "17 Beilun companies were selected as Ningbo's hundred-billion-yuan-scale leading enterprises.",
            "not-enough-info",
            "unstated-entity",
        ),
        # A phrase of the lexicon is one only as the claim writes it.
        (
            "The State Council signed off on creating Binhai New District in January 1984.",
            "supported",
            "stated",
        ),
        (
            "Projects such as SMIC N2, Chevron and LNG Phase II, with 64 billion yuan of total investment,"
            " are being built.",
            "supported",
            "figure-entailed",
        ),
        # One of the items a fact lists with 等; not one it does not list.
        ("集成电路是北仑重点发展的产业之一", "supported", "stated"),
        ("北仑打造的“红色基因传承基地”共有20个,张人亚党章学堂是其中之一。", "supported", "figure-entailed"),
        (
            "Bodi Yingxiu City and Intime City Phase II are among the projects that have gone into operation"
            " in Beilun.",
            "supported",
            "stated",
        ),
        # Not another list's (SMIC N2 is under construction: 'opened' is a later stage, refuted).
        ("SMIC N2 is one of the projects that have opened in Beilun.", "refuted", "contrary-status"),
        ("光伏是北仑的重点产业之一", "not-enough-info", "unstated-marker"),
        ("集成电路是北仑唯一的重点产业", "not-enough-info", "unstated-marker"),
        # 'Among' after a rank, 'came top', 'only' before a figure.
        (
            "In the first half of 2019, ten of Beilun's economic indicators ranked first among Ningbo's"
            " districts and counties.",
            "supported",
            "figure-entailed",
        ),
        (
            "In the first half of 2019, Beilun came top in Ningbo on ten economic indicators.",
            "supported",
            "figure-entailed",  # ten counts the indicators, as 10项 does
        ),
        (
            "With only about 6% of Ningbo's land, Beilun generates around one sixth of the city's economic"
            " output.",
            "supported",
            "figure-entailed",
        ),
        # Chinese words: a classifier after 这, an aspect inside 摇号, 全市 no place.
        ("华朔这款能自感知模温的智能压铸模具达到国际领先水平,填补了国内市场空白。", "supported", "stated"),
        ("北仑以占全市约6%的土地,贡献了宁波六分之一的经济总量。", "supported", "figure-entailed"),
        # A word of a family of near-synonyms (出资 for 投资, 起到作用 for 助力, since for 从…开始), not
        # in a use the family excepts (投入使用); a plan (打算) is grounded by a plan, a deed
        # done (已经推出) never; a copula as the claim writes it, and what it names must be held.
        ("微科光电出资4亿元建设光学传感器及应急救援装备智能制造基地。", "supported", "figure-entailed"),
        # In use, where the article forecasts its output once in production: a later stage.
        ("微科光电的光学传感器及应急救援装备智能制造基地已投入使用。", "refuted", "contrary-status"),
        ("“红色基因关怀项目”在汪清的扶贫中起到了作用。", "supported", "stated"),
        ("北仑20个红色教育基地每年平均迎接近10万人次游客。", "supported", "figure-entailed"),
        (
            "Since February 2019 Beilun District has introduced ten major 'Youth Beilun' policies.",
            "supported",
            "figure-entailed",
        ),
        ("北仑打算在2019年推出1000套青年公寓。", "supported", "figure-entailed"),
        ("北仑在2019年已经推出了1000套青年公寓。", "refuted", "contrary-status"),
        ("一名17岁吉林姑娘的手臂没能保住。", "refuted", "negated"),
        (
            'Zhang Renya is regarded as the "mysterious guardian" of the Communist Party of China\'s first'
            " Party constitution.",
            "supported",
            "stated",
        ),
        ("张人亚被誉为中共第一部党章的起草人。", "refuted", "other-member"),  # the article: 守护人
        # A part of a month, a span of months: held by the fact's day, not past the fact's period.
        ("The youth-apartment lottery was held in late August 2019.", "supported", "stated"),
        ("The youth-apartment lottery was held in early August 2019.", "refuted", "other-time"),
        ("首批青年公寓于8月上旬开放申购。", "supported", "stated"),
        (
            "Ten of Beilun's economic indicators were number one in Ningbo during January to June 2019.",
            "supported",
            "stated",
        ),
        (
            "Ten of Beilun's economic indicators were number one in Ningbo during January to September 2019.",
            "not-enough-info",
            "unstated-time",
        ),
    ],
)
def test_leftover_words_are_grounded_as_the_article_says_them(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "北仑集中打造了张人亚党章学堂、北仑开发开放展览馆等20个基地",
            [(("北仑集中打造了张人亚党章学堂", "北仑开发开放展览馆"), False, 20)],
        ),
        (
            "围绕绿色石化、汽车制造、高端装备、集成电路等重点产业,北仑",
            [(("围绕绿色石化", "汽车制造", "高端装备", "集成电路"), False, 0)],
        ),
        (
            "北仑以“青年北仑”“数字北仑”“美丽北仑”三大工程为依托",
            [(("青年北仑", "数字北仑", "美丽北仑"), True, 3)],
        ),
        (
            "“美丽北仑”大力推进“生态之美”“品质之美”“人文之美”“风尚之美”",
            [(("生态之美", "品质之美", "人文之美", "风尚之美"), True, 4)],
        ),
        # A quotation's pairs are each a list of two, not one of six.
        (
            "以“责任意识强、落实行动快,服务意识强、解决问题快”为主题",
            [(("责任意识强", "落实行动快"), True, 2), (("服务意识强", "解决问题快"), True, 2)],
        ),
        # One item is no list.
        ("禹洲集团等大项目", []),
    ],
)
def test_a_list_names_its_members(said: str, expected: list[tuple[tuple[str, ...], bool, int]]) -> None:
    assert [(found.members, found.closed, found.size) for found in members.zh_lists(said)] == expected


@pytest.mark.parametrize(
    ("said", "claimed", "names", "expected"),
    [
        ("围绕绿色石化、汽车制造、高端装备、集成电路等重点产业", "集成电路是重点产业之一", [], True),
        (
            "围绕绿色石化、汽车制造、高端装备、集成电路等重点产业",
            "北仑的集成电路产业是重点产业之一",
            [],
            True,
        ),
        # Another word of the fact is no member.
        ("扎实推进生态建设、“五水共治”、环境综合整治等各项工作", "个人发展是北仑的各项工作之一", [], False),
        # A counted set: of that size, holding the member by its words or an entity's name.
        ("“美丽北仑”大力推进“生态之美”“品质之美”“人文之美”“风尚之美”", "“人文之美”是四美之一", [], True),
        ("“美丽北仑”大力推进“生态之美”“品质之美”“人文之美”“风尚之美”", "“人文之美”是五美之一", [], False),
        (
            "张人亚党章学堂、李氏家族纪念馆等20个红色教育基地",
            "the li family memorial hall is one of beilun's 20 red education bases",
            ["李氏家族纪念馆", "Li Family Memorial Hall"],
            True,
        ),
    ],
)
def test_a_membership_is_stated_by_a_list_naming_the_member(
    said: str, claimed: str, names: list[str], expected: bool
) -> None:
    assert members.states_membership(said, claimed, names, set()) is expected


def test_a_verb_object_word_split_by_an_aspect_is_the_word() -> None:
    def grounded(pair: str) -> bool:
        return pair == "摇号"

    assert separated("摇中", "左鹏摇中号", grounded)
    assert separated("中号", "左鹏摇中号", grounded)
    assert not separated("中国", "在中国", grounded)


def test_a_derived_english_word_is_of_its_stems_family() -> None:
    assert derived("produc", {"product"})  # produced, of production
    assert derived("nationwid", {"nation"})
    # A stem shorter than six letters begins unrelated words: Party, participate.
    assert not derived("particip", {"parti"})
    assert not derived("railway", {"rail"})


@pytest.mark.parametrize(
    ("term", "claimed", "expected"),
    [
        ("call", "the port is called the eastern gateway", True),
        ("dub", "the studio does dubbing work", False),  # "dubbed" is no "dubbing"
        ("regard", "the port is regarded as a hub", True),
        ("regard", "with regard to the port", False),
        ("看作", "北仑把港口看作门户", True),
    ],
)
def test_a_copula_needs_no_grounding_where_the_claim_writes_it(
    term: str, claimed: str, expected: bool
) -> None:
    assert paraphrases().grounds(term, "", set(), claimed) is expected


def test_a_familys_exception_takes_its_word_out_of_the_family() -> None:
    lexicon = paraphrases()
    said = "微科光电投资4亿元"
    assert lexicon.grounds("投入", said, {"投资"}, "微科光电投入4亿元")
    assert not lexicon.grounds("投入", said, {"投资"}, "基地已投入使用")


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # The article's Chinese grounds its plain translations (区块 a block, 之乡 an area, 小区
        # compounds, 服务 service, 显著 notable, 推进 a push), and a verb of citing is attribution.
        (
            "Beilun has built a 38-square-kilometre 'Beautiful Mountains and Rivers' ecological block.",
            "supported",
            "figure-entailed",
        ),
        (
            "The 'Fragrant Chaiqiao' demonstration line has spread the fame of a flower-growing area.",
            "supported",
            "stated",
        ),
        (
            "The 'Fragrant Chaiqiao' demonstration line has spread the fame of an industrial area.",
            "not-enough-info",
            "unstated-word",
        ),
        ("Zhu Zhiping is cited as a 'Most Beautiful Volunteer'.", "supported", "stated"),
        ("Zhu Zhiping is cited as a 'Most Beautiful Teacher'.", "not-enough-info", "no-fact"),
        (
            "The campaign aims to raise officials' execution, service and problem-tackling capacity.",
            "supported",
            "stated",
        ),
        (
            "The campaign aims to raise officials' execution, service and fundraising capacity.",
            "not-enough-info",
            "unstated-word",
        ),
        # Implied: a population's place is home to it, a guarantee provided helps, a new product
        # is developed by its maker.
        ("Beilun is home to 6.5% of Ningbo's registered (hukou) population.", "supported", "figure-entailed"),
        ("Beilun is home to 6.5% of Ningbo's companies.", "not-enough-info", "unstated-word"),
        (
            "The campaign is meant to help Beilun move faster toward the 'Four Forefronts'.",
            "supported",
            "stated",
        ),
        (
            "华朔科技研制的HNE—001型智能压铸模具被列入宁波2019年第一批工业新产品试产计划。",
            "supported",
            "stated",
        ),
        # A Chinese verb of wanting, where the evidence says the deed as a purpose (,以…献礼); never
        # a deed it says done.
        ("北仑希望以更优异的成绩向新中国成立70周年献礼。", "supported", "figure-entailed"),
        ("北仑希望打造38平方公里“秀美山川”生态区块。", "not-enough-info", "unstated-word"),
        # Where in the article: by the evidence's paragraph, the first for an opening.
        ("The article opens with a photo of Beilun's central urban area.", "supported", "stated"),
        ("文章开头的图片是北仑中心城区。", "supported", "stated"),
        ("The article ends with a photo of Beilun's central urban area.", "not-enough-info", "unstated-word"),
        ("The article opens with a photo of 'Magnificent Beilun'.", "not-enough-info", "unstated-word"),
        # A suffix after a hyphen says its noun is the basis: the noun is grounded, or refuted in
        # the other order.
        (
            "Since 1993 Beilun has shifted grassroots Party building "
            "from a unit-based to a region-based focus.",
            "supported",
            "stated",
        ),
        (
            "Since 1993 Beilun has shifted grassroots Party building "
            "from a region-based to a unit-based focus.",
            "refuted",
            "other-order",
        ),
        (
            "Since 1993 Beilun has shifted grassroots Party building "
            "from a unit-based to a market-based focus.",
            "not-enough-info",
            "unstated-word",
        ),
        # Half a percentage point is 0.5 points, no share of 50%.
        (
            "In Beilun's built-up area, the green coverage rate is half a percentage point above the "
            "district's forest coverage.",
            "supported",
            "arithmetic-holds",
        ),
    ],
)
def test_translations_frames_and_forms_are_grounded(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)
