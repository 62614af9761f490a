"""The loader: TOML files -> a validated, linked base (model.LoadedBase).

Every defect is reported as path:line:col (or path alone, for a whole file). `validate` shows
them all; the index is built only from a base with none.
"""

from __future__ import annotations

import math
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from beilun_cli import lexicon
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
    Quantity,
    Source,
    Topic,
    When,
)
from beilun_cli.base.paths import fact_files
from beilun_cli.base.records import ENTITY_KINDS, MEASURE_READINGS, PRECISIONS, QUALIFIERS
from beilun_cli.store import vocabulary_checks

MAX_FILE_BYTES = 64 * 1024 * 1024

# Told (stage, done, total) as a long load or index build goes on.
Progress = Callable[[str, int, int], object]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")
TIME_POINT = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
TABLE_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"\\]*)"')

# Known units as the article writes them -> (multiplier, normalised unit), from the vocabulary. A
# fact whose unit is listed there must carry amount == value * multiplier, which catches 亿/万 slips.
_MAGNITUDES = lexicon.magnitudes("zh")
_BASE_UNITS = lexicon.written_units()
SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # table kind: (required keys, optional keys)
    "sources": (
        frozenset({"id", "outlet", "title", "published", "text"}),
        frozenset({"reporters", "byline", "photos", "editor", "language", "url", "draft"}),
    ),
    "topics": (frozenset({"id", "name"}), frozenset()),
    "entities": (frozenset({"id", "kind", "name"}), frozenset({"aliases", "draft"})),
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
class _Table:
    """One [[kind]] table of one file, with the line a problem about it should point at."""

    kind: str
    data: dict[str, Any]
    path: str
    line: int
    directory: Path

    def problem(self, message: str) -> Problem:
        return Problem(self.path, self.line, 1, message)


def _table_lines(text: str) -> dict[str, list[int]]:
    """For each table kind, the line of every table's `id =` (or header) line, in order."""
    lines: dict[str, list[int]] = {}
    current: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = TABLE_HEADER.match(line)
        if header:
            current = header.group(1)
            lines.setdefault(current, []).append(number)
        elif current and ID_LINE.match(line):
            lines[current][-1] = number
            current = None
    return lines


