"""beilun check on its development set (tests/check_cases.toml): at least 95% right for each
verdict, and never "supported" for a claim the article refutes or does not decide.

benchmarks/check_quality.py prints the same figures, with the confusion matrix and the misses.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from beilun_cli import catalog, verdicts

CASES = tomllib.loads((Path(__file__).parent / "check_cases.toml").read_text(encoding="utf-8"))["cases"]
REQUIRED = 0.95


@pytest.fixture(scope="module")
def answers() -> list[tuple[dict[str, object], verdicts.Verdict]]:
    base = catalog.open_base(use_cache=False)
    return [(case, verdicts.check(base, str(case["claim"]))) for case in CASES]


@pytest.mark.parametrize("verdict", verdicts.VERDICTS)
def test_each_verdict_is_right_for_95_percent_of_its_claims(
    answers: list[tuple[dict[str, object], verdicts.Verdict]], verdict: str
) -> None:
    mine = [(case, answer) for case, answer in answers if case["verdict"] == verdict]
    wrong = [
        f"{case['claim']} -> {answer.verdict}: {answer.reason}"
        for case, answer in mine
        if answer.verdict != verdict
    ]
    assert len(mine) - len(wrong) >= REQUIRED * len(mine), "\n".join(wrong)


def test_no_claim_is_wrongly_supported(answers: list[tuple[dict[str, object], verdicts.Verdict]]) -> None:
    wrong = [
        f"{case['claim']} ({case['verdict']}): {answer.reason}"
        for case, answer in answers
        if answer.verdict == verdicts.SUPPORTED and case["verdict"] != verdicts.SUPPORTED
    ]
    assert wrong == []


def test_a_decided_claim_names_the_fact_that_decides_it(
    answers: list[tuple[dict[str, object], verdicts.Verdict]],
) -> None:
    """Right for the right reason: a right supported or refuted verdict cites one of the facts
    the case names."""
    found = Counter()
    for case, answer in answers:
        if answer.verdict == case["verdict"] and answer.verdict != verdicts.NOT_ENOUGH_INFO:
            expected = set(case["evidence"])  # type: ignore[arg-type]
            found[bool(expected & {record["id"] for record in answer.evidence})] += 1
    assert found[False] <= 0.05 * (found[True] + found[False]), found
