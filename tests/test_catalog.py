"""Questions to a fact base, answered from its index (catalog): filters, views, ranked search,
and the Python API (`beilun_cli.open_base`) that answers as the commands do."""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from conftest import fact_toml, run, write_base

import beilun_cli
from beilun_cli.base import paths
from beilun_cli.base.errors import FactBaseError, NotFoundError, UsageError
from beilun_cli.base.records import Fact, Hit
from beilun_cli.search import expansion
from beilun_cli.search.postings import build_postings, searched_texts
from beilun_cli.store import catalog, loader
from beilun_cli.store.catalog import Filters

CASES = tomllib.loads((Path(__file__).parent / "search_cases.toml").read_text(encoding="utf-8"))["cases"]


# ---------------------------------------------------------------- queries over the index


def test_search_is_identical_from_the_cached_index_and_from_memory(private_cache: Path) -> None:
    """Both shipped paths rank every case of the query set as the analyzer and BM25 rank it over
    postings built from the loaded base."""
    root = paths.default_root()
    base = loader.load(root)
    postings = build_postings(base)
    cached = catalog.open_base(root)
    in_memory = catalog.open_base(root, use_cache=False)
    assert cached.index.path is not None and cached.index.path.parent == private_cache / "beilun"
    assert cached.index.path.exists() and in_memory.index.path is None
    for case in CASES:
        expected = [
            (base.facts[hit.position].id, hit.score, hit.terms)
            for hit in expansion.find(postings, case["query"])
        ]
        assert expected, case["query"]
        for opened in (cached, in_memory):
            hits, matched = opened.ranked(case["query"], Filters(), limit=len(base.facts))
            assert [(hit.fact.id, hit.score, hit.terms) for hit in hits] == expected, case["query"]
            assert matched == len(expected)


def test_ranked_keeps_the_best_that_pass_the_filters_and_counts_every_match() -> None:
    base = catalog.open_base(use_cache=False)
    every, matched = base.ranked("北仑", Filters(), limit=1000)
    ecology, also_matched = base.ranked("北仑", Filters(topic="ecology"), limit=3)
    assert matched == also_matched == len(every)
    assert [hit.fact.id for hit in ecology] == [hit.fact.id for hit in every if hit.fact.topic == "ecology"][
        :3
    ]


def test_fact_records_match_the_filters() -> None:
    base = catalog.open_base(paths.default_root())
    assert [r["id"] for r in base.fact_records(Filters(unit="亿元", minimum=500))] == [
        r["id"] for r in base.fact_records(Filters()) if r["unit"] == "亿元" and r["value"] >= 500
    ]
    in_2018 = list(base.fact_records(Filters(year=2018)))
    assert in_2018 and all(r["as_of"]["start"][:4] <= "2018" <= r["as_of"]["end"][:4] for r in in_2018)
    assert len(list(base.fact_records(Filters(topic="ecology"), limit=2))) == 2


def test_filters_are_named_never_positional() -> None:
    with pytest.raises(TypeError):
        Filters("economy")  # type: ignore[misc]  # keyword-only
    assert (Filters(year=2018).since, Filters(year=2018).until) == ("2018-01", "2018-12")
    assert (Filters(since="2019-06").since, Filters(until=" 2019-06").until) == ("2019-06", "2019-06")


def test_a_topic_is_found_by_id_or_either_name_in_any_case() -> None:
    opened = catalog.open_base()
    for name in ("economy", "ECONOMY", "Economy", "经济总量", " economy "):
        assert opened.topic_id(name) == "economy"
    assert opened.topic_id("industry and COMPANIES") == "industry"
    with pytest.raises(UsageError) as raised:
        opened.topic_id("eco")
    assert raised.value.hint == "did you mean: economy, ecology, Digital economy?"  # a word it begins


def test_a_missed_id_suggests_close_ids(base: Path) -> None:
    opened = catalog.open_base(base)
    with pytest.raises(NotFoundError) as raised:
        opened.fact_record("growht")
    assert raised.value.hint == "did you mean: growth?"
    assert opened.fact_ids("gr") == ["growth"] and opened.fact_ids("100%_") == []


def test_the_views_from_the_index_are_their_definitions_over_the_loaded_base() -> None:
    """timeline, figures and entities, computed in SQL, against the same questions in Python."""
    root = paths.default_root()
    base = loader.load(root)
    opened = catalog.open_base(root)

    dated = [fact for fact in base.facts if fact.as_of]
    by_time = sorted(dated, key=lambda fact: (fact.as_of.start, fact.as_of.end) if fact.as_of else ())
    assert [record["id"] for record in opened.timeline(Filters())] == [fact.id for fact in by_time]
    overlapping = [
        fact.id
        for fact in by_time
        if fact.as_of and fact.as_of.last_year >= 2012 and fact.as_of.first_year <= 2018
    ]
    assert [record["id"] for record in opened.timeline(Filters(since=2012, until=2018))] == overlapping
    assert len(list(opened.timeline(Filters(), limit=3))) == 3

    measure_order = list(base.measures)
    with_amounts = [fact for fact in base.facts if fact.quantity and fact.measure]
    by_size = sorted(
        with_amounts,
        key=lambda fact: (
            (measure_order.index(fact.measure or ""), fact.quantity.amount_unit, -fact.quantity.amount)
            if fact.quantity
            else ()
        ),
    )
    assert [record["id"] for record in opened.figures(Filters())] == [fact.id for fact in by_size]

    naming = Counter(entity for fact in base.facts for entity in set(fact.entities))
    entities = sorted(base.entities.values(), key=lambda entity: (entity.kind, entity.id))
    assert opened.entities() == [{**entity.to_json(), "facts": naming[entity.id]} for entity in entities]
    assert opened.entity("SMIC") == base.entities[opened.entity_id("SMIC")].to_json()


