"""What queries return: fact records as JSON-ready dicts, typed, and `Fact` objects over them.

The dict shapes are declared as TypedDicts for mypy only (under TYPE_CHECKING they cost
nothing at run time); the loader's `model.Fact.to_json` produces exactly `FactRecord`. A
`Fact` wraps one record without copying it: attribute access for Python callers, and
`to_dict()` gives back the very record that `--json` prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The fact base's vocabulary: what the loader accepts and records hold.
ENTITY_KINDS = (
    "person",
    "organisation",
    "company",
    "place",
    "project",
    "event",
    "programme",
    "award",
)
# How a quantity relates to its number: 约 about, 近 nearly (just under), 超/突破/逾 over
# (bound excluded), 多 more than, 以上/不少于 at least and 以下/不超过 at most (bound included).
QUALIFIERS = ("exact", "about", "nearly", "over", "more_than", "at_least", "at_most")
PRECISIONS = ("day", "month", "half-year", "year", "period")
# What a measure's figures are: how much of it, the start of a range their subject covers, or a
# bound each member of the fact's list has (20亿元以上的项目有A、B、C等: each of at least 2 billion).
MEASURE_READINGS = ("amount", "threshold", "each")

if TYPE_CHECKING:
    from typing import NotRequired, TypedDict

    class BilingualRecord(TypedDict):
        zh: str
        en: str

    class QuantityRecord(TypedDict):
        written: str
        qualifier: str
        amount: float
        amount_unit: str

    class TimeRecord(TypedDict):
        written: str
        start: str
        end: str
        precision: str

    class LocationRecord(TypedDict):
        id: str
        paragraph: int
        offset: int

    class FactRecord(TypedDict):
        id: str
        topic: str
        claim: BilingualRecord
        quote: str
        value: float | None
        unit: str | None
        quantity: QuantityRecord | None
        measure: str | None
        subject: str | None
        as_of: TimeRecord | None
        entities: list[str]
        tags: list[str]
        source: LocationRecord

    class TopicRecord(TypedDict):
        id: str
        name: BilingualRecord
        facts: NotRequired[int]

    class MeasureRecord(TypedDict):
        id: str
        name: BilingualRecord
        amount_unit: str
        aliases: list[str]
        reading: str
        facts: NotRequired[int]

    class ConceptRecord(TypedDict):
        id: str
        words: list[str]

    class EntityRecord(TypedDict):
        id: str
        kind: str
        name: BilingualRecord
        aliases: list[str]
        part_of: NotRequired[str]
        facts: NotRequired[int]

    class SourceRecord(TypedDict):
        id: str
        outlet: BilingualRecord
        title: BilingualRecord
        published: str
        about: str | None
        reporters: list[str]
        byline: str
        photos: str
        editor: str
        language: str
        url: str | None
        paragraphs: int
        translated: bool
        facts: NotRequired[int]

    class ParagraphRecord(TypedDict):
        """One paragraph of a source, numbered as facts' source.paragraph counts, in both languages."""

        source: str
        paragraph: int
        zh: str
        en: str | None

    class ContextRecord(TypedDict):
        """The paragraph a quote stands in, and the quote's span in it."""

        paragraph: str
        start: int
        end: int
        en: NotRequired[EnglishContextRecord]

    class EnglishContextRecord(TypedDict):
        """The paragraph's English, and the span of the sentences that translate the quote."""

        paragraph: str
        start: int
        end: int


class Bilingual:
    """A text in the article's Chinese and in English."""

    __slots__ = ("zh", "en")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def __repr__(self) -> str:
        return f"Bilingual(zh={self.zh!r}, en={self.en!r})"


class Fact:
    """One fact of the base, read-only. `to_dict()` is its JSON record."""

    __slots__ = ("_record",)

    def __init__(self, record: FactRecord) -> None:
        self._record = record

    def __repr__(self) -> str:
        return f"Fact({self.id!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fact) and other._record == self._record

    def __hash__(self) -> int:
        return hash(self.id)

    def to_dict(self) -> FactRecord:
        return self._record

    @property
    def id(self) -> str:
        return self._record["id"]

    @property
    def topic(self) -> str:
        return self._record["topic"]

    @property
    def claim(self) -> Bilingual:
        claim = self._record["claim"]
        return Bilingual(claim["zh"], claim["en"])

    @property
    def quote(self) -> str:
        return self._record["quote"]

    @property
    def value(self) -> float | None:
        return self._record["value"]

    @property
    def unit(self) -> str | None:
        return self._record["unit"]

    @property
    def quantity(self) -> QuantityRecord | None:
        """{written, qualifier, amount, amount_unit}: the article's words and the normalised amount."""
        return self._record["quantity"]

    @property
    def measure(self) -> str | None:
        """What the value counts: an id of the base's measures (gdp, area...), None without a value."""
        return self._record["measure"]

    @property
    def subject(self) -> str | None:
        """The entity the value is about, None without a value."""
        return self._record["subject"]

    @property
    def as_of(self) -> TimeRecord | None:
        """{written, start, end, precision}: the time resolved against the publication date."""
        return self._record["as_of"]

    @property
    def entities(self) -> list[str]:
        return self._record["entities"]

    @property
    def tags(self) -> list[str]:
        return self._record["tags"]

    @property
    def source(self) -> LocationRecord:
        """{id, paragraph, offset}: where the quote stands in its source."""
        return self._record["source"]


# Scores as hits are written: enough to order them, not BM25's float noise.
SCORE_DECIMALS = 3


class Hit:
    """A search result: the fact, its relevance score, and the query terms it matched: the
    query's own terms (stems, Chinese bigrams, numbers), `@term` for one matched in the fact's
    `asked` phrasings, `~c:ID` for a concept and `~m:ID` for a measure the query names."""

    __slots__ = ("fact", "score", "terms")

    def __init__(self, fact: Fact, score: float, terms: tuple[str, ...]) -> None:
        self.fact = fact
        self.score = score
        self.terms = terms

    def __repr__(self) -> str:
        return f"Hit({self.fact.id!r}, score={self.score})"

    def to_dict(self) -> dict[str, Any]:
        """The fact's record and its score, as `search --json` and `ask --json` write a hit."""
        return {**self.fact.to_dict(), "score": round(self.score, SCORE_DECIMALS)}
