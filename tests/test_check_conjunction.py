"""beilun check on claims that join statements (verify/conjunction.py reads the parts,
verify/conjoined.py decides): each part judged as a claim, the verdicts combined as a
conjunction's, and the parts that are no statements of their own left whole. The pairs of facts
joined over the whole base are in tests/check_generated_conjunction.py."""

from __future__ import annotations

import functools
import json

import pytest
from conftest import run

from beilun_cli.read import claims
from beilun_cli.store import catalog
from beilun_cli.verify import conjoined, conjunction

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))


def _answer(claim: str) -> dict[str, object]:
    result = run(["check", claim, "--json"])
    return dict(json.loads(result.stdout))


def _parts(claim: str) -> list[str]:
    """The statements the claim joins, split at its strongest boundaries."""
    base = SHIPPED()
    vocabulary = base.claim_vocabulary()
    names = [name for name, _ in (*vocabulary.entities, *vocabulary.measures)]
    home = {name for name, entity in vocabulary.entities if entity == "beilun"}
    read = claims.read_claim(claim, base.published()[:10], vocabulary)
    kept = conjoined.uncut(claim, read)
    _, found, _ = conjunction.parts(claim, names, read.latin, kept, home=home)
    return [part.said for part in found]


def test_names_that_share_a_predicate_are_each_stated() -> None:
    answer = _answer("北仑成功举办了飞天奖和星光奖颁奖典礼")
    assert answer["verdict"] == "supported"
    assert answer["rule"] == "parts-stated"
    assert [record["id"] for record in answer["evidence"]] == [
        "feitian-awards-ceremony",
        "xingguang-awards-ceremony",
    ]
    assert [row for row in answer["alignment"] if row["slot"] == "part"] == [
        {
            "slot": "part",
            "claim": "北仑成功举办了飞天奖颁奖典礼",
            "fact": "北仑成功举办了“飞天奖”颁奖典礼。",
            "relation": "equivalent",
        },
        {
            "slot": "part",
            "claim": "北仑成功举办了星光奖颁奖典礼",
            "fact": "北仑成功举办了“星光奖”颁奖典礼。",
            "relation": "equivalent",
        },
    ]


def test_a_clause_without_a_subject_takes_the_claims() -> None:
    answer = _answer("“美丽北仑”以十大工程为重点，并排出了七十个重点项目。")
    assert (answer["verdict"], answer["rule"]) == ("supported", "parts-stated")
    assert [row["claim"] for row in answer["alignment"] if row["slot"] == "part"] == [
        "“美丽北仑”以十大工程为重点",
        "“美丽北仑”排出了七十个重点项目",
    ]


def test_a_refuted_part_refutes_the_claim_and_is_named() -> None:
    answer = _answer("中国女排在北仑的比赛中输了一场，但仍拿到了东京奥运会资格。")
    assert (answer["verdict"], answer["rule"]) == ("refuted", "part-refuted")
    assert str(answer["reason"]).startswith("分句“中国女排在北仑的比赛中输了一场”：")


def test_figures_swapped_between_parts_refute_the_claim() -> None:
    # Each figure is a fact's, but of the other part's measure: the article says 17 backbone
    # and 14 high-growth enterprises.
    answer = _answer(
        "14 companies were named municipal industry backbone enterprises and 17 were named"
        " municipal high-growth enterprises."
    )
    assert (answer["verdict"], answer["rule"]) == ("refuted", "part-refuted")


def test_an_unstated_part_leaves_the_claim_undecided_and_is_named() -> None:
    answer = _answer("Beilun hosted the Feitian Awards ceremony and built a cross-sea bridge.")
    assert (answer["verdict"], answer["rule"]) == ("not-enough-info", "part-unstated")
    assert str(answer["reason"]).startswith("part 'Beilun built a cross-sea bridge' is not stated: ")
    rows = [(row["claim"], row["relation"]) for row in answer["alignment"] if row["slot"] == "part"]
    assert rows == [
        ("Beilun hosted the Feitian Awards ceremony", "equivalent"),
        ("Beilun built a cross-sea bridge", "independent"),
    ]


def test_a_claim_one_fact_states_is_decided_whole() -> None:
    answer = _answer("胡朝霞是党的十九大代表，也是最美基层干部。")
    assert (answer["verdict"], answer["rule"]) == ("supported", "stated")


def test_a_negated_claim_is_not_split() -> None:
    answer = _answer("北仑没有举办飞天奖和星光奖颁奖典礼")
    assert answer["rule"] not in ("parts-stated", "part-refuted", "part-unstated")


