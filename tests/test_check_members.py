"""beilun check on membership claims (docs/check.md, "One of a set"): one of, among and 之一 said of
what a fact lists or names, a set's noun of members only, a counted set, and "only" of one member
of a list. Sentences of our own; the generated families over every fact are in
tests/check_generated_members.py."""

from __future__ import annotations

import json
import subprocess

from conftest import installed_script


def _checked(claims: list[str]) -> list[tuple[str, str]]:
    """Each claim's verdict and rule, from the installed `beilun check -` reading one a line."""
    done = subprocess.run(
        [installed_script(), "check", "-", "--format", "jsonl"],
        input="\n".join(claims) + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stderr == ""  # the exit status tells the verdicts (docs/check.md), not a failure
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    return [(answer["verdict"], answer["rule"]) for answer in answers]


CASES = [
    # A member of a fact's list, in either language, with the list's kind or a noun of members only.
    ("医疗是“青年北仑”政策的内容之一。", "supported", "stated"),
    ("Credit is among the aspects covered by the Youth Beilun policies.", "supported", "stated"),
    ("高端装备是北仑重点产业中的一个。", "supported", "stated"),
    ("创新意识强、推动工作快是三强三快的内容之一。", "supported", "stated"),
    # A member the fact names on its own: one of what it is.
    ("Fragrant Chaiqiao is one of Beilun civilisation demonstration lines.", "supported", "stated"),
    # Not a member: the fact names no such member, nor another word of it one (个人发展, 发展 of the
    # fact's verb), nor a member of another set (集成电路, of the digital manufacturing it lists).
    ("造船是北仑的重点产业之一。", "not-enough-info", "unstated-marker"),
    ("个人发展是北仑的各项工作之一", "not-enough-info", "unstated-marker"),
    ("集成电路是北仑的数字化装备之一", "not-enough-info", "unstated-marker"),
    ("Big data is one of Beilun's rural businesses.", "not-enough-info", "unstated-word"),
    # A counted set: of the size the fact gives (a closed list's, or its count after 等), or not.
    ("“人文之美”是美丽北仑四美之一。", "supported", "stated"),
    ("“人文之美”是美丽北仑五美之一。", "refuted", "contrary-marker"),
    ("李氏家族纪念馆是北仑20个红色教育基地之一。", "supported", "stated"),
    ("The Li Family Memorial Hall is one of Beilun's 30 red education bases.", "refuted", "figure-exclusive"),
    # An English member is not matched with a Chinese list (an entity's name is): a count it gives
    # stays undecided.
    (
        "The beauty of culture is one of the five beauties Beautiful Beilun promotes.",
        "not-enough-info",
        "unstated-marker",
    ),
    (
        "The beauty of ecology is one of the three beauties of Beautiful Beilun.",
        "not-enough-info",
        "unstated-word",
    ),
    # A set's English count is read to its number's end: worth 2 billion yuan counts no set of 2.
    (
        "Yuzhou Group is among the attracted projects worth 2 billion yuan or more each.",
        "supported",
        "figure-entailed",
    ),
    # A sibling denied a place in the set the article closes, named in the article (a frame).
    (
        '"Healthy Beilun" is not one of the three major programmes named in the article.',
        "supported",
        "negated",
    ),
    ('"Youth Beilun" is not one of the three major programmes named in the article.', "refuted", "negated"),
    # A closed list named by its count holds no other member.
    ("“双城记”是北仑的三大工程之一。", "refuted", "contrary-marker"),
    # Only one member of a list the fact gives with others.
    ("青年北仑政策只涉及教育。", "refuted", "contrary-marker"),
    ("北仑只在绿色石化产业上发力。", "refuted", "contrary-marker"),
    ("“青年北仑”政策涉及住房。", "supported", "stated"),
]


def test_membership_claims() -> None:
    # One run of the installed script for all of them: a process each would cost a second each.
    answers = _checked([claim for claim, _, _ in CASES])
    assert list(zip([claim for claim, _, _ in CASES], answers, strict=True)) == [
        (claim, (verdict, rule)) for claim, verdict, rule in CASES
    ]
