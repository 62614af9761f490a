"""beilun check on the blind sets, now development data (tests/check_blind*.toml): a ratchet.

Each set was run once, unseen, and its first figure is in its header; since then it is worked
on like any other set. This test holds what has been reached: for each set and verdict, at
least as many claims right as the floor below, and no claim "supported" that the article
refutes or does not decide, but for any named in KNOWN_WRONGLY_SUPPORTED, each still
to be fixed. A known one that is fixed fails the test too, so that the list only shrinks.

When a change moves a set above its floor, raise the floor in the same commit.
`python benchmarks/blind_sets.py --misses --ask skip --check tests/check_blindN.toml` lists the
misses of one set.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

HERE = Path(__file__).parent
# Claims right per verdict on main: (supported, refuted, not-enough-info).
FLOORS = {
    "check_blind": (61, 50, 50),
    "check_blind2": (67, 44, 37),
    "check_blind3": (80, 58, 40),
    "check_blind4": (81, 57, 40),
    "check_blind5": (107, 73, 54),
    "check_blind6": (177, 123, 77),
    "check_blind7": (166, 111, 70),
    "check_blind8": (181, 127, 89),
    "check_blind9": (146, 97, 72),
    "check_blind10": (150, 107, 77),
    "check_blind11": (179, 123, 97),
    "check_blind12": (174, 107, 90),
}
# Wrong "supported" answers not fixed yet, by set: each claim as its set writes it.
KNOWN_WRONGLY_SUPPORTED: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def base() -> catalog.Catalog:
    return catalog.open_base(use_cache=False)


@pytest.fixture(scope="module", params=list(FLOORS))
def answered(
    request: pytest.FixtureRequest, base: catalog.Catalog
) -> tuple[str, list[tuple[dict[str, Any], verdicts.Verdict]]]:
    name = request.param
    cases = tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))["cases"]
    return name, [(case, verdicts.check(base, str(case["claim"]))) for case in cases]


def test_every_blind_set_has_a_floor() -> None:
    assert sorted(FLOORS) == sorted(path.stem for path in HERE.glob("check_blind*.toml"))


def test_no_verdict_falls_below_its_floor(
    answered: tuple[str, list[tuple[dict[str, Any], verdicts.Verdict]]],
) -> None:
    name, answers = answered
    right = tuple(
        sum(1 for case, answer in answers if case["verdict"] == verdict == answer.verdict)
        for verdict in verdicts.VERDICTS
    )
    below = [
        f"{verdict}: {got} right, floor {floor}"
        for verdict, got, floor in zip(verdicts.VERDICTS, right, FLOORS[name], strict=True)
        if got < floor
    ]
    assert below == [], name


def test_no_new_claim_is_wrongly_supported(
    answered: tuple[str, list[tuple[dict[str, Any], verdicts.Verdict]]],
) -> None:
    name, answers = answered
    wrongly = {
        str(case["claim"])
        for case, answer in answers
        if answer.verdict == verdicts.SUPPORTED and case["verdict"] != verdicts.SUPPORTED
    }
    assert wrongly == KNOWN_WRONGLY_SUPPORTED.get(name, set())
