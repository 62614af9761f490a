"""beilun draft: a new article becomes draft facts, validate and list --draft say what is left,
a curated draft is a base like any other, and a second draft keeps the curator's work."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run

from beilun_cli.base.paths import default_root

# An article invented for these tests (no real outlet printed it): a title, a dateline, a
# sentence of two figures with a relative time, and a dated investment by a company the shipped
# base does not know.
ARTICLE = (
    "北仑新增城市绿地\n\n"
    "2021-05-10 来源：测试网\n\n"
    "去年北仑新增城市绿地120万平方米，增长8.5%。\n\n"
    "2021年4月28日，宁波青山环保科技有限公司在北仑投资3亿元建设垃圾处理厂。\n"
)
FIRST_FACT = """\
[[facts]]
id = "area-120"
draft = true
topic = "ecology"
source = "green"
quote = "去年北仑新增城市绿地120万平方米，增长8.5%"
claim = { zh = "去年北仑新增城市绿地120万平方米，增长8.5%。" }
value = 120
unit = "万平方米"
quantity = { written = "120万平方米", qualifier = "exact", amount = 1200000, amount_unit = "m2" }
measure = "area"
subject = "beilun"
as_of = { written = "去年", start = "2020", end = "2020", precision = "year" }
entities = ["beilun"]
"""
INVESTMENT = """\
[[facts]]
id = "total-investment-3"
draft = true
topic = "investment"
source = "green"
quote = "2021年4月28日，宁波青山环保科技有限公司在北仑投资3亿元建设垃圾处理厂"
claim = { zh = "2021年4月28日，宁波青山环保科技有限公司在北仑投资3亿元建设垃圾处理厂。" }
value = 3
unit = "亿元"
quantity = { written = "3亿元", qualifier = "exact", amount = 300000000, amount_unit = "yuan" }
measure = "total-investment"
subject = "ning-bo-qing-shan-huan-bao-ke-ji-you-xian-gong-si"
as_of = { written = "2021年4月28日", start = "2021-04-28", end = "2021-04-28", precision = "day" }
entities = ["ning-bo-qing-shan-huan-bao-ke-ji-you-xian-gong-si", "beilun"]
"""
COMPANY = "ning-bo-qing-shan-huan-bao-ke-ji-you-xian-gong-si"


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    """The test article drafted into tmp_path/draft with the shipped base's vocabulary."""
    article = tmp_path / "green.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(["draft", str(article), "-o", str(tmp_path / "draft")])
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "draft"
    assert result.stdout == (
        "drafted green (2021-05-10, 4 paragraphs): 3 new candidate facts, 1 proposed entities\n"
        f"  wrote {out}/sources/green.txt\n"
        f"  wrote {out}/sources/green.toml\n"
        f"  wrote {out}/facts/green.toml\n"
        f"  wrote {out}/entities/green.toml\n"
        f"next: beilun validate {out}   (it lists what each draft still needs)\n"
    )
    return out


def test_each_figure_becomes_a_candidate_with_its_reading(drafted: Path) -> None:
    facts = (drafted / "facts" / "green.toml").read_text(encoding="utf-8")
    assert FIRST_FACT in facts  # 去年 is 2020 against the article's own date
    # The new company is the investment's subject, and 宁波 inside its name no mention of Ningbo.
    assert INVESTMENT in facts
    assert facts.count("[[facts]]") == 3
    assert (
        'quantity = { written = "8.5%", qualifier = "exact", amount = 8.5, amount_unit = "percent" }' in facts
    )
    # The text is written as the loader splits it: one paragraph a block.
    assert (drafted / "sources" / "green.txt").read_text(encoding="utf-8") == ARTICLE


