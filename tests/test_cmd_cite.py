"""beilun sources, article and cite: the source's record, its text in both languages, citations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import BEILUN, PARAGRAPHS, fact_toml, run, statement, write_base

GDP = ["cite", "gdp-2018", "--accessed", "2026-11-28"]
TITLE = "Beilun's Twin-City Strategy opens a new pattern of development"
QUOTE = "去年北仑本级实现地区生产总值1146.46亿元"
AUTHORS = "厉晓杭, 陈盛竹, 虞海波, 乐科奇, 顾霄扬"


def test_sources_lists_the_record_and_never_a_made_up_url() -> None:
    [source] = json.loads(run(["sources", "--json"]).stdout)
    assert source == {
        "id": "cnnb-2019-09-16",
        "outlet": {"zh": "中国宁波网", "en": "China Ningbo Net"},
        "title": {"zh": "北仑“双城战略”拉开发展新格局", "en": TITLE},
        "published": "2019-09-16T06:53:05+08:00",
        "about": "beilun",
        "reporters": ["厉晓杭", "陈盛竹", "虞海波", "乐科奇", "顾霄扬"],
        "byline": "记者厉晓杭 北仑区委报道组陈盛竹虞海波乐科奇顾霄扬 本文图片由北仑区委宣传部提供",
        "photos": "北仑区委宣传部",
        "editor": "陈捷",
        "language": "zh",
        "url": None,
        "paragraphs": 53,
        "translated": True,
        "facts": source["facts"],
    }
    assert source["facts"] >= 170


def test_article_para_ranges_in_both_languages() -> None:
    one = json.loads(run(["article", "--para", "14", "--json"]).stdout)
    assert [row["paragraph"] for row in one] == [14]
    assert QUOTE in one[0]["zh"] and "114.646 billion yuan" in one[0]["en"]
    assert list(one[0]) == ["paragraph", "zh", "en"]
    span = json.loads(run(["article", "cnnb-2019-09-16", "-p", "13-15", "--json"]).stdout)
    assert [row["paragraph"] for row in span] == [13, 14, 15]
    every = json.loads(run(["article", "--json"]).stdout)
    assert [row["paragraph"] for row in every] == list(range(1, 54))
    assert all(row["en"] for row in every)
    english = run(["article", "--para", "1", "--lang", "en"]).stdout
    assert english.startswith("1\t") and "北仑" not in english and english.count("\t") == 1


@pytest.mark.parametrize(
    ("para", "code", "message"),
    [
        ("54", 1, "beilun: source 'cnnb-2019-09-16' has paragraphs 1 to 53\n"),
        ("15-13", 2, "beilun: --para 15-13: paragraphs are numbered from 1, and a range runs upwards\n"),
        ("x", 2, "beilun: --para takes N or N-M, e.g. 14 or 13-15, not 'x'\n"),
    ],
)
def test_article_refuses_paragraphs_it_does_not_have(para: str, code: int, message: str) -> None:
    result = run(["article", "--para", para])
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", message)


def test_show_context_in_english_marks_the_translated_sentence() -> None:
    context = json.loads(run(["show", "gdp-2018", "--context", "--json"]).stdout)["context"]
    english = context["en"]
    marked = english["paragraph"][english["start"] : english["end"]]
    assert marked == (
        "Last year Beilun at the district level achieved a gross regional product of "
        "114.646 billion yuan, an increase of 7.5%."
    )
    plain = run(["show", "gdp-2018", "--context", "--lang", "en", "--format", "tsv", "--fields", "id"]).stdout
    assert plain.startswith("id\tgdp-2018\ncontext\t") and f"«{marked}»" in plain and QUOTE not in plain
    both = run(["show", "gdp-2018", "--context", "--format", "tsv", "--fields", "id"]).stdout
    assert f"«{QUOTE}»" in both and f"«{marked}»" in both


def test_cite_plain() -> None:
    result = run(GDP)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan.\n"
        f"“{QUOTE}” — {AUTHORS}, 《北仑“双城战略”拉开发展新格局》 ({TITLE}), "
        "中国宁波网 (China Ningbo Net), 2019-09-16, paragraph 14. [beilun fact gdp-2018]\n"
    )


def test_cite_markdown() -> None:
    assert run([*GDP, "--style", "markdown"]).stdout == (
        "In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan.\n\n"
        f"> {QUOTE}\n\n"
        f"— {AUTHORS}, *北仑“双城战略”拉开发展新格局* ({TITLE}), "
        "中国宁波网 (China Ningbo Net), 2019-09-16, ¶14. `beilun show gdp-2018`\n"
    )


def test_cite_bibtex() -> None:
    assert run([*GDP, "--style", "bibtex"]).stdout == (
        "@article{gdp-2018,\n"
        "  author = {厉晓杭 and 陈盛竹 and 虞海波 and 乐科奇 and 顾霄扬},\n"
        "  title = {北仑“双城战略”拉开发展新格局},\n"
        f"  titleaddon = {{{TITLE}}},\n"
        "  journal = {中国宁波网},\n"
        "  year = {2019},\n"
        "  month = sep,\n"
        "  day = {16},\n"
        "  date = {2019-09-16},\n"
        "  language = {chinese},\n"
        f"  note = {{¶14: “{QUOTE}” (beilun fact gdp-2018)}}\n"
        "}\n"
    )


def test_cite_csl_json() -> None:
    assert json.loads(run([*GDP, "--style", "csl-json"]).stdout) == [
        {
            "id": "gdp-2018",
            "type": "article-newspaper",
            "title": "北仑“双城战略”拉开发展新格局",
            "container-title": "中国宁波网",
            "author": [{"literal": name} for name in AUTHORS.split(", ")],
            "issued": {"date-parts": [[2019, 9, 16]]},
            "language": "zh-CN",
            "note": f"¶14: “{QUOTE}”. English title: {TITLE}",
        }
    ]


ENTRY = (
    "[1] 厉晓杭, 陈盛竹, 虞海波, 等. 北仑“双城战略”拉开发展新格局[N/OL]. "
    "中国宁波网, 2019-09-16[2026-11-28].\n"
)


def test_cite_gb7714_lists_the_article_once_for_several_of_its_facts() -> None:
    result = run([*GDP, "gdp-growth-2018", "--style", "gb7714"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "In 2018 Beilun (district level) produced a GDP of 114.646 billion yuan. [1], paragraph 14\n"
        "Beilun's district-level GDP grew by 7.5% in 2018. [1], paragraph 14\n"
        f"\n{ENTRY}"
    )


def test_cite_gb7714_numbers_each_work_in_the_order_first_cited(tmp_path: Path) -> None:
    other = (
        '\n[[sources]]\nid = "other"\noutlet = { zh = "另一网", en = "Other Net" }\n'
        'title = { zh = "另一篇", en = "Another" }\npublished = 2020-01-02\ntext = "other.txt"\n'
    )
    facts = (
        fact_toml("one")
        + fact_toml(
            "port", zh="北仑港有2个码头。", en="Beilun port has 2 wharves.", quote="有2个码头"
        ).replace('source = "src"', 'source = "other"')
        + fact_toml("two", zh="北仑港是大港。", en="Beilun port is big.", quote="北仑港是大港")
    )
    root = write_base(tmp_path / "two-sources", facts)
    (root / "base.toml").write_text(
        (root / "base.toml").read_text(encoding="utf-8") + other, encoding="utf-8"
    )
    (root / "other.txt").write_text("北仑港有2个码头。\n", encoding="utf-8")
    args = [
        "--facts",
        str(root),
        "cite",
        "one",
        "port",
        "two",
        "--style",
        "gb7714",
        "--accessed",
        "2026-11-28",
    ]
    result = run([*args, "--lang", "zh"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "北仑增长5%。[1]第1段\n"
        "北仑港有2个码头。[2]第1段\n"
        "北仑港是大港。[1]第2段\n"
        "\n"
        "[1] 测试网. 测试[N/OL]. 测试网, 2019-09-16[2026-11-28].\n"
        "[2] 另一网. 另一篇[N/OL]. 另一网, 2020-01-02[2026-11-28].\n"
    )


def test_cite_in_chinese_has_no_english() -> None:
    """--lang zh: Chinese words, dates and punctuation, and no English gloss, in every style."""
    claim = "2018年北仑本级实现地区生产总值1146.46亿元。"
    authors = "厉晓杭、陈盛竹、虞海波、乐科奇、顾霄扬"
    title = "北仑“双城战略”拉开发展新格局"
    zh = [*GDP, "--lang", "zh"]
    assert run(zh).stdout == (
        f"{claim}\n“{QUOTE}”——{authors}：《{title}》，中国宁波网，2019年9月16日，第14段。"
        "[beilun 事实 gdp-2018]\n"
    )
    assert run([*zh, "--style", "markdown"]).stdout == (
        f"{claim}\n\n> {QUOTE}\n\n"
        f"——{authors}：《{title}》，中国宁波网，2019年9月16日，第14段。`beilun show gdp-2018`\n"
    )
    assert run([*zh, "--style", "bibtex"]).stdout == (
        "@article{gdp-2018,\n"
        "  author = {厉晓杭 and 陈盛竹 and 虞海波 and 乐科奇 and 顾霄扬},\n"
        f"  title = {{{title}}},\n"
        "  journal = {中国宁波网},\n"
        "  year = {2019},\n"
        "  month = sep,\n"
        "  day = {16},\n"
        "  date = {2019-09-16},\n"
        "  language = {chinese},\n"
        f"  note = {{第14段：“{QUOTE}”（beilun 事实 gdp-2018）}}\n"
        "}\n"
    )
    assert json.loads(run([*zh, "--style", "csl-json"]).stdout)[0]["note"] == f"第14段：“{QUOTE}”"
    assert run([*zh, "--style", "gb7714"]).stdout == f"{claim}[1]第14段\n\n{ENTRY}"


def test_cite_an_unknown_id_says_did_you_mean_and_prints_nothing() -> None:
    result = run(["cite", "gdp-2018", "gdp-2019"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert (
        result.stderr
        == "beilun: no fact with id 'gdp-2019'\nhint: did you mean: gdp-2018, gdp-growth-2018?\n"
    )


def test_cite_refuses_an_unknown_style_and_a_bad_date() -> None:
    style = run(["cite", "gdp-2018", "--style", "apa"])
    assert (style.exit_code, style.stderr) == (
        2,
        "beilun: unknown style 'apa'; styles are: plain, markdown, bibtex, csl-json, gb7714\n",
    )
    assert run(["cite", "gdp-2018", "--accessed", "yesterday"]).exit_code == 2


def test_a_translation_must_cover_every_paragraph_and_keep_its_numbers(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b")
    (root / "en.toml").write_text(
        '[[translations]]\nsource = "src"\nparagraph = 1\n'
        'sentences = [{ zh = "2018年北仑增长5%。", en = "Beilun grew by 50% in 2018." }]\n',
        encoding="utf-8",
    )
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert result.stdout == (
        f"{root / 'en.toml'}:1:1: translation of src ¶1: 5% is not in the English in '2018年北仑增长5%。'\n"
        f"{root / 'en.toml'}:1:1: source 'src': paragraphs without English: ¶2\n"
    )


def test_a_translation_must_join_to_the_paragraph(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b")
    pairs = [
        ("2018年北仑增长5%", "In 2018 Beilun grew by 5%"),
        ("北仑港是大港。", "Beilun port is a big port."),
    ]
    tables = "".join(
        f'[[translations]]\nsource = "src"\nparagraph = {n}\nsentences = [{{ zh = "{zh}", en = "{en}" }}]\n\n'
        for n, (zh, en) in enumerate(pairs, 1)
    )
    (root / "en.toml").write_text(tables, encoding="utf-8")
    result = run(["validate", str(root)])
    assert result.stdout == (
        f"{root / 'en.toml'}:1:1: translation of src ¶1: "
        "its sentences' Chinese, joined, is not the paragraph's text\n"
    )


def test_export_sqlite_is_a_plain_database(tmp_path: Path) -> None:
    target = tmp_path / "beilun.db"
    result = run(["export", "--format", "sqlite", "-o", str(target)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    with sqlite3.connect(target) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {
            "facts",
            "topics",
            "measures",
            "entities",
            "fact_entities",
            "sources",
            "paragraphs",
            "facts_fts",
        } <= tables
        row = db.execute(
            "SELECT topic, claim_zh, value, unit, amount, amount_unit, measure, subject, qualifier,"
            " time_start, time_end, time_precision, source, paragraph FROM facts WHERE id = 'gdp-2018'"
        ).fetchone()
        assert row == (
            "economy",
            "2018年北仑本级实现地区生产总值1146.46亿元。",
            1146.46,
            "亿元",
            114646000000.0,
            "yuan",
            "gdp",
            "beilun",
            "exact",
            "2018",
            "2018",
            "year",
            "cnnb-2019-09-16",
            14,
        )
        found = db.execute(
            "SELECT facts.id FROM facts_fts JOIN facts ON facts.rowid = facts_fts.rowid"
            " WHERE facts_fts MATCH '森林覆盖率'"
        ).fetchall()
        assert ("forest-coverage-40-1",) in found
        gdp = db.execute("SELECT name_en, amount_unit FROM measures WHERE id = 'gdp'").fetchone()
        assert gdp == ("GDP", "yuan")
        assert db.execute("SELECT count(*) FROM facts").fetchone()[0] == len(
            json.loads(run(["export"]).stdout)
        )


def test_export_writes_any_format_to_a_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    assert run(["export", "--format", "jsonl", "--output", str(target)]).stdout == ""
    assert target.read_text(encoding="utf-8") == run(["export", "--format", "jsonl"]).stdout
    assert [p.name for p in tmp_path.iterdir()] == ["facts.jsonl"]  # no temporary left behind


def test_export_sqlite_needs_a_file() -> None:
    result = run(["export", "--format", "sqlite"])
    assert (result.exit_code, result.stderr) == (
        2,
        "beilun: --format sqlite writes a database file: give it with -o FILE\n",
    )


def test_min_and_max_honour_the_quantifier_at_the_bound(tmp_path: Path) -> None:
    facts = (
        "".join(
            fact_toml(ident, zh=f"北仑{written}。", en=f"Beilun: {ident} 17 people.", quote=written)
            + f'value = 17\nunit = "人"\nquantity = {{ written = "{written}", qualifier = "{qualifier}", '
            'amount = 17, amount_unit = "people" }\n' + statement("headcount")
            for ident, written, qualifier in [
                ("nearly", "近17人", "nearly"),
                ("over", "超17人", "over"),
                ("at-least", "17人以上", "at_least"),
                ("exact", "有17人", "exact"),
            ]
        )
        + BEILUN
    )
    root = write_base(tmp_path / "b", facts, ("北仑近17人,超17人,17人以上,有17人。", *PARAGRAPHS[1:]))

    def ids(*options: str) -> list[str]:
        result = run(["--facts", str(root), "list", "--json", *options])
        return [fact["id"] for fact in json.loads(result.stdout)]

    assert ids("--min", "17") == ["over", "at-least", "exact"]
    assert ids("--max", "17") == ["nearly", "at-least", "exact"]
