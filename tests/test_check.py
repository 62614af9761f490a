"""beilun check: each rule of docs/check.md, pinned on the shipped
base, and the command's formats, exit codes and errors."""

from __future__ import annotations

import functools
import json
import re
import subprocess

import hypothesis
import pytest
from conftest import installed_script, on_a_terminal, run
from hypothesis import strategies as st

from beilun_cli.read import claims, quantities
from beilun_cli.read.times import times_of
from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

PUBLISHED = "2019-09-16"
SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))
NO_NAMES = claims.Vocabulary([], {}, [])


def verdict(*claim: str) -> tuple[int, dict[str, object]]:
    result = run(["check", *claim, "--json"])
    return result.exit_code, json.loads(result.stdout)


def decided(claim: str) -> tuple[str, list[str]]:
    """The verdict on a claim and the ids of its evidence."""
    _, answer = verdict(claim)
    evidence = answer["evidence"]
    assert isinstance(evidence, list)
    return str(answer["verdict"]), [record["id"] for record in evidence]


# ---------------------------------------------------------------- reading a claim


@pytest.mark.parametrize(
    ("text", "amount", "unit", "qualifier"),
    [
        ("1146.46亿元", 114_646_000_000, quantities.MONEY_YUAN, quantities.EXACT),
        ("一千一百四十六亿元", 114_600_000_000, quantities.MONEY_YUAN, quantities.EXACT),
        ("1.1万亿元", 1_100_000_000_000, quantities.MONEY_YUAN, quantities.EXACT),
        ("114.6 billion yuan", 114_600_000_000, quantities.MONEY_YUAN, quantities.EXACT),
        ("RMB 3.33 billion", 3_330_000_000, quantities.MONEY_YUAN, quantities.EXACT),
        ("2 bn US dollars", 2_000_000_000, quantities.MONEY_USD, quantities.EXACT),
        ("US$10 billion", 10_000_000_000, quantities.MONEY_USD, quantities.EXACT),
        ("近17万人", 170_000, quantities.PEOPLE, quantities.NEARLY),
        ("nearly 170,000 people", 170_000, quantities.PEOPLE, quantities.NEARLY),
        ("170 thousand volunteers", 170_000, quantities.PEOPLE, quantities.EXACT),
        ("超过500亿元", 50_000_000_000, quantities.MONEY_YUAN, quantities.OVER),
        ("more than 200,000 people", 200_000, quantities.PEOPLE, quantities.OVER),
        ("80岁以上", 80, quantities.YEARS, quantities.AT_LEAST),
        ("2 billion yuan or more", 2_000_000_000, quantities.MONEY_YUAN, quantities.AT_LEAST),
        ("约230万平方米", 2_300_000, quantities.AREA, quantities.ABOUT),
        ("不到100亿美元", 10_000_000_000, quantities.MONEY_USD, quantities.UNDER),
        ("不超过100亿元", 10_000_000_000, quantities.MONEY_YUAN, quantities.AT_MOST),
        ("no more than 10 billion yuan", 10_000_000_000, quantities.MONEY_YUAN, quantities.AT_MOST),
        ("not more than 5%", 5, quantities.SHARE, quantities.AT_MOST),
        ("不少于20亿元", 2_000_000_000, quantities.MONEY_YUAN, quantities.AT_LEAST),
        ("not less than 2 billion yuan", 2_000_000_000, quantities.MONEY_YUAN, quantities.AT_LEAST),
        ("30多万人", 300_000, quantities.PEOPLE, quantities.MORE_THAN),
        ("11.5公里", 11_500, quantities.LENGTH, quantities.EXACT),
        ("2 km", 2_000, quantities.LENGTH, quantities.EXACT),
        ("38平方公里", 38_000_000, quantities.AREA, quantities.EXACT),
        ("6.7 km²", 6_700_000, quantities.AREA, quantities.EXACT),
        ("15亩", 10_000, quantities.AREA, quantities.EXACT),
        ("40.1%", 40.1, quantities.SHARE, quantities.EXACT),
        ("forty percent", 40, quantities.SHARE, quantities.EXACT),
        ("三成", 30, quantities.SHARE, quantities.EXACT),
        ("百分之四十", 40, quantities.SHARE, quantities.EXACT),
        ("one sixth", 100 / 6, quantities.SHARE, quantities.EXACT),
        ("六分之一", 100 / 6, quantities.SHARE, quantities.EXACT),
        ("1/6", 100 / 6, quantities.SHARE, quantities.EXACT),
    ],
)
def test_a_figure_is_read_with_its_unit_and_quantifier(
    text: str, amount: float, unit: str, qualifier: str
) -> None:
    [value] = claims.read_claim(text, PUBLISHED, NO_NAMES).values
    assert value.amount == pytest.approx(amount)
    assert (value.unit, value.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "start", "relative"),
    [
        ("去年", "2018", True),
        ("last year", "2018", True),
        ("今年", "2019", True),
        ("前年", "2017", True),
        ("去年8月9日", "2018-08-09", True),
        ("8月26日", "2019-08-26", True),
        ("26 August this year", "2019-08-26", True),
        ("this month", "2019-09", True),
        ("1987年9月14日", "1987-09-14", False),
        ("14 September 1987", "1987-09-14", False),
        ("September 14, 1987", "1987-09-14", False),
        ("in 2018", "2018", False),
        ("January 2015", "2015-01", False),
    ],
)
def test_a_time_is_resolved_against_the_publication_date(text: str, start: str, relative: bool) -> None:
    read = claims.read_claim(text, PUBLISHED, NO_NAMES)
    assert [(time.start, time.relative) for time in read.times][-1:] == [(start, relative)]
    assert read.values == []  # a date's numbers are no figures


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("80年代", ("1980", "1989")),
        ("上世纪八十年代", ("1980", "1989")),
        ("20世纪90年代", ("1990", "1999")),
        ("1980年代", ("1980", "1989")),
        ("2010年代", ("2010", "2019")),
        ("in the eighties", ("1980", "1989")),
        ("the 1990s", ("1990", "1999")),
        ("the 2010s", ("2010", "2019")),
        ("in the 80s", ("1980", "1989")),
        # A decade of birth is a marker of a person, not the claim's time; the over-80s are
        # people over 80.
        ("80年代出生的左鹏", None),
        ("Zuo Peng was born in the 1980s", None),
        ("born in the eighties", None),
        ("meals for the over-80s", None),
        ("80后", None),
    ],
)
def test_a_decade_is_a_time_of_ten_years(text: str, span: tuple[str, str] | None) -> None:
    times = times_of(text, PUBLISHED)
    assert [(time.start, time.end) for time in times] == ([span] if span else [])
    assert all(time.precision == "decade" for time in times)


