"""The search vocabulary says only what it means (issue 25): validate rejects a word that would
match what it does not mean and warns of a word inside a longer word of another meaning; what
each concept group pulls is a reviewed golden file; every asked phrasing of the shipped base
finds its own fact first and is answered with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import compare_golden, fact_toml, run, write_base

from beilun_cli.answer import answers
from beilun_cli.base import paths
from beilun_cli.search import analysis, postings
from beilun_cli.store import catalog, loader


def vocabulary_base(
    root: Path, vocabulary: str, facts: str | None = None, paragraphs: tuple[str, ...] = ()
) -> Path:
    """A valid base with `vocabulary` (concepts, measures or entities) in a file of its own."""
    if paragraphs:
        write_base(root, facts, paragraphs)
    else:
        write_base(root, facts)
    (root / "vocabulary.toml").write_text(vocabulary, encoding="utf-8")
    return root


# ---------------------------------------------------------------- rejected words


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            '[[concepts]]\nid = "river"\nwords = ["river", "河"]\n',
            "concept 'river': '河' is a single Chinese character, found inside longer words:"
            " list it under 'whole' or use a longer word",
        ),
        (
            '[[concepts]]\nid = "distance"\nwords = ["across", "跨越"]\n',
            "concept 'distance': 'across' is a bare preposition, found in questions about anything",
        ),
        (
            '[[concepts]]\nid = "yearly"\nwords = ["a year", "每年"]\n',
            "concept 'yearly': 'a year' is matched as 'year' alone: its other words are stop words",
        ),
        (
            '[[concepts]]\nid = "which"\nwords = ["which", "哪个"]\n',
            "concept 'which': 'which' is an English stop word, which search leaves out",
        ),
        (
            '[[concepts]]\nid = "factory"\nwords = ["plant", "工厂"]\n',
            "concept 'factory': 'plant' shares its stem 'plant' with unrelated words:"
            " a plant is also vegetation",
        ),
        (
            '[[concepts]]\nid = "found"\nwords = ["founded", "成立"]\n',
            "concept 'found': 'founded' shares its stem 'found' with unrelated words:"
            " found is also the past of find",
        ),
        (
            '[[concepts]]\nid = "tax"\nwords = ["tax", "税收"]\nwhole = ["tax"]\n',
            "concept 'tax': whole word 'tax' is not Chinese: English is matched by whole words already",
        ),
        (
            '[[concepts]]\nid = "tax"\nwords = ["tax", "税收"]\nwhole = ["税"]\n',
            "concept 'tax': whole word '税' is not one of its words",
        ),
        (
            '[[measures]]\nid = "length"\nname = { zh = "长度", en = "length" }\n'
            'aliases = ["长"]\namount_unit = "m"\n',
            "measure 'length': '长' is a single Chinese character, found inside longer words:"
            " list it under 'whole' or use a longer word",
        ),
        (
            '[[entities]]\nid = "bridge"\nkind = "place"\nname = { zh = "断桥", en = "Broken Bridge" }\n'
            'aliases = ["桥"]\n',
            "entity 'bridge': '桥' is a single Chinese character, found inside longer words:"
            " list it under 'whole' or use a longer word",
        ),
    ],
)
def test_validate_rejects_a_word_that_matches_what_it_does_not_mean(
    tmp_path: Path, table: str, message: str
) -> None:
    root = vocabulary_base(tmp_path / "b", table)
    result = run(["validate", str(root)])
    assert result.exit_code == 3
    assert result.stdout == f"{root / 'vocabulary.toml'}:2:1: {message}\n"
    assert result.stderr == f"beilun: 1 problem(s) in {root}\n"


# Two facts: 税 inside 免税 (duty-free) and taxes.
TAX_FACTS = fact_toml(
    "duty-free", zh="北仑免税店开业。", en="A duty-free shop opened in Beilun.", quote="北仑免税店开业"
) + fact_toml("taxes", zh="北仑税收增长。", en="Beilun's taxes grew.", quote="北仑税收增长")


def test_a_single_character_marked_whole_is_accepted_and_found_only_as_a_whole_run(tmp_path: Path) -> None:
    concepts = '[[concepts]]\nid = "tax"\nwords = ["tax", "taxes", "税"]\nwhole = ["税"]\n'
    root = vocabulary_base(tmp_path / "b", concepts, TAX_FACTS, ("北仑免税店开业。", "北仑税收增长。"))
    assert run(["validate", str(root)]).exit_code == 0
    # "tax" takes the concept; 税 inside 免税 does not give it to the duty-free shop.
    result = run(["--facts", str(root), "search", "tax", "--json", "--fields", "id"])
    assert json.loads(result.stdout) == [{"id": "taxes"}]
    # A question whose content is 税 alone takes the concept, and so finds the English "taxes".
    assert analysis.pattern("税", whole=True) == " 税 "
    assert analysis.pattern("税") == "税"


# ---------------------------------------------------------------- a word inside a longer one

BINHAI = (
    fact_toml(
        "renamed",
        zh="滨海新区更名为北仑区。",
        en="Binhai New District was renamed Beilun District.",
        quote="滨海新区更名为北仑区",
    )
    + 'entities = ["binhai"]\n'
)
BINHAI_VOCABULARY = """\
[[concepts]]
id = "coast"
words = ["coast", "coastal", "滨海"]
{within}
[[entities]]
id = "binhai"
kind = "place"
name = { zh = "滨海新区", en = "Binhai New District" }
"""


def test_a_word_inside_a_longer_word_of_another_meaning_is_a_warning_with_the_facts_it_pulls(
    tmp_path: Path,
) -> None:
    root = vocabulary_base(
        tmp_path / "b",
        BINHAI_VOCABULARY.replace("{within}", ""),
        BINHAI,
        ("滨海新区更名为北仑区。", "北仑港是大港。"),
    )
    result = run(["validate", str(root)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"ok: {root}: 1 fact,")
    warning = "concept 'coast': '滨海' is inside '滨海新区' (entity 'binhai'): it would pull renamed"
    assert result.stderr == f"warning: {warning}\n"
    assert json.loads(run(["validate", str(root), "--json"]).stdout)["warnings"] == [warning]


def test_a_longer_word_reviewed_as_keeping_the_meaning_is_no_warning(tmp_path: Path) -> None:
    vocabulary = BINHAI_VOCABULARY.replace("{within}", 'within = ["滨海新区"]\n')
    root = vocabulary_base(tmp_path / "b", vocabulary, BINHAI, ("滨海新区更名为北仑区。", "北仑港是大港。"))
    result = run(["validate", str(root)])
    assert (result.exit_code, result.stderr) == (0, "")


def test_the_head_of_a_longer_word_keeps_its_meaning(tmp_path: Path) -> None:
    """爱心公园 is a 公园: a word that ends the longer word is its head, not another meaning."""
    vocabulary = (
        '[[concepts]]\nid = "park"\nwords = ["public park", "公园"]\n'
        '[[entities]]\nid = "love-park"\nkind = "place"\nname = { zh = "爱心公园", en = "Love Park" }\n'
    )
    facts = (
        fact_toml("love-park", zh="北仑爱心公园。", en="Beilun's Love Park.", quote="爱心公园")
        + 'entities = ["love-park"]\n'
    )
    root = vocabulary_base(tmp_path / "b", vocabulary, facts, ("北仑爱心公园。",))
    result = run(["validate", str(root)])
    assert (result.exit_code, result.stderr) == (0, "")


def test_the_shipped_base_passes_clean() -> None:
    result = run(["validate"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(run(["validate", "--json"]).stdout)["warnings"] == []


# ---------------------------------------------------------------- what each concept group pulls


def concept_listing() -> str:
    """Each concept group of the shipped base and the facts it tags, one `group<TAB>fact` a line,
    in the order of the concepts file and of the facts; `group<TAB>-` for a group that tags none."""
    base = loader.load(paths.default_root())
    tagged: dict[str, list[str]] = {ident: [] for ident in base.concepts}
    for fact in base.facts:
        for term in postings.fact_terms(fact, base):
            if term.startswith(analysis.CONCEPT):
                tagged[term.removeprefix(analysis.CONCEPT)].append(fact.id)
    return "".join(f"{group}\t{ident}\n" for group, facts in tagged.items() for ident in facts or ["-"])


def test_each_concept_group_pulls_the_facts_of_the_reviewed_golden_file(update_golden: bool) -> None:
    """A change in what a group pulls shows as a diff of tests/golden/concepts.txt. After
    reviewing it, --update-golden writes the file anew."""
    compare_golden("concepts.txt", concept_listing().splitlines(), update_golden)


# ---------------------------------------------------------------- asked phrasings


# Phrasings `ask` does not answer with their fact since issue 24, each for a reason (a question is
# answered only with the slot it asks for, and only when the fact grounds what it asks about).
ASK_MISSES = {
    # how much, when, 几零后: asks for a figure or a time the fact holds in no slot: declined
    "How much has Beilun changed lately?",
    "左鹏是几零后",
    "When was Zuo Peng born?",
    "左鹏是哪年代的人",
    # who, of a fact that names no person or organisation (a thought, the elderly): declined
    "北仑听谁的思想",
    "Whose political thinking does Beilun follow?",
    "Who can eat at the Love Canteens?",
    # words the fact's own words do not hold (主导, prioritise, 现在还): declined
    "北仑的主导产业有哪些",
    "Which industries does Beilun prioritise?",
    "北仑现在还有镇吗",
    # answered from a sibling fact of the same time or words
    "第一批青年房几号开始报名",
    "What should Beilun look like after three years?",
}


def test_every_asked_phrasing_finds_its_own_fact_first_and_is_answered_with_it() -> None:
    base = loader.load(paths.default_root())
    indexed = catalog.open_base(use_cache=False)
    missed = []
    for fact in base.facts:
        for phrasing in fact.asked:
            hits = indexed.search(phrasing, limit=1)
            first = hits[0].fact.id if hits else None
            try:
                answered = answers.answer(indexed, phrasing).fact["id"]
            except answers.NoConfidentAnswer:
                answered = None
            if first != fact.id or (answered != fact.id) != (phrasing in ASK_MISSES):
                missed.append(f"{fact.id}: {phrasing!r} -> search {first}, ask {answered}")
    assert missed == []
    assert sum(len(fact.asked) for fact in base.facts) >= 735
