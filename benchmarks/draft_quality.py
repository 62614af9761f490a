"""How close `beilun draft` comes to the curated fact base, drafting the seed article afresh.

The curated base is the answer key. The article's text is drafted twice: with the base's
vocabulary only (its entities, measures and topics, none of its facts), and in three folds, each
third of the article's paragraphs drafted with the habits of the facts of the other two (which
topic a measure's facts have, which amount unit counts a unit), as a base that already holds
other articles would be. No curated fact leaks into a guess about itself. Each curated fact
with a value is looked for among the candidates:

- recall: the share of those facts whose quote lies inside a candidate's quote (in the same
  paragraph);
- precision of fields: among the facts found, the share whose candidate (the covering one of
  the same value, else the first covering one) has the curated value, unit, qualifier, amount
  (with its unit), time (start, end, precision), measure and subject;
- dated facts: the curated facts with a time and no value (dated events, 1984年1月27日国务院
  批复…), found the same way, and whose candidate has their time;
- noise: candidates that match no curated fact (no curated quote lies in theirs with the same
  figure, or any curated quote for a candidate without a figure), each printed with --noise for
  reading;
- time: the seed's first 50 paragraphs drafted by the installed `beilun draft`, end to end (a
  new process: start-up, the base loaded, the files written), and in this process.

Why 76 facts with a value, where issue 28 says 86 numeric facts: the base holds 176 facts, of
which 76 have a value (each with its quantity), and has at every commit since it was founded;
no other reading of "numeric" gives 86 (a quote with an Arabic digit: 83; a claim with one:
89; a value or a time: 94). The 18 dated facts without a value are counted on a line of their
own.

    python benchmarks/draft_quality.py [--facts DIR] [--noise] [--misses]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from beilun_cli.base.model import Fact
from beilun_cli.base.paths import default_root
from beilun_cli.draft import drafting
from beilun_cli.store import loader

FIELDS = ("value", "unit", "qualifier", "amount", "as_of", "measure", "subject", "topic")


def curated_field(fact: Fact, name: str) -> object:
    if name == "amount":
        return (fact.quantity.amount, fact.quantity.amount_unit) if fact.quantity else None
    if name == "qualifier":
        return fact.quantity.qualifier if fact.quantity else None
    if name == "as_of":
        return (fact.as_of.start, fact.as_of.end, fact.as_of.precision) if fact.as_of else None
    return getattr(fact, name)


def drafted_field(candidate: drafting.Candidate, name: str) -> object:
    quantity = candidate.quantity
    if name == "amount":
        return (quantity.amount, quantity.amount_unit) if quantity else None
    if name == "qualifier":
        return quantity.qualifier if quantity else None
    if name == "as_of":
        time_ = candidate.as_of
        return (time_.start, time_.end, time_.precision) if time_ else None
    return getattr(candidate, name)


def same(a: object, b: object) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int):
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--facts", type=Path, default=default_root())
    parser.add_argument("--noise", action="store_true", help="print every candidate that covers no fact")
    parser.add_argument(
        "--misses", action="store_true", help="print each fact not found or with a wrong field"
    )
    options = parser.parse_args()

    base = loader.load(options.facts)
    print("With the vocabulary only:")
    report(base, [dataclasses.replace(base, facts=())], options)
    print("\nIn three folds, with the habits of the other folds' facts:")
    report(base, folds(base, 3), options)
    print()
    timing(base, options.facts)


def timing(base: loader.LoadedBase, facts: Path) -> None:
    """How long a 50-paragraph article takes to draft: the seed's first 50 paragraphs."""
    source = next(iter(base.sources.values()))
    paragraphs = drafting.paragraphs_of(Path(source.text_path).read_text(encoding="utf-8"))[:50]
    text = "\n\n".join(paragraphs) + "\n"
    started = time.perf_counter()
    drafting.draft_article(text, "2019-09-16", base)
    in_process = time.perf_counter() - started
    beilun = shutil.which("beilun", path=str(Path(sys.executable).parent)) or "beilun"
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "fifty.txt"
        article.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        command = [beilun, "--facts", str(facts), "draft", str(article), "--published", "2019-09-16"]
        subprocess.run([*command, "-o", str(Path(folder) / "out")], check=True, capture_output=True)
        end_to_end = time.perf_counter() - started
    print(
        f"time: a {len(paragraphs)}-paragraph article drafts in {end_to_end:.2f} s with `beilun draft`"
        f" (start-up, base and files included), {in_process:.2f} s in process"
    )


