"""beilun ask on the families of questions the blind sets found it weak on: the article's own
record asked in any words for it (its title, a news piece, the outlet that ran the story)."""

from __future__ import annotations

import json

import pytest
from conftest import run


@pytest.mark.parametrize(
    ("question", "field", "text"),
    [
        # The article named by a noun for it, whatever words describe it between.
        ("Which news outlet published the Beilun twin-city strategy article?", "outlet", "China Ningbo Net"),
        ("which news site ran the Beilun twin city strategy story", "outlet", "China Ningbo Net"),
        (
            "what's the headline of this news piece",
            "title",
            "Beilun's Twin-City Strategy opens a new pattern of development",
        ),
        # Who published it asks for the publisher: the outlet.
        ("Who published the article about Beilun's twin-city strategy?", "outlet", "China Ningbo Net"),
        ("这篇报道是谁发布的？", "outlet", "中国宁波网"),
        # A date asked without a question word; the article named by its title.
        ("文章发布日期", "published", "2019年9月16日（精确到日）"),
        ("北仑“双城战略”拉开发展新格局 发布日期", "published", "2019年9月16日（精确到日）"),
        ("北仑双城战略拉开发展新格局这篇报道的发布日期", "published", "2019年9月16日（精确到日）"),
    ],
)
def test_the_article_s_record_is_asked_in_any_words(question: str, field: str, text: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["kind"], found["field"], found["text"]) == ("source", field, text)


