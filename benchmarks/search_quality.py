"""How often `beilun search` puts the wanted fact first, in the top 3 or in the top 5, beside a
grep baseline, on each case set and on all of them together.

    python benchmarks/search_quality.py [CASES.toml ...] [--facts DIR]

The case sets are tests/search_cases.toml (the keyword and question set the tests require) and
tests/paraphrase_cases.toml (held-out questions written from the article as people ask them,
not from the facts' wording), where it exists: each case a query and the id of the fact it must
find. beilun is measured as the CLI searches: the base's index (the cached one, built there
first if need be), ranked by `Catalog.ranked` with no filter.

The baseline is what a reader has without beilun: grep for the literal query in the article
(`grep -F`, one paragraph per line). A case counts for grep when the expected fact's paragraph
is the first matching paragraph (top 1), or among the first 3 or 5.

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
TESTS = HERE.parent / "tests"
DEFAULT_CASES = [TESTS / "search_cases.toml", TESTS / "paraphrase_cases.toml"]
CUTS = (1, 3, 5)

Rank = Callable[[str, str], "int | None"]


def beilun_rank(indexed: Catalog) -> Rank:
    every = indexed.fact_count

    def rank(text: str, expected: str) -> int | None:
        hits, _ = indexed.ranked(text, Filters(), every)
        ids = [hit.fact.id for hit in hits]
        return ids.index(expected) + 1 if expected in ids else None

    return rank


def grep_rank(base: LoadedBase) -> Rank:
    def rank(text: str, expected: str) -> int | None:
        fact = base.by_id[expected]
        paragraphs = base.sources[fact.location.source].paragraphs
        matching = [number for number, paragraph in enumerate(paragraphs, start=1) if text in paragraph]
        return matching.index(fact.location.paragraph) + 1 if fact.location.paragraph in matching else None

    return rank


def shares(cases: Sequence[dict[str, str]], rank: Rank) -> list[int]:
    """How many cases find their fact within each cut (top 1, 3, 5)."""
    ranks = [rank(case["query"], case["expect"]) for case in cases]
    return [sum(1 for r in ranks if r is not None and r <= cut) for cut in CUTS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", type=Path, default=None)
    parser.add_argument("--facts", type=Path, default=None, help="fact base (default: the shipped one)")
    args = parser.parse_args()
    files = args.cases or [path for path in DEFAULT_CASES if path.exists()]
    sets = {path.stem: tomllib.loads(path.read_text(encoding="utf-8"))["cases"] for path in files}
    root = args.facts or paths.default_root()
    base = loader.load(root)  # the article's paragraphs, for grep
    rankers = {"beilun search": beilun_rank(catalog.open_base(root)), "grep -F": grep_rank(base)}

    groups: dict[str, list[dict[str, str]]] = dict(sets)
    if len(sets) > 1:
        groups["all sets"] = [case for cases in sets.values() for case in cases]
    width = max(len(name) for name in groups)
    cuts = "".join(f"{'top ' + str(cut):>15}" for cut in CUTS)
    print(f"{'method':<14} {'cases':<{width}} {'n':>4}{cuts}")
    for name, rank in rankers.items():
        for group, chosen in groups.items():
            n = len(chosen)
            found = "".join(f"{count:>6} ({count / n:6.1%})" for count in shares(chosen, rank))
            print(f"{name:<14} {group:<{width}} {n:>4}{found}")

    ours = rankers["beilun search"]
    for group, chosen in sets.items():
        below = [(case, ours(case["query"], case["expect"])) for case in chosen]
        below = [(case, r) for case, r in below if r != 1]
        if below:
            print(f"\nbeilun search below rank 1 in {group}:")
            for case, r in below:
                note = f" ({case['note']})" if "note" in case else ""
                print(f"  rank {r or '-'}: {case['query']!r} -> {case['expect']}{note}")


if __name__ == "__main__":
    main()
