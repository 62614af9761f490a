"""How often `beilun check` gives the right verdict on the development set, per verdict.

    python benchmarks/check_quality.py [CASES.toml] [--facts DIR] [--misses]

The cases are tests/check_cases.toml by default: a claim, the verdict the article gives it, and
the rule it exercises (kind). beilun is measured as the CLI checks: the base's index (the cached
one, built first if need be), `verdicts.check`.

Prints, for each expected verdict, how many cases got it (the per-verdict accuracy the issue
asks to be at least 95%), the confusion matrix, the wrong "supported" answers (which must be
none), accuracy by kind and by the rule that decided, and with --misses every case it got
wrong. It asserts nothing; tests/test_check_cases.py is what requires the figures.
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

HERE = Path(__file__).resolve().parent
DEFAULT_CASES = HERE.parent / "tests" / "check_cases.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--facts", type=Path, default=None, help="fact base (default: the shipped one)")
    parser.add_argument("--misses", action="store_true", help="list every case answered wrongly")
    options = parser.parse_args()
    cases = tomllib.loads(options.cases.read_text(encoding="utf-8"))["cases"]
    base = catalog.open_base(options.facts)
    confusion: Counter[tuple[str, str]] = Counter()
    by_kind: dict[str, list[bool]] = defaultdict(list)
    by_lang: dict[str, list[bool]] = defaultdict(list)
    by_rule: dict[str, list[bool]] = defaultdict(list)
    misses: list[tuple[dict[str, str], verdicts.Verdict]] = []
    for case in cases:
        answer = verdicts.check(base, case["claim"])
        confusion[(case["verdict"], answer.verdict)] += 1
        right = answer.verdict == case["verdict"]
        by_kind[case["kind"]].append(right)
        by_lang[case["lang"]].append(right)
        by_rule[answer.rule].append(right)
        if not right:
            misses.append((case, answer))
    print(f"{len(cases)} claims from {options.cases.name}")
    print()
    print(f"{'expected':<18}{'cases':>6}{'right':>7}{'accuracy':>10}")
    for verdict in verdicts.VERDICTS:
        total = sum(count for (expected, _), count in confusion.items() if expected == verdict)
        right = confusion[(verdict, verdict)]
        share = f"{100 * right / total:.1f}%" if total else "-"
        print(f"{verdict:<18}{total:>6}{right:>7}{share:>10}")
    overall = sum(confusion[(v, v)] for v in verdicts.VERDICTS)
    print(f"{'all':<18}{len(cases):>6}{overall:>7}{100 * overall / max(len(cases), 1):>9.1f}%")
    print()
    print("confusion (rows: expected, columns: answered)")
    print(" " * 18 + "".join(f"{v:>17}" for v in verdicts.VERDICTS))
    for expected in verdicts.VERDICTS:
        print(f"{expected:<18}" + "".join(f"{confusion[(expected, got)]:>17}" for got in verdicts.VERDICTS))
    wrong_supported = sum(
        count for (expected, got), count in confusion.items() if got == verdicts.SUPPORTED and expected != got
    )
    print()
    print(f"wrong 'supported' answers: {wrong_supported}")
    print()
    print("by language: " + ", ".join(f"{lang} {sum(r)}/{len(r)}" for lang, r in sorted(by_lang.items())))
    print("by kind:")
    for kind, results in sorted(by_kind.items()):
        print(f"  {kind:<16}{sum(results):>4}/{len(results):<4}")
    print("by the rule that decided (verdicts.RULES):")
    for rule, results in sorted(by_rule.items()):
        print(f"  {rule:<18}{sum(results):>4}/{len(results):<4}")
    if options.misses:
        print()
        for case, answer in misses:
            print(f"[{case['kind']}] {case['claim']}")
            answered = f"{answer.verdict} ({answer.rule})"
            print(f"    expected {case['verdict']}, answered {answered}: {answer.reason}")
            print(f"    evidence {[r['id'] for r in answer.evidence]}, expected {case.get('evidence', [])}")


if __name__ == "__main__":
    main()
