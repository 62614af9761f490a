"""What `beilun draft` writes: candidate facts, proposed entities and the new source's record,
each as the TOML table a curator finishes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from beilun_cli.base.model import Quantity, When

__all__ = ["Article", "Candidate", "Draft", "Proposal", "toml_number", "toml_string"]


@dataclass
class Candidate:
    """One candidate fact, as `beilun draft` writes it for a curator."""

    id: str
    paragraph: int
    quote: str
    claim_zh: str
    topic: str | None = None
    value: float | None = None
    unit: str | None = None
    quantity: Quantity | None = None
    measure: str | None = None
    subject: str | None = None
    as_of: When | None = None
    entities: list[str] = field(default_factory=list)

    def to_toml(self, source: str) -> str:
        """The fact as a [[facts]] table: the fields it has, and a draft marker naming the rest."""
        lines = ["[[facts]]", f"id = {toml_string(self.id)}", "draft = true"]
        if self.topic is not None:
            lines.append(f"topic = {toml_string(self.topic)}")
        lines += [f"source = {toml_string(source)}", f"quote = {toml_string(self.quote)}"]
        lines.append(f"claim = {{ zh = {toml_string(self.claim_zh)} }}")
        if self.value is not None and self.quantity is not None:
            quantity = self.quantity
            lines += [f"value = {toml_number(self.value)}", f"unit = {toml_string(self.unit or '')}"]
            lines.append(
                f"quantity = {{ written = {toml_string(quantity.written)}, qualifier = "
                f"{toml_string(quantity.qualifier)}, amount = {toml_number(quantity.amount)}, "
                f"amount_unit = {toml_string(quantity.amount_unit)} }}"
            )
        if self.measure is not None:
            lines.append(f"measure = {toml_string(self.measure)}")
        if self.subject is not None:
            lines.append(f"subject = {toml_string(self.subject)}")
        if self.as_of is not None:
            time = self.as_of
            parts = (
                f"written = {toml_string(time.written)}, start = {toml_string(time.start)}, "
                f"end = {toml_string(time.end)}"
            )
            lines.append(f"as_of = {{ {parts}, precision = {toml_string(time.precision)} }}")
        if self.entities:
            lines.append(f"entities = [{', '.join(toml_string(entity) for entity in self.entities)}]")
        return "\n".join(lines) + "\n"


@dataclass
class Proposal:
    """A name the base's vocabulary lacks, proposed as an entity of a guessed kind."""

    id: str
    name: str
    kind: str
    paragraphs: list[int]

    def to_toml(self) -> str:
        where = ", ".join(f"¶{number}" for number in self.paragraphs)
        return (
            f"[[entities]]\nid = {toml_string(self.id)}\ndraft = true\n"
            f"# named in {where}\nkind = {toml_string(self.kind)}\n"
            f"name = {{ zh = {toml_string(self.name)} }}\n"
        )


@dataclass
class Draft:
    """What `draft_article` read from an article."""

    paragraphs: list[str]
    candidates: list[Candidate]
    proposals: list[Proposal]

    def about(self) -> str | None:
        """The subject most candidates are about (the first named of those tied): what the article
        is about, proposed as its source's `about`; None when no candidate has a subject."""
        subjects = Counter(candidate.subject for candidate in self.candidates if candidate.subject)
        return subjects.most_common(1)[0][0] if subjects else None


@dataclass
class Article:
    """A new source's record: what `beilun draft` is told or finds of the article."""

    id: str
    published: str
    title_zh: str
    title_en: str | None = None
    outlet_zh: str | None = None
    outlet_en: str | None = None
    about: str | None = None

    def to_toml(self, text_name: str) -> str:
        lines = ["[[sources]]", f"id = {toml_string(self.id)}"]
        if not (self.title_en and self.outlet_zh and self.outlet_en):
            lines.append("draft = true")  # validate lists what is left to write
        for key, zh, en in (
            ("outlet", self.outlet_zh, self.outlet_en),
            ("title", self.title_zh, self.title_en),
        ):
            parts = [f"{lang} = {toml_string(text)}" for lang, text in (("zh", zh), ("en", en)) if text]
            lines.append(f"{key} = {{ {', '.join(parts)} }}")
        lines.append(f"published = {self.published}")
        if self.about is not None:
            lines += ["# the subject most drafted facts are about", f"about = {toml_string(self.about)}"]
        lines += ['language = "zh"', f"text = {toml_string(text_name)}"]
        return "\n".join(lines) + "\n"


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def toml_number(number: float) -> str:
    return str(int(number)) if number == int(number) and abs(number) < 1e15 else repr(number)