@pytest.mark.parametrize(
    ("time", "start", "end", "meets"),
    [
        ("the eighties", "1985", "1985", True),  # a photo of 1985 is of the eighties
        ("2018年", "2012", "2019", True),
        ("2018年", "2018-06", "2018-06", True),
        ("2017年", "2018", "2018", False),
        ("the eighties", "1990", "1999", False),
    ],
)
def test_a_time_meets_a_span_it_shares_a_moment_with(time: str, start: str, end: str, meets: bool) -> None:
    [read] = times_of(time, PUBLISHED)
    assert read.meets(start, end) is meets


@pytest.mark.parametrize(
    "text",
    ["北仑的百亿元企业累计8家", "Geely is one of Ningbo's hundred-billion-yuan leading enterprises"],
)
def test_a_class_of_enterprise_is_no_figure(text: str) -> None:
    amounts = [value.amount for value in claims.read_claim(text, PUBLISHED, NO_NAMES).values]
    assert 1e10 not in amounts and 1e11 not in amounts


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("114.6 billion yuan", 114.55e9, 114.65e9),  # its last digit: ±0.05 billion
        ("120 billion yuan", 115e9, 125e9),  # zeros before a scale are placeholders: ±5 billion
        ("100 billion yuan", 95e9, 105e9),  # a one-digit figure: at most 5% of room
        ("40%", 39.5, 40.5),  # a plain figure states every digit
        ("about 170,000", 165_000, 175_000),  # "about" rounds: ±5,000
    ],
)
def test_a_claim_is_as_precise_as_it_is_written(text: str, low: float, high: float) -> None:
    [value] = claims.read_claim(text, PUBLISHED, NO_NAMES).values
    assert (value.interval.low, value.interval.high) == (pytest.approx(low), pytest.approx(high))


