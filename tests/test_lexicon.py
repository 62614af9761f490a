"""The vocabulary (beilun_cli.lexicon, docs/development.md "The vocabulary"): its data is valid,
its compiled module is current, and each look-up answers as documented."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from beilun_cli import lexicon
from beilun_cli.lexicon import build, compiled, compiled_places


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return build.load()


def test_compiled_module_is_current(data: dict[str, Any]) -> None:
    for path, text in (
        (build.COMPILED, build.source(data)),
        (build.COMPILED_PLACES, build.places_source(data)),
    ):
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run `{build.COMMAND}`"


def test_data_is_valid(data: dict[str, Any]) -> None:
    assert build.problems(data) == []


def _broken(data: dict[str, Any], edit: Any) -> list[str]:
    copied = copy.deepcopy(data)
    edit(copied)
    return build.problems(copied)


def _unit(data: dict[str, Any], ident: str) -> dict[str, Any]:
    return next(unit for unit in data["units"]["units"] if unit["id"] == ident)


def test_validation_names_each_defect(data: dict[str, Any]) -> None:
    assert _broken(data, lambda d: _unit(d, "km").pop("factor")) == [
        "unit 'km': factor None is not a positive number"
    ]
    assert _broken(data, lambda d: _unit(d, "km")["display"].pop("en")) == [
        "unit 'km' has no display word in en"
    ]
    assert _broken(data, lambda d: _unit(d, "mu")["zh"].append("公里")) == [
        "unit surface 'zh:公里' is claimed by mu, km"
    ]
    assert _broken(data, lambda d: _unit(d, "km").update(dimension="weight")) == [
        "unit 'km': dimension 'weight' is not one of usd, yuan, m2, m, percent, people, years, months, count",
        "unit 'm': larger unit 'km' is no unit of its dimension",
    ]
    assert _broken(data, lambda d: d["places"]["places"]["ningbo"].update(part_of="atlantis")) == [
        "place 'ningbo': part_of 'atlantis' is no place"
    ]
    assert _broken(data, lambda d: d["places"]["places"]["china"].update(part_of="beilun"))[0] == (
        "place 'china': part_of goes round in a circle: china ⊂ beilun ⊂ ningbo ⊂ zhejiang ⊂ china"
    )
    assert _broken(data, lambda d: d["places"]["places"]["hangzhou"]["en"].append("NINGBO")) == [
        "place name 'ningbo' is claimed by hangzhou, ningbo"
    ]


def test_validation_keeps_places_and_times_out_of_the_words_that_need_no_grounding(
    data: dict[str, Any],
) -> None:
    assert _broken(data, lambda d: d["grounding"]["discourse"]["zh"].append("苏州")) == [
        "discourse '苏州' is a place: a claim's place must be grounded"
    ]
    assert _broken(data, lambda d: d["grounding"]["light_verbs"]["en"].append("last year")) == [
        "light_verbs 'last year' is a time word: a claim's time must be grounded"
    ]
    assert _broken(data, lambda d: d["grounding"]["generic_nouns"]["en"].append("went")) == [
        "word that needs no grounding 'went' is claimed by light_verbs, generic_nouns"
    ]
    assert _broken(data, lambda d: d["grounding"]["groups"].append({"words": ["alone"]})) == [
        "groups entry ['alone'] relates no two words"
    ]
    assert _broken(
        data, lambda d: d["grounding"]["groups"].append({"words": ["投资", "投入"], "unless": ["使用"]})
    ) == ["groups entry ['投资', '投入']: unless '使用' writes none of its words"]
    assert _broken(data, lambda d: d["grounding"]["copulas"]["zh"].append("进行")) == [
        "copula '进行' is also claimed by light_verbs"
    ]


def test_words_that_need_no_grounding_and_what_a_figure_implies() -> None:
    classes = lexicon.ungrounded_words()
    assert set(classes) == {"light_verbs", "generic_nouns", "discourse", "attribution"}
    # Who says it: a verb of saying and the article's parts (a source is a word of the class too).
    assert {"says", "称", "叫作", "文章", "article"} <= set(classes["attribution"])
    assert not {"图片", "caption", "photo"} & set(classes["attribution"])  # a caption's fact's words
    assert {"went", "进行"} <= set(classes["light_verbs"]) and "工作" in classes["generic_nouns"]
    # A verb of change or of a stage is never light: a level claimed as an increase is refuted.
    assert not {"add", "added", "gain", "grew", "completed", "planned"} & set(classes["light_verbs"])
    assert lexicon.complements() == "下到"
    assert ("获评", "评为") == lexicon.paraphrase_groups()[0][:2]
    assert lexicon.figure_words("m") == (
        ("长度", "全长", "总长", "长", "long", "length", "lengthy", "measures", "measuring"),
        (),
    )
    assert "每年" in lexicon.figure_words("person-times-per-year")[1]
    assert lexicon.figure_words("person-times-per-year")[0] == ()
    assert lexicon.figure_words("percent") == ((), ())  # a percent is no share of itself: growth


def test_every_unit_has_both_languages_a_factor_and_a_dimension() -> None:
    for row in compiled.UNITS:
        unit = lexicon.unit(row[0])
        assert unit is not None and unit.factor > 0 and unit.dimension in compiled.DIMENSIONS, row
        assert isinstance(unit.display_zh, str) and isinstance(unit.display_en, str)


@pytest.mark.parametrize(
    ("surface", "ident", "base"),
    [
        ("公里", "km", (2500.0, "m")),
        ("KM", "km", (2500.0, "m")),
        ("平方公里", "km2", (2.5e6, "m2")),
        ("square metres", "m2", (2.5, "m2")),
        ("亩", "mu", (2.5 * 10000 / 15, "m2")),
        ("成", "tenth", (25.0, "percent")),
        ("人次", "person-times", (2.5, "people")),
        ("块钱", "yuan", (2.5, "yuan")),
        ("us dollars", "usd", (2.5, "usd")),
    ],
)
def test_unit_by_surface_and_conversion(surface: str, ident: str, base: tuple[float, str]) -> None:
    found = lexicon.unit_of(surface)
    assert found is not None and found.id == ident
    assert lexicon.to_base(2.5, ident) == pytest.approx(base) and lexicon.to_base(2.5, ident)[1] == base[1]


def test_unknown_unit() -> None:
    assert lexicon.unit_of("furlong") is None and lexicon.unit("furlong") is None


def test_unit_class_of_the_fact_base_units() -> None:
    """The classes check compared the fact base's amount_units in, before the vocabulary held them."""
    expected = {
        "yuan": ("yuan", 1.0),
        "yuan-per-mu": ("yuan", 1.0),
        "usd": ("usd", 1.0),
        "m": ("m", 1.0),
        "m2": ("m2", 1.0),
        "m2-per-person": ("m2", 1.0),
        "percent": ("percent", 1.0),
        "ratio": ("percent", 100.0),
        "people": ("people", 1.0),
        "person-times": ("people", 1.0),
        "person-times-per-year": ("people", 1.0),
        "people-per-talk": ("people", 1.0),
        "years": ("years", 1.0),
        "anniversary": ("years", 1.0),
        "companies": ("count", 1.0),
        "talks-per-year": ("count", 1.0),
    }
    assert {unit: lexicon.unit_class(unit) for unit in expected} == expected


