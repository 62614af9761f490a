"""The blind sets: claims and questions written from the article alone, by writers who never saw
the code, the other case sets or the vocabulary (tests/check_blind.toml, tests/ask_blind.toml).

A blind set measures once: its first figure is the one to quote; after that it is development
data like any other set, and the next measurement wants a new blind set. The first figures of
these two sets (2026-12-06) are in the messages of the commits that added them.

- check: the share right per verdict, and every wrong "supported" (the answer a fact-checker
  must never give);
- ask: the share answered with the expected fact (`--twins` also counts a fact the writer named
  as saying the same), and the off-topic questions declined.

Both run the installed `beilun`, as a user does: `check -` for the claims, `ask --json` for each
question. A question's `expect` is one fact id or a list of the ids that answer it alike; a
question about the article's own record expects its source id.

    python benchmarks/blind_sets.py [--misses] [--twins] [--check FILE|skip] [--ask FILE|skip]

`--check skip` or `--ask skip` leaves that set out.
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import subprocess
import sys
from pathlib import Path

import tomli

TESTS = Path(__file__).resolve().parents[1] / "tests"
VERDICTS = ("supported", "refuted", "not-enough-info")
SKIP = "skip"  # --check skip, --ask skip: leave that set out
# Facts the ask set's writer named as answering alike (its report): one for the other is right
# with --twins.
TWINS = (
    ("five-national-development-opening-zones", "five-national-development-zones"),
    ("three-major-programmes", "twin-city-three-major-projects"),
    ("foreign-trade-imports-exports-over-10bn-usd-2018", "only-county-district-in-zhejiang-trade-over-10bn"),
    ("huashuo-mould-new-product-plan-2019", "huashuo-mould-international-leading"),
    ("red-education-bases-20", "red-gene-heritage-bases-20"),
    ("three-dayu-ding-trophies", "dayu-ding-three-times-in-a-row"),
)


def beilun() -> str:
    found = shutil.which("beilun", path=str(Path(sys.executable).parent)) or shutil.which("beilun")
    if found is None:
        sys.exit("the beilun console script is not installed beside this Python")
    return found


def check_set(path: Path, misses: bool) -> None:
    cases = tomli.loads(path.read_text(encoding="utf-8")).get("cases", [])
    if not cases:  # `--check /dev/null` skips the claims
        return
    claims = "".join(case["claim"] + "\n" for case in cases)
    run = subprocess.run(
        [beilun(), "check", "-", "--format", "jsonl"], input=claims, capture_output=True, text=True
    )
    results = [json.loads(line) for line in run.stdout.splitlines()]
    if len(results) != len(cases):
        sys.exit(f"check - answered {len(results)} of {len(cases)} claims: {run.stderr[:300]}")
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    wrong = []
    for case, result in zip(cases, results, strict=True):
        total[case["verdict"]] += 1
        if result["verdict"] == case["verdict"]:
            right[case["verdict"]] += 1
        else:
            wrong.append((case["verdict"], result["verdict"], result.get("rule", "-"), case["claim"]))
    print(f"check: {sum(right.values())}/{len(cases)} right ({sum(right.values()) / len(cases):.1%})")
    for verdict in VERDICTS:
        share = right[verdict] / max(total[verdict], 1)
        print(f"  {verdict:<16} {right[verdict]}/{total[verdict]} ({share:.1%})")
    print(f"  wrong 'supported': {sum(1 for _, got, _, _ in wrong if got == 'supported')}")
    if misses:
        for wanted, got, rule, claim in wrong:
            print(f"    {wanted} -> {got} ({rule}): {claim}")


def answered_fact(question: str) -> str | None:
    """The fact (or, for the article's own record, the source) ask answers with; None if declined."""
    run = subprocess.run([beilun(), "ask", "--json", question], capture_output=True, text=True)
    if run.returncode != 0 or not run.stdout:
        return None
    answer = json.loads(run.stdout).get("answer") or {}
    return answer.get("fact") or answer.get("source")


def ask_set(path: Path, misses: bool, twins: bool) -> None:
    data = tomli.loads(path.read_text(encoding="utf-8"))
    if not data.get("cases"):  # `--ask /dev/null` skips the questions
        return
    alike = dict(TWINS) | {b: a for a, b in TWINS} if twins else {}
    # An off-topic question is an [[off_topic]] table, or a case that expects no fact (expect = []).
    asked_cases = [case for case in data["cases"] if case["expect"]]
    off_topic = data.get("off_topic", []) + [case for case in data["cases"] if not case["expect"]]
    right, wrong = 0, []
    for case in asked_cases:
        got = answered_fact(case["query"])
        expected = [case["expect"]] if isinstance(case["expect"], str) else case["expect"]
        if got is not None and (got in expected or any(alike.get(fact) == got for fact in expected)):
            right += 1
        else:
            wrong.append(f"{case['query']} -> {got or 'declined'}; wanted {' or '.join(expected)}")
    declined = 0
    for case in off_topic:
        got = answered_fact(case["query"])
        if got is None:
            declined += 1
        else:
            wrong.append(f"off-topic {case['query']} -> {got}")
    asked, off = len(asked_cases), len(off_topic)
    share = (right + declined) / (asked + off)
    print(f"ask: {right + declined}/{asked + off} right ({share:.1%}){' with twins' if twins else ''}")
    print(f"  answered with the expected fact  {right}/{asked}")
    print(f"  off-topic declined               {declined}/{off}")
    if misses:
        for line in wrong:
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--misses", action="store_true", help="list every case the tool got wrong")
    parser.add_argument("--twins", action="store_true", help="count a fact named as alike as right")
    parser.add_argument(
        "--check", default=str(TESTS / "check_blind.toml"), help=f"the claims, or {SKIP!r} for none"
    )
    parser.add_argument(
        "--ask", default=str(TESTS / "ask_blind.toml"), help=f"the questions, or {SKIP!r} for none"
    )
    options = parser.parse_args()
    if options.check != SKIP:
        check_set(Path(options.check), options.misses)
    if options.ask != SKIP:
        ask_set(Path(options.ask), options.misses, options.twins)


if __name__ == "__main__":
    main()
