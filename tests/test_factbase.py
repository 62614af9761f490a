"""The shipped fact base, checked as a whole: complete, exact, and true to its source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from beilun_cli.base import paths
from beilun_cli.base.model import Fact
from beilun_cli.base.records import QUALIFIERS
from beilun_cli.read import numerals
from beilun_cli.store import loader
from beilun_cli.store.numeric_coverage import numeric_coverage

BASE = loader.load(paths.default_root())
FACTS = BASE.facts
SOURCE = BASE.sources["cnnb-2019-09-16"]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_afabfd9b777269e5.txt"

# Words that say when something holds; a quote containing one must carry a resolved time.
TIME_WORDS = re.compile(r"\d{4}年|去年|今年|本月|\d+月\d+日|\d+年前|\d+年来|至今|截至目前|以来")
# What each relative expression means, published 2019-09-16.
RELATIVE = {
    "去年": ("2018", "2018", "year"),
    "今年": ("2019", "2019", "year"),
    "今年上半年": ("2019-01", "2019-06", "half-year"),
    "本月": ("2019-09", "2019-09", "month"),
    "今年2月": ("2019-02", "2019-02", "month"),
    "8月9日": ("2019-08-09", "2019-08-09", "day"),
    "8月26日": ("2019-08-26", "2019-08-26", "day"),
    "11年前": ("2008", "2008", "year"),
    "7年来": ("2012", "2019", "period"),
    "70年来": ("1949", "2019", "period"),
    # "Now" is the month of publication: the article is dated to the day, but what it says
    # holds at its writing, which it places in September 2019 (本月) and no closer.
    "当前": ("2019-09", "2019-09", "month"),
    "至今": ("2019-09", "2019-09", "month"),
    "截至目前": ("2019-09", "2019-09", "month"),
    "党的十八大以来": ("2012-11", "2019-09", "period"),
}
NOW_WORDS = ("当前", "至今", "截至目前", "党的十八大以来")


def ids(facts: list[Fact]) -> list[str]:
    return [fact.id for fact in facts]


def test_every_fact_has_both_claims_a_quote_and_a_topic() -> None:
    assert len(FACTS) >= 170
    incomplete = [f for f in FACTS if not (f.claim.zh and f.claim.en and f.quote and f.topic in BASE.topics)]
    assert ids(incomplete) == []


def test_english_claims_are_english_and_chinese_claims_chinese() -> None:
    assert ids([f for f in FACTS if re.search(r"[\u3400-\u9fff]", f.claim.en)]) == []
    assert ids([f for f in FACTS if not re.search(r"[\u4e00-\u9fff]", f.claim.zh)]) == []


def test_the_numbers_of_the_article_are_all_quoted() -> None:
    numerals = [m.group() for p in SOURCE.paragraphs for m in re.finditer(r"\d+(\.\d+)?(/\d+)?", p)]
    assert len(numerals) == 86
    assert numeric_coverage(BASE, SOURCE.id) == (86, 86, [])


def test_every_number_a_claim_states_is_carried_by_its_quote() -> None:
    unquoted = {
        f.id: found
        for f in FACTS
        if (
            found := numerals.unquoted_claim_numbers(
                f.claim.zh, f.claim.en, f.quote, [f.as_of.start, f.as_of.end] if f.as_of else []
            )
        )
    }
    assert unquoted == {}


def test_every_number_has_a_quantifier_and_a_normalised_amount() -> None:
    numeric = [f for f in FACTS if f.value is not None]
    assert len(numeric) >= 70
    bad = [
        f
        for f in numeric
        if not (f.quantity and f.quantity.qualifier in QUALIFIERS and f.quantity.amount > 0)
    ]
    assert ids(bad) == []


def expected_qualifier(written: str) -> str:
    """以上/不少于 include their bound (at_least), 以下/不超过 too (at_most); 超/突破/逾 do not."""
    if written.startswith("近"):
        return "nearly"
    if written.startswith("约"):
        return "about"
    if re.search(r"^不少于|以上$", written):
        return "at_least"
    if re.search(r"^不超过|以下$", written):
        return "at_most"
    if re.search(r"^(超过?|突破|逾)", written):
        return "over"
    if "多" in written:
        return "more_than"
    return "exact"


@pytest.mark.parametrize(
    ("written", "qualifier"),
    [
        ("20亿元以上", "at_least"),
        ("50人规模以上", "at_least"),
        ("及以上", "at_least"),
        ("不少于100人", "at_least"),
        ("5亿元以下", "at_most"),
        ("不超过3年", "at_most"),
        ("超8万人次", "over"),
        ("超过500亿元", "over"),
        ("突破百亿美元", "over"),
        ("逾千家", "over"),
        ("30多年", "more_than"),
        ("近17万人", "nearly"),
        ("约230万平方米", "about"),
        ("1146.46亿元", "exact"),
    ],
)
def test_the_quantifier_words_map_to_qualifiers(written: str, qualifier: str) -> None:
    assert expected_qualifier(written) == qualifier


def test_an_included_bound_reads_or_more_in_english() -> None:
    at_least = [f for f in FACTS if f.quantity and f.quantity.qualifier == "at_least"]
    assert len(at_least) >= 4
    assert [
        f.id for f in at_least if not re.search(r"or more|or over|and over|or older|at least", f.claim.en)
    ] == []


def test_qualifiers_follow_the_chinese_quantifier_words() -> None:
    wrong = [
        (f.id, f.quantity.written, f.quantity.qualifier)
        for f in FACTS
        if f.quantity and f.quantity.qualifier != expected_qualifier(f.quantity.written.removeprefix("双双"))
    ]
    assert wrong == []


def test_every_quote_with_a_time_word_has_a_resolved_time() -> None:
    undated = [f.id for f in FACTS if TIME_WORDS.search(f.quote) and f.as_of is None]
    assert undated == []


def test_relative_times_are_resolved_against_the_publication_date() -> None:
    wrong = [
        (f.id, f.as_of.written, (f.as_of.start, f.as_of.end, f.as_of.precision))
        for f in FACTS
        if f.as_of
        and f.as_of.written in RELATIVE
        and (f.as_of.start, f.as_of.end, f.as_of.precision) != RELATIVE[f.as_of.written]
    ]
    assert wrong == []


def test_claims_say_now_as_their_time_resolves_it() -> None:
    now = [f for f in FACTS if f.as_of and f.as_of.written in NOW_WORDS]
    assert len(now) >= 7
    assert [f.id for f in now if not ("2019年9月" in f.claim.zh and "September 2019" in f.claim.en)] == []


def test_dated_facts_do_not_reach_past_publication() -> None:
    assert [f.id for f in FACTS if f.as_of and f.as_of.end > "2019-09-16"] == []


def english_amount(amount: float) -> str:
    """How an English claim writes a yuan or dollar amount: 114.646 billion, 1.47 million."""
    if amount >= 1e9:
        return f"{amount / 1e9:g} billion"
    if amount >= 1e6:
        return f"{amount / 1e6:g} million"
    return f"{amount:,.0f}"


def amounts(units: tuple[str, ...]) -> list[tuple[Fact, float]]:
    return [(f, f.quantity.amount) for f in FACTS if f.quantity and f.quantity.amount_unit in units]


def test_english_money_amounts_have_the_right_magnitude() -> None:
    money = amounts(("yuan", "usd"))
    assert len(money) >= 8
    assert [(f.id, english_amount(a)) for f, a in money if english_amount(a) not in f.claim.en] == []


def test_english_head_counts_have_the_right_magnitude() -> None:
    counts = [(f, a) for f, a in amounts(("people", "person-times", "person-times-per-year")) if a >= 1e4]
    assert counts
    assert [(f.id, f"{a:,.0f}") for f, a in counts if f"{a:,.0f}" not in f.claim.en] == []


def test_every_photo_caption_is_a_fact() -> None:
    captions = SOURCE.paragraphs[:10]
    assert captions[0] == "北仑中心城区。" and captions[-1] == "党章学堂。"
    quoted = {f.location.paragraph for f in FACTS}
    assert [n for n in range(1, 11) if n not in quoted] == []


def test_every_entity_is_named_by_a_fact_and_every_name_is_bilingual() -> None:
    named = {entity for f in FACTS for entity in f.entities}
    assert sorted(set(BASE.entities) - named) == []
    assert [e.id for e in BASE.entities.values() if not (e.name.zh and e.name.en)] == []


@pytest.mark.skipif(not SEED.exists(), reason="the seed page is not beside this checkout")
def test_shipped_text_is_the_article_body_of_the_saved_page() -> None:
    page = SEED.read_text(encoding="utf-8")
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    start = lines.index("北仑中心城区。")
    end = next(i for i, line in enumerate(lines) if line.startswith("记者厉晓杭"))
    assert tuple(lines[start:end]) == SOURCE.paragraphs
    assert f"稿源: 中国宁波网   {SOURCE.published[:10]} 06:53:05" in page
    assert SOURCE.byline in page and f"编辑: {SOURCE.editor}" in page


RATE_WORDS = ("年产", "年均", "亩均", "人均")  # a year's output, a year's average, per mu, per person


def test_a_figure_the_article_gives_as_a_rate_has_a_rate_unit() -> None:
    """亩均税收147万元 is yuan per mu, not 1.47 million yuan: charted beside totals it would mislead."""
    rates = []
    for fact in FACTS:
        if fact.quantity is None:
            continue
        clause = re.split(r"[,，;；、。]", fact.quote[: fact.quote.index(fact.quantity.written)])[-1]
        if any(word in clause for word in RATE_WORDS):
            rates.append((fact.id, fact.quantity.amount_unit))
    assert len(rates) >= 6
    assert [(ident, unit) for ident, unit in rates if "-per-" not in unit] == []