def test_written_units_as_the_loader_checks_them() -> None:
    written = lexicon.written_units()
    assert {
        surface: written[surface] for surface in ("元", "美元", "%", "米", "公里", "平方米", "平方公里")
    } == {
        "元": (1.0, "yuan"),
        "美元": (1.0, "usd"),
        "%": (1.0, "percent"),
        "米": (1.0, "m"),
        "公里": (1e3, "m"),
        "平方米": (1.0, "m2"),
        "平方公里": (1e6, "m2"),
    }
    assert written["人"] == (1.0, "people") and written["人次"] == (1.0, "person-times")
    assert written["周年"] == (1.0, "anniversary") and written["岁"] == (1.0, "years")
    assert "家" not in written and "个" not in written  # a count's words say nothing of the unit


def test_unit_patterns_try_the_data_order_and_end_english_words() -> None:
    zh = lexicon.unit_patterns("zh")
    assert zh[0] == ("美元", "usd", 1.0)
    assert zh[2] == ("平方公里|平方千米", "m2", 1e6)
    english = {
        dimension: pattern for pattern, dimension, factor in lexicon.unit_patterns("en") if factor == 1
    }
    assert re.fullmatch(english["m"], "m") and not re.match(english["m"] + "$", "mu")
    assert re.match(english["years"], "years old").group() == "years old"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "english", "chinese"),
    [
        (114646000000, "yuan", "exact", "114.646 billion yuan", "1146.46亿元"),
        (14.9, "m2-per-person", "exact", "14.9 m² per person", "人均14.9平方米"),
        (2600000, "m", "exact", "2,600 km", "2600公里"),
        (850, "m", "exact", "850 m", "850米"),
        (40.1, "percent", "exact", "40.1%", "40.1%"),
        (170000, "people", "nearly", "nearly 170,000 people", "近17万人"),
        (10000000000, "usd", "over", "over 10 billion US dollars", "超过100亿美元"),
        (2200000, "person-times-per-year", "exact", "2.2 million person times per year", "每年220万人次"),
        (1 / 6, "ratio", "exact", "1/6", "1/6"),
        (30, "companies", "more_than", "more than 30 companies", "多于30"),
        (3600, "yuan-per-mu", "about", "about 3,600 yuan per mu", "每亩约3600元"),
    ],
)
def test_amount_words_one_way_in_each_language(
    value: float, unit: str, qualifier: str, english: str, chinese: str
) -> None:
    assert lexicon.amount_words(value, unit, "en", qualifier) == english
    assert lexicon.amount_words(value, unit, "zh", qualifier) == chinese


