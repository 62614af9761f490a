"""Search on paraphrase: the concept vocabulary, `asked` phrasings, question words, pinyin,
and what a miss says (issue 15, parts 2 and 4)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from conftest import fact_toml, run, write_base

from beilun_cli.answer import answers
from beilun_cli.base import paths
from beilun_cli.search import analysis, expansion, ranking
from beilun_cli.search.postings import build_postings, pinyin_keys
from beilun_cli.store import catalog, loader
from beilun_cli.store.catalog import Filters

# Two facts: one says GDP (地区生产总值), the other economy (经济); a concept joins the words.
GDP = fact_toml(
    "gdp",
    zh="北仑地区生产总值是大港。",
    en="Beilun's GDP is a big port.",
    quote="北仑港是大港",
)
ECONOMY = fact_toml(
    "economy-port",
    zh="北仑经济是港。",
    en="Beilun's economy is a port.",
    quote="北仑港是大港",
    topic="urban",
)
CONCEPTS = """
[[concepts]]
id = "economy"
words = ["economy", "GDP", "地区生产总值", "经济总量"]

[[concepts]]
id = "name"
words = ["renamed", "called", "更名", "改名"]
"""


def concept_base(root: Path, facts: str = GDP + ECONOMY, concepts: str = CONCEPTS) -> Path:
    write_base(root, facts)
    (root / "concepts.toml").write_text(concepts, encoding="utf-8")
    return root


def ids(result_stdout: str) -> list[tuple[str, float]]:
    return [(record["id"], record["score"]) for record in json.loads(result_stdout)]


# ---------------------------------------------------------------- the concept vocabulary


def test_concepts_are_loaded_from_the_base(tmp_path: Path) -> None:
    base = loader.load(concept_base(tmp_path / "b"))
    assert {ident: concept.words for ident, concept in base.concepts.items()} == {
        "economy": ("economy", "GDP", "地区生产总值", "经济总量"),
        "name": ("renamed", "called", "更名", "改名"),
    }


def test_a_query_word_finds_the_facts_using_another_word_of_its_concept(tmp_path: Path) -> None:
    root = str(concept_base(tmp_path / "b"))
    # economy: the fact saying economy first (its own word), the one saying GDP after it.
    result = run(["--facts", root, "search", "economy", "--json", "--fields", "id,score"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [ident for ident, _ in ids(result.stdout)] == ["economy-port", "gdp"]
    # GDP: the other way round; and Chinese finds both languages' words.
    assert [i for i, _ in ids(run(["--facts", root, "search", "GDP", "--json"]).stdout)] == [
        "gdp",
        "economy-port",
    ]
    assert [i for i, _ in ids(run(["--facts", root, "search", "经济总量", "--json"]).stdout)] == [
        "economy-port",
        "gdp",
    ]


def test_a_concept_match_weighs_less_than_an_exact_match(tmp_path: Path) -> None:
    base = catalog.open_base(concept_base(tmp_path / "b"), use_cache=False)
    [exact, synonym] = base.search("economy")
    assert (exact.fact.id, synonym.fact.id) == ("economy-port", "gdp")
    assert exact.terms == ("economi", "~c:economy") and synonym.terms == ("~c:economy",)
    assert exact.score > 2 * synonym.score


def test_a_table_marks_the_word_of_the_concept_that_matched(tmp_path: Path) -> None:
    root = str(concept_base(tmp_path / "b"))
    result = run(["--facts", root, "search", "economy", "--format", "table", "--color", "always"])
    assert result.exit_code == 0
    assert "\x1b[7mGDP\x1b[0m" in result.stdout and "\x1b[7meconomy\x1b[0m" in result.stdout


def test_measure_names_find_the_facts_of_that_measure() -> None:
    base = catalog.open_base(use_cache=False)
    [hit] = base.search("economic output", limit=1)
    assert hit.fact.id == "gdp-2018" and "~m:gdp" in hit.terms


@pytest.mark.parametrize(
    ("concepts", "message"),
    [
        ('words = ["economy"]', "concept 'economy': 'words' needs two words or more"),
        ('words = ["GDP", "gdp"]', "concept 'economy': 'gdp' is twice in 'words'"),
        ('words = ["GDP", ""]', "concept 'economy': 'words' must be a list of non-empty text"),
        ('words = ["GDP", 3]', "concept 'economy': 'words' must be a list of non-empty text"),
        ('words = "GDP"', "concept 'economy': 'words' must be a list of non-empty text"),
    ],
)
def test_validate_reports_a_bad_concept(tmp_path: Path, concepts: str, message: str) -> None:
    root = concept_base(tmp_path / "b", concepts=f'[[concepts]]\nid = "economy"\n{concepts}\n')
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert f"{root / 'concepts.toml'}:2:1: {message}\n" in result.stdout


def test_validate_reports_a_word_in_two_concepts(tmp_path: Path) -> None:
    concepts = CONCEPTS + '\n[[concepts]]\nid = "output"\nwords = ["output", "Gdp"]\n'
    root = concept_base(tmp_path / "b", concepts=concepts)
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert (
        f"{root / 'concepts.toml'}:11:1: concept 'output': 'Gdp' is already a word of concept 'economy'\n"
        in result.stdout
    )


def test_every_shipped_concept_word_can_be_found() -> None:
    """No word of the shipped vocabulary is made of stop words only (it would never match)."""
    shipped = tomllib.loads((paths.default_root() / "concepts.toml").read_text(encoding="utf-8"))
    words = [word for concept in shipped["concepts"] for word in concept["words"]]
    assert len(words) > 300
    assert [word for word in words if analysis.pattern(word) is None] == []


def test_patterns_match_chinese_inside_a_run_and_english_as_whole_stems() -> None:
    patterns = [(analysis.pattern("芯片"), "~c:chip"), (analysis.pattern("chip"), "~c:chip")]
    assert patterns == [("芯片", "~c:chip"), (" chip ", "~c:chip")]
    assert analysis.found_terms(analysis.signature("智能芯片产业"), patterns) == {"~c:chip"}
    assert analysis.found_terms(analysis.signature("Smart chips"), patterns) == {"~c:chip"}
    assert analysis.found_terms(analysis.signature("chipmunks"), patterns) == set()
    assert analysis.pattern("gross domestic product") == " gross domest product "
    assert analysis.pattern("the") is None


# ---------------------------------------------------------------- asked phrasings


def test_a_fact_is_found_by_how_people_ask_for_it(tmp_path: Path) -> None:
    asked = 'asked = ["北仑以前叫什么名字", "What was Beilun called before?"]\n'
    root = str(concept_base(tmp_path / "b", GDP + asked + ECONOMY))
    result = run(["--facts", root, "search", "北仑以前叫啥", "--json", "--fields", "id"])
    assert json.loads(result.stdout)[0] == {"id": "gdp"}
    hits = catalog.open_base(root, use_cache=False).search("What was it called before")
    assert [(hit.fact.id, hit.terms) for hit in hits] == [("gdp", ("@call", "~c:name"))]


def test_asked_phrasings_are_not_part_of_the_fact_record(tmp_path: Path) -> None:
    root = str(concept_base(tmp_path / "b", GDP + 'asked = ["how big is the economy"]\n'))
    record = json.loads(run(["--facts", root, "show", "gdp", "--json"]).stdout)
    assert "asked" not in record


def test_a_word_of_the_facts_own_text_outweighs_the_same_word_asked(tmp_path: Path) -> None:
    """Both facts hold 'port' once: in its own text for one, in a phrasing for the other."""
    facts = fact_toml("own", en="A port.", zh="港。") + fact_toml("asked", en="A harbour.", zh="湾。")
    root = concept_base(tmp_path / "b", facts + 'asked = ["port"]\n', concepts="")
    [own, asked] = catalog.open_base(root, use_cache=False).search("port")
    assert (own.fact.id, asked.fact.id) == ("own", "asked")
    assert own.score > asked.score


@pytest.mark.parametrize(
    ("asked", "message"),
    [
        ('asked = ["叫什么", "叫什么"]', "fact 'gdp': '叫什么' is twice in 'asked'"),
        ('asked = ["A name", "a NAME"]', "fact 'gdp': 'a NAME' is twice in 'asked'"),
        ('asked = ["   "]', "fact 'gdp': 'asked' must be a list of non-empty text"),
        ('asked = "叫什么"', "fact 'gdp': 'asked' must be a list of non-empty text"),
    ],
)
def test_validate_reports_bad_asked_phrasings(tmp_path: Path, asked: str, message: str) -> None:
    root = concept_base(tmp_path / "b", GDP + asked + "\n")
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert f"{root / 'base.toml'}:17:1: {message}\n" in result.stdout


# ---------------------------------------------------------------- question words


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("北仑有几个志愿者", ("北仑", "志愿", "愿者")),
        ("北仑的森林覆盖率是多少？", ("北仑", "森林", "林覆", "覆盖", "盖率")),
        ("吉利是不是龙头企业", ("吉利", "龙头", "头企", "企业")),
        ("蒲公英宣讲团得过啥荣誉", ("蒲公", "公英", "英宣", "宣讲", "讲团", "荣誉")),
        ("沙滩有多长", ("沙滩",)),
        ("森林多不多呢", ("森林",)),
        ("那片沙滩现在有多长", ("沙滩",)),  # colloquial fillers: 那片, 现在
        ("步道加起来多长", ("步道",)),
        ("多少", ("多少",)),  # nothing but a question word: searched as it is
        ("how big is the economy", ("economi",)),
        ("How many volunteers?", ("volunt",)),
        ("how long is the beach", ("beach",)),
        ("the big port", ("big", "port")),  # big is a word of its own when no 'how' asks
        ("twenty red bases", ("twenti", "20", "red", "base")),
    ],
)
def test_question_words_are_left_out_of_a_query(text: str, terms: tuple[str, ...]) -> None:
    assert analysis.query_terms(text) == terms


def test_question_words_do_not_drown_the_content_words() -> None:
    base = catalog.open_base(use_cache=False)
    # The three facts of the 20 red education bases come first, whichever of them leads:
    # search ranks words, and `ask` picks the one with a count (有几个).
    assert {hit.fact.id for hit in base.search("红色教育基地有几个？", limit=3)} == {
        "red-education-bases-20",
        "red-education-original-aspiration-tours",
        "red-education-visitors-100k",
    }
    assert answers.answer(base, "红色教育基地有几个？").fact["id"] == "red-education-bases-20"
    assert base.search("北仑有几个志愿者", limit=1)[0].fact.id == "volunteers-nearly-170k"


# ---------------------------------------------------------------- pinyin


def test_pinyin_keys_of_a_chinese_name() -> None:
    assert pinyin_keys("张人亚") == ["zhangrenya"]
    assert pinyin_keys("胡朝霞") == ["huzhaoxia"]
    assert "changshan" in pinyin_keys("长山")  # every reading of a polyphonic name
    assert pinyin_keys("Zhang Renya") == [] and pinyin_keys("F4赛车") == []


def test_pinyin_without_spaces_finds_the_entity() -> None:
    result = run(["search", "zhangrenya", "--json", "--fields", "id", "--limit", "1"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout) == [{"id": "zhang-renya-guardian-first-constitution"}]
    # huzhaoxia is searched as 胡朝霞: the same facts, scores and order.
    result = run(["search", "huzhaoxia", "--json", "--fields", "id,score", "--limit", "4"])
    written = run(["search", "胡朝霞", "--json", "--fields", "id,score", "--limit", "4"])
    assert json.loads(result.stdout) == json.loads(written.stdout)
    assert [record["id"] for record in json.loads(result.stdout)] == [
        "hu-zhaoxia-team-2600km-relay",
        "hu-zhaoxia-police-mum",
        "hu-zhaoxia-19th-congress-delegate",
        "jilin-girl-17-arm-saved",  # by the Hu Zhaoxia Love Team (胡朝霞爱心团队)
    ]


def test_pinyin_is_searched_only_for_a_word_no_fact_holds() -> None:
    """beilun is an English word of the facts: it is searched as written, not as 北仑."""
    base = catalog.open_base(use_cache=False)
    hits, _ = base.ranked("beilun", Filters(), 1)
    assert hits[0].terms[0] == "beilun"


# ---------------------------------------------------------------- a miss


def test_a_miss_names_the_words_searched_and_suggestions_that_find_facts() -> None:
    result = run(["search", "voluntears", "in", "Beilun?"])
    assert (result.exit_code, result.stdout) == (0, result.stdout)  # Beilun finds facts
    result = run(["search", "voluntears"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "beilun: no fact matches 'voluntears': none holds the word voluntears, or a word meaning the same\n"
        "hint: did you mean: volunteers, volunteer, volunteering?\n"
    )


def test_a_miss_of_chinese_leaves_the_question_words_out_of_what_it_names() -> None:
    result = run(["search", "磁悬浮列车是什么"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (  # said in the query's language
        "beilun: 没有事实匹配“磁悬浮列车是什么”：没有一条包含这个词（磁悬浮列车）或意思相同的词\n"
        "提示：换些词试试（中文或英文均可），或用 'beilun topics' 看看事实涵盖哪些主题\n"
    )
    english = run(["search", "磁悬浮列车是什么", "--lang", "en"])
    assert english.stderr == (
        "beilun: no fact matches '磁悬浮列车是什么': none holds the word 磁悬浮列车,"
        " or a word meaning the same\n"
        "hint: try other words, in Chinese or English, or see 'beilun topics' for what the facts cover\n"
    )


def test_every_suggestion_of_a_miss_finds_facts() -> None:
    base = catalog.open_base(use_cache=False)
    for query in ("voluntears", "zhangrenyaa", "olimpics", "dandelon"):
        suggested = base.suggestions(query)
        assert suggested, query
        assert all(base.search(word) for word in suggested), query


# ---------------------------------------------------------------- the best few of many


def test_the_best_few_are_the_first_of_the_full_ranking() -> None:
    """best() rounds and sorts only the facts that can make the cut: the same hits, ties too."""
    postings = build_postings(loader.load(paths.default_root()))
    cases = tomllib.loads((Path(__file__).parent / "search_cases.toml").read_text(encoding="utf-8"))
    for query in [case["query"] for case in cases["cases"]] + ["北仑", "GDP"]:
        query_of = expansion.analyze(query, postings)
        every = ranking.rank(postings, query_of.terms, query_of.weights)
        for limit in (1, 3, 10):
            kept, matched = ranking.best(postings, query_of.terms, query_of.weights, limit)
            assert matched == len(every)
            assert [(h.position, h.score, h.terms) for h in kept] == [
                (h.position, h.score, h.terms) for h in every[:limit]
            ], query
        allowed = {hit.position for hit in every[::2]}
        kept, _ = ranking.best(postings, query_of.terms, query_of.weights, 5, allowed)
        assert [h.position for h in kept] == [h.position for h in every if h.position in allowed][:5]
