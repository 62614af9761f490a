"""How often `beilun search` puts the wanted fact first, or in the top 3, beside a grep baseline.

    python benchmarks/search_quality.py [CASES.toml] [--facts DIR]

The cases are tests/search_cases.toml by default: a query and the id of the fact it must find.
beilun is measured as the CLI searches: the base's index (the cached one, built there first if
need be), ranked by `Catalog.ranked` with no filter.

The baseline is what a reader has without beilun: grep for the literal query in the article
(`grep -F`, one paragraph per line). A case counts for grep when the expected fact's paragraph
is the first matching paragraph (top 1) or among the first 3 (top 3).

It prints figures and asserts nothing; tests/test_search.py is what requires the top 3.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

from beilun_cli import catalog, loader, paths
from beilun_cli.catalog import Catalog, Filters
from beilun_cli.model import LoadedBase

HERE = Path(__file__).resolve().parent
DEFAULT_CASES = HERE.parent / "tests" / "search_cases.toml"


def beilun_rank(indexed: Catalog) -> Callable[[str, str], int | None]:
    every = indexed.fact_count

    def rank(text: str, expected: str) -> int | None:
        hits, _ = indexed.ranked(text, Filters(), every)
        ids = [hit.fact.id for hit in hits]
        return ids.index(expected) + 1 if expected in ids else None

    return rank


def grep_rank(base: LoadedBase) -> Callable[[str, str], int | None]:
    def rank(text: str, expected: str) -> int | None:
        fact = base.by_id[expected]
        paragraphs = base.sources[fact.location.source].paragraphs
        matching = [number for number, paragraph in enumerate(paragraphs, start=1) if text in paragraph]
        return matching.index(fact.location.paragraph) + 1 if fact.location.paragraph in matching else None

    return rank


def shares(cases: Sequence[dict[str, str]], rank: Callable[[str, str], int | None]) -> tuple[int, int]:
    ranks = [rank(case["query"], case["expect"]) for case in cases]
    top1 = sum(1 for r in ranks if r == 1)
    top3 = sum(1 for r in ranks if r is not None and r <= 3)
    return top1, top3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--facts", type=Path, default=None, help="fact base (default: the shipped one)")
    args = parser.parse_args()
    cases = tomllib.loads(args.cases.read_text(encoding="utf-8"))["cases"]
    root = args.facts or paths.default_root()
    base = loader.load(root)  # the article's paragraphs, for grep
    rankers = {"beilun search": beilun_rank(catalog.open_base(root)), "grep -F": grep_rank(base)}

    groups = {"all": cases}
    for lang in sorted({case["lang"] for case in cases}):
        groups[lang] = [case for case in cases if case["lang"] == lang]
    print(f"{'method':<14} {'cases':<6} {'n':>3} {'top 1':>14} {'top 3':>14}")
    for name, rank in rankers.items():
        for group, chosen in groups.items():
            top1, top3 = shares(chosen, rank)
            n = len(chosen)
            print(f"{name:<14} {group:<6} {n:>3} {top1:>4} ({top1 / n:6.1%}) {top3:>4} ({top3 / n:6.1%})")

    ours = rankers["beilun search"]
    misses = [(case, ours(case["query"], case["expect"])) for case in cases]
    below = [(case, r) for case, r in misses if r != 1]
    if below:
        print("\nbeilun search below rank 1:")
        for case, r in below:
            print(f"  rank {r or '-'}: {case['query']!r} -> {case['expect']} ({case['note']})")


if __name__ == "__main__":
    main()