def test_dimension_words() -> None:
    assert [lexicon.dimension_words(name, "en") for name in ("yuan", "m2", "age", "number")] == [
        "sum of money",
        "area",
        "age",
        "number",
    ]
    assert lexicon.dimension_words("m", "zh") == "长度"


@pytest.mark.parametrize(
    ("word", "qualifier"),
    [
        ("近", "nearly"),
        ("超", "over"),
        ("突破", "over"),
        ("以上", "at_least"),
        ("多", "more_than"),
        ("约", "about"),
        ("不超过", "at_most"),
        ("Nearly", "nearly"),
        ("or more", "at_least"),
        ("less than", "under"),
        ("furthermore", None),
    ],
)
def test_quantifier_by_word(word: str, qualifier: str | None) -> None:
    assert lexicon.quantifier(word) == qualifier


def test_quantifiers_are_tried_denied_first() -> None:
    names = [entry.name for entry in lexicon.quantifiers()]
    assert names.index("at_most") < names.index("over")  # 不超过 before 超过
    assert lexicon.quantifier_words("at_least", "en") == "at least"
    assert lexicon.quantifier_words("nearly", "zh") == "近"


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("北仑GDP超过", "over"),
        ("北仑GDP不超过", "at_most"),
        ("通过", None),  # through, not over: 通过 is one of not_quantifiers
        ("经过", None),
        ("in the past", None),
        ("topped the", None),
        ("has topped", "over"),
    ],
)
def test_quantifier_patterns_end_before_a_number(before: str, qualifier: str | None) -> None:
    found = [
        name
        for position in ("zh_before", "en_before")
        for pattern, name in lexicon.quantifier_patterns(position)
        if re.search(pattern, before)
    ]
    assert found[:1] == ([qualifier] if qualifier else [])


@pytest.mark.parametrize(
    ("after", "qualifier"), [("规模以上企业", "at_least"), ("以下", "at_most"), (" or more", "at_least")]
)
def test_quantifier_patterns_start_after_a_number(after: str, qualifier: str) -> None:
    found = [
        name
        for position in ("zh_after", "en_after")
        for pattern, name in lexicon.quantifier_patterns(position)
        if re.match(pattern, after)
    ]
    assert found[:1] == [qualifier]


def test_relative_time_patterns_are_the_relative_times() -> None:
    years = [
        (re.findall(pattern, "去年 last year 明年"), offset)
        for pattern, offset in lexicon.relative_time_patterns("year")
    ]
    assert [(found, offset) for found, offset in years if found] == [
        (["去年", "last year"], -1),
        (["明年"], 1),
    ]
    assert lexicon.time_part_words("month", "zh") == ("上旬", "中旬", "下旬")


def test_a_claims_relative_month_is_read_from_the_lexicon() -> None:
    from beilun_cli.read.times import times_of

    assert [(time.start, time.relative) for time in times_of("下个月开业", "2019-09-16")] == [
        ("2019-10", True)
    ]
    assert [time.start for time in times_of("上月", "2019-01-05")] == ["2018-12"]


def test_stop_question_and_how_words() -> None:
    assert {"the", "how", "tell", "please"} <= lexicon.stop_words("en")
    assert "beilun" not in lexicon.stop_words("en") and {"的", "了", "和"} <= lexicon.stop_words("zh")
    assert {"多少", "哪里", "多大", "有多远", "加起来"} <= lexicon.question_words("zh")
    assert {"big", "many", "long"} <= lexicon.how_words("en")