# ---------------------------------------------------------------- the rules, on the shipped base


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Beilun's GDP was 114.6 billion yuan in 2018", "supported"),
        ("Beilun's GDP was about 115 billion yuan last year", "supported"),
        ("北仑去年地区生产总值达到1146亿元", "supported"),
        ("Beilun's GDP passed 120 billion yuan in 2018", "refuted"),
        ("北仑的绿化覆盖率为40%", "refuted"),
    ],
)
def test_a_figure_matches_at_the_claims_own_precision(claim: str, expected: str) -> None:
    assert decided(claim) == (
        expected,
        ["gdp-2018"] if "GDP" in claim or "生产总值" in claim else ["green-coverage-40-6"],
    )


@pytest.mark.parametrize(
    "claim", ["Beilun's GDP was 1,146 billion yuan in 2018", "北仑2018年地区生产总值为114.6亿元"]
)
def test_a_slip_of_magnitude_is_refuted_and_named(claim: str) -> None:
    code, answer = verdict(claim)
    assert (code, answer["verdict"]) == (4, "refuted")
    reason = str(answer["reason"])
    if claim.isascii():
        assert reason.endswith("times too much: a slip of magnitude)")
    else:
        assert reason == (
            "数字：原文为1146.46亿元（去年，即2018），声明为114.6亿元，不符（少了10倍：数量级之误）"
        )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Beilun has about 170,000 volunteers", "supported"),
        ("北仑有近17万名志愿者", "supported"),
        ("Beilun has over 170,000 volunteers", "refuted"),
        ("北仑志愿者超过20万人", "refuted"),
        ("Beilun's foreign trade topped 10 billion US dollars in 2018", "supported"),
        ("北仑去年外贸进出口不到100亿美元", "refuted"),
        ("Beilun's foreign trade was about 12 billion US dollars last year", "not-enough-info"),
    ],
)
def test_quantifiers_must_be_compatible(claim: str, expected: str) -> None:
    assert decided(claim)[0] == expected


def test_quantifier_reasons_give_both_figures_normalised() -> None:
    answer = verdicts.check(SHIPPED(), "北仑去年外贸进出口不到100亿美元", lang="en")
    assert answer.reason == (
        "the article gives 双双突破百亿美元 (over 10 billion US dollars) for 2018 (去年); "
        "the claim says under 100亿美元 (10 billion US dollars)"
    )


def test_a_chinese_claim_gets_its_reason_in_chinese_and_an_english_one_with_lang_zh() -> None:
    _, answer = verdict("北仑去年外贸进出口不到100亿美元")
    assert answer["reason"] == "数字：原文为双双突破百亿美元（去年，即2018），声明为不到100亿美元，不符"
    suzhou = "Beilun hosted the first Suzhou Film and Television Culture Summit Forum"
    _, answer = verdict(suzhou, "--lang=zh")
    assert answer["reason"] == "地点：原文为Ningbo，声明为Suzhou"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("北仑爱心食堂覆盖90岁以上老人", "supported"),
        ("北仑爱心食堂覆盖60岁以上老人", "not-enough-info"),
    ],
)
def test_a_threshold_entails_a_narrower_range_only(claim: str, expected: str) -> None:
    assert decided(claim) == (expected, ["love-canteens-cover-over-80s"])


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("北仑的弧形沙滩长近2公里", "supported"),
        ("Xiumei Shanchuan ecological zone covers 38 million square metres", "supported"),
        ("微科光电投资4亿美元建设智能制造基地", "refuted"),
        ("Beilun's GDP last year was 114.6 billion US dollars", "refuted"),
    ],
)
def test_units_convert_and_currencies_do_not_pass_for_each_other(claim: str, expected: str) -> None:
    assert decided(claim)[0] == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Beilun's GDP in 2016 was 100 billion yuan", "not-enough-info"),
        ("Binhai New District was renamed Beilun on 14 September 1987", "supported"),
        ("Binhai New District was renamed Beilun in 1988", "refuted"),
        ("第一批600套青年公寓去年8月9日开放申购", "refuted"),
        ("Beilun's Love Canteens had already reached 92 locations by 2015", "not-enough-info"),
    ],
)
def test_times_must_be_compatible(claim: str, expected: str) -> None:
    assert decided(claim)[0] == expected


