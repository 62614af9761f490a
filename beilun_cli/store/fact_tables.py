"""What an index holds about facts, made by a full build from a whole base, or by an update
from the older index and the files edited since.

Imported only to build an index: every command's start-up imports `index`, not this.
"""

from __future__ import annotations

import json
import os
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beilun_cli.store.index_file import (
    SCHEMA_VERSION,
    connect,
    dumps,
    file_unchanged,
    files_match,
    seal,
    unsealed,
)

if TYPE_CHECKING:
    from beilun_cli.base.model import Fact, LoadedBase


class FactTables:
    """What the index holds about facts, position by position: their rows, the entities they
    name, postings, lengths (BM25's norms are computed from all of them), the words their
    English claims add to suggestions (with how many facts use each), and the files they come
    from. Made from a whole base (`from_base`), or from an older index and the files read
    again (`updated`)."""

    __slots__ = ("facts", "entity_facts", "terms", "lengths", "words", "files")

    def __init__(
        self,
        facts: Iterable[Sequence[Any]],
        entity_facts: Iterable[tuple[str, int]],
        terms: Iterable[tuple[str, array[int]]],
        lengths: array[int],
        words: dict[str, int],
        files: list[tuple[str, int, int, bool]],
    ) -> None:
        self.facts = facts
        self.entity_facts = entity_facts
        self.terms = terms
        self.lengths = lengths
        self.words = words
        self.files = files

    @classmethod
    def from_base(cls, base: LoadedBase, anchor: str) -> FactTables:
        from beilun_cli.search import postings

        terms, lengths = postings.fact_postings(base.facts, base, 0)
        return cls(
            _fact_rows(base.facts, 0),
            _entity_rows(base.facts, 0),
            terms.items(),
            lengths,
            _word_counts(base.facts),
            _file_rows(anchor, base, 0),
        )


def _fact_rows(facts: Sequence[Fact], first: int) -> Iterator[tuple[Any, ...]]:
    for position, fact in enumerate(facts, start=first):
        yield (
            position,
            fact.id,
            fact.topic,
            fact.location.source,
            fact.value,
            fact.unit,
            fact.quantity.qualifier if fact.quantity else None,
            fact.as_of.first_year if fact.as_of else None,
            fact.as_of.last_year if fact.as_of else None,
            fact.as_of.start if fact.as_of else None,
            fact.as_of.end if fact.as_of else None,
            fact.quantity.amount if fact.quantity else None,
            fact.quantity.amount_unit if fact.quantity else None,
            fact.measure,
            fact.subject,
            seal(dumps(fact.to_json())),
        )


def _entity_rows(facts: Sequence[Fact], first: int) -> Iterator[tuple[str, int]]:
    return (
        (entity, position) for position, fact in enumerate(facts, start=first) for entity in fact.entities
    )


def _word_counts(facts: Iterable[Fact]) -> dict[str, int]:
    from collections import Counter

    from beilun_cli.search import hints

    counts: Counter[str] = Counter()
    for fact in facts:
        counts.update(hints.claim_words(fact.claim.en))
    return dict(counts)


def _file_rows(anchor: str, base: LoadedBase, first: int) -> list[tuple[str, int, int, bool]]:
    """(name, position of its first fact, facts, holds only facts) of each file of `base`."""
    rows = []
    for summary in base.files:
        rows.append((os.path.relpath(summary.path, anchor), first, summary.facts, summary.kinds <= {"facts"}))
        first += summary.facts
    return rows


# An update reads again at most this share of the older index's facts: past it, carrying the
# rest over saves less than it costs, and a full build is as fast.
UPDATE_SHARE = 0.5


# An update reads again the files that changed, and those holding anything but facts (the
# topics, entities and sources a fact is checked against); the facts of the others are carried
# over from the older index, moved to their new positions.
class _Carried:
    """A run of facts kept from the older index: `count` facts from `old` moved to `new`."""

    __slots__ = ("old", "count", "new")

    def __init__(self, old: int, count: int, new: int) -> None:
        self.old, self.count, self.new = old, count, new


