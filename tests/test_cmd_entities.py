"""beilun entities: listing by kind, and one entity with its facts."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run


def test_people_are_listed_with_both_names() -> None:
    result = run(["entities", "--kind", "person", "--json"])
    people = {entity["name"]["zh"]: entity for entity in json.loads(result.stdout)}
    assert people["胡朝霞"]["name"]["en"] == "Hu Zhaoxia"
    assert all(entity["kind"] == "person" and entity["facts"] > 0 for entity in people.values())


def test_an_entity_by_english_name_carries_its_facts() -> None:
    by_en = json.loads(run(["entities", "Geely", "--json"]).stdout)
    by_zh = json.loads(run(["entities", "吉利汽车", "--json"]).stdout)
    assert by_en == by_zh
    assert by_en["kind"] == "company" and by_en["facts"]
    assert all(by_en["id"] in fact["entities"] for fact in by_en["facts"])


def test_unknown_entity_exits_1_with_a_suggestion() -> None:
    result = run(["entities", "Hu Zhaoxai"])
    assert result.exit_code == 1
    assert result.stderr.startswith("beilun: no entity named 'Hu Zhaoxai'\nhint: did you mean: Hu Zhaoxia")


def test_part_of_a_name_suggests_the_names_that_hold_it() -> None:
    for part, hint in [
        ("hu", "Hu Zhaoxia, Hu Zhaoxia Love Team, Huashuo Technology"),  # a word, then a word's start
        ("zhaoxia", "Hu Zhaoxia, Hu Zhaoxia Love Team"),
    ]:
        result = run(["entities", part])
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr == f"beilun: no entity named '{part}'\nhint: did you mean: {hint}?\n"
    # A Chinese name is answered in Chinese.
    result = run(["entities", "胡"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "beilun: 没有名为“胡”的实体\n提示：您是不是要找：胡朝霞、胡朝霞爱心团队？\n"


def test_unknown_kind_is_a_usage_error() -> None:
    result = run(["entities", "--kind", "animal"])
    assert result.exit_code == 2
    assert result.stderr == (
        "beilun: unknown kind 'animal'; kinds are: person, organisation, company, place, project, "
        "event, programme, award\n"
    )


def test_a_base_without_entities_says_so(base: Path) -> None:
    for args in (["entities"], ["entities", "--json"]):
        result = run(["--facts", str(base), *args])
        assert result.exit_code == 1
        assert result.stderr == "beilun: this fact base names no entities\n"
    assert run(["--facts", str(base), "entities", "--json"]).stdout == "[]\n"
    by_kind = run(["--facts", str(base), "entities", "--kind", "person"])
    assert (by_kind.exit_code, by_kind.stderr) == (1, "beilun: no entity of kind 'person'\n")