def test_a_relative_date_is_explained_in_the_reason() -> None:
    _, answer = verdict("Beilun's GDP was 114.6 billion yuan last year")
    assert answer["reason"] == (
        "the article gives 1146.46亿元 (114.646 billion yuan) for 2018 (去年); the claim says "
        "114.6 billion yuan ('last year' is 2018: the article is of 2019-09-16)"
    )


@pytest.mark.parametrize(
    ("claim", "expected", "evidence"),
    [
        ("华朔科技上马了年产20万套节能型离合器风扇总成项目", "refuted", ["xuelong-clutch-fan-project"]),
        ("雪龙集团年产20万套节能型离合器风扇总成项目", "supported", ["xuelong-clutch-fan-project"]),
        (
            "SMIC is investing 64 billion yuan in Beilun",
            "not-enough-info",
            ["smic-chevron-lng-projects-under-construction"],
        ),
        (
            "北仑在建的中芯国际N2、雪佛龙等项目总投资640亿元",
            "supported",
            ["smic-chevron-lng-projects-under-construction"],
        ),
        ("镇海区的森林覆盖率为40.1%", "not-enough-info", ["forest-coverage-40-1"]),
        (
            "The caring woman Beilun calls the 'Police Mum' is Chen Xingdi",
            "refuted",
            ["hu-zhaoxia-police-mum"],
        ),
    ],
)
def test_entities_must_be_the_articles(claim: str, expected: str, evidence: list[str]) -> None:
    assert decided(claim) == (expected, evidence)


def test_a_place_the_article_never_names_is_not_enough_info() -> None:
    assert decided("Yinzhou District has 507 registered volunteer teams")[0] == "not-enough-info"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("大港社区是我国首个工业社区", "supported"),
        ("大港社区是全国第二个工业社区", "refuted"),
        ("北仑“五水共治”连续三次夺得大禹鼎,并升格为金鼎", "refuted"),
        ("小浃江是宁波唯一一条浙江“最美家乡河”", "supported"),
        (
            "The Xiaojia River is one of several rivers in Ningbo"
            " named a Zhejiang 'Most Beautiful Hometown River'",
            "refuted",
        ),
        ("梅山湾成为宁波唯一的浙江“最美家乡河”", "refuted"),
        ("中国港口博物馆是浙江省唯一的国字号博物馆", "not-enough-info"),
        ("北仑体育训练基地是全国唯一获此殊荣的训练基地", "not-enough-info"),
        ("The Dagang Community is the biggest industrial community in China", "not-enough-info"),
        ("在华润新凯旋摇号买房的左鹏是一名90后", "refuted"),
        ("The Dagang Community was not China's first industrial community", "refuted"),
    ],
)
def test_claims_without_figures(claim: str, expected: str) -> None:
    assert decided(claim)[0] == expected


def test_number_one_is_the_rank_marker_first() -> None:
    claim = "In the first half of 2019 Beilun was number one in Ningbo on 10 economic indicators."
    assert decided(claim) == ("supported", ["ten-indicators-first-in-ningbo-h1-2019"])
    # Second where the article says first: another member of the rank family.
    assert decided(claim.replace("number one", "number two"))[0] == "refuted"


def test_a_figure_supported_is_refuted_by_a_contrary_marker() -> None:
    assert decided("今年上半年北仑有10项经济指标位居全市第二") == (
        "refuted",
        ["ten-indicators-first-in-ningbo-h1-2019"],
    )


def test_a_claim_of_nothing_in_the_article_is_not_enough_info() -> None:
    code, answer = verdict("Shanghai's metro has 20 lines")
    assert (code, answer["verdict"], answer["evidence"]) == (1, "not-enough-info", answer["evidence"])


# ---------------------------------------------------------------- the command