class _Read:
    """A run of facts read again from their files, at positions from `new`."""

    __slots__ = ("facts", "new", "terms", "lengths")

    def __init__(self, facts: Sequence[Fact], new: int, base: LoadedBase) -> None:
        from beilun_cli.search import postings

        self.facts, self.new = facts, new
        self.terms, self.lengths = postings.fact_postings(facts, base, new)


def updated(root: Path, anchor: str, names: list[str], path: Path) -> tuple[LoadedBase, FactTables] | None:
    """The base and its fact tables, made from the older index at `path` and the files changed
    since; None when that cannot be done exactly as a full build would do it (no usable older
    index, a changed file holding more than facts, a source text changed, any problem found),
    and the caller builds from every file instead, which also reports problems in full."""
    from beilun_cli.base.errors import FactBaseError

    try:
        with closing(connect(path, readonly=True)) as connection:
            return _update(connection, root, anchor, names)
    except (sqlite3.Error, OSError, FactBaseError, KeyError, IndexError, ValueError, TypeError):
        return None


def _update(
    connection: sqlite3.Connection, root: Path, anchor: str, names: list[str]
) -> tuple[LoadedBase, FactTables] | None:
    from beilun_cli.store import loader

    meta = dict(connection.execute("SELECT key, value FROM meta"))
    if meta["schema"] != SCHEMA_VERSION:
        return None
    stored = json.loads(meta["state"])
    if not files_match(anchor, stored["texts"]):
        return None
    entries = {entry[0]: entry for entry in stored["facts"]}
    files = {
        name: (first, count, bool(only))
        for name, first, count, only in connection.execute("SELECT * FROM files")
    }
    changed = {name for name in names if name not in entries or not file_unchanged(anchor, entries[name])}
    # What no longer holds the facts it held: files changed or deleted. Only facts may have changed.
    gone = (files.keys() - set(names)) | (changed & files.keys())
    if entries.keys() != files.keys() or not changed and not gone or any(not files[name][2] for name in gone):
        return None
    if sum(files[name][1] for name in gone) > UPDATE_SHARE * sum(count for _, count, _ in files.values()):
        return None
    read = [name for name in names if name in changed or not files[name][2]]
    base = loader.load(root, files=[Path(anchor, name) for name in read])
    summaries = {os.path.relpath(summary.path, anchor): summary for summary in base.files}
    if any(not summaries[name].kinds <= {"facts"} for name in changed):
        return None
    # The new order of facts: each file's in turn, carried over or read again.
    runs: list[_Carried | _Read] = []
    file_rows: list[tuple[str, int, int, bool]] = []
    position = taken = 0
    for name in names:
        if name in summaries:
            count, only_facts = summaries[name].facts, summaries[name].kinds <= {"facts"}
            runs.append(_Read(base.facts[taken : taken + count], position, base))
            taken += count
        else:
            first, count, only_facts = files[name]
            last = runs[-1] if runs else None
            if isinstance(last, _Carried) and last.old + last.count == first:
                last.count += count
            else:
                runs.append(_Carried(first, count, position))
        file_rows.append((name, position, count, only_facts))
        position += count
    fact_rows: list[Sequence[Any]] = []
    kept: set[str] = set()
    for run in runs:
        if isinstance(run, _Carried):
            rows = _carried_rows(connection, run)
            kept.update(row[1] for row in rows)
            fact_rows += rows
        else:
            fact_rows += _fact_rows(run.facts, run.new)
    if position == 0 or any(fact.id in kept for fact in base.facts):
        return None  # no facts, or an id used twice: the full build says where
    entity_rows = [
        row
        for run in runs
        for row in (
            connection.execute(
                "SELECT entity, position + ? FROM entity_facts WHERE position >= ? AND position < ?",
                (run.new - run.old, run.old, run.old + run.count),
            )
            if isinstance(run, _Carried)
            else _entity_rows(run.facts, run.new)
        )
    ]
    words = _updated_words(connection, files, {name for name in names if name not in summaries}, base.facts)
    if words is None:
        return None
    old_lengths = array("I")
    old_lengths.frombytes(_blob(connection, "lengths"))
    lengths = array("I")
    for run in runs:
        lengths += old_lengths[run.old : run.old + run.count] if isinstance(run, _Carried) else run.lengths
    terms = list(_updated_terms(connection, runs))  # read now: the older index is closed before the write
    tables = FactTables(fact_rows, entity_rows, terms, lengths, words, file_rows)
    return base, tables


