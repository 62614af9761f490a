"""beilun check on attributes bound to their names (docs/check.md, swapped-attributes): two names
of one kind a fact's sentence gives each its own words, each said with the other's, is refuted;
the same words kept with their names, a list of names in another order, and a sentence that says
both names in one clause are not. And a slot filled with another value of its kind: a theme
(other-slot-value). The claims are paraphrases of our
own, not the blind sets'."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.bound_attributes import bindings, name_forms, swapped

_CAMPAIGNS = {"six": ["六争攻坚"], "climb": ["三年攀高"], "two": ["两整两提"]}
_FACT = "在“六争攻坚”当标兵、“三年攀高”争先进和“两整两提”专项攻坚行动的带动下,北仑大地上正在发生巨变"


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # Each campaign's words given to the other.
        ("北仑要在“三年攀高”中当标兵，在“六争攻坚”中争先进。", "refuted", "swapped-attributes"),
        (
            "Beilun wants to rank among the advanced in the Six Contests campaign and to be a model in"
            " the Three-Year Climb campaign.",
            "refuted",
            "swapped-attributes",
        ),
        # Kept with their names.
        ("北仑在“六争攻坚”当标兵、“三年攀高”争先进。", "supported", "stated"),
        # Two names in one clause bind no word to either (ranked first in Ningbo, of Beilun).
        (
            "In the first half of 2019, ten of Beilun's economic indicators ranked first in Ningbo.",
            "supported",
            "figure-entailed",
        ),
        # A list of names in another order says the same of each (张人亚党章学堂、北仑开发开放展览馆等).
        (
            "北仑集中打造了北仑开发开放展览馆、张人亚党章学堂等20个“红色基因传承基地”。",
            "supported",
            "figure-entailed",
        ),
        # Another theme, in a slot of one value the fact fills; one of its words is none.
        ("中国港口博物馆以海洋生物为主题。", "refuted", "other-slot-value"),
        ("The China Port Museum takes naval military history as its theme.", "refuted", "other-slot-value"),
        ("中国港口博物馆以港口为主题。", "supported", "stated"),
        ("中国港口博物馆不是以海洋生物为主题的。", "not-enough-info", "negated"),
    ],
)
def test_attributes_bound_to_their_names(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    answer = answer[0] if isinstance(answer, list) else answer
    assert (answer["verdict"], answer["rule"]) == (expected, rule), answer["reason"]


def test_a_word_is_bound_to_the_one_name_of_its_clause() -> None:
    bound = bindings(_FACT, _CAMPAIGNS, latin=False)
    assert bound["标兵"] == {"six"} and bound["争先"] == {"climb"} and bound["专项"] == {"two"}
    assert "北仑" not in bound  # its clause names no campaign
    # Two names side by side are a list: nothing is bound.
    assert (
        bindings(
            "张人亚党章学堂、北仑开发开放展览馆等20个基地",
            {"a": ["张人亚党章学堂"], "b": ["北仑开发开放展览馆"]},
            False,
        )
        == {}
    )


def test_a_swap_needs_words_crossed_both_ways() -> None:
    assert swapped("在“三年攀高”当标兵、在“六争攻坚”争先进", [_FACT], _CAMPAIGNS, False) is not None
    # One name's words said of the other only: another value in its slot, not a swap.
    assert swapped("在“三年攀高”当标兵", [_FACT], _CAMPAIGNS, False) is None


def test_an_english_name_is_also_read_without_its_common_nouns() -> None:
    assert name_forms(["六争攻坚", "Six Contests campaign"], latin=True) == [
        "six contests campaign",
        "six contests",
    ]
    assert name_forms(["六争攻坚", "Six Contests campaign"], latin=False) == ["六争攻坚"]
