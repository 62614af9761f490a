"""search: the analyzer, postings and BM25, the command, and the query set of the article."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import fact_toml, run, write_base

from beilun_cli.base import paths
from beilun_cli.base.model import LoadedBase
from beilun_cli.cli.output.fields import FACT_FIELDS
from beilun_cli.lexicon.numbers import tidy_number
from beilun_cli.search import analysis, hints, ranking
from beilun_cli.search.postings import Postings, build_postings, fact_terms, searched_texts
from beilun_cli.store import catalog, loader
from beilun_cli.store.catalog import Catalog, Filters

CASES_FILE = Path(__file__).resolve().parent / "search_cases.toml"
CASES: list[dict[str, str]] = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]
PORT = fact_toml(
    "port", zh="北仑港是大港。", en="Beilun port is a big port.", quote="北仑港是大港", topic="urban"
)
TWO_FACTS = fact_toml() + PORT


@pytest.fixture(scope="module")
def shipped() -> LoadedBase:
    return loader.load(paths.default_root())


@pytest.fixture(scope="module")
def postings(shipped: LoadedBase) -> Postings:
    return build_postings(shipped)


@pytest.fixture(scope="module")
def indexed() -> Catalog:
    """The shipped base's index as the CLI searches it, built in memory (never in a user's cache)."""
    return catalog.open_base(paths.default_root(), use_cache=False)


def ranked_by(source: Any, text: str) -> list[tuple[int, float, tuple[str, ...]]]:
    """What the scorer makes of a query over a posting source: (position, score, terms) per fact."""
    ranked = ranking.rank(source, analysis.query_terms(text, source.knows))
    return [(hit.position, hit.score, hit.terms) for hit in ranked]


# ---------------------------------------------------------------- the analyzer


def test_chinese_is_cut_into_bigrams_and_the_index_keeps_unigrams_too() -> None:
    assert analysis.bigrams("沙滩公园") == ["沙滩", "滩公", "公园"]
    assert analysis.index_terms("弧形沙滩") == ["弧", "形", "沙", "滩", "弧形", "形沙", "沙滩"]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("沙滩", ("沙滩",)),
        ("华朔", ("华朔",)),
        ("港", ("港",)),  # a lone character is matched as itself
        ("森林覆盖率", ("森林", "林覆", "覆盖", "盖率")),
        ("沙滩 公园", ("沙滩", "公园")),  # a space ends a run: no bigram across it
        ("2018年北仑", ("2018", "年北", "北仑")),  # digits end a run, and start one
    ],
)
def test_query_terms_of_chinese(text: str, terms: tuple[str, ...]) -> None:
    assert analysis.query_terms(text) == terms


def test_full_width_forms_are_half_width_forms() -> None:
    assert analysis.normalise("（ＳＭＩＣ，４０．１％）") == "(smic,40.1%)"
    assert (
        analysis.query_terms("ＳＭＩＣ，４０．１％") == analysis.query_terms("SMIC,40.1%") == ("smic", "40.1")
    )
    assert analysis.query_terms("北仑，沙滩") == analysis.query_terms("北仑,沙滩")


def test_traditional_characters_become_simplified() -> None:
    assert analysis.to_simplified("森林覆蓋率") == "森林覆盖率"
    assert analysis.to_simplified("地區生產總值") == "地区生产总值"


def test_only_a_query_with_unknown_characters_is_converted() -> None:
    assert analysis.query_terms("森林覆蓋率") == ("森林", "林覆", "覆盖", "盖率")
    assert analysis.query_terms("森林覆蓋率", lambda char: char != "蓋") == ("森林", "林覆", "覆盖", "盖率")
    # Every character known to the base: taken as written, the converter never loaded.
    assert analysis.query_terms("森林覆蓋率", lambda char: True) == ("森林", "林覆", "覆蓋", "蓋率")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("volunteers", ("volunt",)),
        ("Volunteer", ("volunt",)),
        ("VOLUNTEERING", ("volunt",)),
        ("Tokyo Olympics", ("tokyo", "olymp")),
        ("integrated circuits", ("integr", "circuit")),
    ],
)
def test_english_is_case_folded_and_stemmed(text: str, terms: tuple[str, ...]) -> None:
    assert analysis.query_terms(text) == terms


def test_stop_words_and_punctuation_are_dropped() -> None:
    assert analysis.query_terms("What was Beilun's GDP in 2018?") == ("beilun", "gdp", "2018")
    assert analysis.query_terms("How many volunteers are there?") == ("volunt",)
    assert not analysis.has_terms("the of ? ，")
    assert analysis.has_terms("港")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("40.1", ("40.1",)),
        ("2018", ("2018",)),
        ("2,000 metres", ("2000", "metr")),
        ("1146.46亿元", ("1146.46", "亿元")),
        ("FIA F4", ("fia", "f4")),  # letters and digits together: a code, not stemmed
    ],
)
def test_numbers_are_kept_whole(text: str, terms: tuple[str, ...]) -> None:
    assert analysis.query_terms(text) == terms


def test_a_huge_query_is_capped() -> None:
    terms = analysis.query_terms("".join(chr(0x4E00 + i) for i in range(200_000)))
    assert len(terms) == analysis.MAX_QUERY_TERMS
    assert len(analysis.query_terms("volunteer " * 20_000)) == 1


# ---------------------------------------------------------------- postings and BM25


def test_postings_hold_term_frequencies_by_fact_position(tmp_path: Path) -> None:
    base = loader.load(write_base(tmp_path / "b", TWO_FACTS))
    postings = build_postings(base)
    assert postings.postings("港") == [(1, 4)]  # twice in the claim, twice in the quote
    assert postings.postings("port") == [(1, 2)]
    assert postings.postings("beilun") == [(0, 1), (1, 1)]
    assert postings.postings("missing") == ()
    assert postings.count == 2 and all(norm > 0 for norm in postings.norms)


def flat(*pairs: tuple[int, int]) -> array[int]:
    return array("I", [number for pair in pairs for number in pair])


def test_rank_is_bm25_with_ties_in_fact_order() -> None:
    postings = Postings(
        {"a": flat((0, 1), (1, 1), (2, 2)), "b": flat((1, 1))}, ranking.length_norms((4, 4, 4))
    )
    ranked = ranking.rank(postings, ["a", "b"])
    assert [r.position for r in ranked] == [1, 2, 0]
    assert ranked[1].terms == ("a",) and ranked[0].terms == ("a", "b")
    # Equal documents score equally and keep their order.
    tied = ranking.rank(Postings({"x": flat((0, 1), (1, 1))}, ranking.length_norms((2, 2))), ["x"])
    assert [r.position for r in tied] == [0, 1] and tied[0].score == tied[1].score
    # idf(x) = ln(1 + (2 - 2 + 0.5) / (2 + 0.5)), and tf = 1 at average length scores idf exactly.
    assert tied[0].score == round(0.1823215567939546, ranking.SCORE_DIGITS)


def test_the_scorer_reads_any_posting_source(postings: Postings) -> None:
    """The seam for a persistent index: another source with the same postings, the same ranking."""

    class Lookup:
        def __init__(self, inner: Postings) -> None:
            self.inner = inner
            self.count = inner.count
            self.norms = list(inner.norms)

        def postings(self, term: str) -> ranking.PostingList:
            return ranking.PostingList(flat(*self.inner.postings(term)))

        def knows(self, term: str) -> bool:
            return self.inner.knows(term)

    for text in ("森林覆蓋率", "What was Beilun's GDP in 2018?", "2018"):
        found = ranked_by(Lookup(postings), text)
        assert found and found == ranked_by(postings, text)


def test_search_is_deterministic(indexed: Catalog) -> None:
    first, _ = indexed.ranked("北仑 2018", Filters(), limit=1000)
    again, _ = indexed.ranked("北仑 2018", Filters(), limit=1000)
    assert [(hit.fact, hit.score, hit.terms) for hit in first] == [
        (hit.fact, hit.score, hit.terms) for hit in again
    ]
    order = {ident: position for position, ident in enumerate(indexed.fact_ids())}
    keys = [(-hit.score, order[hit.fact.id]) for hit in first]
    assert len(keys) > 10 and keys == sorted(keys)


def test_searched_texts_come_in_groups_keyed_for_sharing() -> None:
    groups = searched_texts("中文", "English", "引文", [("smic", ("中芯国际", "SMIC"))], ["green-port"])
    assert groups == [
        ("", ("中文", "English", "引文")),
        ("entity:smic", ("中芯国际", "SMIC")),
        ("tag:green-port", ("green port",)),
    ]


def test_a_facts_terms_are_those_of_its_searched_texts_and_its_numbers(shipped: LoadedBase) -> None:
    known: dict[str, Counter[str]] = {}
    for fact in shipped.facts:
        names = [(ident, shipped.entities[ident].names) for ident in fact.entities]
        groups = searched_texts(fact.claim.zh, fact.claim.en, fact.quote, names, fact.tags)
        expected = Counter(
            term for _, texts in groups for text in texts for term in analysis.index_terms(text)
        )
        if fact.value is not None:
            expected[str(tidy_number(fact.value))] += 1
        if fact.as_of is not None:
            expected.update(dict.fromkeys({fact.as_of.start[:4], fact.as_of.end[:4]}, 1))
        own = Counter({term: n for term, n in fact_terms(fact, shipped).items() if term[0] not in "@~"})
        assert own == expected, fact.id
        assert fact_terms(fact, shipped, known) == fact_terms(fact, shipped), fact.id


# ---------------------------------------------------------------- the command


@pytest.fixture
def two_facts(tmp_path: Path) -> str:
    return str(write_base(tmp_path / "b", TWO_FACTS))


def test_search_json_is_the_fact_object_with_a_score(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "大港", "--json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout) == [
        {
            "id": "port",
            "topic": "urban",
            "claim": {"zh": "北仑港是大港。", "en": "Beilun port is a big port."},
            "quote": "北仑港是大港",
            "value": None,
            "unit": None,
            "quantity": None,
            "measure": None,
            "subject": None,
            "as_of": None,
            "entities": [],
            "tags": [],
            "source": {"id": "src", "paragraph": 2, "offset": 0},
            # ln(2) for one fact in two, tf 2 in a fact 26 terms long against 20.5 on average.
            "score": 0.886,
        }
    ]


def test_no_hit_exits_1_with_an_empty_array_and_did_you_mean(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "prot", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    assert result.stderr == (
        "beilun: no fact matches 'prot': none holds the word prot, or a word meaning the same\n"
        "hint: did you mean: port?\n"
    )


def test_no_hit_without_anything_close_points_at_the_topics(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "磁悬浮", "--lang", "en"])  # English messages
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "beilun: no fact matches '磁悬浮': none holds the word 磁悬浮, or a word meaning the same\n"
        "hint: try other words, in Chinese or English, or see 'beilun topics' for what the facts cover\n"
    )


def test_several_words_need_no_quotes(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "big", "port", "--format", "tsv", "--fields", "id"])
    assert (result.exit_code, result.stdout) == (0, "port\n")


def test_filters_narrow_the_ranked_list(two_facts: str) -> None:
    ranked = run(["--facts", two_facts, "search", "北仑", "--format", "tsv", "--fields", "id"])
    assert ranked.stdout.split() == ["port", "growth"]  # port holds 北仑 in its quote too
    economy = run(["--facts", two_facts, "search", "北仑", "-t", "economy", "-f", "tsv", "--fields", "id"])
    assert economy.stdout == "growth\n"
    filtered_out = run(["--facts", two_facts, "search", "大港", "--topic", "economy", "--json"])
    assert filtered_out.exit_code == 1 and json.loads(filtered_out.stdout) == []
    assert "但没有一条符合筛选条件" in filtered_out.stderr  # none passes the filters, in the query's language


def test_limit_keeps_the_best(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "北仑", "-n", "1", "--format", "tsv", "--fields", "id"])
    assert result.stdout == "port\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", ""], "beilun: empty query\n"),
        (["search", "the", "of", "?"], "beilun: nothing to search for in 'the of ?'"),
        (["search", "港", "--topic", "nowhere"], "beilun: 没有主题“nowhere”"),  # the query's language
        (["search", "港", "--format", "xml"], "beilun: unknown format 'xml'"),
    ],
)
def test_usage_errors_exit_2(two_facts: str, args: list[str], message: str) -> None:
    result = run(["--facts", two_facts, *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)


def test_a_bare_query_is_not_a_command(two_facts: str) -> None:
    result = run(["--facts", two_facts, "沙滩"])
    assert result.exit_code == 2
    assert (
        "beilun: 没有“沙滩”这个命令\n提示：要查找它，请试试：beilun search 沙滩 或 beilun ask 沙滩\n"
        == result.stderr
    )


def test_values_typed_by_the_user_are_never_code(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "港", "--min", "__import__('os').getpid()"])
    assert result.exit_code == 2
    code = run(["--facts", two_facts, "search", "__import__('os').system('echo pwned')", "--json"])
    assert "pwned" not in code.stdout
    assert json.loads(code.stdout) == []


def test_a_200000_character_query_answers_with_a_note(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "大港 " * 50_000, "--format", "tsv", "--fields", "id"])
    assert (result.exit_code, result.stdout) == (0, "port\n")
    assert (
        result.stderr == f"beilun: note: only the first {analysis.MAX_QUERY_CHARS} characters are searched\n"
    )


def test_the_table_marks_matched_terms_and_never_obeys_markup(tmp_path: Path) -> None:
    facts = fact_toml("port", zh="北仑港是[b]大港[/b]。", en="Beilun's ports are big.", quote="北仑港是大港")
    root = write_base(tmp_path / "m", facts, paragraphs=("北仑港是大港。",))
    env = {"CLICOLOR_FORCE": "1", "NO_COLOR": None, "COLUMNS": "200"}
    result = run(
        ["--facts", str(root), "search", "port", "大港", "--format", "table", "--lang", "both"], env=env
    )
    assert result.exit_code == 0, result.stderr
    assert "\x1b[7mports\x1b[0m" in result.stdout  # the surface word whose stem matched
    assert "\x1b[7m大港\x1b[0m" in result.stdout
    assert "[b]" in result.stdout  # markup is text
    assert "\x1b[7mport\x1b[0m" not in run(["--facts", str(root), "search", "port", "--format", "tsv"]).stdout


@pytest.mark.parametrize(
    ("query", "texts", "marked"),
    [
        ("志愿者", ["注册志愿者队伍507支、志愿者近17万人"], ("志愿者",)),  # 志愿 + 愿者, not 志愿 alone
        ("森林覆盖率", ["森林覆盖率达40.1%"], ("森林覆盖率",)),
        ("覆盖率", ["森林覆盖率达40.1%", "实现80岁以上老人全覆盖"], ("覆盖率", "覆盖")),
        ("港", ["北仑港是大港"], ("港",)),
        (
            "volunteers",
            ["Beilun has nearly 170,000 volunteers.", "a Volunteer team"],
            ("volunteers", "Volunteer"),
        ),
    ],
)
def test_marks_are_whole_matched_words(query: str, texts: list[str], marked: tuple[str, ...]) -> None:
    assert hints.marks([(texts, analysis.query_terms(query))]) == marked


def test_a_table_marks_whole_chinese_words_and_english_words_only_where_they_stand_alone(
    tmp_path: Path,
) -> None:
    from beilun_cli.cli.output import highlight

    facts = fact_toml(
        "volunteers",
        zh="北仑注册志愿者近17万人。",
        en="Support for the port: volunteers port goods (GDP增长).",
        quote="志愿者近17万人",
    )
    root = write_base(tmp_path / "v", facts, paragraphs=("志愿者近17万人。",))
    env = {"CLICOLOR_FORCE": "1", "NO_COLOR": None, "COLUMNS": "200"}
    asked = ["search", "志愿者", "port", "--format", "table", "--lang", "both"]
    result = run(["--facts", str(root), *asked], env=env)
    assert result.exit_code == 0, result.stderr
    assert "注册\x1b[7m志愿者\x1b[0m近" in result.stdout
    assert "Support for the \x1b[7mport\x1b[0m: volunteers \x1b[7mport\x1b[0m goods" in result.stdout
    text = "Support the port, Ports and GDP增长"
    # hints.marks names each surface word (Ports would be a mark of its own); GDP beside 增长
    assert highlight.spans(text, ["port", "GDP"]) == [(12, 16), (28, 31)]


def test_json_fields_may_name_the_score(two_facts: str) -> None:
    result = run(["--facts", two_facts, "search", "大港", "--json", "--fields", "id,score"])
    assert json.loads(result.stdout) == [{"id": "port", "score": 0.886}]
    every = run(["--facts", two_facts, "search", "大港", "--json"])
    assert list(json.loads(every.stdout)[0]) == [*FACT_FIELDS, "score"]


def test_help_has_examples_in_both_languages() -> None:
    result = run(["search", "--help"])
    assert result.exit_code == 0
    assert "beilun search 沙滩" in result.stdout
    assert 'beilun search "What was Beilun\'s GDP in 2018?"' in result.stdout


# ---------------------------------------------------------------- the query set


def test_the_query_set_is_large_and_bilingual(shipped: LoadedBase) -> None:
    assert len(CASES) >= 60
    languages = [case["lang"] for case in CASES]
    assert languages.count("zh") == languages.count("en")
    assert all(case["expect"] in shipped.by_id and case["note"] for case in CASES)
    notes = " ".join(case["note"] for case in CASES)
    for kind in ("question", "two-character", "traditional", "full-width", "number", "stemming"):
        assert kind in notes, kind


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}:{c['query']}" for c in CASES])
def test_every_case_is_in_the_top_3(indexed: Catalog, case: dict[str, str]) -> None:
    top = [hit.fact.id for hit in indexed.search(case["query"], limit=3)]
    assert case["expect"] in top, (case, top)


# ---------------------------------------------------------------- the installed script


def _installed(*args: str) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("beilun", path=os.path.dirname(sys.executable)) or shutil.which("beilun")
    if executable is None:
        pytest.fail("the beilun console script is not installed")
    return subprocess.run(
        [executable, *args], capture_output=True, text=True, encoding="utf-8", timeout=60, cwd="/"
    )


@pytest.mark.parametrize("query", ["森林覆蓋率", "What was Beilun's GDP in 2018?"])
def test_the_installed_script_answers_as_the_app_does(query: str) -> None:
    args = ["search", query, "--json", "--limit", "5"]
    installed = _installed(*args)
    assert installed.returncode == 0 and installed.stderr == ""
    in_process: Any = json.loads(run(args).stdout)
    assert json.loads(installed.stdout) == in_process
    assert in_process[0]["id"] in ("forest-coverage-40-1", "gdp-2018")