def _read_toml(path: Path, problems: list[Problem]) -> tuple[dict[str, Any], str] | None:
    import tomli

    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            problems.append(Problem(name, 0, 0, f"file is larger than the {limit} MiB limit"))
            return None
        raw = path.read_bytes()
    except OSError as error:
        problems.append(Problem(name, 0, 0, f"cannot read: {error.strerror or error}"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem(name, line, 1, "not valid UTF-8 (save the file as UTF-8)"))
        return None
    text = text.removeprefix("\ufeff")  # a BOM is harmless: accept it
    try:
        return tomli.loads(text, parse_float=_finite_float), text
    except tomli.TOMLDecodeError as error:
        message = error.msg if hasattr(error, "msg") else str(error)
        problems.append(Problem(name, error.lineno, error.colno, message))
    except RecursionError:
        problems.append(Problem(name, _failing_line(text, RecursionError), 1, "nesting too deep"))
    except _NonFinite as error:
        line = _failing_line(text, _NonFinite)
        token = NON_FINITE.search(text.split("\n")[line - 1])
        problems.append(Problem(name, line, token.start(1) + 1 if token else 1, str(error)))
    return None


class _NonFinite(ValueError):
    """nan or inf: no article states one, and nan compares false with every filter."""


NON_FINITE = re.compile(r"[=\[,]\s*([+-]?(?:nan|inf))\b")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NonFinite(f"{text} is not allowed: numbers must be finite")
    return number


def _failing_line(text: str, failure: type[Exception]) -> int:
    """The line where parsing raises `failure`, which tomli reports without a position.

    Everything before that point parses, so the shortest prefix of lines that raises it ends
    on that line: a bisection finds it in a few parses, on the error path only.
    """
    import tomli

    lines = text.split("\n")
    low, high = 1, len(lines)
    while low < high:
        middle = (low + high) // 2
        try:
            tomli.loads("\n".join(lines[:middle]), parse_float=_finite_float)
        except failure:
            high = middle
        except (ValueError, RecursionError):  # the cut fell inside a value, before the failure
            low = middle + 1
        else:
            low = middle + 1
    return low


def _tables(paths: list[Path], problems: list[Problem], progress: Progress | None) -> Iterator[_Table]:
    for number, path in enumerate(paths, start=1):
        if progress is not None:
            progress("reading", number, len(paths))
        read = _read_toml(path, problems)
        if read is None:
            continue
        document, text = read
        lines = _table_lines(text)
        for key, value in document.items():
            if key not in SCHEMA:
                problems.append(Problem(str(path), 1, 1, f"unknown table [[{key}]]"))
                continue
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                problems.append(Problem(str(path), 1, 1, f"'{key}' must be an array of tables"))
                continue
            kind_lines = lines.get(key, [])
            for index, data in enumerate(value):
                line = kind_lines[index] if index < len(kind_lines) else 1
                yield _Table(key, data, str(path), line, path.parent)


@dataclass
class _Builder:
    problems: list[Problem] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    concepts: dict[str, Concept] = field(default_factory=dict)
    concept_words: dict[str, str] = field(default_factory=dict)  # a word, folded -> its concept
    facts: list[Fact] = field(default_factory=list)
    seen: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # id -> path, line
    # Where each fact was defined: kept instead of its table, so a large base's raw TOML
    # data can be freed file by file.
    fact_places: dict[str, tuple[str, int]] = field(default_factory=dict)
    valued: set[str] = field(default_factory=set)  # the facts with a value, unit or quantity
    # source id -> paragraph number -> its (zh, en) sentence pairs, and where each was defined.
    translations: dict[str, dict[int, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    translation_places: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)
    drafts: list[Draft] = field(default_factory=list)

    def check_keys(self, table: _Table) -> bool:
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

    def register(self, table: _Table, ident: object) -> bool:
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

    def unfinished(self, table: _Table) -> bool:
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

    def check_translation_keys(self, table: _Table) -> bool:
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

    def add_translation(self, table: _Table) -> None:
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

    def text(self, table: _Table, key: str, sub: str | None = None) -> str:
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

    def optional_text(self, table: _Table, key: str) -> str | None:
        return self.text(table, key) if key in table.data else None

    def bilingual(self, table: _Table, key: str) -> Bilingual:
        return Bilingual(zh=self.text(table, key, "zh"), en=self.text(table, key, "en"))

    def strings(self, table: _Table, key: str) -> tuple[str, ...]:
        value = table.data.get(key, [])
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return tuple(value)
        self.problems.append(
            table.problem(f"{table.kind} '{table.data['id']}': '{key}' must be a list of text")
        )
        return ()

    def add_source(self, table: _Table) -> None:
        ident = table.data["id"]
        text_name = self.text(table, "text")
        published = table.data.get("published")
        paragraphs: tuple[str, ...] = ()
        text_path = table.directory / text_name
        try:
            body = _source_text(text_path)
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
        )

    def add_topic(self, table: _Table) -> None:
        ident = table.data["id"]
        self.topics[ident] = Topic(ident, self.bilingual(table, "name"))

    def add_measure(self, table: _Table) -> None:
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

    def whole(self, table: _Table, words: tuple[str, ...]) -> frozenset[str]:
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

    def vocabulary(self, table: _Table, words: tuple[str, ...], whole: frozenset[str] = frozenset()) -> None:
        """A problem for each word that would match what it does not mean (see vocabulary)."""
        what = f"{_SINGULAR[table.kind]} '{table.data['id']}'"
        phrase = table.kind != "entities"
        for word in words:
            if (why := vocabulary_checks.word_problem(word, word in whole, phrase)) is not None:
                self.problems.append(table.problem(f"{what}: {word!r} {why}"))

    def phrases(self, table: _Table, key: str) -> tuple[str, ...]:
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

    def add_concept(self, table: _Table) -> None:
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

    def add_entity(self, table: _Table) -> None:
        ident = table.data["id"]
        kind = self.text(table, "kind")
        if kind and kind not in ENTITY_KINDS:
            self.problems.append(
                table.problem(f"entity '{ident}': kind '{kind}' is not one of {', '.join(ENTITY_KINDS)}")
            )
        aliases = self.strings(table, "aliases")
        self.vocabulary(table, aliases)
        self.entities[ident] = Entity(ident, kind, self.bilingual(table, "name"), aliases)

    def add_fact(self, table: _Table) -> None:
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
                quantity = self.quantity(table, quote, value, unit)
        as_of = self.when(table, quote) if "as_of" in data else None
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

    def quantity(self, table: _Table, quote: str, value: float, unit: str) -> Quantity | None:
        ident = table.data["id"]
        raw = table.data["quantity"]
        written = raw.get("written")
        qualifier = raw.get("qualifier")
        amount = raw.get("amount")
        amount_unit = raw.get("amount_unit")
        before = len(self.problems)
        if not isinstance(written, str) or not written or written not in quote:
            self.problems.append(
                table.problem(f"fact '{ident}': quantity.written {written!r} is not in its quote")
            )
        elif NUMBER.search(written):
            numerals = _numbers_equal_to(written, value)
            # 多/余 may stand between number and unit: 30多年, 180多个.
            if not any(re.search(re.escape(n) + "[多余]?" + re.escape(unit), written) for n in numerals):
                message = f"fact '{ident}': value {value}{unit} does not appear in {written!r}"
                self.problems.append(table.problem(message))
        elif unit and unit not in written:
            self.problems.append(
                table.problem(f"fact '{ident}': unit {unit!r} does not appear in {written!r}")
            )
        if qualifier not in QUALIFIERS:
            message = f"fact '{ident}': qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}"
            self.problems.append(table.problem(message))
        if isinstance(amount, bool) or not isinstance(amount, int | float):
            self.problems.append(table.problem(f"fact '{ident}': quantity.amount must be a number"))
        elif (expected := expected_amount(value, unit)) is not None:
            factor, base = expected
            # A rate keeps its numerator's unit: 人均14.9平方米 is "m2-per-person".
            unit_fits = amount_unit == base or str(amount_unit).startswith(f"{base}-per-")
            if not math.isclose(amount, value * factor, rel_tol=1e-9) or not unit_fits:
                actual = f"{amount:g} {amount_unit}"
                message = f"fact '{ident}': {value}{unit} is {value * factor:g} {base}, not {actual}"
                self.problems.append(table.problem(message))
        if not isinstance(amount_unit, str) or not SLUG.match(amount_unit):
            self.problems.append(table.problem(f"fact '{ident}': amount_unit {amount_unit!r} is not a slug"))
        if len(self.problems) > before:
            return None
        assert isinstance(written, str) and isinstance(qualifier, str) and isinstance(amount_unit, str)
        return Quantity(written, qualifier, float(amount), amount_unit)

    def when(self, table: _Table, quote: str) -> When | None:
        ident = table.data["id"]
        raw = table.data["as_of"]
        written, start, end, precision = (raw.get(k) for k in ("written", "start", "end", "precision"))
        before = len(self.problems)
        if not isinstance(written, str) or (written and written not in quote):
            self.problems.append(
                table.problem(f"fact '{ident}': as_of.written {written!r} is not in its quote")
            )
        if precision not in PRECISIONS:
            message = f"fact '{ident}': precision {precision!r} is not one of {', '.join(PRECISIONS)}"
            self.problems.append(table.problem(message))
        for name, point in (("start", start), ("end", end)):
            if not isinstance(point, str) or not valid_time(point):
                message = f"fact '{ident}': as_of.{name} {point!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
                self.problems.append(table.problem(message))
        if len(self.problems) == before:
            assert isinstance(start, str) and isinstance(end, str)
            if start > end:
                self.problems.append(
                    table.problem(f"fact '{ident}': as_of starts ({start}) after it ends ({end})")
                )
            elif precision == "day" and not (start == end and len(start) == 10):
                self.problems.append(table.problem(f"fact '{ident}': a day needs start == end as YYYY-MM-DD"))
            elif precision == "month" and not (start == end and len(start) == 7):
                self.problems.append(table.problem(f"fact '{ident}': a month needs start == end as YYYY-MM"))
            elif precision == "year" and not (start == end and len(start) == 4):
                self.problems.append(table.problem(f"fact '{ident}': a year needs start == end as YYYY"))
        if len(self.problems) > before:
            return None
        assert isinstance(written, str) and isinstance(start, str) and isinstance(end, str)
        assert isinstance(precision, str)
        return When(written, start, end, precision)

    def link_translations(self) -> None:
        """Each source's translation, checked against its text: the Chinese of the sentences is
        the paragraph exactly, every paragraph is translated once a source has any translation,
        and every number of a paragraph reappears in its English."""
        from beilun_cli.read.numerals import untranslated_numbers

        for source_id, paragraphs in self.translations.items():
            source = self.sources.get(source_id)
            if source is None:
                for number in paragraphs:
                    path, line = self.translation_places[(source_id, number)]
                    self.problems.append(Problem(path, line, 1, f"translation: unknown source '{source_id}'"))
                continue
            for number, pairs in sorted(paragraphs.items()):
                path, line = self.translation_places[(source_id, number)]
                where = f"translation of {source_id} ¶{number}"
                if not 1 <= number <= len(source.paragraphs):
                    message = f"{where}: the source has paragraphs 1 to {len(source.paragraphs)}"
                    self.problems.append(Problem(path, line, 1, message))
                    continue
                if "".join(zh for zh, _ in pairs) != source.paragraphs[number - 1]:
                    message = f"{where}: its sentences' Chinese, joined, is not the paragraph's text"
                    self.problems.append(Problem(path, line, 1, message))
                for zh, en in pairs:
                    for missing in untranslated_numbers(zh, en):
                        message = f"{where}: {missing} in {zh!r}"
                        self.problems.append(Problem(path, line, 1, message))
            untranslated = [n for n in range(1, len(source.paragraphs) + 1) if n not in paragraphs]
            if untranslated:
                path, line = next(iter(self.translation_places[(source_id, n)] for n in paragraphs))
                listed = ", ".join(f"¶{n}" for n in untranslated[:10]) + (
                    " …" if len(untranslated) > 10 else ""
                )
                message = f"source '{source_id}': paragraphs without English: {listed}"
                self.problems.append(Problem(path, 0 if not line else line, 1, message))
            else:
                ordered = tuple(paragraphs[n] for n in range(1, len(source.paragraphs) + 1))
                self.sources[source_id] = _with_translation(source, ordered)

    def link(self) -> list[Fact]:
        """Cross-checks that need the whole base: topics, sources, entities, quote positions, and
        that a claim states no number its quote lacks."""
        from beilun_cli.read.numerals import unquoted_claim_numbers

        linked = []
        for fact in self.facts:
            path, line = self.fact_places[fact.id]
            if fact.topic and fact.topic not in self.topics:
                known = ", ".join(sorted(self.topics)) or "none defined"
                self.problems.append(
                    Problem(
                        path, line, 1, f"fact '{fact.id}': unknown topic '{fact.topic}' (topics: {known})"
                    )
                )
            for entity in fact.entities:
                if entity not in self.entities:
                    self.problems.append(
                        Problem(path, line, 1, f"fact '{fact.id}': unknown entity '{entity}'")
                    )
            self.link_statement(fact, path, line)
            for tag in fact.tags:
                if not SLUG.match(tag):
                    self.problems.append(
                        Problem(path, line, 1, f"fact '{fact.id}': tag {tag!r} is not a lowercase slug")
                    )
            source = self.sources.get(fact.location.source)
            if source is None:
                self.problems.append(
                    Problem(path, line, 1, f"fact '{fact.id}': unknown source '{fact.location.source}'")
                )
                continue
            location = locate(source, fact.quote)
            if location is None:
                if fact.quote:
                    message = (
                        f"fact '{fact.id}': quote is not verbatim in source '{source.id}': {fact.quote!r}"
                    )
                    self.problems.append(Problem(path, line, 1, message))
                continue
            # Only a quote the article holds can vouch for the claim's numbers.
            times = [fact.as_of.start, fact.as_of.end] if fact.as_of else []
            for stated in unquoted_claim_numbers(fact.claim.zh, fact.claim.en, fact.quote, times):
                message = f"fact '{fact.id}': {stated}, which its quote does not carry"
                self.problems.append(Problem(path, line, 1, message))
            linked.append(_with_location(fact, location))
        return linked

    def link_statement(self, fact: Fact, path: str, line: int) -> None:
        """A fact with a value says what it measures of which entity, in its measure's unit."""
        where = f"fact '{fact.id}'"
        if fact.id not in self.valued:
            for key, given in (("measure", fact.measure), ("subject", fact.subject)):
                if given is not None:
                    self.problems.append(Problem(path, line, 1, f"{where}: '{key}' needs a value"))
            return
        for key, given in (("measure", fact.measure), ("subject", fact.subject)):
            if given is None:
                self.problems.append(Problem(path, line, 1, f"{where}: a value needs a '{key}'"))
        if fact.subject and fact.subject not in self.entities:
            self.problems.append(Problem(path, line, 1, f"{where}: unknown subject '{fact.subject}'"))
        elif fact.subject and fact.subject not in fact.entities:
            message = f"{where}: subject '{fact.subject}' is not one of its entities"
            self.problems.append(Problem(path, line, 1, message))
        if not fact.measure:
            return
        measure = self.measures.get(fact.measure)
        if measure is None:
            known = ", ".join(sorted(self.measures)) or "none defined"
            message = f"{where}: unknown measure '{fact.measure}' (measures: {known})"
            self.problems.append(Problem(path, line, 1, message))
        elif fact.quantity is not None and measure.amount_unit != fact.quantity.amount_unit:
            message = (
                f"{where}: measure '{measure.id}' is counted in {measure.amount_unit}, "
                f"not {fact.quantity.amount_unit}"
            )
            self.problems.append(Problem(path, line, 1, message))


def _folded(text: str) -> str:
    """Text as search compares it: width and case folded, outer spaces dropped."""
    import unicodedata

    return unicodedata.normalize("NFKC", text).casefold().strip()


def _source_text(path: Path) -> str:
    """A source's text with newlines made \\n; ValueError says why it cannot be had.

    The file name comes from the data: only a regular file within the size limit is read, so a
    base that names /dev/zero or a FIFO gets an error instead of a hang.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(f"larger than the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit")
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise ValueError(error.strerror or str(error)) from None
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8 (save the file as UTF-8)") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _with_translation(source: Source, translation: tuple[tuple[tuple[str, str], ...], ...]) -> Source:
    from dataclasses import replace

    return replace(source, translation=translation)


def _with_location(fact: Fact, location: Location) -> Fact:
    from dataclasses import replace

    return replace(fact, location=location)


def _numbers_equal_to(written: str, value: float) -> list[str]:
    """The numerals in `written` whose value is `value` (1/6 counts as one sixth)."""
    matches = []
    for numeral in NUMBER.findall(written):
        top, _, bottom = numeral.partition("/")
        number = float(top) / float(bottom) if bottom and float(bottom) else float(top)
        if math.isclose(number, value, rel_tol=1e-9):
            matches.append(numeral)
    return matches


def expected_amount(value: float, unit: str) -> tuple[float, str] | None:
    """(multiplier, normalised unit) for a unit this loader knows, else None."""
    base = _BASE_UNITS.get(unit)
    if base is not None:
        return base
    if unit[:1] in _MAGNITUDES and unit[1:] in _BASE_UNITS:
        factor, name = _BASE_UNITS[unit[1:]]
        return factor * _MAGNITUDES[unit[0]], name
    return None


def valid_time(point: str) -> bool:
    if not TIME_POINT.match(point):
        return False
    parts = [int(part) for part in point.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        import datetime

        try:
            datetime.date(*parts)
        except ValueError:
            return False
    return True


def locate(source: Source, quote: str) -> Location | None:
    """The first place the quote stands verbatim in the source, or None."""
    if not quote:
        return None
    for number, paragraph in enumerate(source.paragraphs, start=1):
        offset = paragraph.find(quote)
        if offset >= 0:
            return Location(source.id, number, offset)
    return None


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
    for table in _tables(paths, problems, progress):
        if builder.unfinished(table):
            continue
        kinds[table.path].add(table.kind)
        counts[table.path] += table.kind == "facts"
        if builder.check_keys(table):
            adders[table.kind](table)
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
