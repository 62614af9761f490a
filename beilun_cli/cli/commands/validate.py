"""beilun validate: check a fact base and list every problem as path:line:col."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

from beilun_cli.base import paths
from beilun_cli.base.errors import FactBaseError
from beilun_cli.base.model import LoadedBase
from beilun_cli.cli.invocation import root as base_root
from beilun_cli.cli.options import output
from beilun_cli.cli.output.messages import message
from beilun_cli.cli.output.text import neutralise
from beilun_cli.store import loader, vocabulary_checks
from beilun_cli.store.numeric_coverage import numeric_coverage

JsonOpt = Annotated[
    bool,
    typer.Option("--json", help="Print the report as one JSON object: ok, counts, problems, coverage."),
]


def _report(base: LoadedBase, skipped: list[str]) -> dict[str, Any]:
    coverage = {}
    for source_id in base.sources:
        covered, total, missing = numeric_coverage(base, source_id)
        coverage[source_id] = {"covered": covered, "total": total, "missing": missing}
    return {
        "ok": True,
        "path": base.root,
        "sources": len(base.sources),
        "topics": len(base.topics),
        "measures": len(base.measures),
        "entities": len(base.entities),
        "facts": len(base.facts),
        "asked": sum(len(fact.asked) for fact in base.facts),
        "concepts": len(base.concepts),
        "numeric_coverage": coverage,
        "drafts": [draft.to_json() for draft in base.drafts],
        "skipped": skipped,
        "problems": [],
        "warnings": [str(overlap) for overlap in vocabulary_checks.overlaps(base)],
    }


def _skipped(root: Path) -> list[str]:
    """What file discovery left out (links to folders, broken links), each with why."""
    try:
        return paths.discover(root).skipped
    except FactBaseError:
        return []


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _summary(report: dict[str, Any]) -> str:
    counts = ", ".join(
        _counted(report[key], one, many)
        for key, one, many in (
            ("facts", "fact", "facts"),
            ("asked", "asked phrasing", "asked phrasings"),
            ("topics", "topic", "topics"),
            ("measures", "measure", "measures"),
            ("entities", "entity", "entities"),
            ("concepts", "concept", "concepts"),
            ("sources", "source", "sources"),
        )
    )
    lines = [f"ok: {neutralise(report['path'])}: {counts}"]
    for source_id, figures in report["numeric_coverage"].items():
        share = f"{figures['covered']}/{figures['total']}"
        lines.append(f"numeric coverage of {source_id}: {share} numbers quoted by a fact")
        lines += [f"  not quoted: {item}" for item in figures["missing"]]
    lines += _drafts(report["drafts"])
    lines += [f"skipped: {neutralise(item)}" for item in report["skipped"]]
    return "\n".join(lines) + "\n"


def _drafts(drafts: list[dict[str, Any]]) -> list[str]:
    """What is left to curate: a count per kind and per missing field, then each draft where it
    stands (path:line, as an editor jumps to it)."""
    if not drafts:
        return []
    kinds = Counter(draft["kind"] for draft in drafts)
    fields = Counter(name for draft in drafts for name in draft["missing"])
    plurals = {"entity": "entities"}
    counted = ", ".join(_counted(count, kind, plurals.get(kind, f"{kind}s")) for kind, count in kinds.items())
    missing = ", ".join(f"{name} ({count})" for name, count in fields.most_common())
    lines = [f"drafts: {counted} to finish; missing: {missing}"]
    for draft in drafts:
        where = f"{draft['path']}:{draft['line']}"
        wanted = ", ".join(draft["missing"])
        lines.append(f"  {neutralise(where)}: {draft['kind']} '{draft['id']}': to write {wanted}")
    return lines


def validate_base(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            help="A fact base directory or file. Default: --facts, $BEILUN_FACTS or the shipped base."
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Check a fact base; list every problem as path:line:col.

    Checks TOML syntax, required and unknown fields, duplicate ids across files, unknown topics
    and entities, quotes that are not verbatim in their source, values whose digits are not in
    their quote, amounts that do not match their unit, values without a known measure and
    subject or in another unit than their measure's, malformed times, and search words that
    match what they do not mean (a single Chinese character, an English stop word, a stem
    unrelated words share). Reports how many of the source's numbers the facts quote, and warns
    of a concept word or measure alias inside a longer word of another meaning (长 in 增长).

    Examples:

        beilun validate

        beilun validate ./my-facts --json
    """
    out = output(ctx, "json" if as_json else "tsv", False, None, "both", ())
    root = path or base_root(ctx)
    base, problems = loader.check(root)
    if base is not None:
        report = _report(base, _skipped(root))
        if as_json:
            out.document(report)
        else:
            out.write(_summary(report))
            for warning in report["warnings"]:  # on stderr: the summary stays what it was
                message(f"warning: {warning}")
        return
    if as_json:
        listed = [
            {"path": p.path, "line": p.line, "column": p.column, "message": p.message} for p in problems
        ]
        out.document({"ok": False, "path": str(root), "skipped": _skipped(root), "problems": listed})
    else:
        out.write("".join(neutralise(str(problem)) + "\n" for problem in problems))
        out.write("".join(f"skipped: {neutralise(item)}\n" for item in _skipped(root)))
    raise FactBaseError(problems, summary=f"{len(problems)} problem(s) in {root}")
