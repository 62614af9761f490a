"""How check cuts a claim's words (beilun_cli/verify/tokens.py, docs/check.md "Who says it"): a
Chinese pair across two words is no word, an attribution frame says nothing a fact must hold,
and a numeral of a fixed expression is no figure. Each with its counterpart that must stay
unsupported: a named speaker, a pair that is a word, a wrong figure behind a frame."""

from __future__ import annotations

import json

import pytest
from conftest import run

from beilun_cli.verify.paraphrase import paraphrases
from beilun_cli.verify.tokens import across_words, single_characters

GROUNDED = frozenset({"文章", "手臂", "得救", "升级", "蓝色", "海湾"})
# The one-character words of the lexicon's classes (称, 并, 共, 得), and 长 as a length figure
# implies it.
SINGLE = single_characters(paraphrases().neutral, {"长"})


def _grounded(pair: str) -> bool:
    return pair in GROUNDED


@pytest.mark.parametrize(
    ("term", "run_", "single", "expected"),
    [
        # A classifier counted by its numeral, and the measure word of a length figure.
        ("片长", "北仑拥有一片长     的蓝色海湾", SINGLE, True),
        # Without a length figure 长 is a word to ground: 片长 may be one (a film's length).
        ("片长", "北仑拥有一片长     的蓝色海湾", single_characters(paraphrases().neutral), False),
        # A source of the article and a verb of saying.
        ("章称", "文章称,北仑正在成为交汇点", SINGLE, True),
        # A discourse word before a grounded verb.
        ("并升", "连续三次夺得大禹鼎,并升级为银鼎", SINGLE, True),
        # Two grounded words either side.
        ("臂得", "姑娘的手臂得救", SINGLE, True),
        # 等 closing a list, and a classifier after an ordinal the reader took.
        ("等共", "纪念馆等共  个红色教育基地", SINGLE, True),
        ("批共", "第一批共   套青年公寓", SINGLE, True),
    ],
)
def test_a_pair_across_two_accounted_words_is_no_word(
    term: str, run_: str, single: frozenset[str], expected: bool
) -> None:
    assert across_words(term, run_, _grounded, single) is expected


@pytest.mark.parametrize(
    ("term", "run_"),
    [
        ("机场", "北仑新建了一座机场"),  # a word of its own: neither character is another word's
        ("取消", "北仑取消了这项政策"),  # 取 is a light verb, but 消 belongs to no accounted word
        ("手臂", "姑娘的手臂得救"),  # not a pair of characters the claim cuts across
        ("arm", "her arm was saved"),
    ],
)
def test_a_pair_that_may_be_a_word_stays_one(term: str, run_: str) -> None:
    assert not across_words(term, run_, _grounded if term != "手臂" else (lambda pair: False), SINGLE)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Frames of the article before a fact's claim, fresh wordings of ours.
        ("据文章介绍，北仑注册志愿者队伍有507支。", "supported"),
        ("据文中介绍，北仑有一条长11.5公里的蓝色海湾。", "supported"),
        # A picture is a caption's fact: grounded by one, and by no fact of the text alone.
        ("文中的一张图片是蓝色梅山湾。", "supported"),
        ("图片说明称，北仑有一条长11.5公里的蓝色海湾。", "not-enough-info"),
        ("A photo in the article shows Beilun's 507 registered volunteer teams.", "not-enough-info"),
        ("The article notes that Beilun has 507 registered volunteer teams.", "supported"),
        ("As the article reports, Beilun has 507 registered volunteer teams.", "supported"),
        # ... with a wrong figure behind the frame: refuted as without it.
        ("据报道，北仑有一片长15公里的蓝色海湾。", "refuted"),
        ("According to the article, Beilun has 600 registered volunteer teams.", "refuted"),
        # A speaker the article does not quote is no frame of the article's.
        ("李明称，北仑注册志愿者队伍有507支。", "not-enough-info"),
        ("Zuo Peng says Beilun has 507 registered volunteer teams.", "not-enough-info"),
        # A numeral of a fixed expression is no figure; a count after it still is one.
        ("北仑区域化党建走过“三位一体”组织架构，发展到“全域融合”新模式。", "supported"),
    ],
)
def test_frames_and_counting_words_add_no_claim(claim: str, expected: str) -> None:
    answer = json.loads(run(["check", claim, "--json"]).stdout)
    assert answer["verdict"] == expected, answer
