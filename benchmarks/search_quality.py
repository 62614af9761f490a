"""How often `beilun search` puts the wanted fact first, in the top 3 or in the top 5, beside a
grep baseline, on each case set and on all of them together; and how often `beilun ask` answers
with the wanted fact first and the right kind of answer.

    python benchmarks/search_quality.py [CASES.toml ...] [--facts DIR]

The case sets are tests/search_cases.toml (the keyword and question set the tests require),
tests/paraphrase_cases.toml (questions written from the article as people ask them, not from
the facts' wording; search and ask were tuned on it since) — together the development set — and
tests/ask_heldout.toml (written blind, and kept apart from tuning): each case a query and the
id of the fact it must find. beilun is measured as the CLI searches: the base's index (the
cached one, built there first if need be), ranked by `Catalog.ranked` with no filter.

The baseline is what a reader has without beilun: grep for the literal query in the article
(`grep -F`, one paragraph per line). A case counts for grep when the expected fact's paragraph
is the first matching paragraph (top 1), or among the first 3 or 5.

`ask` is measured as the CLI answers (answers.respond) on each case set: a case counts when the
expected fact is the first of the answer's evidence, and, for cases that say which `answer` they
want (quantity, time, who, where, claim), when the answer is of that kind. A question refused
(no confident answer) counts as wrong. Off-topic questions (OFF_TOPIC, about anything but the
article) show the other side of the confidence threshold: each should be refused. The share of
the question the best hit matched (answers.coverage) is printed for both, lowest first: the
threshold lies between them.

It prints figures and asserts nothing; tests/test_search.py is what requires the top 3.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

from beilun_cli.answer import answers
from beilun_cli.base import paths
from beilun_cli.base.model import LoadedBase
from beilun_cli.store import catalog, loader
from beilun_cli.store.catalog import Catalog, Filters

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests"
DEFAULT_CASES = [TESTS / "search_cases.toml", TESTS / "paraphrase_cases.toml", TESTS / "ask_heldout.toml"]
# The sets the search and ask were tuned on: reported together as "development".
DEVELOPMENT = ("search_cases", "paraphrase_cases")
CUTS = (1, 3, 5)
# Questions the article does not answer, in both languages: `ask` should refuse every one. A
# case file may add its own (`[[off_topic]]`, each a `query`).
OFF_TOPIC = (
    "What is the population of Paris?",
    "What is the capital of France?",
    "What is the GDP of Shanghai?",
    "How many people live in Beijing?",
    "how many cats live in Tokyo",
    "how tall is Mount Everest",
    "who won the world cup in 2018",
    "who founded Alibaba",
    "Who is the president of the United States?",
    "When did World War II end?",
    "when was the iPhone released",
    "巴黎的人口是多少",
    "上海的GDP是多少",
    "北京有多少人口",
    "香港的面积有多大",
    "苹果公司的市值是多少",
    "谁发明了电话",
    "杭州西湖在哪里",
    "特斯拉工厂在哪",
    "天气怎么样",
)


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


class AskOutcome:
    """One question put to `ask`: the fact its answer comes from (None: refused), the answer's kind,
    the best hit's fact (answered or not), and the share of the question that hit matched."""

    __slots__ = ("fact", "kind", "best", "coverage")

    def __init__(self, fact: str | None, kind: str | None, best: str | None, coverage: float) -> None:
        self.fact = fact
        self.kind = kind
        self.best = best
        self.coverage = coverage


def ask(indexed: Catalog, question: str) -> AskOutcome:
    try:
        found = answers.respond(indexed, question)
    except answers.NoConfidentAnswer as refused:
        if not refused.hits:
            return AskOutcome(None, None, None, 0.0)
        best = refused.hits[0]
        share = answers.coverage(indexed, answers.search_text(question), best.terms)
        return AskOutcome(None, None, best.fact.id, share)
    hits, _ = indexed.ranked(answers.search_text(question), Filters(), 1)
    best_id = hits[0].fact.id if hits else None
    # The case sets name a list's and a yes-or-no question's kind "claim".
    kind = "claim" if found.kind in ("list", "yes-no", "source") else found.kind
    if isinstance(found, answers.RecordAnswer):
        return AskOutcome(found.source["id"], kind, best_id, 1.0)
    if isinstance(found, answers.YesNoAnswer):
        share = answers.coverage(indexed, answers.search_text(question), hits[0].terms) if hits else 0.0
        return AskOutcome(found.fact["id"], kind, best_id, share)
    return AskOutcome(found.evidence[0].fact.id, kind, best_id, found.coverage)


def _share(count: int, total: int) -> str:
    return f"{count:>4}/{total:<3} ({count / total:6.1%})" if total else f"{'-':>16}"


