"""Golden files: what beilun prints today, pinned exactly, so that a refactor proves it changed
nothing and a change of behaviour shows as a reviewed diff of tests/golden/.

- cli.txt: stdout, stderr and exit status of each invocation in tests/golden/invocations.txt;
- check.tsv: verdict, evidence and reason for every claim of the check case sets;
- ask.tsv: exit status, kind, fact and text of the answer to every question of the ask and
  search case sets;
- search.tsv: the first five fact ids search returns for every query of those sets.

Each is rewritten by `pytest tests/test_golden.py --update-golden`; review the diff before
committing it.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import tomli
from conftest import compare_golden, run

from beilun_cli.base.paths import default_root

TESTS = Path(__file__).parent
# What is run has no terminal; tables are asked for with --format table at this width.
ENVIRONMENT = {"COLUMNS": "80", "LINES": "24", "NO_COLOR": "1", "BEILUN_LANG": None, "BEILUN_FACTS": None}


def cases(*names: str, key: str) -> Iterator[str]:
    """The `key` of every case of the named case files, each once, in file order."""
    seen: set[str] = set()
    for name in names:
        data = tomli.loads((TESTS / name).read_text(encoding="utf-8"))
        for case in [*data.get("cases", []), *data.get("off_topic", [])]:
            text = case[key]
            if text not in seen:
                seen.add(text)
                yield text


def one_line(text: str) -> str:
    """A field of a TSV row: tabs and newlines shown, so each case stays on its own line."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def invocations() -> Iterator[list[str]]:
    for line in (TESTS / "golden" / "invocations.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield shlex.split(line)


def test_every_invocation_prints_what_it_printed(update_golden: bool) -> None:
    # The shipped base lies in the checkout or in site-packages, by how beilun was installed.
    # and the index in each test's own cache.
    places = {str(default_root()): "<FACTS>", os.environ["XDG_CACHE_HOME"]: "<CACHE>"}

    def lines(text: str) -> list[str]:
        for place, name in places.items():
            text = text.replace(place, name)
        # The index's name hashes where the base lies.
        return re.sub(r"index-facts-[0-9a-f]+\.sqlite", "index-facts-<HASH>.sqlite", text).splitlines()

    blocks: list[str] = []
    for args in invocations():
        result = run(args, env=ENVIRONMENT)
        blocks += [f"$ beilun {shlex.join(args)}", f"[exit {result.exit_code}]"]
        blocks += ["--- stdout", *lines(result.stdout)]
        if result.stderr:
            blocks += ["--- stderr", *lines(result.stderr)]
        blocks.append("")
    compare_golden("cli.txt", blocks, update_golden)


def test_every_check_case_gets_the_verdict_it_got(update_golden: bool) -> None:
    rows = ["claim\texit\tverdict\tevidence\treason"]
    for claim in cases("check_cases.toml", "check_heldout.toml", key="claim"):
        result = run(["check", "--json", claim], env=ENVIRONMENT)
        report = json.loads(result.stdout)
        evidence = ",".join(fact["id"] for fact in report["evidence"])
        fields = [str(result.exit_code), report["verdict"], evidence, one_line(report["reason"])]
        rows.append("\t".join([one_line(claim), *fields]))
    compare_golden("check.tsv", rows, update_golden)


QUESTION_SETS = ("search_cases.toml", "paraphrase_cases.toml", "ask_heldout.toml")


def test_every_question_gets_the_answer_it_got(update_golden: bool) -> None:
    rows = ["question\texit\tkind\tfact\tanswer"]
    for question in cases(*QUESTION_SETS, key="query"):
        result = run(["ask", "--json", question], env=ENVIRONMENT)
        report = json.loads(result.stdout) if result.stdout else {}
        answer = report.get("answer") or {}
        fields = [str(result.exit_code), answer.get("kind", "-"), answer.get("fact", "-")]
        text = answer.get("text") or report.get("reason") or result.stderr.strip()
        rows.append("\t".join([one_line(question), *fields, one_line(text)]))
    compare_golden("ask.tsv", rows, update_golden)


def test_every_query_finds_what_it_found(update_golden: bool) -> None:
    rows = ["query\texit\tfirst five"]
    for query in cases(*QUESTION_SETS, key="query"):
        result = run(["search", "--json", "--limit", "5", query], env=ENVIRONMENT)
        found = [hit["id"] for hit in json.loads(result.stdout)] if result.stdout else []
        rows.append(f"{one_line(query)}\t{result.exit_code}\t{','.join(found)}")
    compare_golden("search.tsv", rows, update_golden)
