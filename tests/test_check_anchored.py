"""beilun check on a figure found by its subject where the claim's other words find no fact
(verify/anchored.py), and on one year said as the time a statement holds over (一年就, 一年平均:
verify/periods.py): over every fact (tests/check_generated_anchored.py), and on claims of our own."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from check_generated_anchored import one_year_cases, subject_figure_cases
from conftest import assert_checked, run, shipped_base

from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

JILIN_GIRL = "jilin-girl-17-arm-saved"
THREE_YEARS = "beautiful-beilun-three-year-goals"


def test_figures_found_by_their_subject_over_every_fact() -> None:
    """Each fact that is its subject's one figure of its dimension, said of the subject in words
    no fact uses: not-enough-info at its figure, refuted with the figure moved; and each fact of
    one year said over 一年: supported, refuted moved; a period of another length: refuted. Every
    one of them right."""
    base = shipped_base()
    records = list(base.fact_records(catalog.Filters()))
    generated = [*subject_figure_cases(records, base.entity_names), *one_year_cases(records)]
    families = Counter(case[1] for case in generated)
    assert families["subject-figure-kept"] >= 28 and families["subject-figure-moved"] >= 28
    assert families["subject-period-moved"] >= 2
    assert families["one-year-frame"] >= 8 and families["one-year-frame-moved"] >= 6
    wrong = [
        f"[{family}] {claim}: {answer.verdict} ({answer.reason})"
        for _, family, _, claim, expected in generated
        if (answer := verdicts.check(base, claim)).verdict != expected
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("claim", "expected", "evidence"),
    [
        # An age of the one person the article gives an age, in words of its own.
        ("那位得救的吉林姑娘其实才十五岁。", "refuted", JILIN_GIRL),
        ("The girl from Jilin whose arm was saved was just 15 years old.", "refuted", JILIN_GIRL),
        # A length of years of a plan the article gives three years: no age.
        ("“美丽北仑”建设周期定为两年。", "refuted", THREE_YEARS),
        ("The Beautiful Beilun campaign was given a ten-year timetable.", "refuted", THREE_YEARS),
        ("左鹏买下的新房有120平方米那么大。", "refuted", "zuo-peng-95-m2-flat"),
        # The subject's one count, over a period of another length than the article's 7年来.
        ("近三年来,爱心食堂一共办了92家", "refuted", "love-canteens-92"),
        # One year as the time the figure holds over: the year's figure, or its rate per year.
        ("去年一年,北仑新增2家百亿元企业。", "supported", "new-ten-billion-yuan-enterprises-2018"),
        ("北仑20个红色教育基地一年平均接待游客近十万人次。", "supported", "red-education-visitors-100k"),
        ("北仑20个红色教育基地一年平均接待游客近五万人次。", "refuted", "red-education-visitors-100k"),
    ],
)
def test_claims_of_our_own(claim: str, expected: str, evidence: str) -> None:
    assert_checked(claim, expected, evidence)


def test_an_age_is_no_length_of_years() -> None:
    """A length of years said of the Jilin girl (two years of treatment) is no age: the article's
    17岁 neither supports nor refutes it."""
    answer = json.loads(run(["check", "吉林姑娘接受了两年治疗", "--json"]).stdout)
    assert answer["verdict"] == "not-enough-info"
