"""A base of two articles: the shipped one and a short second one of another date, made up for
these tests (tests/fixtures/second-source). Every command reads both, each fact through its own
source (docs/fact-base.md, "Add an article")."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import run

from beilun_cli.base import paths
from beilun_cli.store import catalog

SECOND = Path(__file__).parent / "fixtures" / "second-source"
FIRST_ID, SECOND_ID = "cnnb-2019-09-16", "cnnb-2020-06-01"
# The second article's facts, in the order of its file.
SECOND_FACTS = [
    "gdp-2019",
    "gdp-growth-2019",
    "fixed-asset-investment-2020-jan-apr",
    "projects-started-2020-05-28",
    "projects-investment-126",
    "forest-coverage-2019",
    "green-coverage-41-2",
    "chunxiao-tourism-complex-investment",
]
# What 去年 means in each article: a claim read against the wrong one says the wrong year.


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped base with the second article beside it, in a folder of its own."""
    root = tmp_path_factory.mktemp("two-sources") / "facts"
    shutil.copytree(paths.default_root(), root)
    shutil.copytree(SECOND, root / "second")
    return root


def beilun(two: Path, *args: str, status: int = 0) -> str:
    result = run(["--facts", str(two), *args])
    assert result.stderr == ""
    assert result.exit_code == status
    return result.stdout


def test_validate_counts_both_sources(two: Path) -> None:
    out = beilun(two, "validate")
    assert out.splitlines()[0] == (
        f"ok: {two}: 184 facts, 745 asked phrasings, 15 topics, 56 measures, 119 entities, "
        "118 concepts, 2 sources"
    )


def test_sources_lists_each_with_its_date_and_subject(two: Path) -> None:
    out = beilun(two, "sources", "--fields", "id,published,about,facts", "--format", "tsv")
    assert out == (
        f"{SECOND_ID}\t2020-06-01T08:30:00+08:00\tbeilun\t8\n"
        f"{FIRST_ID}\t2019-09-16T06:53:05+08:00\tbeilun\t176\n"
    )
    records = json.loads(beilun(two, "sources", "--json"))
    assert [(s["id"], s["about"], s["published"][:10]) for s in records] == [
        (SECOND_ID, "beilun", "2020-06-01"),
        (FIRST_ID, "beilun", "2019-09-16"),
    ]


def test_search_finds_the_facts_of_both(two: Path) -> None:
    hits = json.loads(beilun(two, "search", "北仑GDP", "--limit", "4", "--json"))
    assert [(hit["id"], hit["source"]["id"]) for hit in hits] == [
        ("gdp-2018", FIRST_ID),
        ("gdp-2019", SECOND_ID),
        ("gdp-growth-2018", FIRST_ID),
        ("gdp-growth-2019", SECOND_ID),
    ]
    [only] = json.loads(beilun(two, "search", "滨海旅游综合体", "--limit", "1", "--json"))
    assert only["id"] == "chunxiao-tourism-complex-investment"


def test_show_takes_the_context_from_the_facts_own_source(two: Path) -> None:
    shown = json.loads(beilun(two, "show", "gdp-2019", "--context", "--json"))
    assert shown["source"] == {"id": SECOND_ID, "paragraph": 1, "offset": 13}
    assert shown["context"] == {
        "paragraph": "北仑区统计局日前发布数据：去年北仑本级实现地区生产总值1238.6亿元，增长6.2%，"
        "经济总量继续位居全市前列。",
        "start": 13,
        "end": 35,
    }
    first = json.loads(beilun(two, "show", "gdp-2018", "--context", "--json"))
    assert first["source"]["id"] == FIRST_ID
    assert first["context"]["paragraph"].startswith("以全市6%的地域面积和6.5%的户籍人口")


def test_cite_names_the_source_each_fact_quotes(two: Path) -> None:
    out = beilun(two, "cite", "gdp-2019", "gdp-2018", "--accessed", "2026-12-01")
    assert out == (
        "In 2019 Beilun (district level) produced a GDP of 123.86 billion yuan.\n"
        "“去年北仑本级实现地区生产总值1238.6亿元” — 测试记者, 《北仑重点项目加速推进》 (Beilun speeds up its"
        " key projects), 中国宁波网 (China Ningbo Net), 2020-06-01, paragraph 1. [beilun fact gdp-2019]\n"
        "\n"
        "In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan.\n"
        "“去年北仑本级实现地区生产总值1146.46亿元” — 厉晓杭, 陈盛竹, 虞海波, 乐科奇, 顾霄扬,"
        " 《北仑“双城战略”拉开发展新格局》 (Beilun's Twin-City Strategy opens a new pattern of development),"
        " 中国宁波网 (China Ningbo Net), 2019-09-16, paragraph 14. [beilun fact gdp-2018]\n"
    )


