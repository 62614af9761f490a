"""The development set of `beilun check` (tests/check_cases.toml), checked for shape only.

The verdicts themselves are the ground truth the checker is measured against; here we check
that the set is large and balanced enough to measure with, and that its evidence is real.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from beilun_cli.base import paths
from beilun_cli.store import loader

CASES_FILE = Path(__file__).resolve().parent / "check_cases.toml"
CASES: list[dict[str, Any]] = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]
FACT_IDS = {fact.id for fact in loader.load(paths.default_root()).facts}

FIELDS = {"claim", "lang", "verdict", "evidence", "kind", "note"}
LANGS = ("zh", "en")
VERDICTS = ("supported", "refuted", "not-enough-info")
KINDS = ("precision", "magnitude", "units", "quantifier", "time", "entity", "non-numeric", "outside")


def test_there_are_enough_cases_in_both_languages() -> None:
    assert len(CASES) >= 100
    langs = Counter(case["lang"] for case in CASES)
    assert set(langs) == set(LANGS)
    assert min(langs.values()) >= 0.4 * len(CASES)


def test_every_case_has_exactly_the_known_fields() -> None:
    odd = [case["claim"] for case in CASES if set(case) != FIELDS]
    assert odd == []


@pytest.mark.parametrize("field, allowed", [("lang", LANGS), ("verdict", VERDICTS), ("kind", KINDS)])
def test_every_case_uses_the_known_values(field: str, allowed: tuple[str, ...]) -> None:
    assert sorted({case[field] for case in CASES} - set(allowed)) == []


def test_each_verdict_is_present_in_each_language() -> None:
    pairs = {(case["lang"], case["verdict"]) for case in CASES}
    assert pairs == {(lang, verdict) for lang in LANGS for verdict in VERDICTS}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_several_cases_in_each_language(kind: str) -> None:
    counts = Counter(case["lang"] for case in CASES if case["kind"] == kind)
    assert {lang: counts[lang] >= 3 for lang in LANGS} == {"zh": True, "en": True}


def test_claims_are_unique() -> None:
    claims = Counter(case["claim"] for case in CASES)
    assert [claim for claim, n in claims.items() if n > 1] == []


def test_every_evidence_id_is_a_fact_of_the_shipped_base() -> None:
    unknown = sorted({fact_id for case in CASES for fact_id in case["evidence"]} - FACT_IDS)
    assert unknown == []


def test_supported_and_refuted_cases_name_their_evidence() -> None:
    bare = [case["claim"] for case in CASES if case["verdict"] != "not-enough-info" and not case["evidence"]]
    assert bare == []