def _carried_rows(connection: sqlite3.Connection, run: _Carried) -> list[tuple[Any, ...]]:
    rows = connection.execute(
        "SELECT position + ?, id, topic, source, value, unit, qualifier, first_year, last_year, starts, ends,"
        " amount, amount_unit, measure, subject, record FROM facts"
        " WHERE position >= ? AND position < ? ORDER BY position",
        (run.new - run.old, run.old, run.old + run.count),
    ).fetchall()
    if len(rows) != run.count:
        raise ValueError("the older index does not hold the facts its files table names")
    for row in rows:
        unsealed(row[-1])  # damage is not carried over: RecordDamaged makes it a full build
    return rows


def _blob(connection: sqlite3.Connection, name: str) -> bytes:
    [(data,)] = connection.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchall()
    blob = unsealed(data)
    assert isinstance(blob, bytes)
    return blob


def _updated_words(
    connection: sqlite3.Connection,
    files: dict[str, tuple[int, int, bool]],
    carried: set[str],
    read: Sequence[Fact],
) -> dict[str, int] | None:
    """How many facts use each word of an English claim, once the facts no longer carried over
    are taken away and those read again added; None if the counts do not add up."""
    from beilun_cli.search import hints

    counts = dict(connection.execute("SELECT word, facts FROM claim_words"))
    for name, (first, count, _) in files.items():
        if name in carried:
            continue
        for (record,) in connection.execute(
            "SELECT record FROM facts WHERE position >= ? AND position < ?", (first, first + count)
        ):
            text = unsealed(record)
            assert isinstance(text, str)
            for word in hints.claim_words(json.loads(text)["claim"]["en"]):
                counts[word] -= 1
    for fact in read:
        for word in hints.claim_words(fact.claim.en):
            counts[word] = counts.get(word, 0) + 1
    if any(count < 0 for count in counts.values()):
        return None
    return {word: count for word, count in counts.items() if count}


def _updated_terms(
    connection: sqlite3.Connection, runs: list[_Carried | _Read]
) -> Iterator[tuple[str, array[int]]]:
    """Each term's postings in the new order: the pairs of carried facts, their positions moved,
    and those of the facts read again."""
    read = [run for run in runs if isinstance(run, _Read)]
    seen: set[str] = set()
    for term, data in connection.execute("SELECT term, postings FROM terms"):
        seen.add(term)
        blob = unsealed(data)
        assert isinstance(blob, bytes)
        old = array("I")
        old.frombytes(blob)
        flat = _moved(term, old, runs)
        if flat:
            yield term, flat
    for term in sorted(set().union(*(run.terms for run in read)) - seen):
        yield term, _moved(term, array("I"), runs)


def _moved(term: str, old: array[int], runs: list[_Carried | _Read]) -> array[int]:
    """One term's postings in the new order of facts, from its postings in the older index."""
    from bisect import bisect_left

    positions = old[0::2]
    flat = array("I")
    for run in runs:
        if isinstance(run, _Read):
            flat += run.terms.get(term, array("I"))
            continue
        start, end = bisect_left(positions, run.old), bisect_left(positions, run.old + run.count)
        pairs = old[2 * start : 2 * end]
        if run.new != run.old and pairs:
            shift = run.new - run.old
            pairs[0::2] = array("I", [position + shift for position in pairs[0::2]])
        flat += pairs
    return flat
