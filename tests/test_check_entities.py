"""beilun check on an entity, a name's number, a counted list or a date put in the fact's stead
(docs/check.md, other-entity, other-member, contrary-marker, other-time). Sentences of our own;
the generated families over every fact are in tests/check_generated_entities.py."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import installed_script

CASES = [
    # The one entity of its kind a fact names, another in its stead, tied to the fact's predicate.
    ("It is the “Longma Fengqing” line that made the home of flowers famous.", "refuted", "other-entity"),
    ("是“龙马风情”文明示范线让花卉之乡声名远播。", "refuted", "other-entity"),
    # A person: only where the claim identifies whom the article names.
    ("The 'Most Beautiful Water Manager' named in the article is Chen Junhao.", "refuted", "other-entity"),
    ("文章把“最美治水人”这一称号归于陈军浩。", "refuted", "other-entity"),
    ("胡朝霞曾获评全国岗位学雷锋标兵。", "not-enough-info", "unstated-entity"),
    # A contrast asserts its first part and denies the second, judged as two parts (contrast.py).
    ("The 'Most Beautiful Water Manager' is Chen Junhao, not Wang Feiyao.", "refuted", "part-refuted"),
    # A name's number: a word of a name only (twin), a bare quoted number before its word.
    ("Beilun's answer is a 'Three-City Strategy'.", "refuted", "other-member"),
    ("北仑区正在全力实施“三城”发展战略。", "refuted", "other-member"),
    ("北仑区正在全力实施“双城”发展战略。", "supported", "stated"),
    (
        "Beilun is racing to build a demonstration zone for the '135' industrial clusters.",
        "refuted",
        "other-member",
    ),
    (
        "Beilun is racing to build a demonstration zone for the '246' industrial clusters.",
        "supported",
        "stated",
    ),
    # A list counted with another size than the fact's closed list.
    ("“美丽北仑”推进的是“生态之美”“品质之美”“人文之美”三美。", "refuted", "contrary-marker"),
    ("“美丽北仑”推进的是“生态之美”“品质之美”“人文之美”五美。", "refuted", "contrary-marker"),
    # An event in the year of another event of its entity.
    ("Binhai New District was created in 1987.", "refuted", "other-time"),
    ("Binhai New District was created in 1984.", "supported", "stated"),
    # A number of another clause of the quote is not the fact's.
    ("Geely Automobile made the city's list at the 10-billion-yuan level.", "not-enough-info", "no-figure"),
]


def _checked(claims: list[str]) -> list[tuple[str, str]]:
    done = subprocess.run(
        [installed_script(), "check", "-", "--format", "jsonl"],
        input="\n".join(claims) + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stderr == ""
    return [(answer["verdict"], answer["rule"]) for answer in map(json.loads, done.stdout.splitlines())]


@pytest.fixture(scope="module")
def answers() -> dict[str, tuple[str, str]]:
    claims = [claim for claim, _, _ in CASES]
    return dict(zip(claims, _checked(claims), strict=True))


@pytest.mark.parametrize(("claim", "verdict", "rule"), CASES)
def test_entity_in_the_facts_stead(
    answers: dict[str, tuple[str, str]], claim: str, verdict: str, rule: str
) -> None:
    assert answers[claim] == (verdict, rule)