def test_filler_pattern() -> None:
    pattern = re.compile(lexicon.filler_pattern())
    assert [m.group() for m in pattern.finditer("共有 达到了 stands at 12 totalled; overall")] == [
        "共有",
        "达到了",
        "stands at",
        "totalled",
    ]


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        ("文章称,北仑是排头兵", ["文章称"]),
        ("据报道,北仑", ["据报道"]),
        ("文章里有一张配图是梅山湾", ["文章里"]),
        # A picture is what a caption's fact states: its words are the class's, not a frame.
        ("文中一张配图的说明文字是", ["文中"]),
        ("according to the article, beilun", ["according to the article"]),
        ("a caption in the article says china's team", ["in the article says"]),
        ("the article calls beilun the vanguard", ["the article calls"]),
        ("据悉,北仑", ["据悉"]),
        ("reportedly, beilun", ["reportedly"]),
        # A word of a name, a plan or a report of work is no frame without its determiner.
        ("beilun reports 12 firms; story town; a report on jobs", []),
        ("北仑的发展蓝图中", []),
    ],
)
def test_frame_pattern(text: str, frames: list[str]) -> None:
    pattern = re.compile(lexicon.frame_pattern())
    assert [m.group() for m in pattern.finditer(text)] == frames


@pytest.mark.parametrize(
    ("word", "expected"),
    [("去年", ("year", -1)), ("今年", ("year", 0)), ("本月", ("month", 0)), ("Last Year", ("year", -1))],
)
def test_relative_time(word: str, expected: tuple[str, int]) -> None:
    assert lexicon.relative_time(word) == expected


def test_time_part() -> None:
    assert lexicon.time_part("上半年") == ("year", 1, 2)
    assert lexicon.time_part("下旬") == ("month", 3, 3)
    assert lexicon.time_part("中旬") == ("month", 2, 3)
    assert lexicon.relative_time("昨天") is None


def test_places_part_of_and_siblings() -> None:
    beilun = lexicon.place("北仑")
    assert beilun is not None and beilun.id == "beilun" and beilun.kind == "district"
    assert lexicon.place("Ningbo") == lexicon.place("宁波市") == lexicon.place("ningbo")
    assert lexicon.within("Beilun", "China") and lexicon.within("北仑区", "浙江")
    assert lexicon.within("ningbo", "ningbo")
    assert not lexicon.within("杭州", "宁波") and not lexicon.within("Tokyo", "China")
    assert not lexicon.within("Atlantis", "China")
    siblings = {place.id for place in lexicon.siblings("宁波")}
    assert {"hangzhou", "wenzhou", "zhoushan"} <= siblings and "ningbo" not in siblings
    assert lexicon.siblings("China") == ()
    # A place the article does not name is still a place: 成都 is a city of Sichuan.
    chengdu = lexicon.place("成都")
    assert chengdu is not None and chengdu.part_of == "sichuan" and lexicon.within("Chengdu", "中国")
    assert lexicon.place("吉林") != lexicon.place("吉林市")


def test_the_vocabulary_holds_the_provinces_and_world_cities() -> None:
    kinds: dict[str, int] = {}
    for _, kind, *_ in compiled_places.PLACES:
        kinds[kind] = kinds.get(kind, 0) + 1
    provincial = ("province", "municipality", "autonomous-region", "special-administrative-region")
    assert sum(kinds[kind] for kind in provincial) == 34
    abroad = [
        row for row in compiled_places.PLACES if row[1] == "city" and not lexicon.within(row[0], "china")
    ]
    assert len(abroad) >= 50


def test_question_kinds_and_particles() -> None:
    kinds = [kind for kind, _ in lexicon.question_kinds()]
    assert kinds == ["time", "who", "where", "list", "quantity", "claim"]
    found = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in lexicon.question_kinds()))
    assert [m.lastgroup for m in found.finditer("几月 谁 在哪 哪些 多少 how far 什么样子")] == [
        "time",
        "who",
        "where",
        "list",
        "quantity",
        "quantity",
        "claim",
    ]
    particles = lexicon.particles("zh")
    assert particles.index("是不是") < particles.index("是") and "吗" in particles


