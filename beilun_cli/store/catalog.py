"""Questions to a fact base, answered from its index: the library the CLI drives.

`open_base()` opens the shipped base (or any other) and returns a `Catalog`: `facts` with
filters (`arguments.Filters`), one `fact` by id, ranked `search`, `timeline`, `figures`,
`topics`, `entities` and `sources`, and what check and ask read (claim_queries).
Facts come back as `records.Fact` objects; `to_dict()` is the JSON record `--json` prints.
The commands call the `*_records` forms, which hand the same records on as plain dicts,
read a batch at a time.

Imports stay light (sqlite3, json): the analyzer is imported by `search` only.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from beilun_cli.base import paths
from beilun_cli.base.errors import NotFoundError, UsageError, did_you_mean, unknown_name
from beilun_cli.base.records import Fact, Hit
from beilun_cli.store.arguments import Filters as Filters  # where verify and answer import it from
from beilun_cli.store.arguments import (
    integer_argument,
    limit_argument,
    searchable,
    shown_query,
    text_argument,
)
from beilun_cli.store.claim_queries import ClaimQueries
from beilun_cli.store.index import open_index

if TYPE_CHECKING:
    from beilun_cli.base.records import (
        ContextRecord,
        EnglishContextRecord,
        EntityRecord,
        FactRecord,
        MeasureRecord,
        ParagraphRecord,
        SourceRecord,
        TopicRecord,
    )
    from beilun_cli.store.index_build import BuildProgress


def open_base(
    path: str | Path | None = None, *, use_cache: bool = True, progress: BuildProgress | None = None
) -> Catalog:
    """The fact base at `path` (a directory or TOML file), or the shipped one.

    Its index comes from the cache when fresh, else it is built now (in memory with
    `use_cache=False`). An invalid base raises errors.FactBaseError.
    """
    root = paths.default_root() if path is None else Path(path)  # not $BEILUN_FACTS: that is the CLI's
    return Catalog(open_index(root, use_cache=use_cache, progress=progress))


# Filters compared with one column each: (Filters attribute, condition; each ? is the value).
# At the bound itself the quantifier decides: 近170000 (nearly) is below 170000 and 超100亿
# (over) above 100亿, while 以上/以下 (at_least, at_most) include their bound.
_VALUE_CLAUSES = (
    ("unit", "unit = ?"),
    ("minimum", "(value > ? OR (value = ? AND coalesce(qualifier, '') <> 'nearly'))"),
    ("maximum", "(value < ? OR (value = ? AND coalesce(qualifier, '') NOT IN ('over', 'more_than')))"),
    # Times are ISO text of 4, 7 or 10 characters: a year ends in its December and starts in its
    # January, so the fact of "2019" reaches June 2019 and starts before it.
    ("since", "substr(ends || '-12', 1, 7) >= ?"),  # the fact's time reaches that month or later
    ("until", "substr(starts || '-01', 1, 7) <= ?"),  # it starts that month or earlier
)


def _parsed(rows: Iterator[Any]) -> Iterator[Any]:
    return (json.loads(row[0]) for row in rows)


def _english_span(sentences: list[list[str]], start: int, end: int) -> EnglishContextRecord:
    """The English paragraph, and the span of the sentences whose Chinese overlaps [start, end)."""
    english: list[str] = []
    marked_start = marked_end = -1
    position = 0  # in the Chinese
    for zh, en in sentences:
        if english:
            english.append(" ")
        offset = sum(len(piece) for piece in english)
        if position < end and start < position + len(zh):
            marked_start = offset if marked_start < 0 else marked_start
            marked_end = offset + len(en)
        english.append(en)
        position += len(zh)
    text = "".join(english)
    return {"paragraph": text, "start": max(marked_start, 0), "end": max(marked_end, 0)}


def _names_like(
    name: str, names: Sequence[tuple[str, str]], count: int = 3, *, ids_first: bool = False
) -> str | None:
    """'did you mean' for a name, given (entity, name) pairs: one name per entity; first those with
    a word that is the query (hu -> Hu Zhaoxia), then those it begins, those with a word it
    begins, those holding it; else names spelled close to it (Hu Zhaoxa -> Hu Zhaoxia)."""
    wanted = name.strip().casefold()
    tiers: list[tuple[int, str, str]] = []
    for entity, written in names:
        text = written.casefold()
        words = re.split(r"[\s\-]+", text)
        checks = (
            wanted in words,
            text.startswith(wanted),
            any(w.startswith(wanted) for w in words),
            wanted in text,
        )
        tier = next((number for number, passed in enumerate(checks) if passed), None)
        if wanted and tier is not None:
            tiers.append((tier, entity, written))
    shown: dict[str, str] = {}
    # Stable: base order within a tier; a name before the entity's id, which only repeats it
    # (or, `ids_first`, the id: the word topics and measures are listed by).
    for _, entity, written in sorted(
        tiers, key=lambda found: (found[0], (found[2] == found[1]) != ids_first)
    ):
        shown.setdefault(entity, written)
    if not shown and names:  # names spelled close to it, the closest first, one per entity
        import difflib

        owners = {written: entity for entity, written in reversed(names)}  # a name's first entity
        if ids_first:
            owners = {entity: entity for entity, _ in names} | owners
        for written in difflib.get_close_matches(name, list(owners), n=len(owners), cutoff=0.5):
            shown.setdefault(owners[written], written)
    found = list(shown.values())[:count]
    return f"did you mean: {', '.join(found)}?" if found else None


def _like(prefix: str) -> str:
    """A LIKE pattern matching text that starts with `prefix`, taken literally."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Catalog(ClaimQueries):
    """Questions to one fact base's index (those only check and ask ask are ClaimQueries')."""

    # ------------------------------------------------------------ facts as objects (the Python API)

    def facts(self, *, limit: int | None = None, **filters: Any) -> Iterator[Fact]:
        """Facts passing every filter (topic, entity, unit, minimum, maximum, year, since,
        until), in base order; at most `limit` of them (None or 0: all)."""
        return (Fact(record) for record in self.fact_records(Filters(**filters), limit))

    def fact(self, fact_id: str) -> Fact:
        """One fact by id; errors.NotFoundError (with 'did you mean') when there is none."""
        return Fact(self.fact_record(text_argument("fact_id", fact_id)))

    def search(self, text: str, *, limit: int | None = 10, **filters: Any) -> list[Hit]:
        """The best `limit` facts (None or 0: every match) for a few words or a question, best first."""
        return self.ranked(searchable(text), Filters(**filters), limit, count_matched=False)[0]

    # ------------------------------------------------------------ records, as the commands emit them

    def topic_ids(self) -> list[str]:
        return [row[0] for row in self.index.rows("SELECT id FROM topics ORDER BY position")]

    def topics(self) -> list[TopicRecord]:
        """Every topic with its names and how many facts it holds."""
        return cast("list[TopicRecord]", self._counted("topics", "topic"))

    def topic_id(self, topic: str) -> str:
        """A topic's id from its id, Chinese or English name, in any case ('Economy', '经济总量')."""
        return self._id_named("topics", "topic", topic)

    def measures(self) -> list[MeasureRecord]:
        """Every measure with its names, unit and how many facts state a value of it."""
        return cast("list[MeasureRecord]", self._counted("measures", "measure"))

    def measure_id(self, measure: str) -> str:
        """A measure's id from its id, names or aliases, in any case ('GDP', '森林覆盖率')."""
        return self._id_named("measures", "measure", measure)

    def _id_named(self, table: str, kind: str, given: str) -> str:
        """The id of the record of `table` that `given` names: its id, Chinese or English name or an
        alias, in any case; else the usage error listing the ids."""
        wanted = text_argument(kind, given).strip().casefold()
        known: list[str] = []
        named: list[tuple[str, str]] = []  # (id, a name): a part of a name (经济) suggests it
        for ident, record in self.index.rows(f"SELECT id, record FROM {table} ORDER BY position"):
            found = json.loads(record)
            names = (found["name"]["zh"], found["name"]["en"], *found.get("aliases", ()), ident)
            if wanted in (name.casefold() for name in names):
                return str(ident)
            known.append(ident)
            named += [(ident, name) for name in names]
        raise unknown_name(kind, given, known, _names_like(given, named, ids_first=True))

    def fact_record(self, fact_id: str) -> FactRecord:
        found = self.index.rows("SELECT record FROM facts WHERE id = ?", (fact_id,))
        if found:
            record: FactRecord = json.loads(found[0][0])
            return record
        # Candidates share the first letters: a base of 100,000 ids stays quick to miss.
        candidates = self.fact_ids(fact_id[:2], limit=5000)
        raise NotFoundError(
            f"no fact with id '{fact_id}'",
            did_you_mean(fact_id, candidates),
            zh=f"没有 id 为“{fact_id}”的事实",
        )

    def fact_ids(self, prefix: str = "", limit: int = -1) -> list[str]:
        """Ids starting with `prefix`, in base order (a negative limit is no limit)."""
        sql = "SELECT id FROM facts WHERE id LIKE ? ESCAPE '\\' ORDER BY position LIMIT ?"
        return [row[0] for row in self.index.rows(sql, (_like(prefix), limit))]

    def entity_id(self, name: str) -> str:
        """An entity's id by id, Chinese or English name, or alias (case-insensitive)."""
        name = text_argument("entity", name)
        sql = "SELECT entity FROM entity_names WHERE name = ? ORDER BY rank LIMIT 1"
        found = self.index.rows(sql, (name.strip().casefold(),))
        if found:
            return str(found[0][0])
        every = (
            "SELECT n.entity, n.written FROM entity_names n JOIN entities e ON e.id = n.entity"
            " ORDER BY e.position, n.rank"
        )
        names = [(entity, written) for entity, written in self.index.rows(every)]
        raise NotFoundError(
            f"no entity named '{name}'", _names_like(name, names), zh=f"没有名为“{name}”的实体"
        )

    def entity(self, name: str) -> EntityRecord:
        """An entity found as `entity_id` finds it: its id, kind, names and aliases."""
        [(record,)] = self.index.rows("SELECT record FROM entities WHERE id = ?", (self.entity_id(name),))
        found: EntityRecord = json.loads(record)
        return found

    def entities(self, kind: str | None = None) -> list[EntityRecord]:
        """Every entity (or those of one kind) by kind then id, with how many facts name it."""
        where, values = (" WHERE kind = ?", [text_argument("kind", kind)]) if kind is not None else ("", [])
        count = "SELECT facts FROM fact_counts WHERE kind = 'entity' AND id = entities.id"
        found: list[EntityRecord] = []
        for record, facts in self.index.rows(
            f"SELECT record, ({count}) FROM entities{where} ORDER BY kind, id", values
        ):
            entity: EntityRecord = json.loads(record)
            entity["facts"] = facts or 0  # an entity no fact names has no count
            found.append(entity)
        return found

    def _where(self, filters: Filters, *required: str) -> tuple[str, list[Any]]:
        """The WHERE clause of `filters` (with any `required` conditions) and its parameters."""
        clauses = list(required)
        values: list[Any] = []
        if filters.topic is not None:
            clauses.append(f"topic IN ({', '.join('?' * len(filters.topic))})")
            values += [self.topic_id(topic) for topic in filters.topic]
        if filters.entity is not None:
            clauses.append("position IN (SELECT position FROM entity_facts WHERE entity = ?)")
            values.append(self.entity_id(filters.entity))
        if filters.measure is not None:
            clauses.append("measure = ?")
            values.append(self.measure_id(filters.measure))
        for attribute, clause in _VALUE_CLAUSES:
            value = getattr(filters, attribute)
            if value is not None:
                clauses.append(clause)
                values += [value] * clause.count("?")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), values

    def _select(
        self, filters: Filters, order: str, limit: int | None, *required: str
    ) -> Iterator[FactRecord]:
        where, values = self._where(filters, *required)
        sql = f"SELECT record FROM facts{where} ORDER BY {order} LIMIT ?"
        most = limit_argument(limit)
        return _parsed(self.index.stream(sql, [*values, -1 if most is None else most]))

    def fact_records(self, filters: Filters, limit: int | None = None) -> Iterator[FactRecord]:
        """Facts passing every filter, in base order, read as they are used."""
        return self._select(filters, "position", limit)

    def count(self, filters: Filters, *, dated: bool = False) -> int:
        """How many facts pass the filters (`dated`: of those `timeline` lists)."""
        where, values = self._where(filters, *(["starts IS NOT NULL"] if dated else []))
        [(count,)] = self.index.rows(f"SELECT count(*) FROM facts{where}", values)
        return int(count)

    def timeline(self, filters: Filters, limit: int | None = None) -> Iterator[FactRecord]:
        """Dated facts passing the filters, earliest first; of two with one start, the shorter
        first; then in base order."""
        return self._select(filters, "starts, ends, position", limit, "starts IS NOT NULL")

    def figures(self, filters: Filters) -> Iterator[FactRecord]:
        """Facts with a normalised amount, by measure (in base order), unit, then largest first."""
        measure_order = "(SELECT position FROM measures WHERE measures.id = facts.measure)"
        order = f"{measure_order}, amount_unit, amount DESC, position"
        return self._select(filters, order, None, "amount IS NOT NULL")

    def context(self, record: FactRecord) -> ContextRecord:
        """The paragraph a fact's quote stands in, and where in it; with its English, where the
        base has it, and the span of the English sentences that translate the quoted ones."""
        source = record["source"]
        [(paragraph, sentences)] = self.index.rows(
            "SELECT text, sentences FROM paragraphs WHERE source = ? AND number = ?",
            (source["id"], source["paragraph"]),
        )
        start = source["offset"]
        end = start + len(record["quote"])
        context: ContextRecord = {"paragraph": paragraph, "start": start, "end": end}
        if sentences is not None:
            context["en"] = _english_span(json.loads(sentences), start, end)
        return context

    def sources(self) -> list[SourceRecord]:
        """Every source with its bibliographic record and how many facts quote it."""
        return cast("list[SourceRecord]", self._counted("sources", "source"))

    def _counted(self, table: str, column: str) -> list[dict[str, Any]]:
        """The records of `table` in base order, each with how many facts name it in `column`."""
        counts = dict(self.index.rows("SELECT id, facts FROM fact_counts WHERE kind = ?", (column,)))
        found: list[dict[str, Any]] = []
        for ident, record in self.index.rows(f"SELECT id, record FROM {table} ORDER BY position"):
            counted: dict[str, Any] = json.loads(record)
            counted["facts"] = counts.get(ident, 0)
            found.append(counted)
        return found

    def source(self, source_id: str | None = None) -> SourceRecord:
        """One source by id; without an id, the base's only source (a usage error if it has several)."""
        if source_id is not None:
            return self.source_record(source_id)
        every = list(self._source_records().values())
        if len(every) == 1:
            return every[0]
        raise UsageError(
            f"this fact base has {len(every)} sources: name one", "see 'beilun sources' for their ids"
        )

    def paragraphs(self, source_id: str, first: int = 1, last: int | None = None) -> list[ParagraphRecord]:
        """Paragraphs `first` to `last` of a source (numbered from 1), in both languages."""
        source_id = text_argument("source_id", source_id)
        # A number past any paragraph (or past SQLite's integers) names none: it is held within range.
        first = min(max(integer_argument("first", first), 0), 2**31)
        last = 2**31 if last is None else min(max(integer_argument("last", last), 0), 2**31)
        sql = (
            "SELECT number, text, en FROM paragraphs"
            " WHERE source = ? AND number BETWEEN ? AND ? ORDER BY number"
        )
        rows = self.index.rows(sql, (source_id, first, last))
        return [{"source": source_id, "paragraph": number, "zh": zh, "en": en} for number, zh, en in rows]

    def ranked(
        self, text: str, filters: Filters, limit: int | None, *, count_matched: bool = True
    ) -> tuple[list[Hit], int | None]:
        """The best `limit` facts for a query that pass the filters (None or 0: all), and how many
        matched at all (None when not `count_matched`)."""
        from beilun_cli.search import expansion

        most = limit_argument(limit)
        where, values = self._where(filters)  # an unknown topic or entity fails before any search
        source = self.postings()
        allowed = (
            {row[0] for row in self.index.rows(f"SELECT position FROM facts{where}", values)}
            if where
            else None
        )
        kept, matched = expansion.find_best(
            source, text, sys.maxsize if most is None else most, allowed, count_matched=count_matched
        )
        records = self._records([hit.position for hit in kept])
        return [Hit(Fact(records[hit.position]), hit.score, hit.terms) for hit in kept], matched

    def _records(self, positions: Sequence[int]) -> dict[int, FactRecord]:
        found = self._found
        unread = [position for position in positions if position not in found]
        if unread:
            sql = "SELECT position, record FROM facts WHERE position IN ({marks})"
            rows = self.index.rows_in(sql, unread)
            found.update((position, json.loads(record)) for position, record in rows)
        return {position: found[position] for position in positions if position in found}

    def searched_texts(self, record: FactRecord) -> list[str]:
        """What search reads of a fact (postings.searched_texts), for marking what matched."""
        from beilun_cli.search import postings

        entities = [(entity, self.entity_names(entity)) for entity in record["entities"]]
        claim = record["claim"]
        groups = postings.searched_texts(claim["zh"], claim["en"], record["quote"], entities, record["tags"])
        return [text for _, texts in groups for text in texts]

    def marked_terms(self, terms: Sequence[str]) -> tuple[str, ...]:
        """The terms to mark in a hit's texts for the terms it matched (hints.marked_terms): a
        concept's or a measure's words, read from the index."""
        from beilun_cli.search import analysis, hints

        def words(term: str) -> list[str]:
            kind, _, ident = term.partition(":")
            table = "concepts" if kind == analysis.CONCEPT[:-1] else "measures"
            found = self.index.rows(f"SELECT record FROM {table} WHERE id = ?", (ident,))
            if not found:
                return []
            record = json.loads(found[0][0])
            if table == "concepts":
                return cast("list[str]", record["words"])
            return [record["name"]["zh"], record["name"]["en"], *record["aliases"]]

        return hints.marked_terms(terms, words)

    def vocabulary(self) -> list[str]:
        """The words and names a query may be corrected to: the facts' longer words, topics,
        entity names and aliases (hints.suggestion_names)."""
        return [row[0] for row in self.index.rows("SELECT word FROM vocabulary")]

    def suggestions(self, text: str) -> list[str]:
        """Topics, names and words close to a query that found nothing, each one that finds
        facts when searched: 'did you mean'."""
        from beilun_cli.search import expansion, hints

        words = self.vocabulary()
        source = self.postings()
        return [word for word in hints.closest(text, words) if expansion.find(source, word)][:3]

    def miss(self, text: str) -> NotFoundError:
        """Why a query found nothing, and what would find something: the words searched for,
        and close words or names that find facts; else where to look instead."""
        from beilun_cli.search import hints

        words = hints.searched_words(text)
        shown = ", ".join(words[:6]) + (" …" if len(words) > 6 else "")
        what = f"the word {shown}" if len(words) == 1 else f"any of the words {shown}"
        message = f"no fact matches '{shown_query(text)}': none holds {what}, or a word meaning the same"
        which = "这个词" if len(words) == 1 else "这些词中的任何一个"
        chinese = f"没有事实匹配“{shown_query(text)}”：没有一条包含{which}（{shown}）或意思相同的词"
        close = self.suggestions(text)
        if close:
            return NotFoundError(message, f"did you mean: {', '.join(close)}?", zh=chinese)
        return NotFoundError(
            message,
            "try other words, in Chinese or English, or see 'beilun topics' for what the facts cover",
            zh=chinese,
            zh_hint="换些词试试（中文或英文均可），或用 'beilun topics' 看看事实涵盖哪些主题",
        )