def test_the_source_and_the_new_name_are_drafts_too(drafted: Path) -> None:
    assert (drafted / "sources" / "green.toml").read_text(encoding="utf-8") == (
        "# Drafted by beilun draft.\n"
        "[[sources]]\n"
        'id = "green"\n'
        "draft = true\n"
        "outlet = {  }\n"
        'title = { zh = "北仑新增城市绿地" }\n'
        "published = 2021-05-10\n"
        "# the subject most drafted facts are about\n"
        'about = "beilun"\n'
        'language = "zh"\n'
        'text = "green.txt"\n'
    )
    assert (drafted / "entities" / "green.toml").read_text(encoding="utf-8") == (
        "# Names the base lacks, proposed as entities: write name.en and check the kind.\n\n"
        "[[entities]]\n"
        f'id = "{COMPANY}"\n'
        "draft = true\n"
        "# named in ¶4\n"
        'kind = "company"\n'
        'name = { zh = "宁波青山环保科技有限公司" }\n'
    )


def test_validate_lists_what_each_draft_needs(drafted: Path) -> None:
    result = run(["validate", str(drafted)])
    assert result.exit_code == 0
    facts, entities, sources = (drafted / name / "green.toml" for name in ("facts", "entities", "sources"))
    assert result.stdout == (
        f"ok: {drafted}: 0 facts, 0 asked phrasings, 0 topics, 0 measures, 0 entities, 0 concepts,"
        " 0 sources\n"
        "drafts: 1 entity, 3 facts, 1 source to finish; missing: claim.en (3), name.en (1),"
        " outlet.en (1), outlet.zh (1), title.en (1)\n"
        f"  {entities}:4: entity '{COMPANY}': to write name.en\n"
        f"  {facts}:6: fact 'area-120': to write claim.en\n"
        f"  {facts}:21: fact 'gdp-growth-8-5': to write claim.en\n"
        f"  {facts}:36: fact 'total-investment-3': to write claim.en\n"
        f"  {sources}:3: source 'green': to write outlet.en, outlet.zh, title.en\n"
    )
    report = json.loads(run(["validate", "--json", str(drafted)]).stdout)
    assert [(d["kind"], d["id"]) for d in report["drafts"]][:2] == [("entity", COMPANY), ("fact", "area-120")]


