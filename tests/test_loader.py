"""The loader: what a valid base becomes, and every defect it must name with path:line (or the path
alone, for a whole file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BEILUN, HEADER, fact_toml, statement, write_base

from beilun_cli.base import paths
from beilun_cli.base.errors import FactBaseError
from beilun_cli.base.model import Location
from beilun_cli.store import field_checks, loader
from beilun_cli.store.numeric_coverage import numeric_coverage


def problems_of(root: Path) -> list[str]:
    base, problems = loader.check(root)
    assert base is None
    return [str(problem) for problem in problems]


def test_shipped_base_loads_and_locates_every_quote() -> None:
    base = loader.load(paths.default_root())
    assert len(base.facts) >= 150
    for fact in base.facts:
        paragraph = base.sources[fact.location.source].paragraphs[fact.location.paragraph - 1]
        assert paragraph[fact.location.offset :].startswith(fact.quote), fact.id


def test_loader_finds_paragraph_and_offset(base: Path) -> None:
    fact = loader.load(base).by_id["growth"]
    assert fact.location == Location("src", 1, 7)


def test_value_quantity_and_time_are_loaded(tmp_path: Path) -> None:
    facts = fact_toml(zh="2018年北仑增长5%。", en="Beilun grew by 5% in 2018.") + (
        'value = 5\nunit = "%"\n'
        'quantity = { written = "5%", qualifier = "exact", amount = 5.0, amount_unit = "percent" }\n'
        'as_of = { written = "2018年", start = "2018", end = "2018", precision = "year" }\n'
        + statement()
        + BEILUN
    )
    facts = facts.replace('quote = "增长5%"', 'quote = "2018年北仑增长5%"')
    fact = loader.load(write_base(tmp_path / "b", facts)).by_id["growth"]
    assert fact.to_json() == {
        "id": "growth",
        "topic": "economy",
        "claim": {"zh": "2018年北仑增长5%。", "en": "Beilun grew by 5% in 2018."},
        "quote": "2018年北仑增长5%",
        "value": 5,
        "unit": "%",
        "quantity": {"written": "5%", "qualifier": "exact", "amount": 5, "amount_unit": "percent"},
        "measure": "growth",
        "subject": "beilun",
        "as_of": {"written": "2018年", "start": "2018", "end": "2018", "precision": "year"},
        "entities": ["beilun"],
        "tags": [],
        "source": {"id": "src", "paragraph": 1, "offset": 0},
    }


def test_duplicate_id_across_files_names_both(base: Path) -> None:
    (base / "more.toml").write_text(fact_toml(), encoding="utf-8")
    [problem] = problems_of(base)
    assert problem == (
        f"{base / 'more.toml'}:3:1: duplicate facts id 'growth' (first defined at {base / 'base.toml'}:17)"
    )


def test_quote_not_verbatim_names_the_fact(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(quote="增长6%"))
    [problem] = problems_of(root)
    assert (
        problem
        == f"{root / 'base.toml'}:17:1: fact 'growth': quote is not verbatim in source 'src': '增长6%'"
    )


def test_broken_toml_reports_line_and_column(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", "\n[[facts]]\nid = 'x\n")
    [problem] = problems_of(root)
    assert problem.startswith(f"{root / 'base.toml'}:18:1: ")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            'value = 6\nunit = "%"\nquantity = { written = "5%", qualifier = "exact", amount = 6.0, '
            'amount_unit = "percent" }\n',
            "fact 'growth': value 6% does not appear in '5%'",
        ),
        (
            'value = 5\nunit = "亿元"\nquantity = { written = "5%", qualifier = "exact", amount = 5.0, '
            'amount_unit = "yuan" }\n',
            "fact 'growth': value 5亿元 does not appear in '5%'",
        ),
        (
            'value = 5\nunit = "%"\nquantity = { written = "5%", qualifier = "roughly", amount = 5.0, '
            'amount_unit = "percent" }\n',
            "fact 'growth': qualifier 'roughly' is not one of "
            "exact, about, nearly, over, more_than, at_least, at_most",
        ),
        (
            'as_of = { written = "去年", start = "2018", end = "2018", precision = "year" }\n',
            "fact 'growth': as_of.written '去年' is not in its quote",
        ),
        (
            'as_of = { written = "", start = "2018-13", end = "2018-13", precision = "month" }\n',
            "fact 'growth': as_of.start '2018-13' is not YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        ('entities = ["nobody"]\n', "fact 'growth': unknown entity 'nobody'"),
        ('colour = "red"\n', "facts 'growth': unknown field 'colour'"),
    ],
)
def test_fact_defects_are_named(tmp_path: Path, extra: str, message: str) -> None:
    root = write_base(tmp_path / "b", fact_toml() + extra)
    assert message in "\n".join(problems_of(root))


def test_a_wrong_magnitude_is_caught(tmp_path: Path) -> None:
    paragraphs = ("去年实现地区生产总值1146.46亿元。",)
    claim = {"zh": "地区生产总值1146.46亿元。", "en": "GDP was 114.646 billion yuan."}
    facts = fact_toml(quote="地区生产总值1146.46亿元", **claim) + (
        'value = 1146.46\nunit = "亿元"\n'
        'quantity = { written = "1146.46亿元", qualifier = "exact", amount = 11464600000.0, '
        'amount_unit = "yuan" }\n' + statement("investment") + BEILUN
    )
    root = write_base(tmp_path / "b", facts, paragraphs)
    [problem] = problems_of(root)
    assert problem.endswith("fact 'growth': 1146.46亿元 is 1.14646e+11 yuan, not 1.14646e+10 yuan")


def test_unknown_topic_lists_the_topics(tmp_path: Path) -> None:
    root = write_base(tmp_path / "b", fact_toml(topic="sport"))
    [problem] = problems_of(root)
    assert problem.endswith("fact 'growth': unknown topic 'sport' (topics: economy, urban)")


def test_missing_base_is_a_fact_base_error(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError) as raised:
        loader.load(tmp_path / "nowhere")
    assert raised.value.message == f"{tmp_path / 'nowhere'}: fact base not found"


def test_a_base_without_facts_is_invalid(tmp_path: Path) -> None:
    root = tmp_path / "b"
    root.mkdir()
    (root / "src.txt").write_text("x\n", encoding="utf-8")
    (root / "base.toml").write_text(HEADER, encoding="utf-8")
    assert problems_of(root) == [f"{root}: the fact base holds no facts"]


def test_numeric_coverage_counts_numbers_inside_quotes(base: Path) -> None:
    loaded = loader.load(base)
    assert numeric_coverage(loaded, "src") == (1, 2, ["¶1: 2018"])


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1146.46, "亿元", (1e8, "yuan")),
        (100, "亿美元", (1e8, "usd")),
        (17, "万人", (1e4, "people")),
        (6.7, "平方公里", (1e6, "m2")),
        # Every unit of the lexicon a figure is written in, not only these: 千米, 名, 成, 周年.
        (2.5, "千米", (1e3, "m")),
        (3, "万名", (1e4, "people")),
        (3, "成", (10.0, "percent")),
        (70, "周年", (1.0, "anniversary")),
        (3, "座", None),
    ],
)
def test_expected_amount_knows_chinese_magnitudes(value: float, unit: str, expected: object) -> None:
    assert field_checks.expected_amount(value, unit) == expected


def about_base(root: Path, about: str, facts: str) -> Path:
    """A tiny base whose source is `about` an entity."""
    write_base(root, facts)
    text = (root / "base.toml").read_text(encoding="utf-8")
    about_line = f'text = "src.txt"\nabout = "{about}"\n'
    (root / "base.toml").write_text(text.replace('text = "src.txt"\n', about_line, 1), encoding="utf-8")
    return root


def test_a_source_is_about_an_entity_and_a_place_lies_in_another(tmp_path: Path) -> None:
    places = BEILUN + 'part_of = "ningbo"\n\n[[entities]]\nid = "ningbo"\nkind = "place"\n'
    places += 'name = { zh = "宁波市", en = "Ningbo" }\n'
    base = loader.load(about_base(tmp_path / "b", "beilun", fact_toml() + places))
    assert base.sources["src"].about == "beilun"
    assert base.sources["src"].to_json()["about"] == "beilun"
    assert base.entities["beilun"].to_json()["part_of"] == "ningbo"
    assert "part_of" not in base.entities["ningbo"].to_json()  # said only where the base says it


@pytest.mark.parametrize(
    ("about", "places", "message"),
    [
        ("nowhere", "", "base.toml:2:1: source 'src': unknown entity 'nowhere' in 'about'"),
        ("beilun", 'part_of = "nowhere"\n', "entity 'beilun': unknown entity 'nowhere' in 'part_of'"),
        ("beilun", 'part_of = "beilun"\n', "entity 'beilun': 'part_of' leads back to it (beilun in beilun)"),
    ],
)
def test_an_unknown_home_or_a_place_inside_itself_is_named(
    tmp_path: Path, about: str, places: str, message: str
) -> None:
    root = about_base(tmp_path / "b", about, fact_toml() + BEILUN + places)
    [problem] = problems_of(root)
    assert problem.endswith(message)