@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        # Clauses, the subject carried into the one that has none.
        (
            "北仑举办过首届宁波影视文化高峰论坛,也办过首届青年文化节。",
            ["北仑举办过首届宁波影视文化高峰论坛", "北仑办过首届青年文化节"],
        ),
        ("北仑既是国家生态区，又是全国文明城区。", ["北仑是国家生态区", "北仑是全国文明城区"]),
        (
            "Beilun has nearly 170,000 volunteers and hosts the Asian Games.",
            ["Beilun has nearly 170,000 volunteers", "Beilun hosts the Asian Games"],
        ),
        # Names, or things, that share one predicate.
        (
            "Beilun has hosted both the Feitian Awards and the Xingguang Awards ceremonies.",
            [
                "Beilun has hosted the Feitian Awards ceremonies",
                "Beilun has hosted the Xingguang Awards ceremonies",
            ],
        ),
        (
            "Beilun's digital-economy drive covers both smart chips and cloud computing.",
            [
                "Beilun's digital-economy drive covers smart chips",
                "Beilun's digital-economy drive covers cloud computing",
            ],
        ),
        # A count of the names, as many as the list joins, is the list's: no name's part keeps it.
        (
            "文章配图中有“蓝色梅山湾”和“港口卫士”两幅。",
            ["文章配图中有“蓝色梅山湾”", "文章配图中有“港口卫士”"],
        ),
        (
            "Two of the article's photos are captioned 'Smart car making' and 'Port guardians'.",
            [
                "the article's photos are captioned 'Smart car making'",
                "the article's photos are captioned 'Port guardians'",
            ],
        ),
        # A collective word inside a name (联合 of 小港联合区域) keeps no list whole.
        (
            "文章配图中有“大美北仑”和“1985年宁波经济技术开发区小港联合区域建成前的景象”",
            ["文章配图中有“大美北仑”", "文章配图中有“1985年宁波经济技术开发区小港联合区域建成前的景象”"],
        ),
        # A clause that opens (after 另, 还) with the first's verb takes the first's head before it.
        (
            "文章配图中有一张名为“激情山村”的照片,另有一张题为“大美北仑”。",
            ["文章配图中有一张名为“激情山村”的照片", "文章配图中有一张题为“大美北仑”"],
        ),
        # Each name's part joins two things in turn, said in parallel to the clause's end.
        (
            "Hu Zhaoxia and Chen Junhao appear both among the volunteers and among the role models.",
            [
                "Hu Zhaoxia appear among the volunteers",
                "Hu Zhaoxia appear among the role models",
                "Chen Junhao appear among the volunteers",
                "Chen Junhao appear among the role models",
            ],
        ),
        # A clause that opens with its own time or name keeps its own subject.
        (
            "北仑GDP增长7.5%；2019年8月9日,第一批青年公寓开放申购",
            ["北仑GDP增长7.5%", "2019年8月9日,第一批青年公寓开放申购"],
        ),
    ],
)
def test_the_parts_of_a_claim(claim: str, parts: list[str]) -> None:
    assert _parts(claim) == parts


@pytest.mark.parametrize(
    "claim",
    [
        # A clause of time, condition or reason, a relative clause, a bare place or time: no
        # statements of their own.
        "当北仑举办飞天奖颁奖典礼时，星光奖也在北仑举办",
        "Beilun hosted the Feitian Awards ceremony, which was held in Suzhou.",
        "北仑举办了飞天奖颁奖典礼，在上海",
        "2019年1月27日，北仑举办了飞天奖颁奖典礼",
        "After the discount, Zuo Peng paid 1.2 million yuan for his new flat.",
        # Names whose predicate is theirs together.
        "北仑和镇海合计GDP超过2000亿元",
        "The ratio between Beilun's forest cover and its green cover is about one.",
        # A number written in words is no conjunction.
        "The renaming came three and a half years after the approval.",
    ],
)
def test_what_is_not_split(claim: str) -> None:
    assert _parts(claim) == []


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        ("文章配图中有“蓝色梅山湾”和“港口卫士”两幅。", "supported", "parts-stated"),
        ("文章配图中有“蓝色梅山湾”和“港口卫士”三幅。", "not-enough-info", "part-unstated"),
        ("文章配图中有“蓝色梅山湾”和“东海明珠”两幅。", "not-enough-info", "part-unstated"),
        ("文章配图中有一张名为“激情山村”的照片,另有一张题为“大美北仑”。", "supported", "parts-stated"),
        ("文章配图中有一张名为“激情山村”的照片,另有一张题为“东海明珠”。", "not-enough-info", "part-unstated"),
    ],
)
def test_lists_counted_and_clauses_of_one_verb(claim: str, verdict: str, rule: str) -> None:
    answer = _answer(claim)
    assert (answer["verdict"], answer["rule"]) == (verdict, rule)
