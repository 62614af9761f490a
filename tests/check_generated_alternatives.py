"""Claims generated from every fact whose own claim names a member of a set of alternatives, for
tests/check_generated.py: a place of the lexicon outside the article's home (a sea, an economic
region, a province, a district of Ningbo other than Beilun) or a member of a set of
lexicon/data/alternatives.toml (an arm):

- the member replaced by another of its set (a sibling place of its kind and of the same place,
  another body part), in the fact's own claim: refuted, the claim puts another in the fact's slot
  (a place or a member inside a quoted name, “花香柴桥”, “全域融合”, is part of the name, and
  left alone);
- the member of a set replaced by another said with "only" (只部分, only narrowed): refuted too;
- the member replaced by a name of nothing (瓦伦丁, Valentin), which no set nor the article
  knows: not-enough-info, an unknown word is no alternative;
- the fact's own claim, its member kept: supported; and a body's or a role's claim labelled with
  another member of its set that is no entity of the base (教育部：…, Ministry of Education: …):
  not-enough-info, the other member stands in a clause of its own, in no slot of the fact's.

The members are found by the lexicon's data, not by the checker's reader; the sibling is chosen
by the fact's id, so the cases stay the same from run to run."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.lexicon.records import Place
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# The article's home and what holds it: a sibling of these is another family's (sibling-place,
# with a rank; a figure of another district is only unstated).
_HOME = ("beilun", "ningbo", "zhejiang", "china")
# A name of nothing, per language.
_UNKNOWN = {"zh": "瓦伦丁", "en": "Valentin"}
# A clause of its own that names a member, before the fact's claim; the sets whose members may
# be named so (a body, a person's role).
_ATTRIBUTABLE = ("authority", "role")
_ELSEWHERE = {"zh": "{other}：{text}", "en": "{other}: {text}"}
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|'[^']*'")


def alternative_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) for each member of a set a fact's claim names."""
    known = {entity for record in records for entity in record["entities"]}
    for record in records:
        for lang in ("zh", "en"):
            text = record["claim"][lang]
            for written, other in _members(text, lang, record["id"]):
                if "photo" in record["tags"] and not _places(written, lang):
                    # A caption names what one picture shows: another may show the other member
                    # (a mountain village, beside the central urban area).
                    continue
                yield record["id"], "other-member", lang, _replaced(text, written, other), REFUTED
                if not _places(written, lang) and not re.search(r"之一|\bone of\b", text):
                    # Only the other member (只部分, only some): the only is of what the fact excludes
                    # (beside one of, an only is the only one of a kind among several).
                    only = f"只{other}" if lang == "zh" else f"only {other}"
                    yield record["id"], "only-other-member", lang, _replaced(text, written, only), REFUTED
                unknown = _replaced(text, written, _UNKNOWN[lang])
                yield record["id"], "unknown-member", lang, unknown, NOT_ENOUGH_INFO
                if not _places(written, lang):
                    yield record["id"], "own-member", lang, text, SUPPORTED
                label = _label(written, lang, known)
                if label:
                    # Another body or role in a clause of its own, beside the fact's: it stands in
                    # no slot of the fact's, an unstated detail.
                    elsewhere = _ELSEWHERE[lang].format(other=label, text=text)
                    yield record["id"], "member-elsewhere", lang, elsewhere, NOT_ENOUGH_INFO


def _label(written: str, lang: str, known: set[str]) -> str:
    """The first other member of the set of a body or a role (`written`), in the language, that is
    no entity of the base (`known`: one named beside a fact is the entity families'), or ""."""
    for group, member, zh, en in lexicon.alternatives():
        if group in _ATTRIBUTABLE and written in (*zh, *en):
            others = [
                names[0]
                for other_group, other, *both in lexicon.alternatives()
                if other_group == group and other not in (member, *known)
                for names in [both[0] if lang == "zh" else both[1]]
                if names
            ]
            return others[0] if others else ""
    return ""


def _members(text: str, lang: str, ident: str) -> list[tuple[str, str]]:
    """(a member as the text writes it, another of its set in the language) of a text, each once."""
    found: dict[str, str] = {}
    for written, place in _places(text, lang):
        if (
            _quoted(text, written)
            or place.id in _HOME
            or any(lexicon.within(home, place.id) for home in _HOME[:1])
        ):
            continue
        others = [
            other
            for other in lexicon.siblings(place.id) or _unheld(place)
            if lexicon.alternative_places(place, other) and not _written(text, other, lang)
        ]
        if others:
            other = others[sum(map(ord, ident)) % len(others)]
            found.setdefault(written, min(other.zh if lang == "zh" else other.en, key=len))
    for group, member, zh, en in lexicon.alternatives():
        for name in zh if lang == "zh" else en:
            # A text that names the member twice in other words (临港…滨海) still names it
            # after one is replaced: the other reads as an addition, left alone.
            if (
                _writes(text, name, lang)
                and not _quoted(text, name)
                and not any(
                    _writes(text, same, lang) and same not in name and name not in same
                    for same in (zh if lang == "zh" else en)
                )
            ):
                others = [
                    row
                    for row in lexicon.alternatives()
                    if row[0] == group and row[1] != member and (row[2] if lang == "zh" else row[3])
                ]
                other = others[sum(map(ord, ident)) % len(others)]
                found.setdefault(name, (other[2] if lang == "zh" else other[3])[0])
    # A name inside another found (东海 of 东海之滨 is whole; 海 of nothing): the longest first.
    return [(w, o) for w, o in found.items() if not any(w != x and w in x for x in found)]


def _places(text: str, lang: str) -> list[tuple[str, Place]]:
    from beilun_cli.verify.places import places_in

    found = places_in(text)
    return [(w, p) for w, p in found if (w.isascii()) == (lang == "en")]


def _quoted(text: str, written: str) -> bool:
    """Whether a name stands inside a quotation (“花香柴桥”): part of another name, no slot's."""
    return any(written in quoted for quoted in _QUOTED.findall(text))


def _unheld(place: Place) -> tuple[Place, ...]:
    """The places of its kind part of nothing, as it is (a sea: the other seas)."""
    from beilun_cli.lexicon.compiled_places import PLACES

    return tuple(
        Place(*row) for row in PLACES if row[2] is None and row[1] == place.kind and row[0] != place.id
    )


def _written(text: str, place: Place, lang: str) -> bool:
    return any(_writes(text, name, lang) for name in (place.zh if lang == "zh" else place.en))


def _writes(text: str, name: str, lang: str) -> bool:
    if lang == "zh":
        return name in text
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE) is not None


def _replaced(text: str, written: str, other: str) -> str:
    """The text with the member replaced wherever it is written (严格…严格: the claim names one
    member), as a whole word in English."""
    if written.isascii():
        return re.sub(rf"(?<![\w-]){re.escape(written)}(?![\w-])", other, text)
    return text.replace(written, other)