def test_json_is_the_claim_verdict_reason_and_fact_records() -> None:
    code, answer = verdict("北仑森林覆盖率达40.1%")
    assert code == 0
    assert list(answer) == ["claim", "verdict", "reason", "rule", "alignment", "evidence"]
    assert answer["claim"] == "北仑森林覆盖率达40.1%"
    assert answer["rule"] == "figure-entailed"
    assert answer["alignment"] == [
        {"slot": "figure", "claim": "40.1%", "fact": "40.1%", "relation": "narrower"}
    ]
    [record] = answer["evidence"]  # type: ignore[misc]
    assert record == json.loads(run(["show", "forest-coverage-40-1", "--json"]).stdout)


def test_a_pipe_gets_one_tsv_line_and_the_exit_code_is_the_verdict() -> None:
    result = subprocess.run(
        [installed_script(), "check", "北仑志愿者超过20万人"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 4
    assert result.stdout == (
        "北仑志愿者超过20万人\trefuted\t数字：原文为近17万人，声明为超过20万人，不符\tvolunteers-nearly-170k\n"
    )
    assert result.stderr == ""


def test_claims_from_stdin_one_a_line_and_the_worst_verdict_exits() -> None:
    result = subprocess.run(
        [installed_script(), "check", "-", "--header"],
        input="北仑森林覆盖率40.1%\n\nBeilun has about 170,000 volunteers\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "claim\tverdict\treason\tevidence"
    assert [line.split("\t")[:2] for line in lines[1:]] == [
        ["北仑森林覆盖率40.1%", "supported"],
        ["Beilun has about 170,000 volunteers", "supported"],
    ]
    mixed = subprocess.run(
        [installed_script(), "check", "-", "--json"],
        input="北仑森林覆盖率40.1%\nShanghai's metro has 20 lines\nBeilun has over 170,000 volunteers\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert mixed.returncode == 4
    assert [answer["verdict"] for answer in json.loads(mixed.stdout)] == [
        "supported",
        "not-enough-info",
        "refuted",
    ]


def test_on_a_terminal_the_verdict_its_reason_and_each_quote() -> None:
    run(["topics"])  # the index built first, without a progress bar to show
    status, shown = on_a_terminal(["check", "Beilun's GDP passed 120 billion yuan in 2018"], columns=80)
    assert status == 4
    assert "\x1b[1;31mrefuted" in shown  # the verdict in red, bold
    assert re.sub(r"\x1b\[[0-9;]*m", "", shown).splitlines() == [
        "claim     Beilun's GDP passed 120 billion yuan in 2018",
        "verdict   refuted",
        "reason    the article gives 1146.46亿元 (114.646 billion yuan) for 2018 (去年);",
        "          the claim says over 120 billion yuan",
        "evidence  gdp-2018 · cnnb-2019-09-16 ¶14",
        "  fact    In 2018 Beilun (district level) produced a GDP of",
        "          114.646 billion yuan.",  # a number stays with its unit
        "  quote   去年北仑本级实现地区生产总值1146.46亿元",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "  "], "beilun: empty claim\n"),
        (["check", "x" * 1001], "beilun: a claim is longer than 1000 characters\n"),
    ],
)
def test_an_empty_or_huge_claim_is_a_usage_error(args: list[str], message: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)


def test_an_empty_stdin_is_a_usage_error() -> None:
    result = subprocess.run(
        [installed_script(), "check", "-"], input="\n", capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("beilun: no claim on standard input\n")


# ---------------------------------------------------------------- properties

FIGURE_WORDS = [
    "0",
    "1/0",
    "1146.46亿元",
    "17万",
    "近",
    "超过",
    "约",
    "以上",
    "去年",
    "2018年",
    "%",
    "亿",
    "万亿元",
    "nearly",
    "over",
    "about",
    "billion",
    "yuan",
    "US dollars",
    "km",
    "1e308",
    "nan",
    "北仑",
    "Beilun",
    "。",
    ",",
    " ",
    "\x1b",
    "\u202e",
    "😀",
    "第一",
    "唯一",
    "之一",
    "80后",
]


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(FIGURE_WORDS), max_size=12))
def test_figures_and_markers_alone_are_never_supported(words: list[str]) -> None:
    """A claim of figures, units, quantifiers, times and Beilun only states nothing of what is
    counted: whatever the article's figures, it is never supported (and never an error)."""
    answer = verdicts.check(SHIPPED(), " ".join(words))
    assert answer.verdict != verdicts.SUPPORTED, answer.reason


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(st.text(max_size=60))
def test_any_text_gets_a_verdict(text: str) -> None:
    assert verdicts.check(SHIPPED(), text).verdict in verdicts.VERDICTS