def test_what_the_article_reports_is_not_its_record() -> None:
    # A noun for the article that asks for no field of its record asks of what it reports.
    result = run(["ask", "What is the story of Beilun's forest coverage?", "--json"])
    assert json.loads(result.stdout)["answer"]["kind"] != "source"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A slip of a key in a word no fact holds: a name's, a word's, a measure's.
        ("How big is the flat Zuo Pneg bought?", "zuo-peng-95-m2-flat"),
        ("When was the light show on Zhonghe Broken Brigde?", "dragon-boat-light-show-2019"),
        ("Beilun forrest coverage", "forest-coverage-40-1"),
        ("Beilun GPD growth rate last year", "gdp-growth-2018"),
    ],
)
def test_a_slip_of_a_key_is_read_as_the_article_s_word(question: str, fact: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert (found["question"], found["answer"]["fact"]) == (question, fact)


def test_a_name_one_letter_from_a_word_of_the_article_is_no_slip() -> None:
    # Paris is one letter from parks, but written with a capital it is read only as a name's word.
    result = run(["ask", "What is the population of Paris?", "--json"])
    assert (result.exit_code, json.loads(result.stdout)["answer"]) == (1, None)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A fact without a time says what is so when the article was published: not of 2015.
        ("How many volunteer teams did Beilun have in 2015?", "the closest facts give no number"),
        ("How many tourists visited Beilun in 2018?", "no fact of 2018 answers it"),
        ("What was Beilun's forest coverage in 2010?", "no fact of 2010 answers it"),
    ],
)
def test_a_fact_without_a_time_is_not_of_another_year(question: str, reason: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 1
    declined = json.loads(result.stdout)
    assert (declined["answer"], declined["reason"]) == (None, reason)


def test_a_fact_without_a_time_is_of_its_article_s_year() -> None:
    result = run(["ask", "How many volunteer teams did Beilun have in 2019?", "--json"])
    assert json.loads(result.stdout)["answer"]["fact"] == "volunteer-teams-507"


@pytest.mark.parametrize(
    "question",
    [
        # A sum of money asked by the noun that names it: the closest facts give a capacity, or
        # no figure at all.
        "How much is Huashuo Technology investing in the auto parts project?",
        "How much is Xuelong Group investing in its clutch fan project?",
        "What is the budget for building Beilun's Love Park?",
    ],
)
def test_a_sum_of_money_asked_by_its_noun_is_not_answered_by_another_figure(question: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 1
    declined = json.loads(result.stdout)
    assert (declined["answer"], declined["reason"]) == (None, "the closest facts give no sum of money")


def test_an_investment_asked_by_its_noun_is_answered_with_the_sum() -> None:
    result = run(
        ["ask", "How much is Weike Optoelectronics investing in its smart manufacturing base?", "--json"]
    )
    found = json.loads(result.stdout)["answer"]
    assert (found["text"], found["fact"]) == (
        "4亿元 (400 million yuan)",
        "weike-smart-manufacturing-base-investment",
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # The noun a which-question names its things' kind by is the slot asked, not a word the
        # fact must hold (sectors; the verb is the reader's own).
        ("Which digital manufacturing sectors is Beilun developing?", "digital-manufacturing-sectors"),
        # A fact near the best that enumerates them under that noun answers first.
        ("青年北仑政策涵盖哪些方面?", "youth-beilun-policy-areas"),
        ("Which industries does Beilun focus on?", "key-industries-focus"),
    ],
)
def test_which_ones_are_the_things_a_fact_enumerates(question: str, fact: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["kind"], found["fact"]) == ("list", fact)


def test_the_kind_of_things_asked_is_grounded_when_nothing_else_is_asked() -> None:
    # 地铁站 is what is asked of Beilun: no fact holds it.
    result = run(["ask", "北仑有哪些地铁站？", "--json"])
    assert (result.exit_code, json.loads(result.stdout)["answer"]) == (1, None)


def test_what_is_asks_no_yes_or_no() -> None:
    # The 么 of 什么 is no particle of a question of yes or no.
    result = run(["ask", "三强三快 是什么", "--json"])
    assert json.loads(result.stdout)["answer"]["kind"] == "claim"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # A place in an order is answered by a fact stating one, never by a count (三战).
        ("中国女排在东京奥运会上获得第几名", None),
        ("What place did the China women's volleyball team finish in Beilun?", None),
        ("今年上半年北仑十项指标在宁波排第几？", "ten-indicators-first-in-ningbo-h1-2019"),
    ],
)
def test_a_rank_is_answered_by_a_fact_stating_one(question: str, answer: str | None) -> None:
    result = run(["ask", question, "--json"])
    found = json.loads(result.stdout)
    if answer is None:
        assert (result.exit_code, found["answer"]) == (1, None)
        assert found["reason"] in ("最接近的事实没有给出名次", "the closest facts give no rank")
    else:
        assert (found["answer"]["kind"], found["answer"]["fact"]) == ("claim", answer)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # No fact's time is finer than a day: a time of day is not in the article.
        ("What are the China Port Museum's opening hours?", "the closest facts give no time of day"),
        ("中国港口博物馆几点开门？", "最接近的事实没有给出时刻"),
    ],
)
def test_a_time_of_day_is_declined(question: str, reason: str) -> None:
    result = run(["ask", question, "--json"])
    declined = json.loads(result.stdout)
    assert (result.exit_code, declined["answer"], declined["reason"]) == (1, None, reason)


@pytest.mark.parametrize(
    ("question", "exit_code"),
    [
        # At its founding is before the article: the 570 companies of today do not tell it.
        ("大港社区成立时有多少家企业?", 1),
        # A fact dated before the article does.
        ("What was the area originally called before it was renamed Beilun?", 0),
    ],
)
def test_a_time_of_founding_is_not_the_article_s(question: str, exit_code: int) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == exit_code, result.stdout


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # An office the article names no holder of: not asked of whoever a Party word leads to.
        ("Who is the Communist Party secretary of Beilun District?", None),
        ("Who is the director of the Dagang Community party committee?", None),
        # A name by which someone is known is no office.
        ("Who is the cop known as the Police Mum?", "hu-zhaoxia-police-mum"),
    ],
)
def test_an_office_is_answered_only_by_a_fact_naming_it(question: str, answer: str | None) -> None:
    result = run(["ask", question, "--json"])
    found = json.loads(result.stdout)["answer"]
    assert (found and found["fact"]) == answer