def test_magnitudes_and_unit_surfaces() -> None:
    assert lexicon.magnitudes("zh") == {"亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
    assert lexicon.magnitudes("en")["billion"] == lexicon.magnitude_abbreviations("en")["bn"] == 1e9
    assert lexicon.unit_surfaces("zh")[:4] == ("美元", "人民币", "块钱", "元")
    assert "square metres" in lexicon.unit_surfaces("en")


def test_asked_units() -> None:
    asked = re.compile(
        "|".join(f"(?P<{dimension}>{pattern})" for dimension, pattern in lexicon.asked_units())
    )
    questions = ("投资了多少钱", "有多少人", "how far is it", "占地多少亩", "几岁", "how many companies")
    assert [found.lastgroup for found in map(asked.search, questions) if found] == [
        "yuan",
        "people",
        "m",
        "m2",
        "age",
        "number",
    ]


def test_what_a_figure_is_per_and_a_question_asks_for() -> None:
    said = {name: re.compile(pattern) for name, pattern in lexicon.per_patterns()}
    assert list(said) == ["mu", "hectare", "person", "year", "talk"]
    assert [name for name, pattern in said.items() if pattern.search("亩均产值 and 5 talks per year")] == [
        "mu",
        "year",
    ]
    assert re.search(lexicon.rate_pattern(), "每场多少人") and not re.search(lexicon.rate_pattern(), "多少人")
    asked = {name: re.compile(pattern) for name, pattern in lexicon.tally_patterns("asked")}
    stated = {name: re.compile(pattern) for name, pattern in lexicon.tally_patterns("stated")}
    assert [name for name, pattern in asked.items() if pattern.search("how many so far")] == ["total"]
    assert [name for name, pattern in stated.items() if pattern.search("新增2家")] == ["new"]
    assert lexicon.asked_for("quantity", "en") == "how much or how many"
    assert lexicon.asked_for("time", "zh") == "什么时候" and lexicon.asked_for("list", "en") == ""


def test_comparison_words_say_which_way() -> None:
    assert "高" in lexicon.comparison_words("more", "zh") and "低" in lexicon.comparison_words("less", "zh")
    assert "higher" in lexicon.comparison_words("more", "en")
    assert "fewer" in lexicon.comparison_words("less", "en")
    assert not set(lexicon.comparison_words("more", "zh")) & set(lexicon.comparison_words("less", "zh"))


def test_counters_by_kind() -> None:
    assert "届" in lexicon.counters("zh", "classifiers") and "吨" in lexicon.counters("zh", "measures")
    assert "月" in lexicon.counters("zh", "other") and lexicon.counters("en") == ("households",)
    every = lexicon.counters("zh")
    assert len(every) == len(set(every))
    # A counter is no unit: 所 and 家 are the count unit's, once.
    assert not set(every) & set(lexicon.unit_surfaces("zh"))


def test_markers_and_their_families() -> None:
    names = [name for name, _, _ in lexicon.markers()]
    assert names[:3] == ["negated", "only", "one-of"] and len(names) == len(set(names))
    assert all(member in names for family in lexicon.marker_families() for member in family)
    first = next(pattern for name, pattern, _ in lexicon.markers() if name == "first")
    assert re.search(first, "全国首个") and not re.search(first, "第二")
    assert {name: hints for name, _, hints in lexicon.markers()}["level:ordinary"] == (
        "一般",
        "level",
        "standard",
    )


def test_a_marker_family_naming_no_marker_is_refused() -> None:
    from beilun_cli.lexicon import build

    data = build.load()
    data["markers"]["families"].append(["first", "fourth"])
    assert build.problems(data) == ["marker family ['first', 'fourth'] names 'fourth', which is no marker"]


def test_quantifier_and_unit_words_are_fillers_defined_once(data: dict[str, Any]) -> None:
    from beilun_cli.lexicon import compiled

    # The build adds them (将近, at least, kilometres) to the fillers words.toml lists...
    assert {"将近", "超过", "以上"} <= set(compiled.FILLERS["zh"])
    assert {"at least", "nearly", "kilometres", "yuan"} <= set(compiled.FILLERS["en"])
    assert "近" not in compiled.FILLERS["zh"]  # one character is in too many words
    assert "people" not in compiled.FILLERS["en"]  # what a count counts says something

    # ...so listing one there again is refused.
    def listed_again(copied: dict[str, Any]) -> None:
        copied["words"]["filler"]["zh"] += " 将近"

    assert _broken(data, listed_again) == [
        "filler '将近' is a quantifier's or a unit's word: the build adds it"
    ]
