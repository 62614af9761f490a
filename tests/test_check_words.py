"""Which pairs of a Chinese claim are words (verify/words.py, residue.word_edge): the article's own
pairs tell a word (written as often as the pairs overlapping it) from the edge of two (written
only between pairs written more often), so a character swapped into a word the evidence never
says is no edge of two words. The claims are our own, but for the blind sets' 农业 one."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.words import edge_of_words, written_word

# 产业 and 现代 recur apart; 业现 only where both stand.
_TEXT = "产业现代化。产业集群。产业结构。现代服务业。现代港口。冠军产品。单项冠军。"


def test_an_edge_of_two_words_is_read_from_how_often_each_pair_is_written() -> None:
    assert edge_of_words("业现", _TEXT)
    assert not edge_of_words("产业", _TEXT) and not edge_of_words("现代", _TEXT)
    assert not edge_of_words("农业", _TEXT)  # never written: not read here
    assert written_word("冠军", _TEXT) and written_word("产业", _TEXT)
    assert not written_word("业现", _TEXT) and not written_word("农业", _TEXT)


@pytest.mark.parametrize(
    ("claim", "expected", "rule"),
    [
        # 农业 beside 现代化 where the article says 产业现代化: 业现 is the edge of two words.
        ("北仑的“双城战略”旨在提升农业现代化和城市国际化水平。", "not-enough-info", "unstated-word"),
        ("北仑的“双城战略”旨在提升产业现代化和城市国际化水平。", "supported", "stated"),
        # A word the article writes is no edge of two, whatever stands beside it.
        ("冠军浩是全国岗位学雷锋标兵、中国好人。", "not-enough-info", "unstated-word"),
        ("陈军浩是全国岗位学雷锋标兵、中国好人。", "supported", "stated"),
        # 当年 names again the claim's own time, and nothing without one.
        ("截至2018年,北仑百亿元级企业累计8家,其中2家是当年新增的。", "supported", "figure-entailed"),
        ("北仑百亿元级企业累计8家,其中2家是当年新增的。", "not-enough-info", "unstated-word"),
    ],
)
def test_a_swapped_character_makes_no_edge_of_two_words(claim: str, expected: str, rule: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert (answer["verdict"], answer["rule"]) == (expected, rule), answer["reason"]