def test_a_scope_names_the_places_of_the_sources_home_given_by_the_base() -> None:
    from beilun_cli.read import markers

    home = {"city": ["宁波", "Ningbo"], "province": ["浙江", "Zhejiang"], "national": ["中国", "China"]}
    assert markers.scopes_of("宁波首家区级爱心公园", home) == {"city"}
    assert markers.scopes_of("宁波首家区级爱心公园", {"city": ["杭州"]}) == set()  # another home
    assert markers.scopes_of("the only base in Zhejiang", home) == {"province"}
    assert markers.scopes_of("中国第一个工业社区", home) == {"national"}
    assert markers.scopes_of("中国港口博物馆", home) == set()  # a name, not a scope
    assert markers.scopes_of("the first in China", home) == {"national"}
    assert markers.scopes_of("全省首家") == {"province"}  # the words of a scope need no home


def test_a_fact_without_a_time_grounds_only_a_time_that_holds_its_publication_day() -> None:
    # The policies' areas are undated (as of 2019-09-16); their start is dated February 2019.
    assert decided("“青年北仑”十大政策是从今年3月开始出台的。")[0] == "refuted"
    assert decided("“青年北仑”十大政策是从今年2月开始出台的。")[0] == "supported"


def test_a_series_number_the_claim_states_must_be_the_facts() -> None:
    from beilun_cli.read import markers

    assert decided("Hu Zhaoxia was a delegate to the 19th National Party Congress.")[0] == "supported"
    # The article's 十九大 is the 19th congress: the 18th is another member of the series.
    assert decided("Hu Zhaoxia was a delegate to the 18th National Party Congress.")[0] == "refuted"
    assert decided("胡朝霞是党的十八大代表。")[0] == "refuted"
    assert "ordinal:18" in markers.markers_of("第十八届全国人大代表")
    assert "ordinal:19" in markers.markers_of("党的十九大代表")
    assert not {m for m in markers.markers_of("北仑三大工程、十大政策") if m.startswith("ordinal")}


def test_fewer_wins_than_matches_is_a_loss() -> None:
    from beilun_cli.read import markers

    assert markers.markers_of("三战两胜") == {"lost"}
    assert markers.markers_of("三战三胜") == set()
    assert decided("中国女排在北仑三战两胜,拿到了东京奥运会门票。")[0] == "refuted"
    assert not {
        m for m in markers.markers_of("on September 16th, the 1st and the 3rd") if m.startswith("ordinal")
    }


def test_an_event_dated_otherwise_is_refuted() -> None:
    """Another year, festival or period for an event the article dates: refuted; a time that
    overlaps the fact's, or a figure's year not in focus, is not."""
    assert decided("Dagang Community was set up in Beilun in 2011.")[0] == "refuted"
    assert decided("北仑区域化党建探索从1998年开始。")[0] == "refuted"
    assert decided("北仑中河断桥的诗画光影秀是在今年中秋节上演的。")[0] == "refuted"
    assert decided("北仑外贸进出口双双突破百亿美元是在2017年。")[0] == "refuted"
    assert decided("北仑外贸进出口双双突破百亿美元是在2018年。")[0] == "supported"
    assert decided("2015年北仑区外贸进口和出口双双突破百亿美元。")[0] == "not-enough-info"
    canteens = "Beilun's Love Canteens have grown to 92 locations over the past 17 years."
    assert decided(canteens)[0] == "refuted"


def test_a_place_in_the_stead_of_the_facts_is_refuted() -> None:
    assert decided("胡朝霞爱心团队的爱心接力救下了一位17岁浙江姑娘的手臂。")[0] == "refuted"
    assert decided("Beilun sits on the coast of the South China Sea.")[0] == "refuted"
    assert decided("Beilun sits on the coast of the East China Sea.")[0] == "supported"
