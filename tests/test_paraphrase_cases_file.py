"""tests/paraphrase_cases.toml, the held-out questions for `ask`: its shape only, not how well
anything answers them."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

from beilun_cli.base import paths
from beilun_cli.store import loader

HERE = Path(__file__).resolve().parent
CASES: list[dict[str, str]] = tomllib.loads((HERE / "paraphrase_cases.toml").read_text(encoding="utf-8"))[
    "cases"
]
SEARCH_CASES: list[dict[str, str]] = tomllib.loads((HERE / "search_cases.toml").read_text(encoding="utf-8"))[
    "cases"
]
BASE = loader.load(paths.default_root())

KEYS = {"query", "expect", "lang", "answer", "note"}
LANGS = {"zh", "en", "pinyin"}
ANSWERS = {"quantity", "time", "who", "where", "claim"}
HAN = re.compile(r"[\u3400-\u9fff]")


def same_query(text: str) -> str:
    """A query as a duplicate check sees it: width, case, spaces and closing marks ignored."""
    return re.sub(r"[\s?？!！。.]+", "", unicodedata.normalize("NFKC", text).casefold())


def test_there_are_at_least_90_cases_in_each_language_in_proportion() -> None:
    langs = Counter(case["lang"] for case in CASES)
    assert len(CASES) >= 90
    assert langs["zh"] >= 0.4 * len(CASES) and langs["en"] >= 0.4 * len(CASES)
    assert langs["pinyin"] >= 8


def test_every_case_has_its_fields_and_nothing_else() -> None:
    misshapen = [c for c in CASES if set(c) != KEYS or not all(isinstance(v, str) and v for v in c.values())]
    assert misshapen == []


def test_languages_and_answer_kinds_are_known() -> None:
    assert sorted({case["lang"] for case in CASES} - LANGS) == []
    assert sorted({case["answer"] for case in CASES} - ANSWERS) == []


def test_each_query_is_written_in_its_language() -> None:
    wrong = [
        case["query"]
        for case in CASES
        if (case["lang"] == "zh") != bool(HAN.search(case["query"]))
        or (case["lang"] == "pinyin" and not re.fullmatch(r"[a-z]+", case["query"]))
    ]
    assert wrong == []


def test_every_expected_fact_is_in_the_shipped_base() -> None:
    assert sorted({case["expect"] for case in CASES} - set(BASE.by_id)) == []


def test_every_topic_is_asked_about() -> None:
    asked = {BASE.by_id[case["expect"]].topic for case in CASES if case["expect"] in BASE.by_id}
    assert sorted(set(BASE.topics) - asked) == []


def test_no_query_is_repeated_here_or_taken_from_the_search_cases() -> None:
    seen = Counter(same_query(case["query"]) for case in CASES)
    assert [query for query, n in seen.items() if n > 1] == []
    search = {same_query(case["query"]) for case in SEARCH_CASES}
    assert [case["query"] for case in CASES if same_query(case["query"]) in search] == []
