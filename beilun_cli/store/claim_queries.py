"""What check and ask read of a base besides its facts: the names a claim is read with, the
articles' text, when each source was published and what it is about, figures by measure.

`Catalog` is these queries and the ones every command makes; kept apart, so that what only
check and ask need is seen in one place.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli.base.errors import NotFoundError, did_you_mean
from beilun_cli.store.arguments import text_argument
from beilun_cli.store.indexed_postings import IndexedPostings

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, SourceRecord
    from beilun_cli.read.claims import Vocabulary
    from beilun_cli.search.ranking import PostingSource
    from beilun_cli.store.index import Index


class ClaimQueries:
    """Questions to one fact base's index that reading a claim or a question asks."""

    def __init__(self, index: Index) -> None:
        self.index = index
        # Read once a call: the index does not change under an open catalog.
        self._fact_count: int | None = None
        self._postings: IndexedPostings | None = None
        self._sources: dict[str, SourceRecord] | None = None
        # `check -` and `ask -` read every line with the same names: read them once.
        self._vocabulary: Vocabulary | None = None
        self._entity_names: dict[str, list[str]] = {}
        self._article: str | None = None
        self._folded_article: str | None = None
        self._quoted: dict[tuple[str, int, int, int], list[tuple[str, str]]] = {}
        # Facts as search found them, by position: `check -` meets the same facts line after
        # line, and parses each once.
        self._found: dict[int, FactRecord] = {}

    @property
    def fact_count(self) -> int:
        if self._fact_count is None:
            # Every fact has one topic: a few rows to add up, where count(*) reads every fact's.
            sql = "SELECT coalesce(sum(facts), 0) FROM fact_counts WHERE kind = 'topic'"
            [(count,)] = self.index.rows(sql)
            self._fact_count = int(count)
        return self._fact_count

    def claim_vocabulary(self) -> Vocabulary:
        """The names a claim is read with (claims.Vocabulary): entities' and measures' names and
        aliases, casefolded, longest first; and each entity's kind."""
        if self._vocabulary is None:
            self._vocabulary = self._read_vocabulary()
        return self._vocabulary

    def _read_vocabulary(self) -> Vocabulary:
        from beilun_cli.read.claims import Vocabulary

        [(data,)] = self.index.rows("SELECT data FROM blobs WHERE name = 'vocabulary'")
        table = json.loads(data)
        # Pairs as tuples, made by map in C: hundreds of names, no loop of Python's.
        entities, measures = list(map(tuple, table["entities"])), list(map(tuple, table["measures"]))
        return Vocabulary(entities, table["kinds"], measures, table["readings"])

    def article_text(self) -> str:
        """Every paragraph of every source, in Chinese and English, as one text (read once a call)."""
        if self._article is None:
            rows = self.index.rows("SELECT text, coalesce(en, '') FROM paragraphs ORDER BY source, number")
            self._article = "\n".join(f"{zh}\n{en}" for zh, en in rows)
        return self._article

    def folded_article_text(self) -> str:
        """article_text casefolded, as a claim's places and members are sought in it (once a call)."""
        if self._folded_article is None:
            self._folded_article = self.article_text().casefold()
        return self._folded_article

    def entity_named(self, name: str) -> bool:
        """Whether an entity has this name or alias (casefolded)."""
        return bool(self.index.rows("SELECT 1 FROM entity_names WHERE name = ? LIMIT 1", (name.casefold(),)))

    def entity_names(self, entity: str) -> list[str]:
        """An entity's names as written: Chinese, English, then its aliases."""
        if entity not in self._entity_names:
            sql = "SELECT written FROM entity_names WHERE entity = ? AND rank > 0 ORDER BY rank"
            self._entity_names[entity] = [row[0] for row in self.index.rows(sql, (entity,))]
        return list(self._entity_names[entity])

    def published(self, source_id: str | None = None) -> str:
        """When a source was published (ISO, as the base gives it): what 去年 and 'last year' in
        its facts mean. Without an id, the latest source's date (1970-01-01 for no source)."""
        if source_id is not None:
            return self.source_record(source_id)["published"]
        dates = [source["published"] for source in self._source_records().values()]
        return max(dates) if dates else "1970-01-01"

    def fact_published(self, record: FactRecord) -> str:
        """When the source a fact quotes was published: the date its relative times count from."""
        return self.source_record(record["source"]["id"])["published"]

    def home(self, source_id: str | None = None) -> list[str]:
        """The entity a source is about and the places it lies in, innermost first, as the base
        says (beilun, ningbo, zhejiang); empty when the source names none. Without an id, the
        latest source's."""
        if source_id is None:
            every = sorted(self._source_records().values(), key=lambda source: source["published"])
            about = every[-1]["about"] if every else None
        else:
            about = self.source_record(source_id)["about"]
        places: list[str] = []
        while about is not None and about not in places:  # the loader refuses a circle: guarded anyway
            places.append(about)
            found = self.index.rows("SELECT record FROM entities WHERE id = ?", (about,))
            about = json.loads(found[0][0]).get("part_of") if found else None
        return places

    def homes(self) -> frozenset[str]:
        """The entities the base's sources are about: what no claim needs to name (北仑)."""
        return frozenset(s["about"] for s in self._source_records().values() if s["about"] is not None)

    def source_record(self, source_id: str) -> SourceRecord:
        """One source by id; errors.NotFoundError (with 'did you mean') when there is none."""
        records = self._source_records()
        found = records.get(text_argument("source_id", source_id))
        if found is None:
            raise NotFoundError(f"no source with id '{source_id}'", did_you_mean(source_id, list(records)))
        return found

    def _source_records(self) -> dict[str, SourceRecord]:
        """Every source's record by id, in base order: read once a call (a base has few)."""
        if self._sources is None:
            rows = self.index.rows("SELECT id, record FROM sources ORDER BY position")
            self._sources = {ident: json.loads(record) for ident, record in rows}
        return self._sources

    def quoted_sentences(self, record: FactRecord) -> list[tuple[str, str]]:
        """The sentences of a fact's paragraph its quote overlaps, each as (Chinese, English), by
        the base's translation; none where the base has no translation (each fact's read once
        a call: `check -` asks again for the same facts line after line)."""
        source = record["source"]
        key = (source["id"], source["paragraph"], source["offset"], len(record["quote"]))
        if key not in self._quoted:
            self._quoted[key] = self._quoted_sentences(record)
        return list(self._quoted[key])

    def _quoted_sentences(self, record: FactRecord) -> list[tuple[str, str]]:
        source = record["source"]
        rows = self.index.rows(
            "SELECT sentences FROM paragraphs WHERE source = ? AND number = ?",
            (source["id"], source["paragraph"]),
        )
        if not rows or rows[0][0] is None:
            return []
        start = source["offset"]
        end = start + len(record["quote"])
        quoted: list[tuple[str, str]] = []
        position = 0  # in the Chinese
        for zh, en in json.loads(rows[0][0]):
            if start < position + len(zh) and position < end:
                quoted.append((zh, en))
            position += len(zh)
        return quoted

    def postings(self) -> PostingSource:
        """The index's postings, as search ranks with them: each term read once a call."""
        if self._postings is None:
            self._postings = IndexedPostings(self.index, self.fact_count)
        return self._postings

    def valued_facts(self, measures: Sequence[str]) -> list[FactRecord]:
        """The facts with a normalised figure of any of `measures`, in base order: found by the
        index of facts by measure, not by reading every fact."""
        sql = "SELECT position, record FROM facts WHERE amount IS NOT NULL AND measure IN ({marks})"
        return [json.loads(record) for _, record in sorted(self.index.rows_in(sql, measures))]

    def subjects_figures(self, subjects: Sequence[str]) -> list[FactRecord]:
        """The facts with a normalised figure of any of `subjects` (the entity a figure is of),
        in base order."""
        sql = "SELECT position, record FROM facts WHERE amount IS NOT NULL AND subject IN ({marks})"
        return [json.loads(record) for _, record in sorted(self.index.rows_in(sql, subjects))]

    def query_terms(self, text: str) -> tuple[str, ...]:
        """The terms `ranked` looks up for a query (analysis.query_terms against this base)."""
        from beilun_cli.search import analysis

        return analysis.query_terms(text, self.postings().knows)