def test_a_table_marks_matches_in_the_very_texts_search_ranks_by() -> None:
    """searched_texts is one definition: the index reads it back for marking what the
    postings were built from at load time."""
    root = paths.default_root()
    base = loader.load(root)
    opened = catalog.open_base(root)
    for fact in base.facts:
        names = [(ident, base.entities[ident].names) for ident in fact.entities]
        groups = searched_texts(fact.claim.zh, fact.claim.en, fact.quote, names, fact.tags)
        expected = [text for _, texts in groups for text in texts]
        assert opened.searched_texts(fact.to_json()) == expected, fact.id


# ---------------------------------------------------------------- the Python API


def test_open_base_gives_fact_objects_over_the_json_records() -> None:
    base = beilun_cli.open_base()
    fact = base.fact("gdp-2018")
    shown = json.loads(run(["show", "gdp-2018", "--json"]).stdout)
    assert isinstance(fact, Fact) and fact.id == "gdp-2018"
    assert (fact.claim.zh, fact.claim.en) == (shown["claim"]["zh"], shown["claim"]["en"])
    assert fact.claim.zh != fact.claim.en and all((fact.claim.zh, fact.claim.en))
    assert (fact.value, fact.unit) == (1146.46, "亿元")
    assert fact.as_of is not None and fact.as_of["start"] == "2018"
    assert fact.to_dict() == shown


def test_api_facts_are_the_listed_facts() -> None:
    listed = json.loads(run(["list", "--topic", "economy", "--json"]).stdout)
    facts = list(beilun_cli.open_base().facts(topic="economy"))
    assert [fact.id for fact in facts] == [record["id"] for record in listed]
    assert [fact.to_dict() for fact in facts] == listed
    assert [fact.id for fact in beilun_cli.open_base().facts(topic="economy", limit=2)] == [
        record["id"] for record in listed[:2]
    ]


def test_api_search_is_the_commands_ranking() -> None:
    searched = json.loads(run(["search", "GDP", "--json"]).stdout)
    hits = beilun_cli.open_base().search("GDP", limit=3)
    assert all(isinstance(hit, Hit) for hit in hits)
    assert [hit.fact.id for hit in hits] == [record["id"] for record in searched[:3]]
    assert [round(hit.score, 3) for hit in hits] == [record["score"] for record in searched[:3]]
    assert all(hit.terms[0] == "gdp" for hit in hits)


def test_open_base_reads_any_base_by_path(tmp_path: Path) -> None:
    port = fact_toml("port", zh="北仑港是大港。", en="Beilun port is big.", quote="北仑港", topic="urban")
    root = write_base(tmp_path / "tiny", fact_toml() + port)
    shown = json.loads(run(["--facts", str(root), "show", "growth", "--json"]).stdout)
    for path in (root, str(root)):
        base = beilun_cli.open_base(path)
        assert base.fact("growth").to_dict() == shown
        assert [fact.id for fact in base.facts()] == ["growth", "port"]
        assert [fact.id for fact in base.facts(topic="urban")] == ["port"]
        assert [hit.fact.id for hit in base.search("大港")] == ["port"]
    assert [fact.id for fact in beilun_cli.open_base(root, use_cache=False).facts()] == ["growth", "port"]


def test_the_api_raises_what_the_commands_report(tmp_path: Path) -> None:
    base = beilun_cli.open_base(write_base(tmp_path / "tiny"))
    with pytest.raises(NotFoundError) as missing:
        base.fact("growht")
    assert missing.value.hint == "did you mean: growth?"
    with pytest.raises(UsageError):
        base.facts(topic="nowhere")
    with pytest.raises(TypeError):
        base.facts(colour="red")
    with pytest.raises(FactBaseError):
        beilun_cli.open_base(tmp_path / "nowhere")


@pytest.mark.parametrize(
    "command",
    [["list"], ["search", "北仑"], ["figures"], ["timeline"]],
    ids=["list", "search", "figures", "timeline"],
)
def test_every_topic_filter_takes_the_names_topics_prints(command: list[str]) -> None:
    by_id = json.loads(run([*command, "--topic", "economy", "--json"]).stdout)
    assert by_id and {fact["topic"] for fact in by_id} == {"economy"}
    for name in ("Economy", "ECONOMY", "经济总量"):
        assert json.loads(run([*command, "--topic", name, "--json"]).stdout) == by_id
