"""beilun ask reads a question into the slot it asks, whatever frame it is asked in: who says it
(According to the article, 文中提到) and the article's wording (uses the words) are no part of it;
a figure asked by its noun (an entrance fee, a population, a speed) is answered only by a fact
that gives one; an asked slot (the aim of) picks the fact that states it; a quoted name the fact
that writes it; the article's pictures are answered from their captions, by what they show or
their place; a question of two things at once lists both. The questions are fresh paraphrases,
not those of the case sets (tests/ask_generated_slots.py generates them over the whole base)."""

from __future__ import annotations

import json

import pytest
from conftest import run


@pytest.mark.parametrize(
    ("question", "answer", "fact"),
    [
        (
            "According to the article, how many volunteers does Beilun have?",
            "近17万人 (nearly 170,000 people)",
            "volunteers-nearly-170k",
        ),
        (
            "What does the article's third picture show?",
            "Photo caption: magnificent Beilun.",
            "caption-beautiful-beilun-view",
        ),
        ("哪张照片拍的是党章学堂？", "图片:党章学堂。", "caption-party-constitution-school"),
        (
            "Which picture's caption uses the words 'guardians of the port'?",
            "Photo caption: guardians of the port.",
            "caption-port-guardians",
        ),
        (
            "What is the aim of the old estate renovation works?",
            "The upgrading works aim to eliminate completely the 'dirty, messy and poor' conditions of old"
            " residential communities.",
            "old-communities-renovation-aim",
        ),
        ("谁被叫作“警察妈妈”？", "胡朝霞", "hu-zhaoxia-police-mum"),
        ("蓝色海湾和弧形沙滩各有多长？", "11.5公里；近2000米", "blue-bay-11-5-km"),
    ],
)
def test_the_slot_asked_is_answered(question: str, answer: str, fact: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)["answer"]
    assert (found["text"], found["fact"]) == (answer, fact)


def test_a_question_of_two_things_lists_both() -> None:
    result = run(["ask", "蓝色海湾和弧形沙滩各有多长？", "--json"])
    found = json.loads(result.stdout)["answer"]
    assert (found["kind"], [item["fact"] for item in found["items"]]) == (
        "list",
        ["blue-bay-11-5-km", "arc-beach-nearly-2000-m"],
    )


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("中国港口博物馆的门票多少钱？", "最接近的事实没有给出收费"),
        ("How many people live in Beilun?", "the closest facts give no population"),
        (
            "What's the top speed allowed at the Ningbo International Circuit?",
            "the closest facts give no speed",
        ),
        ("Who is the captain of the Dandelion Lecture Group?", "the article does not mention captain"),
        # Only a caption answers of a picture: the article prints none of the museum.
        ("Which photo shows the China Port Museum?", "no fact matches enough of the question"),
        # One of the two things is another district's.
        ("北仑和镇海区分别有多少志愿者？", "没有事实与问题足够吻合"),
    ],
)
def test_a_slot_no_fact_fills_is_declined(question: str, reason: str) -> None:
    result = run(["ask", question, "--json"])
    assert result.exit_code == 1
    declined = json.loads(result.stdout)
    assert (declined["answer"], declined["reason"]) == (None, reason)
