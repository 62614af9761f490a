"""beilun check on claims that put a time or a stage on what a fact says (docs/check.md,
other-time and the status slot): a time the claim asserts by a word before or after it, a period
named by its length, a stage given to each member of a list, a stage in progress. Each family
with the counterpart that must not be refuted, or must not be supported. The generated families
over the whole base are tests/check_generated_times.py's."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.read.stages import COMPLETED, PLANNED, STARTED, read_stage
from beilun_cli.read.times import focus_spans


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # A start dated after the start of the period over which the article has it going (7年来,
        # since 2012): refuted; a deed the fact does not tell begun then: not decided.
        ("北仑的“爱心食堂”是去年才开始设立的。", "refuted", "other-time"),
        ("Beilun's Love Canteens were first set up last year.", "refuted", "other-time"),
        ("北仑的“爱心食堂”去年才开始提供早餐。", "not-enough-info", "no-fact"),
        # The year a figure is of, asserted after it or before it: another year is refuted.
        ("北仑本级1146.46亿元的地区生产总值是2016年的数据。", "refuted", "other-time"),
        ("北仑本级1146.46亿元的地区生产总值是2018年的数据。", "supported", "figure-entailed"),
        ("北仑外贸进口、出口都突破百亿美元，这件事发生在2019年。", "refuted", "other-time"),
        (
            "Beilun's district-level GDP of 114.646 billion yuan: these are 2017 figures.",
            "refuted",
            "other-time",
        ),
        # ...and a year beside the figure that it does not assert stays undecided.
        ("2016年北仑本级地区生产总值1146.46亿元。", "not-enough-info", "unstated-time"),
        # A period named by its length that cannot be the fact's (70年来, since 1949).
        ("五十年来，北仑人勇担使命、砥砺前行。", "refuted", "other-time"),
        (
            "Over the past 40 years the people of Beilun have shouldered their mission.",
            "refuted",
            "other-time",
        ),
        ("七十年来，北仑人勇担使命、砥砺前行。", "supported", "stated"),
        # ...not at a precision that allows it (三十年 for 30多年).
        ("三十年来北仑蓬勃发展，交出了满意的答卷。", "not-enough-info", "part-unstated"),
        # A stage of a list (中芯国际N2、雪佛龙、LNG二期等在建项目) is each member's.
        ("雪佛龙项目已经竣工投产。", "refuted", "contrary-status"),
        ("LNG二期仍在建设，尚未完工。", "supported", "stated"),
        ("The LNG Phase II project is being built.", "supported", "stated"),
        # A member of the projects in operation said in progress, or only planned.
        ("The Beach Park in Beilun is still being built.", "refuted", "contrary-status"),
        ("博地影秀城目前正在施工。", "refuted", "contrary-status"),
        ("银泰城二期还处在规划阶段。", "refuted", "contrary-status"),
        ("The Intime City Phase II has opened.", "supported", "stated"),
    ],
)
def test_times_and_stages_a_claim_asserts(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule)


@pytest.mark.parametrize(
    ("text", "written", "taken"),
    [
        ("gdp是2017年的数据", ["2017年"], ["的数据"]),
        ("这发生在2018年", ["2018年"], ["发生在"]),
        ("these are 2017 figures", ["2017"], ["figures"]),
        ("it happened in 2017", ["2017"], ["happened in"]),
        # A word of the lexicon inside another word is none, nor one apart from the time.
        ("unhappened in 2017", ["2017"], []),
        ("2017年北仑的数据", ["2017年"], []),
    ],
)
def test_time_focus_words_are_the_time_slots(text: str, written: list[str], taken: list[str]) -> None:
    assert [text[lo:hi] for lo, hi in focus_spans(text, written)] == taken


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("正在建设中", STARTED, STARTED),
        ("under construction", STARTED, STARTED),
        ("开工", STARTED, COMPLETED),
        ("仍在施工", STARTED, STARTED),
        ("在建,而非已经建成", STARTED, STARTED),
        ("仍处在规划阶段", PLANNED, PLANNED),
        ("still under construction rather than finished", STARTED, STARTED),
        # Becoming, a park being prepared (perhaps started), a campaign ended, a start awaited.
        ("正在成为交汇点", STARTED, STARTED),
        ("is becoming the junction", STARTED, STARTED),
        ("筹建爱心公园", PLANNED, STARTED),
        ("preparations are under way to build the park", PLANNED, STARTED),
        ("已于去年结束", COMPLETED, COMPLETED),
        ("still waiting to break ground", PLANNED, PLANNED),
        ("仍在等待开工", PLANNED, PLANNED),
    ],
)
def test_stage_in_progress_is_that_stage_and_no_later(text: str, low: int, high: int) -> None:
    stage = read_stage(text)
    assert (stage.low, stage.high) == (low, high)