def test_list_and_timeline_hold_the_facts_of_both(two: Path) -> None:
    listed = json.loads(beilun(two, "list", "--topic", "investment", "--json"))
    by_source = {fact["source"]["id"] for fact in listed}
    assert by_source == {FIRST_ID, SECOND_ID}
    assert [f["id"] for f in listed if f["source"]["id"] == SECOND_ID] == [
        "fixed-asset-investment-2020-jan-apr",
        "projects-started-2020-05-28",
        "projects-investment-126",
    ]
    out = beilun(two, "timeline", "--from", "2020", "--format", "tsv", "--fields", "id,as_of,source")
    assert out == (
        f"fixed-asset-investment-2020-jan-apr\t2020-01..2020-04\t{SECOND_ID} ¶2\n"
        f"projects-started-2020-05-28\t2020-05-28\t{SECOND_ID} ¶3\n"
    )


def test_export_writes_both_sources_and_all_their_facts(two: Path, tmp_path: Path) -> None:
    lines = beilun(two, "export", "--format", "jsonl").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == 184 and ids[-8:] == SECOND_FACTS
    target = tmp_path / "two.sqlite"
    beilun(two, "export", "--format", "sqlite", "-o", str(target))
    with sqlite3.connect(target) as database:
        sources = database.execute("SELECT id, published, about FROM sources ORDER BY id").fetchall()
        # A source's subject is an entity of the base: the two tables join.
        subjects = database.execute(
            "SELECT sources.id, entities.name_en FROM sources JOIN entities ON entities.id = sources.about"
            " ORDER BY sources.id"
        ).fetchall()
        counts = database.execute(
            "SELECT source, count(*) FROM facts GROUP BY source ORDER BY source"
        ).fetchall()
    assert sources == [
        (FIRST_ID, "2019-09-16T06:53:05+08:00", "beilun"),
        (SECOND_ID, "2020-06-01T08:30:00+08:00", "beilun"),
    ]
    assert subjects == [(FIRST_ID, "Beilun District"), (SECOND_ID, "Beilun District")]
    assert counts == [(FIRST_ID, 176), (SECOND_ID, 8)]


def test_the_catalog_gives_each_source_its_date_and_home(two: Path) -> None:
    base = catalog.open_base(two)
    assert base.published(FIRST_ID) == "2019-09-16T06:53:05+08:00"
    assert base.published(SECOND_ID) == "2020-06-01T08:30:00+08:00"
    assert base.published() == "2020-06-01T08:30:00+08:00"  # no source named: the newest
    assert base.fact_published(base.fact_record("gdp-2018"))[:10] == "2019-09-16"
    assert base.fact_published(base.fact_record("gdp-2019"))[:10] == "2020-06-01"
    assert base.home(FIRST_ID) == base.home() == ["beilun", "ningbo", "zhejiang"]
    assert base.homes() == frozenset({"beilun"})
    with pytest.raises(Exception, match="no source with id 'cnnb-2019'"):
        base.published("cnnb-2019")


@pytest.mark.parametrize(
    ("claim", "verdict", "fact"),
    [
        ("2019年北仑GDP 1238.6亿元", "supported", "gdp-2019"),
        ("2018年北仑GDP 1146.46亿元", "supported", "gdp-2018"),
        ("2019年北仑GDP 1146.46亿元", "refuted", "gdp-2019"),
        ("北仑森林覆盖率达40.3%", "supported", "forest-coverage-2019"),
        ("春晓滨海旅游综合体项目总投资18亿元", "supported", "chunxiao-tourism-complex-investment"),
        # 去年 is read against the source of the fact it is compared with: 2019 for the second
        # article's GDP, 2018 for the first's.
        ("去年北仑本级实现地区生产总值1238.6亿元", "supported", "gdp-2019"),
        ("去年北仑本级实现地区生产总值1146.46亿元", "supported", "gdp-2018"),
    ],
)
def test_check_compares_with_the_facts_of_both(two: Path, claim: str, verdict: str, fact: str) -> None:
    status = {"supported": 0, "refuted": 4}[verdict]  # check's exit status says the verdict
    result = json.loads(beilun(two, "check", claim, "--json", status=status))
    assert (result["verdict"], result["evidence"][0]["id"]) == (verdict, fact)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("北仑2020年1至4月固定资产投资多少", "fixed-asset-investment-2020-jan-apr"),
        ("2018年北仑的GDP是多少", "gdp-2018"),
        ("2019年北仑的GDP是多少", "gdp-2019"),
        # 去年 is 2018 for the fact of the older article, though the newest source is of 2020.
        ("去年北仑本级地区生产总值增长7.5%吗", "gdp-growth-2018"),
    ],
)
def test_ask_answers_from_the_facts_of_both(two: Path, question: str, fact: str) -> None:
    answer = json.loads(beilun(two, "ask", question, "--json"))
    assert answer["evidence"][0]["id"] == fact