def folds(base: loader.LoadedBase, count: int) -> list[loader.LoadedBase]:
    """`count` bases, each without the facts of one run of the sources' paragraphs."""
    last = max(fact.location.paragraph for fact in base.facts)
    size = -(-last // count)
    return [
        dataclasses.replace(
            base, facts=tuple(f for f in base.facts if (f.location.paragraph - 1) // size != fold)
        )
        for fold in range(count)
    ]


def report(base: loader.LoadedBase, habits: list[loader.LoadedBase], options: argparse.Namespace) -> None:
    """Draft every source once per base of `habits`; each fact is judged by the draft whose base
    lacks it."""
    results = []
    for source in base.sources.values():
        text = Path(source.text_path).read_text(encoding="utf-8")
        for habit in habits:
            started = time.perf_counter()
            draft = drafting.draft_article(text, source.published[:10], habit)
            elapsed = time.perf_counter() - started
            results.append((source, draft, elapsed, {fact.id for fact in habit.facts}))

    valued = [fact for fact in base.facts if fact.quantity is not None]
    found = 0
    right = dict.fromkeys(FIELDS, 0)
    covering: set[int] = set()
    misses: list[str] = []
    for fact in valued:
        source, draft, _, _ = next(
            r for r in results if r[0].id == fact.location.source and fact.id not in r[3]
        )
        near = [
            (index, c)
            for index, c in enumerate(draft.candidates)
            if c.paragraph == fact.location.paragraph and fact.quote in c.quote
        ]
        if not near:
            misses.append(f"  not found: {fact.id}: {fact.quote}")
            continue
        found += 1
        index, best = next(((i, c) for i, c in near if same(c.value, fact.value)), near[0])
        covering.update(i for i, _ in near)
        for name in FIELDS:
            ours, theirs = drafted_field(best, name), curated_field(fact, name)
            if same(ours, theirs):
                right[name] += 1
            else:
                misses.append(f"  {name}: {fact.id}: drafted {ours!r}, curated {theirs!r}")
    drafts = [draft for _, draft, _, _ in results[:: len(habits)]]
    candidates = [c for draft in drafts for c in draft.candidates]
    noise = [c for c in candidates if not any(matches(c, fact) for fact in base.facts)]

    dated = [fact for fact in base.facts if fact.quantity is None and fact.as_of is not None]
    dated_found = dated_right = 0
    for fact in dated:
        near = [
            c
            for c in candidates
            if c.paragraph == fact.location.paragraph and fact.quote in c.quote and c.value is None
        ] or [c for c in candidates if c.paragraph == fact.location.paragraph and fact.quote in c.quote]
        if not near:
            misses.append(f"  dated, not found: {fact.id}: {fact.quote}")
            continue
        dated_found += 1
        timed = [c for c in near if same(drafted_field(c, "as_of"), curated_field(fact, "as_of"))]
        if timed:
            dated_right += 1
        else:
            drafted = drafted_field(near[0], "as_of")
            misses.append(
                f"  dated as_of: {fact.id}: drafted {drafted!r}, curated {curated_field(fact, 'as_of')!r}"
            )

    total_paragraphs = sum(len(draft.paragraphs) for draft in drafts)
    total_time = sum(elapsed for _, _, elapsed, _ in results[:: len(habits)])
    print(
        f"drafted {len(candidates)} candidate facts from {total_paragraphs} paragraphs in {total_time:.2f} s"
    )
    print(f"proposed entities: {sum(len(draft.proposals) for draft in drafts)}")
    share = f"{found}/{len(valued)} ({found / len(valued):.1%})"
    print(f"recall: {share} curated facts with a value lie in a candidate's quote")
    for name in FIELDS:
        print(f"  {name:<10} {right[name]}/{found} ({right[name] / max(found, 1):.1%})")
    print(
        f"dated facts without a value: {dated_found}/{len(dated)} lie in a candidate's quote,"
        f" {dated_right} with their time"
    )
    print(f"noise: {len(noise)} candidates match no curated fact")
    if options.misses:
        print("\n".join(misses))
    if options.noise:
        for c in noise:
            print(f"  ¶{c.paragraph} {c.id}: {c.quantity.written if c.quantity else '-'} in {c.quote}")


def matches(candidate: drafting.Candidate, fact: Fact) -> bool:
    """Whether a candidate drafts a curated fact: the fact's quote lies in the candidate's, with
    the same figure, or none for both."""
    if candidate.paragraph != fact.location.paragraph or fact.quote not in candidate.quote:
        return False
    if candidate.value is None or fact.value is None:
        return candidate.value is None and fact.value is None
    return same(candidate.value, fact.value)


if __name__ == "__main__":
    main()
