"""beilun check needs no grounding for the frame words of a claim and grounds its words in the
article's own sentence (docs/check.md, "Which leftover words must be grounded"): a share that a
place accounts for, a purpose (aims to, 旨在), 覆盖 of the fields named, 三年时间 and 场所 of the
venues listed, a copula that positions or titles (定位为, 题为, serves as), and the near-synonyms
of a deed (变成 for 蜕变为, 拓展 for 延伸, resolved for solved, CPC for the Communist Party of
China). Each with its counterpart whose frame word carries a thing the article never states, and
a place written with a numeral (珠三角) is a place, not a figure of 3. The claims are our own
wording, none from the blind sets."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli import lexicon
from beilun_cli.verify.paraphrase import paraphrases

CASES = [
    # A share a place accounts for; the same frame over an output the article never gives.
    ("Beilun accounts for 1/6 of Ningbo's total economic output.", "supported", "figure-entailed"),
    ("Beilun accounts for 1/6 of Ningbo's total subway ridership.", "refuted", "figure-exclusive"),
    # A purpose, and what it aims at: grounded, or not.
    ("老旧小区提质改造工程旨在彻底解决环境“脏乱差”问题。", "supported", "stated"),
    ("老旧小区提质改造工程旨在彻底解决停车难问题。", "not-enough-info", "no-fact"),
    (
        "Beilun's Twin-City Strategy aims to keep raising the level of urban internationalisation.",
        "supported",
        "stated",
    ),
    (
        "Beilun's Twin-City Strategy aims to keep raising the level of urban internationalisation"
        " through a metro line.",
        "not-enough-info",
        "unstated-word",
    ),
    (
        "Huashuo's auto-parts project targets one million sets of auto parts a year.",
        "supported",
        "figure-entailed",
    ),
    (
        "Huashuo's auto-parts project targets one million sets of aircraft parts a year.",
        "not-enough-info",
        "unstated-word",
    ),
    # Money off a flat bought is off its price; not off another fee.
    ("开发商给左鹏减了三十万元房款。", "supported", "figure-entailed"),
    ("开发商给左鹏减了三十万元物业费。", "not-enough-info", "unstated-word"),
    # 覆盖 of the fields named: those fields must be the fact's.
    ("“青年北仑”十大政策覆盖了住房、教育、医疗等多个方面。", "supported", "stated"),
    ("“青年北仑”十大政策覆盖了养老、殡葬等多个方面。", "not-enough-info", "no-fact"),
    # A span said with 时间: its length is the figure's.
    ("“美丽北仑”计划用三年时间让城乡环境更美。", "supported", "figure-entailed"),
    ("“美丽北仑”计划用五年时间让城乡环境更美。", "refuted", "figure-exclusive"),
    # Near-synonyms of a deed; the deed's object still grounded.
    ("大港社区党委将社区服务模式从居民拓展到了企业。", "supported", "stated"),
    ("大港社区党委将社区服务模式从居民拓展到了海外华侨。", "not-enough-info", "unstated-word"),
    (
        "The Dagang community model resolved the nationwide problem of serving industrial parks in the"
        " post-development-zone era.",
        "supported",
        "stated",
    ),
    (
        "The Dagang community model resolved the nationwide problem of financing industrial parks in the"
        " post-development-zone era.",
        "not-enough-info",
        "unstated-word",
    ),
    ("北仑昔日的荒野滩涂已经变成了世界大港。", "supported", "stated"),
    ("北仑昔日的荒野滩涂已经变成了世界最大的机场。", "not-enough-info", "unstated-marker"),
    (
        "Zhang Renya is known as the mysterious guardian of the CPC's first Party constitution.",
        "supported",
        "stated",
    ),
    (
        "Zhang Renya is known as the mysterious author of the CPC's first Party constitution.",
        "not-enough-info",
        "unstated-word",
    ),
    ("Over the past 70 years Beilun's urban built-up area was built from scratch.", "supported", "stated"),
    # A copula that positions: the region it names must be the fact's; 珠三角 is another region.
    ("北仑被定位为长三角地区重要的能源和原材料基地。", "supported", "stated"),
    ("北仑是珠三角重要的能源和原材料基地。", "refuted", "sibling-place"),
    ("Beilun serves as an important energy base for the Pearl River Delta.", "refuted", "sibling-place"),
]


@pytest.mark.parametrize(("claim", "expected", "rule"), CASES)
def test_frame_words_need_no_grounding_and_carry_none(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)


@pytest.mark.parametrize(
    ("term", "claimed", "said", "expected"),
    [
        # A Chinese word of a group stands for its pairs only where the claim writes it.
        ("开发", "开发商为他减免了30万元", "房地产商为他减免了30万元", True),
        ("开发", "北仑开发了一款新模具", "房地产商为他减免了30万元", False),
        # A copula as the claim writes it: 题为 of 一张题为“港口卫士”的图片.
        ("题为", "一张题为“港口卫士”的图片", "", True),
    ],
)
def test_a_group_word_is_the_claims_as_written(term: str, claimed: str, said: str, expected: bool) -> None:
    assert paraphrases().grounds(term, said, set(), claimed) is expected


def test_a_place_written_with_a_numeral_is_no_figure() -> None:
    assert {"长三角", "珠三角", "珠江三角洲"} <= set(lexicon.fixed_expressions())
