"""The readers of `beilun draft`, by examples (docs/fact-base.md, Add an article): the figures of
a sentence as the article writes them, the sentences a quote leans on, and the time a figure
has, resolved against the publication date."""

from __future__ import annotations

import pytest

from beilun_cli.draft.reading import figures_of, sentences_of
from beilun_cli.draft.times import figure_time, times_in

FIGURES = [
    ("全区新增绿地120万平方米", [("120万平方米", 120, "万平方米", "exact")]),
    ("中国女排三战全胜", [("三战", 3, "战", "exact")]),  # a classifier the unit readers lack
    ("从两方面着手", [("两方面", 2, "方面", "exact")]),
    ("年产5万吨高性能纤维", [("5万吨", 5, "万吨", "exact")]),  # a unit of measure they lack
    ("集装箱吞吐量超过120万标准箱", [("120万标准箱", 120, "万标准箱", "over")]),
    ("实施十大工程", [("十大工程", 10, "大工程", "exact")]),
    ("党的十八大以来", []),  # the 18th Party Congress, not eighteen of something
    ("通过三年努力", [("三年", 3, "年", "exact")]),  # 过 ends 通过, it is no quantifier
    ("增长百分之三点五", [("百分之三点五", 3.5, "%", "exact")]),  # found again as written
    ("占比不到四分之一", [("四分之一", 0.25, "", "under")]),
    ("倡导“二次开发”", []),  # a slogan in quotation marks
    ("HNE—001型模具", []),  # a model number
]


@pytest.mark.parametrize(("sentence", "expected"), FIGURES)
def test_figures(sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    _, figures = figures_of(sentence, "2022-03-15")
    assert [(f.written, f.value, f.unit, f.reading.qualifier) for f in figures] == expected


def test_a_sentence_without_a_subject_is_quoted_with_the_one_before() -> None:
    paragraph = "全区已启动改造工程50个。截至目前,已累计改造面积超100万平方米。今年还将新建公园3座。"
    quotes = [sentence.quote for sentence in sentences_of(paragraph)]
    assert quotes == [
        "全区已启动改造工程50个",
        "全区已启动改造工程50个。截至目前,已累计改造面积超100万平方米",
        "今年还将新建公园3座",  # it has a subject of its own after its time word
    ]


def test_a_lead_is_quoted_with_the_sentence_it_introduces() -> None:
    paragraph = "唱响新时代,奋进新征程。全区实施五大工程。"
    assert [sentence.quote for sentence in sentences_of(paragraph)][
        1
    ] == "唱响新时代,奋进新征程。全区实施五大工程"


TIMES = [
    ("去年全区生产总值528.6亿元", "528.6亿元", ("去年", "2021", "2021", "year")),
    ("今年上半年出口增长12%", "12%", ("今年上半年", "2022-01", "2022-06", "half-year")),
    ("去年下半年吞吐量1.6亿吨", "1.6亿吨", ("去年下半年", "2021-07", "2021-12", "half-year")),
    ("今年一季度新增企业30家", "30家", ("今年一季度", "2022-01", "2022-03", "period")),
    ("截至目前,已认定企业近90家", "90家", ("截至目前", "2022-03", "2022-03", "month")),
    ("至今已举办活动50多场次", "50多场次", ("至今", "2022-03", "2022-03", "month")),
    ("10年来,全区新建公园32座", "32座", ("10年来", "2012", "2022", "period")),
    ("70年来全区人口增长了5万人", "70年", ("70年来", "1952", "2022", "period")),
    ("以优异成绩迎接建区30周年", "30周年", ("30周年", "2022", "2022", "year")),
    # 30多年: from the earliest year the sentence names within its reach.
    ("1988年建区,30多年的发展", "30多年", ("30多年", "1988", "2022", "period")),
    # A time in another part of the sentence (after a semicolon) is not the figure's.
    ("如今年计划推出1000套公寓;在信贷方面,累计发放2450户", "2450户", None),
    # A frame 在…上 dates the clauses after it.
    (
        "在2月28日召开的大会上,区政府发布政策,新增企业150家",
        "150家",
        ("2月28日", "2022-02-28", "2022-02-28", "day"),
    ),
    # A time after the figure in its clause, where none stands before it.
    ("第一批600套于8月9日开放申购", "600套", ("8月9日", "2022-08-09", "2022-08-09", "day")),
]


@pytest.mark.parametrize(("sentence", "figure_text", "expected"), TIMES)
def test_times(sentence: str, figure_text: str, expected: tuple[str, str, str, str] | None) -> None:
    _, figures = figures_of(sentence, "2022-03-15")
    figure = next(f for f in figures if f.written == figure_text)
    when = figure_time(sentence, times_in(sentence, "2022-03-15"), figure, figures)
    assert ((when.written, when.start, when.end, when.precision) if when else None) == expected