def ask_report(
    indexed: Catalog, sets: dict[str, list[dict[str, str]]], off_topic: dict[str, list[str]]
) -> None:
    """`ask` accuracy on each set of cases, by language, then the confidence on both sides."""
    heads = ("fact first", "kind right", "both", "right if answered")
    print(f"\n{'ask':<24} {'n':>3} " + " ".join(f"{head:>16}" for head in heads) + f" {'refused':>8}")
    every: list[tuple[dict[str, str], AskOutcome]] = []
    wrong: list[str] = []
    for name, cases in _with_development(sets).items():
        outcomes = [(case, ask(indexed, case["query"])) for case in cases]
        together = name == DEVELOPMENT_NAME  # its cases are counted in their own sets too
        if not together:
            every += outcomes
        for lang in ("all",) if together else ("all", *sorted({case["lang"] for case in cases})):
            chosen = [(c, o) for c, o in outcomes if lang in ("all", c["lang"])]
            first = sum(1 for c, o in chosen if o.fact == c["expect"])
            typed = [(c, o) for c, o in chosen if "answer" in c]
            kind = sum(1 for c, o in typed if o.kind == c["answer"])
            both = sum(1 for c, o in typed if o.kind == c["answer"] and o.fact == c["expect"])
            answered = [(c, o) for c, o in chosen if o.fact is not None]
            cells = (
                _share(first, len(chosen)),
                _share(kind, len(typed)),
                _share(both, len(typed)),
                _share(first, len(answered)),
            )
            refused = len(chosen) - len(answered)
            print(f"{name + ' ' + lang:<24} {len(chosen):>3} " + " ".join(cells) + f" {refused:>8}")
        for c, o in () if together else outcomes:
            if o.fact != c["expect"] or ("answer" in c and o.kind != c["answer"]):
                got = o.fact or "refused"
                wanted = f"{c['expect']} ({c.get('answer', '-')})"
                wrong.append(f"  {c['query']!r} -> {got} ({o.kind}); wanted {wanted}")
    off: list[tuple[AskOutcome, str]] = []
    for name, questions in off_topic.items():
        outcomes_off = [(ask(indexed, question), question) for question in questions]
        off += outcomes_off
        refused = sum(1 for outcome, _ in outcomes_off if outcome.fact is None)
        label = f"off-topic ({name})"
        print(f"{label:<24} {len(questions):>3} refused: {refused} ({refused / len(questions):.1%})")
        for outcome, question in outcomes_off:
            if outcome.fact is not None:
                wrong.append(f"  {question!r} -> {outcome.fact} ({outcome.kind}); wanted refused (off-topic)")

    threshold = answers.MIN_COVERAGE
    print("\nconfidence: the share of the question the best hit matched (answers.coverage);")
    print(f"an answer needs more than {threshold}. Cases of every set, by whether the best hit is right:")
    print(f"{'best hit matched':<22} {'right':>6} {'wrong':>6}  off-topic")
    for label, inside in (
        (f"more than {threshold}", lambda x: x > threshold),
        (f"{threshold} or less", lambda x: x <= threshold),
    ):
        kept = [(c, o) for c, o in every if inside(o.coverage)]
        right = sum(1 for c, o in kept if o.best == c["expect"])
        strays = sum(1 for o, _ in off if inside(o.coverage))
        print(f"{label:<22} {right:>6} {len(kept) - right:>6}  {strays:>9}")
    high = max(o.coverage for o, _ in off)
    low = min((o.coverage for c, o in every if o.fact == c["expect"]), default=0.0)
    print(f"lowest share of a right answer: {low:.2f}; highest of an off-topic question: {high:.2f}")
    if wrong:
        print("\nask: wrong fact, wrong kind or refused:")
        print("\n".join(wrong))


DEVELOPMENT_NAME = "development"


def _with_development(sets: dict[str, list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    """The sets, and after them the development sets together (the figure the issue's targets
    are about), when all of them are measured."""
    groups = dict(sets)
    if all(name in sets for name in DEVELOPMENT):
        groups[DEVELOPMENT_NAME] = [case for name in DEVELOPMENT for case in sets[name]]
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", type=Path, default=None)
    parser.add_argument("--facts", type=Path, default=None, help="fact base (default: the shipped one)")
    args = parser.parse_args()
    files = args.cases or [path for path in DEFAULT_CASES if path.exists()]
    loaded = {path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in files}
    sets = {name: data["cases"] for name, data in loaded.items()}
    off_topic = {"benchmark": list(OFF_TOPIC)}
    off_topic |= {
        name: [case["query"] for case in data["off_topic"]]
        for name, data in loaded.items()
        if "off_topic" in data
    }
    root = args.facts or paths.default_root()
    base = loader.load(root)  # the article's paragraphs, for grep
    rankers = {"beilun search": beilun_rank(catalog.open_base(root)), "grep -F": grep_rank(base)}

    groups = _with_development(sets)
    width = max(len(name) for name in groups)
    cuts = "".join(f"{'top ' + str(cut):>15}" for cut in CUTS)
    print(f"{'method':<14} {'cases':<{width}} {'n':>4}{cuts}")
    for name, rank in rankers.items():
        for group, chosen in groups.items():
            n = len(chosen)
            found = "".join(f"{count:>6} ({count / n:6.1%})" for count in shares(chosen, rank))
            print(f"{name:<14} {group:<{width}} {n:>4}{found}")

    ask_report(catalog.open_base(root), sets, off_topic)

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
