"""beilun draft on a second article, about another place: the figures, times and names it drafts,
and the loop to the end: a curator finishes the drafts, the base validates with both articles,
and search, show and ask answer from the new one (docs/fact-base.md, Add an article)."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import run

from beilun_cli.base.paths import default_root

# An article written for these tests: a made-up district (青屿区) of an unnamed city, with
# made-up figures, published 2022-03-15.
ARTICLE = Path(__file__).parent / "fixtures" / "qingyu.txt"


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    """The article drafted into tmp_path/qingyu with the shipped base's vocabulary."""
    out = tmp_path / "qingyu"
    result = run(["draft", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "drafted qingyu (2022-03-15, 9 paragraphs): 20 new candidate facts, 5 proposed entities"
    )
    return out


def facts_of(drafted: Path) -> dict[str, dict[str, Any]]:
    with (drafted / "facts" / "qingyu.toml").open("rb") as stream:
        return {fact["id"]: fact for fact in tomllib.load(stream)["facts"]}


def test_the_source_is_proposed_as_about_the_subject_most_facts_are_about(drafted: Path) -> None:
    with (drafted / "sources" / "qingyu.toml").open("rb") as stream:
        [source] = tomllib.load(stream)["sources"]
    subjects = [fact["subject"] for fact in facts_of(drafted).values()]
    assert source["about"] == "qing-yu-qu" == max(subjects, key=subjects.count)  # 青屿区, not Beilun
    assert subjects.count("qing-yu-qu") == 14


def test_new_names_are_proposed_with_a_kind(drafted: Path) -> None:
    with (drafted / "entities" / "qingyu.toml").open("rb") as stream:
        entities = tomllib.load(stream)["entities"]
    assert [(entity["name"]["zh"], entity["kind"], entity["draft"]) for entity in entities] == [
        ("青屿区", "place", True),  # named five times
        ("周明", "person", True),  # 记者周明
        ("浙江海润新材料股份有限公司", "company", True),
        ("青屿区科技创新大会", "event", True),
        ("林海涛", "person", True),  # 区委书记林海涛
    ]


def test_figures_and_times_are_read_as_the_article_states_them(drafted: Path) -> None:
    facts = facts_of(drafted)
    assert list(facts) == [
        "gdp-528-6",
        "gdp-growth-8-2",
        "p3-41-3",
        "p3-1-2",
        "share-of-city-land-area-9",
        "share-of-city-output-1-5",
        "national-zones-3",
        "companies-612",
        "total-investment-18",
        "annual-capacity-5",
        "total-investment-30",
        "duration-3",
        "companies-150",
        "companies-90",
        "p7-1-6",
        "p7-120",
        "duration-10",
        "length-86",
        "p9-32",
        "forest-coverage-52-4",
    ]
    when = {ident: tuple(fact["as_of"].values()) for ident, fact in facts.items() if "as_of" in fact}
    assert when["gdp-528-6"] == ("去年", "2021", "2021", "year")
    assert when["total-investment-18"] == ("今年1月12日", "2022-01-12", "2022-01-12", "day")
    assert when["companies-150"] == ("2月28日", "2022-02-28", "2022-02-28", "day")  # the frame 在…大会上
    assert when["companies-90"] == ("截至目前", "2022-03", "2022-03", "month")
    assert when["p7-1-6"] == ("去年下半年", "2021-07", "2021-12", "half-year")
    assert when["length-86"] == ("10年来", "2012", "2022", "period")
    assert "p3-41-3" not in when  # no time named
    # 截至目前,已认定… has no subject of its own: its quote starts with the sentence before.
    assert facts["companies-90"]["quote"].startswith("在2月28日召开的青屿区科技创新大会上")
    assert facts["companies-90"]["quantity"]["qualifier"] == "nearly"
    assert facts["p7-120"]["quantity"] == {
        "written": "120万标准箱",
        "qualifier": "over",
        "amount": 1200000,
        "amount_unit": "items",
    }
    assert (
        facts["annual-capacity-5"]["unit"],
        facts["share-of-city-output-1-5"]["quantity"]["qualifier"],
    ) == (
        "万吨",
        "about",
    )
    # The new company is its investment's subject; the new district is the article's own.
    assert facts["total-investment-18"]["subject"] == "zhe-jiang-hai-run-xin-cai-liao-gu-fen-you-xian-gong-si"
    assert facts["forest-coverage-52-4"]["subject"] == "qing-yu-qu"


def test_validate_says_what_is_left(drafted: Path) -> None:
    result = run(["validate", str(drafted)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == (
        "drafts: 5 entities, 20 facts, 1 source to finish; missing: claim.en (20), name.en (5),"
        " topic (5), measure (5), outlet.en (1), outlet.zh (1), title.en (1)"
    )


# What the curator writes: an English claim for each fact (saying no figure its quote does
# not), the measures the base lacks, a topic where none was guessed, names in English.
ENGLISH = {
    "gdp-528-6": "In 2021 Qingyu District's GDP was 52.86 billion yuan.",
    "gdp-growth-8-2": "In 2021 Qingyu District's GDP grew by 8.2%.",
    "p3-41-3": "Qingyu District has 413,000 permanent residents.",
    "p3-1-2": "Qingyu District's permanent population grew by 12,000 on the year before.",
    "share-of-city-land-area-9": "Qingyu District has 9% of the city's land area.",
    "share-of-city-output-1-5": "Qingyu District makes about 1/5 of the city's industrial output.",
    "national-zones-3": "Qingyu District has 3 development zones of provincial level or above.",
    "companies-612": "Qingyu District has 612 industrial enterprises above designated size.",
    "total-investment-18": "Zhejiang Hairun New Materials is investing 1.8 billion yuan in Qingyu District.",
    "annual-capacity-5": "The Hairun fibre project will make 50,000 tonnes a year.",
    "total-investment-30": "The Hairun fibre project is expected to produce 3 billion yuan of output a year.",
    "duration-3": "Qingyu District plans to add high-tech enterprises within three years.",
    "companies-150": "Qingyu District plans to add 150 high-tech enterprises within three years.",
    "companies-90": "Qingyu District has recognised nearly 90 high-tech enterprises so far.",
    "p7-1-6": "In the second half of 2021 Qingyu Port handled 160 million tonnes of cargo.",
    "p7-120": "In the second half of 2021 Qingyu Port handled over 1.2 million TEU of containers.",
    "duration-10": "Qingyu District's greenways and parks were built over the past 10 years.",
    "length-86": "Over 10 years Qingyu District built 86 km of island greenways.",
    "p9-32": "Over 10 years Qingyu District built 32 new parks.",
    "forest-coverage-52-4": "Qingyu District's forest coverage reached 52.4%.",
}
# Measures the curator adds, and their units: (measure, amount unit) by fact.
NEW_MEASURES = {
    "p3-41-3": ("population", "people"),
    "p3-1-2": ("population-growth", "people"),
    "p7-1-6": ("cargo-throughput", "tonnes"),
    "p7-120": ("container-throughput", "teu"),
    "p9-32": ("parks", "parks"),
}
NAMES = {
    "青屿区": "Qingyu District",
    "周明": "Zhou Ming",
    "浙江海润新材料股份有限公司": "Zhejiang Hairun New Materials",
    "青屿区科技创新大会": "Qingyu science and technology innovation conference",
    "林海涛": "Lin Haitao",
}


def curate(drafted: Path) -> None:
    """Fill what validate lists, as a curator would, in the files the draft wrote."""
    path = drafted / "facts" / "qingyu.toml"
    blocks = path.read_text(encoding="utf-8").split("[[facts]]\n")
    for index, block in enumerate(blocks[1:], start=1):
        ident = re.search(r'^id = "(.+)"$', block, re.MULTILINE)[1]  # type: ignore[index]
        block = block.replace("draft = true\n", "")
        block = re.sub(r"(claim = \{ zh = .+) \}", rf'\1, en = "{ENGLISH[ident]}" }}', block)
        if ident in NEW_MEASURES:
            measure, unit = NEW_MEASURES[ident]
            block = re.sub(r'amount_unit = "\w+"', f'amount_unit = "{unit}"', block)
            block = re.sub(r'measure = ".+"\n', "", block)
            block = block.replace("subject =", f'measure = "{measure}"\nsubject =')
        if "topic =" not in block:
            block = block.replace("source =", 'topic = "economy"\nsource =')
        blocks[index] = block
    path.write_text("[[facts]]\n".join(blocks), encoding="utf-8")
    measures = "".join(
        f'[[measures]]\nid = "{measure}"\nname = {{ zh = "{measure}", en = "{measure}" }}\n'
        f'amount_unit = "{unit}"\n\n'
        for measure, unit in NEW_MEASURES.values()
    )
    (drafted / "measures").mkdir()
    (drafted / "measures" / "qingyu.toml").write_text(measures, encoding="utf-8")
    entities = drafted / "entities" / "qingyu.toml"
    text = entities.read_text(encoding="utf-8").replace("draft = true\n", "")
    for zh, en in NAMES.items():
        text = text.replace(f'name = {{ zh = "{zh}" }}', f'name = {{ zh = "{zh}", en = "{en}" }}')
    entities.write_text(text, encoding="utf-8")
    source = drafted / "sources" / "qingyu.toml"
    source.write_text(
        source.read_text(encoding="utf-8")
        .replace("draft = true\n", "")
        .replace("outlet = {  }", 'outlet = { zh = "东海测试日报", en = "East Sea Test Daily" }')
        .replace(
            'title = { zh = "青屿区打造海岛科创新城" }',
            'title = { zh = "青屿区打造海岛科创新城", en = "Qingyu builds an island tech city" }',
        ),
        encoding="utf-8",
    )


def test_the_curated_article_joins_the_base_and_answers(drafted: Path, tmp_path: Path) -> None:
    curate(drafted)
    # The draft's vocabulary is the base's: it validates in the base it was drafted against.
    both = tmp_path / "both"
    shutil.copytree(default_root(), both)
    shutil.copytree(drafted, both, dirs_exist_ok=True)
    validated = run(["validate", str(both)])
    assert validated.exit_code == 0, validated.stdout
    assert validated.stdout.startswith(f"ok: {both}: 196 facts,")
    assert "2 sources" in validated.stdout.splitlines()[0]
    assert "drafts:" not in validated.stdout  # nothing is left to finish

    found = run(["--facts", str(both), "search", "集装箱吞吐量", "--fields", "id,source"])
    assert found.stdout.splitlines()[:2] == ["p7-1-6\tqingyu ¶7", "p7-120\tqingyu ¶7"]
    shown = run(["--facts", str(both), "show", "p7-1-6", "--fields", "id,as_of,quantity,source"])
    assert shown.stdout == "id\tp7-1-6\nas_of\t2021-07..2021-12\nquantity\t1.6亿吨\nsource\tqingyu ¶7\n"
    asked = run(["--facts", str(both), "ask", "青屿区2021年地区生产总值是多少"])
    assert asked.exit_code == 0, asked.stderr
    assert asked.stdout.splitlines()[:2] == ["answer\t528.6亿元，2021年（去年）", "id\tgdp-528-6"]
