"""The loader: TOML files -> a validated, linked base (model.LoadedBase).

Every defect is reported as path:line:col (or path alone, for a whole file). `validate` shows
them all; the index is built only from a base with none. The files are read by toml_files, one
field's value is checked by field_checks, and what needs the whole base by base_links.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from beilun_cli.base.errors import FactBaseError, Problem
from beilun_cli.base.model import (
    Bilingual,
    Concept,
    Draft,
    Entity,
    Fact,
    FileSummary,
    LoadedBase,
    Location,
    Measure,
    Source,
    Topic,
)
from beilun_cli.base.paths import fact_files
from beilun_cli.base.records import ENTITY_KINDS, MEASURE_READINGS
from beilun_cli.store import vocabulary_checks
from beilun_cli.store.base_links import BaseParts
from beilun_cli.store.field_checks import SLUG, checked_quantity, checked_time
from beilun_cli.store.toml_files import Progress, Table, source_text, tables

SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # table kind: (required keys, optional keys)
    "sources": (
        frozenset({"id", "outlet", "title", "published", "text"}),
        frozenset({"about", "reporters", "byline", "photos", "editor", "language", "url", "draft"}),
    ),
    "topics": (frozenset({"id", "name"}), frozenset()),
    "entities": (frozenset({"id", "kind", "name"}), frozenset({"aliases", "part_of", "draft"})),
    # What a fact's number counts, in both languages, and the normalised unit it is counted in.
    # `whole` and `within` (measures and concepts): how search matches a word (see vocabulary).
    "measures": (
        frozenset({"id", "name", "amount_unit"}),
        frozenset({"aliases", "reading", "whole", "within"}),
    ),
    "facts": (
        frozenset({"id", "topic", "source", "quote", "claim"}),
        frozenset(
            {"value", "unit", "quantity", "measure", "subject", "as_of", "entities", "tags", "asked", "draft"}
        ),
    ),
    # Words that mean the same to a reader, in either language: search matches one by another.
    "concepts": (frozenset({"id", "words"}), frozenset({"whole", "within"})),
    # A source paragraph in English, sentence by sentence: identified by (source, paragraph).
    "translations": (frozenset({"source", "paragraph", "sentences"}), frozenset()),
}
# The kinds of table a curator may leave unfinished (`draft = true`), and their sub-tables.
DRAFTABLE: dict[str, tuple[str, ...]] = {
    "facts": ("claim",),
    "entities": ("name",),
    "sources": ("outlet", "title"),
}
_SINGULAR = {"concepts": "concept", "measures": "measure", "entities": "entity"}
SUB_SCHEMA: dict[str, frozenset[str]] = {
    "claim": frozenset({"zh", "en"}),
    "name": frozenset({"zh", "en"}),
    "outlet": frozenset({"zh", "en"}),
    "title": frozenset({"zh", "en"}),
    "quantity": frozenset({"written", "qualifier", "amount", "amount_unit"}),
    "as_of": frozenset({"written", "start", "end", "precision"}),
}


@dataclass
class _Builder(BaseParts):
    """Tables read into the values of a base, each checked as it is read (base_links checks
    what needs the whole base)."""

    concept_words: dict[str, str] = field(default_factory=dict)  # a word, folded -> its concept
    seen: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # id -> path, line
    drafts: list[Draft] = field(default_factory=list)

    def check_keys(self, table: Table) -> bool:
        required, optional = SCHEMA[table.kind]
        missing = sorted(required - table.data.keys())
        unknown = sorted(table.data.keys() - required - optional)
        ident = table.data.get("id", "?")
        for key in missing:
            self.problems.append(table.problem(f"{table.kind} '{ident}': missing '{key}'"))
        for key in unknown:
            self.problems.append(table.problem(f"{table.kind} '{ident}': unknown field '{key}'"))
        for key, allowed in SUB_SCHEMA.items():
            sub = table.data.get(key)
            if key in table.data and not isinstance(sub, dict):
                self.problems.append(table.problem(f"{table.kind} '{ident}': '{key}' must be a table"))
                return False
            if isinstance(sub, dict):
                for extra in sorted(sub.keys() - allowed):
                    message = f"{table.kind} '{ident}': unknown field '{key}.{extra}'"
                    self.problems.append(table.problem(message))
                for absent in sorted(allowed - sub.keys()):
                    message = f"{table.kind} '{ident}': missing '{key}.{absent}'"
                    self.problems.append(table.problem(message))
        if missing or unknown:
            return False
        if table.kind == "translations":
            return self.check_translation_keys(table)
        ident = table.data["id"]
        return self.register(table, ident)

    def register(self, table: Table, ident: object) -> bool:
        """Whether `ident` is a new slug id of its kind (a problem said if not); it is then taken."""
        if not isinstance(ident, str) or not SLUG.match(ident):
            self.problems.append(table.problem(f"{table.kind} id {ident!r} is not a lowercase slug"))
            return False
        first = self.seen.get((table.kind, ident))
        if first is not None:
            message = f"duplicate {table.kind} id '{ident}' (first defined at {first[0]}:{first[1]})"
            self.problems.append(table.problem(message))
            return False
        self.seen[(table.kind, ident)] = (table.path, table.line)
        return True

    def unfinished(self, table: Table) -> bool:
        """Whether `table` is a draft (`draft = true`) with fields still to write: then it is
        recorded as a Draft, for validate to report, and goes no further."""
        marker = table.data.get("draft")
        if marker is None or table.kind not in DRAFTABLE:
            return False
        ident = table.data.get("id", "?")
        if not isinstance(marker, bool):
            self.problems.append(table.problem(f"{table.kind[:-1]} '{ident}': 'draft' must be true or false"))
            return True
        required, _ = SCHEMA[table.kind]
        missing = sorted(required - table.data.keys())
        for key in DRAFTABLE[table.kind]:
            sub = table.data.get(key)
            if isinstance(sub, dict):
                missing += [f"{key}.{part}" for part in sorted(SUB_SCHEMA[key] - sub.keys())]
        if table.kind == "facts" and "value" in table.data:
            missing += [key for key in ("measure", "subject") if key not in table.data]  # a figure needs both
        if not marker or not missing:
            return False  # finished: checked and loaded as any other
        if not self.register(table, ident):
            return True
        kind, field_name = {
            "facts": ("fact", "quote"),
            "entities": ("entity", "name"),
            "sources": ("source", "title"),
        }[table.kind]
        text = table.data.get(field_name)
        text = text.get("zh") if isinstance(text, dict) else text
        self.drafts.append(
            Draft(kind, ident, table.path, table.line, tuple(missing), text if isinstance(text, str) else "")
        )
        return True

    def check_translation_keys(self, table: Table) -> bool:
        source, number = table.data["source"], table.data["paragraph"]
        if not isinstance(source, str) or isinstance(number, bool) or not isinstance(number, int):
            self.problems.append(table.problem("translation: 'source' must be text and 'paragraph' a number"))
            return False
        first = self.translation_places.get((source, number))
        if first is not None:
            message = f"duplicate translation of {source} ¶{number} (first defined at {first[0]}:{first[1]})"
            self.problems.append(table.problem(message))
            return False
        self.translation_places[(source, number)] = (table.path, table.line)
        return True

    def add_translation(self, table: Table) -> None:
        source, number, sentences = (table.data[key] for key in ("source", "paragraph", "sentences"))
        pairs = []
        for sentence in sentences if isinstance(sentences, list) else [None]:
            if not isinstance(sentence, dict) or sentence.keys() != {"zh", "en"}:
                message = f"translation of {source} ¶{number}: each sentence must be {{ zh = …, en = … }}"
                self.problems.append(table.problem(message))
                return
            zh, en = sentence["zh"], sentence["en"]
            if not (isinstance(zh, str) and isinstance(en, str) and zh and en.strip()):
                message = f"translation of {source} ¶{number}: a sentence has empty or non-text zh or en"
                self.problems.append(table.problem(message))
                return
            pairs.append((zh, en))
        self.translations.setdefault(source, {})[number] = tuple(pairs)

    def text(self, table: Table, key: str, sub: str | None = None) -> str:
        value = table.data.get(key)
        if sub is not None:
            value = value.get(sub) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            return value
        name = f"{key}.{sub}" if sub else key
        self.problems.append(
            table.problem(f"{table.kind} '{table.data['id']}': '{name}' must be non-empty text")
        )
        return ""

    def optional_text(self, table: Table, key: str) -> str | None:
        return self.text(table, key) if key in table.data else None

    def bilingual(self, table: Table, key: str) -> Bilingual:
        return Bilingual(zh=self.text(table, key, "zh"), en=self.text(table, key, "en"))

    def strings(self, table: Table, key: str) -> tuple[str, ...]:
        value = table.data.get(key, [])
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return tuple(value)
        self.problems.append(
            table.problem(f"{table.kind} '{table.data['id']}': '{key}' must be a list of text")
        )
        return ()

    def add_source(self, table: Table) -> None:
        ident = table.data["id"]
        text_name = self.text(table, "text")
        published = table.data.get("published")
        paragraphs: tuple[str, ...] = ()
        text_path = table.directory / text_name
        try:
            body = source_text(text_path)
            paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        except ValueError as error:
            self.problems.append(
                table.problem(f"source '{ident}': cannot read its text {text_path}: {error}")
            )
        self.sources[ident] = Source(
            id=ident,
            outlet=self.bilingual(table, "outlet"),
            title=self.bilingual(table, "title"),
            published=published.isoformat() if isinstance(published, date) else str(published),
            reporters=self.strings(table, "reporters"),
            byline=str(table.data.get("byline", "")),
            url=str(table.data["url"]) if "url" in table.data else None,
            photos=str(table.data.get("photos", "")),
            editor=str(table.data.get("editor", "")),
            language=str(table.data.get("language", "")),
            paragraphs=paragraphs,
            text_path=str(text_path),
            about=self.optional_text(table, "about"),
        )
        self.source_places[ident] = (table.path, table.line)

    def add_topic(self, table: Table) -> None:
        ident = table.data["id"]
        self.topics[ident] = Topic(ident, self.bilingual(table, "name"))

    def add_measure(self, table: Table) -> None:
        ident = table.data["id"]
        amount_unit = table.data["amount_unit"]
        if not isinstance(amount_unit, str) or not SLUG.match(amount_unit):
            self.problems.append(
                table.problem(f"measure '{ident}': amount_unit {amount_unit!r} is not a slug")
            )
            amount_unit = ""
        name = self.bilingual(table, "name")
        reading = table.data.get("reading", MEASURE_READINGS[0])
        if reading not in MEASURE_READINGS:
            self.problems.append(
                table.problem(
                    f"measure '{ident}': reading {reading!r} is not one of {', '.join(MEASURE_READINGS)}"
                )
            )
            reading = MEASURE_READINGS[0]
        aliases = self.strings(table, "aliases")
        whole = self.whole(table, (name.zh, name.en, *aliases))
        self.vocabulary(table, aliases, whole)
        within = frozenset(self.phrases(table, "within"))
        self.measures[ident] = Measure(ident, name, amount_unit, aliases, reading, whole, within)

    def whole(self, table: Table, words: tuple[str, ...]) -> frozenset[str]:
        """The table's words marked to be found only as a whole run of Chinese: each one of its
        words, and Chinese (English is matched by whole words already)."""
        marked = self.phrases(table, "whole")
        what = f"{_SINGULAR[table.kind]} '{table.data['id']}'"
        for word in marked:
            if word not in words:
                self.problems.append(table.problem(f"{what}: whole word {word!r} is not one of its words"))
            elif not vocabulary_checks.is_chinese(word):
                english = "English is matched by whole words already"
                self.problems.append(table.problem(f"{what}: whole word {word!r} is not Chinese: {english}"))
        return frozenset(marked)

    def vocabulary(self, table: Table, words: tuple[str, ...], whole: frozenset[str] = frozenset()) -> None:
        """A problem for each word that would match what it does not mean (see vocabulary)."""
        what = f"{_SINGULAR[table.kind]} '{table.data['id']}'"
        phrase = table.kind != "entities"
        for word in words:
            if (why := vocabulary_checks.word_problem(word, word in whole, phrase)) is not None:
                self.problems.append(table.problem(f"{what}: {word!r} {why}"))

    def phrases(self, table: Table, key: str) -> tuple[str, ...]:
        """A list of distinct non-empty texts (compared with case and width folded)."""
        value = table.data.get(key, [])
        what = f"{table.kind[:-1]} '{table.data['id']}'"
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            self.problems.append(table.problem(f"{what}: '{key}' must be a list of non-empty text"))
            return ()
        seen: set[str] = set()
        for item in value:
            folded = _folded(item)
            if folded in seen:
                self.problems.append(table.problem(f"{what}: {item!r} is twice in '{key}'"))
            seen.add(folded)
        return tuple(item.strip() for item in value)

    def add_concept(self, table: Table) -> None:
        ident = table.data["id"]
        words = self.phrases(table, "words")
        if isinstance(table.data["words"], list) and len(table.data["words"]) < 2:
            self.problems.append(table.problem(f"concept '{ident}': 'words' needs two words or more"))
        for word in words:
            other = self.concept_words.setdefault(_folded(word), ident)
            if other != ident:
                message = f"concept '{ident}': {word!r} is already a word of concept '{other}'"
                self.problems.append(table.problem(message))
        whole = self.whole(table, words)
        self.vocabulary(table, words, whole)
        self.concepts[ident] = Concept(ident, words, whole, frozenset(self.phrases(table, "within")))

    def add_entity(self, table: Table) -> None:
        ident = table.data["id"]
        kind = self.text(table, "kind")
        if kind and kind not in ENTITY_KINDS:
            self.problems.append(
                table.problem(f"entity '{ident}': kind '{kind}' is not one of {', '.join(ENTITY_KINDS)}")
            )
        aliases = self.strings(table, "aliases")
        self.vocabulary(table, aliases)
        part_of = self.optional_text(table, "part_of")
        self.entities[ident] = Entity(ident, kind, self.bilingual(table, "name"), aliases, part_of)
        self.entity_places[ident] = (table.path, table.line)

    def add_fact(self, table: Table) -> None:
        data = table.data
        ident = data["id"]
        quote = self.text(table, "quote")
        value = data.get("value")
        unit = data.get("unit")
        quantity = None
        has_value = "value" in data or "unit" in data or "quantity" in data
        if has_value:
            self.valued.add(ident)
            if not all(key in data for key in ("value", "unit", "quantity")):
                self.problems.append(table.problem(f"fact '{ident}': value, unit and quantity go together"))
            elif isinstance(value, bool) or not isinstance(value, int | float) or not isinstance(unit, str):
                self.problems.append(table.problem(f"fact '{ident}': value must be a number and unit text"))
            else:
                quantity = checked_quantity(table, quote, value, unit, self.problems)
        as_of = checked_time(table, quote, self.problems) if "as_of" in data else None
        self.facts.append(
            Fact(
                id=ident,
                topic=self.text(table, "topic"),
                claim=self.bilingual(table, "claim"),
                quote=quote,
                location=Location(self.text(table, "source"), 0, 0),
                value=value if quantity else None,
                unit=unit if quantity else None,
                quantity=quantity,
                measure=self.optional_text(table, "measure"),
                subject=self.optional_text(table, "subject"),
                as_of=as_of,
                entities=self.strings(table, "entities"),
                tags=self.strings(table, "tags"),
                asked=self.phrases(table, "asked"),
            )
        )
        self.fact_places[ident] = (table.path, table.line)


def _folded(text: str) -> str:
    """Text as search compares it: width and case folded, outer spaces dropped."""
    import unicodedata

    return unicodedata.normalize("NFKC", text).casefold().strip()


def check(
    root: Path, progress: Progress | None = None, files: list[Path] | None = None
) -> tuple[LoadedBase | None, list[Problem]]:
    """Load and validate a base: the base when it is clean, and every problem found.

    `progress(stage, done, total)` is told of each file as it is read. `files` loads only these
    files of the base (an index updated file by file): then checks that need every file (ids
    unique across files, a base with no facts) are the caller's.
    """
    problems: list[Problem] = []
    builder = _Builder(problems=problems)
    try:
        paths = fact_files(root) if files is None else files
    except FactBaseError as error:
        return None, error.problems
    adders = {
        "sources": builder.add_source,
        "topics": builder.add_topic,
        "entities": builder.add_entity,
        "measures": builder.add_measure,
        "concepts": builder.add_concept,
        "facts": builder.add_fact,
        "translations": builder.add_translation,
    }
    kinds: dict[str, set[str]] = {str(path): set() for path in paths}
    counts = dict.fromkeys(kinds, 0)
    for table in tables(paths, SCHEMA, problems, progress):
        if builder.unfinished(table):
            continue
        kinds[table.path].add(table.kind)
        counts[table.path] += table.kind == "facts"
        if builder.check_keys(table):
            adders[table.kind](table)
    builder.link_places()
    builder.link_translations()
    facts = builder.link()
    if files is None and not builder.facts and not builder.drafts and not problems:
        problems.append(Problem(str(root), 0, 0, "the fact base holds no facts"))
    if problems:
        return None, problems
    summaries = tuple(FileSummary(path, frozenset(kinds[path]), counts[path]) for path in kinds)
    base = LoadedBase(
        str(root),
        builder.sources,
        builder.topics,
        builder.entities,
        tuple(facts),
        files=summaries,
        measures=builder.measures,
        concepts=builder.concepts,
        drafts=tuple(builder.drafts),
    )
    return base, []


def load(root: Path, progress: Progress | None = None, files: list[Path] | None = None) -> LoadedBase:
    """The validated base at `root` (or these `files` of it, as `check` loads them); any problem
    raises FactBaseError."""
    base, problems = check(root, progress, files)
    if base is None:
        raise FactBaseError(problems)
    return base
