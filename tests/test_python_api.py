"""The Python API under misuse and threads: a base is shared by threads, arguments are checked
(TypeError, ValueError) before SQLite sees them, one rule for a limit, and a caller's mistake
never costs the index (issue 27, item 19)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run

import beilun_cli
from beilun_cli.base.errors import NotFoundError, UsageError
from beilun_cli.store.catalog import Catalog

SHIPPED_FACTS = len(list(beilun_cli.open_base(use_cache=False).facts()))


def cached_base(private_cache: Path) -> Catalog:
    """The shipped base, its index built by this process into the test's cache."""
    base = beilun_cli.open_base()
    assert base.index.path is not None and base.index.path.parent == private_cache / "beilun"
    return base


def unchanged(base: Catalog) -> Callable[[], bool]:
    """A check that the base's index file is still the one it was: neither rebuilt nor removed."""
    assert base.index.path is not None
    path, before = base.index.path, base.index.path.stat()

    def check() -> bool:
        now = path.stat() if path.exists() else None
        return now is not None and (now.st_ino, now.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)

    return check


def test_a_base_opened_in_one_thread_answers_in_another(private_cache: Path) -> None:
    base = cached_base(private_cache)  # built here: a failure in a thread used to be "damage"
    kept = unchanged(base)
    answers: list[object] = []

    def ask() -> None:
        answers.extend(
            (
                base.fact("gdp-2018").id,
                len(list(base.facts())),
                [hit.fact.id for hit in base.search("GDP", limit=2)],
            )
        )

    worker = threading.Thread(target=ask)
    worker.start()
    worker.join()
    assert answers == ["gdp-2018", SHIPPED_FACTS, [hit.fact.id for hit in base.search("GDP", limit=2)]]
    assert kept()


def test_threads_sharing_a_base_get_the_answers_one_thread_gets(private_cache: Path) -> None:
    base = cached_base(private_cache)
    kept = unchanged(base)
    queries = ["GDP", "森林覆蓋率", "volunteers", "zhangrenya", "What was Beilun's GDP in 2018?", "沙滩"]
    alone = {query: [(hit.fact.id, hit.score) for hit in base.search(query, limit=0)] for query in queries}
    listed = [fact.id for fact in base.facts()]
    failures: list[str] = []

    def work(start: int) -> None:
        try:
            for turn in range(12):
                query = queries[(start + turn) % len(queries)]
                if [(hit.fact.id, hit.score) for hit in base.search(query, limit=0)] != alone[query]:
                    failures.append(f"search {query}")
                if [fact.id for fact in base.facts()] != listed:
                    failures.append("facts")
        except Exception as error:  # noqa: BLE001 - any error in a thread is the failure reported
            failures.append(repr(error))

    workers = [threading.Thread(target=work, args=(start,)) for start in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    assert kept()


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda base: list(base.facts(unit=["x"])), TypeError),
        (lambda base: list(base.facts(topic=3)), TypeError),
        (lambda base: list(base.facts(minimum="5")), TypeError),
        (lambda base: list(base.facts(year=True)), TypeError),
        (lambda base: list(base.facts(limit=2.5)), TypeError),
        (lambda base: base.fact(2018), TypeError),
        (lambda base: base.search(None), TypeError),
        (lambda base: base.search(b"GDP"), TypeError),
        (lambda base: base.paragraphs("s", first="1"), TypeError),
        (lambda base: list(base.facts(limit=-5)), ValueError),
        (lambda base: base.search("GDP", limit=-1), ValueError),
        (lambda base: list(base.facts(minimum=float("nan"))), ValueError),
        (lambda base: list(base.facts(year=10**5000)), ValueError),
        (lambda base: list(base.facts(since="2019-13")), ValueError),
    ],
    ids=[
        "unit-list",
        "topic-int",
        "minimum-str",
        "year-bool",
        "limit-float",
        "fact-int",
        "search-none",
        "search-bytes",
        "paragraph-str",
        "facts-negative-limit",
        "search-negative-limit",
        "minimum-nan",
        "year-huge",
        "month-13",
    ],
)
def test_a_wrong_argument_is_a_type_or_value_error_and_the_index_stays(
    private_cache: Path, call: Callable[[Catalog], object], error: type[Exception]
) -> None:
    base = cached_base(private_cache)
    kept = unchanged(base)
    with pytest.raises(error):
        call(base)
    assert kept()
    assert base.fact("gdp-2018").id == "gdp-2018"  # the base still answers


def test_zero_or_none_is_no_limit_in_every_function_as_for_limit_0_on_the_command_line() -> None:
    base = beilun_cli.open_base()
    # More matches than search's default of 10.
    every_match = json.loads(run(["search", "投资", "--limit", "0", "--json", "--fields", "id"]).stdout)
    assert len(every_match) > 10
    for no_limit in (0, None, 10**30):
        assert len(list(base.facts(limit=no_limit))) == SHIPPED_FACTS
        assert [hit.fact.id for hit in base.search("投资", limit=no_limit)] == [
            hit["id"] for hit in every_match
        ]
    assert [fact.id for fact in base.facts(limit=3)] == [fact.id for fact in base.facts()][:3]


def test_numbers_beyond_a_float_compare_as_infinities() -> None:
    base = beilun_cli.open_base()
    assert base.search("GDP", minimum=10**400) == []
    assert [hit.fact.id for hit in base.search("GDP", maximum=10**400)] == [
        hit.fact.id for hit in base.search("GDP", maximum=float("inf"))
    ]
    assert len(list(base.facts(minimum=-(10**400)))) == len(list(base.facts(minimum=float("-inf"))))
    assert base.paragraphs("cnnb-2019-09-16", first=10**30) == []


def test_text_that_is_not_unicode_is_searched_with_its_bad_bytes_replaced() -> None:
    base = beilun_cli.open_base()
    with_bad_byte = [hit.fact.id for hit in base.search("森林覆盖率\udcff")]
    assert with_bad_byte and with_bad_byte == [hit.fact.id for hit in base.search("森林覆盖率\ufffd")]
    assert isinstance(base.search("龘\udcff"), list)
    with pytest.raises(NotFoundError):
        base.fact("gdp-2018\udcff")


def test_a_value_error_of_the_api_is_a_usage_error_to_the_commands() -> None:
    with pytest.raises(ValueError) as caught:
        list(beilun_cli.open_base().facts(limit=-1))
    assert isinstance(caught.value, UsageError) and caught.value.exit_code == 2
    assert caught.value.message == "limit must be 0 (no limit) or more, not negative"