def test_list_draft_shows_the_drafts(drafted: Path) -> None:
    result = run(["--facts", str(drafted), "list", "--draft", "--header"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "id\tkind\tmissing\ttext",
        f"{COMPANY}\tentity\tname.en\t宁波青山环保科技有限公司",
        "area-120\tfact\tclaim.en\t去年北仑新增城市绿地120万平方米，增长8.5%",
    ]
    refused = run(["--facts", str(drafted), "list", "--draft", "--topic", "economy"])
    assert refused.exit_code == 2


def curate(drafted: Path) -> None:
    """What a curator writes: the English, the topics, measures and the source's record."""
    facts = drafted / "facts" / "green.toml"
    text = facts.read_text(encoding="utf-8")
    english = {
        "area-120": "In 2020 Beilun added 1.2 million square metres of urban green space, up 8.5%.",
        "gdp-growth-8-5": "In 2020 Beilun's new urban green space grew by 8.5%.",
        "total-investment-3": "On 28 April 2021 Ningbo Qingshan Environmental Technology invested "
        "300 million yuan in Beilun to build a waste treatment plant.",
    }
    blocks = text.split("[[facts]]")
    for index, block in enumerate(blocks[1:], start=1):
        ident = block.split('"')[1]
        block = block.replace(" }\nvalue", f', en = "{english[ident]}" }}\nvalue')
        if "topic =" not in block:
            block = block.replace('source = "green"', 'topic = "ecology"\nsource = "green"')
        if "measure =" not in block:
            measure = "area" if ident == "area-120" else "gdp-growth"
            block = block.replace("subject =", f'measure = "{measure}"\nsubject =')
        blocks[index] = block
    facts.write_text("[[facts]]".join(blocks), encoding="utf-8")
    source = drafted / "sources" / "green.toml"
    source.write_text(
        source.read_text(encoding="utf-8")
        .replace("outlet = {  }", 'outlet = { zh = "测试网", en = "Test Net" }')
        .replace(
            'title = { zh = "北仑新增城市绿地" }',
            'title = { zh = "北仑新增城市绿地", en = "Beilun adds green space" }',
        ),
        encoding="utf-8",
    )
    entities = drafted / "entities" / "green.toml"  # the curator accepts the proposed company
    entities.write_text(
        entities.read_text(encoding="utf-8")
        .replace("draft = true\n", "")
        .replace(
            'name = { zh = "宁波青山环保科技有限公司" }',
            'name = { zh = "宁波青山环保科技有限公司", en = "Ningbo Qingshan" }',
        ),
        encoding="utf-8",
    )


def test_a_curated_draft_joins_the_base(drafted: Path, tmp_path: Path) -> None:
    curate(drafted)
    both = tmp_path / "both"
    shutil.copytree(default_root(), both)
    shutil.copytree(drafted, both, dirs_exist_ok=True)
    validated = run(["validate", str(both)])
    assert validated.exit_code == 0, validated.stdout
    assert validated.stdout.startswith(f"ok: {both}: 179 facts,")
    assert "2 sources" in validated.stdout.splitlines()[0]

    found = run(["--facts", str(both), "search", "垃圾处理厂", "--fields", "id,source"])
    assert found.stdout.splitlines()[0] == "total-investment-3\tgreen ¶4"
    shown = run(["--facts", str(both), "show", "area-120", "--fields", "id,as_of,quantity"])
    assert shown.stdout == "id\tarea-120\nas_of\t2020\nquantity\t120万平方米\n"
    cited = run(["--facts", str(both), "cite", "total-investment-3", "gdp-2018"])
    assert "测试网 (Test Net), 2021-05-10, paragraph 4" in cited.stdout
    assert "中国宁波网 (China Ningbo Net), 2019-09-16, paragraph 14" in cited.stdout
    listed = run(["--facts", str(both), "list", "--year", "2020", "--fields", "id"])
    assert listed.stdout == "area-120\ngdp-growth-8-5\n"


def test_a_second_draft_keeps_the_curators_work(drafted: Path, tmp_path: Path) -> None:
    curate(drafted)
    before = (drafted / "facts" / "green.toml").read_text(encoding="utf-8")
    entities = (drafted / "entities" / "green.toml").read_text(encoding="utf-8")
    again = run(["draft", str(tmp_path / "green.txt"), "-o", str(drafted)])
    assert again.exit_code == 0
    assert again.stdout.splitlines()[0] == (
        "drafted green (2021-05-10, 4 paragraphs): 0 new candidate facts, 3 already there,"
        " 1 proposed entities"
    )
    assert (drafted / "facts" / "green.toml").read_text(encoding="utf-8") == before
    # The accepted company is not proposed a second time.
    assert (drafted / "entities" / "green.toml").read_text(encoding="utf-8") == entities


@pytest.mark.parametrize(
    ("text", "options", "complaint"),
    [
        (
            "北仑。\n",
            [],
            "no publication date found near the article's top: give it with --published YYYY-MM-DD",
        ),
        ("北仑。\n", ["--published", "2019-02-30"], "--published '2019-02-30' is not a date YYYY-MM-DD"),
        ("\n\n", ["--published", "2019-01-01"], "holds no text"),
        ("北仑。\n", ["--published", "2019-01-01", "--source-id", "Bad Id"], "is not a lowercase slug"),
        (
            "北仑。\n",
            ["--published", "2019-01-01", "--source-id", "cnnb-2019-09-16"],
            "the base already has a source 'cnnb-2019-09-16': choose another with --source-id",
        ),
    ],
)
def test_what_draft_refuses(tmp_path: Path, text: str, options: list[str], complaint: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    result = run(["draft", str(article), "-o", str(tmp_path / "out"), *options])
    assert (result.exit_code, result.stdout) == (2, "")
    assert complaint in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_article_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "gbk.txt"
    article.write_bytes("北仑新增绿地。".encode("gbk"))
    result = run(["draft", str(article), "-o", str(tmp_path / "out"), "--published", "2021-01-01"])
    assert result.exit_code == 2
    assert result.stderr == f"beilun: {article} is not UTF-8 text (save it as UTF-8)\n"
