"""Which ones: a question that asks for the things the article enumerates (Which awards did the
Xiaojia River win? 北仑有哪些文创园区?) is answered with a list, each item with the fact that says
it. The items are the answering fact's and those of its close siblings: the hits that may answer
(choosing.candidates) and name the same thing the question names; of each, the entities the
question does not name itself, or its claim when it has none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli.answer.choosing import named_in, of_the_kind_asked
from beilun_cli.answer.confidence import setting
from beilun_cli.answer.wording import in_lang
from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.base.records import EntityRecord, FactRecord, Hit
    from beilun_cli.store.catalog import Catalog

# How many facts a list gathers at most.
MAX_ITEMS = 6


class Item:
    """One thing of a list: its words in the answer's language, the fact that says it, and the
    entity it is (None when the item is the fact's claim)."""

    __slots__ = ("text", "fact", "entity")

    def __init__(self, text: str, fact: FactRecord, entity: EntityRecord | None) -> None:
        self.text = text
        self.fact = fact
        self.entity = entity

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "fact": self.fact["id"],
            "entity": self.entity["id"] if self.entity else None,
        }


def items_of(base: Catalog, question: str, found: list[Hit], hits: list[Hit], lang: str) -> list[Item]:
    """The list a which-question asks for: the first hit that may answer (of `found`), and each
    of search's best `hits` that names a thing the question names which the first names too (not
    a place the article is set in: a list of Beilun's is not every fact of Beilun), each as the
    entities the question does not name, or as its claim."""
    first = found[0].fact.to_dict()
    asked_text = question.casefold()
    asked = named_in(base, first, question) - set(setting(base))
    facts = [first]
    for hit in hits:
        fact = hit.fact.to_dict()
        if (
            fact["id"] != first["id"]
            and len(facts) < MAX_ITEMS
            and asked
            and asked & named_in(base, fact, question)
        ):
            facts.append(fact)
    items: list[Item] = []
    for fact in facts:
        named = named_in(base, fact, question)
        entities = [base.entity(ident) for ident in fact["entities"] if ident not in named]
        # The things of the kind the question names (which museum), else the things enumerated,
        # not where they are: places only when nothing else is named.
        things = (
            [entity for entity in entities if of_the_kind_asked(entity, asked_text)]
            or [entity for entity in entities if entity["kind"] != "place"]
            or entities
        )
        given = {item.entity["id"] for item in items if item.entity is not None}
        fresh = [entity for entity in things if entity["id"] not in given]
        if fresh:
            items += [Item(in_lang(entity["name"], lang), fact, entity) for entity in fresh]
        else:
            items.append(Item(in_lang(fact["claim"], lang), fact, None))
    return items


# The noun a which-question names the kind of its things by: the word before the verb after
# which (Which digital manufacturing sectors is…: sectors), the two characters after 哪些 or
# 哪几个 (哪些方面, 哪几个阶段).
_CLASS_EN = Lazy(
    r"\bwhich\s+(?:[\w-]+\s+){0,4}?([a-z]+)\s+(?:is|are|was|were|do|does|did|has|have|had|can|will|would)\b"
)
_CLASS_ZH = Lazy(r"(?:哪些|哪几[个种项家条位样类]?)([\u4e00-\u9fff]{2})")


def asked_class(question: str) -> str | None:
    """The noun a which-question names the kind of the things it asks for by (sectors, 方面,
    阶段), as written in the casefolded question; None when it names none so."""
    from beilun_cli.answer.questions import folded

    text = folded(question)
    found = _CLASS_ZH.search(text) or _CLASS_EN.search(text)
    return found.group(1) if found else None


# What a claim lists its things with: the enumeration comma, or a sequence (从…到…, from… to…).
_ENUMERATION = Lazy(r"、[^、]+、|从.+?到|\bfrom\b.+?\bto\b.+?\bto\b")


def enumerates(hit: Hit, kind_noun: str) -> bool:
    """Whether a hit's claim enumerates things (three or more by 、, or a sequence of stages) and
    names them by `kind_noun` (方面; sectors: an English noun by its stem)."""
    from beilun_cli.search.analysis import word_term

    claim = hit.fact.to_dict()["claim"]
    if not _ENUMERATION.search(claim["zh"]):
        return False
    if not kind_noun.isascii():
        return kind_noun in claim["zh"]
    stem = word_term(kind_noun)
    return stem is not None and stem in {word_term(word) for word in _WORDS.findall(claim["en"].casefold())}


_WORDS = Lazy(r"[a-z]+")
