"""Claims generated from every fact whose own Chinese claim closes a list of quoted siblings: two or
more quoted names side by side, with no 等 after them, that end alike (“青年北仑”“数字北仑”“美丽北仑”三大
工程: 北仑; “生态之美”“品质之美”…: 之美), for tests/check_generated.py (docs/check.md, other-member):

- the fact's own claim with one member swapped for a sibling outside the list (its modifier
  replaced by one of OUTSIDE_ZH, of the member's length, or in English by one of OUTSIDE_EN
  before the members' shared last word, where the members are entities with English names):
  refuted, the article names all of the set's members;
- where a count names the set after the list (三大工程; three major programmes in English):
  each member said to be one of it (supported), said not to be (refuted), the sibling said to be
  one of it (refuted) and said not to be (supported: the set is closed).

The lists are found here by the facts' texts, not by the checker's reader; the siblings are
made up, none a name the article writes."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Modifiers of made-up siblings, by length in characters; English ones a word each.
OUTSIDE_ZH = {2: ("平安", "开放", "智造"), 3: ("新时代", "大开放")}
OUTSIDE_EN = ("Safe", "Open", "Smart")
# Quoted names side by side, and what follows them.
_QUOTED_RUN = re.compile(r"((?:“[^“”]{2,8}”[、和]?){2,})([^,，。;；]{0,8})")
_QUOTED = re.compile(r"“([^“”]{2,8})”")
_ZH_COUNT = re.compile(r"^([二三四五六七八九十])(大|个|项)([\u4e00-\u9fff]{2})")
_EN_NUMBERS = "two three four five six seven eight nine ten".split()
_EN_COUNT = re.compile(rf"\b((?:{'|'.join(_EN_NUMBERS)}) (?:major |main |key )?[a-z]+s)\b")


def closed_set_cases(
    records: Sequence[FactRecord], names: Mapping[str, Sequence[str]], article: str
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every closed list of quoted siblings."""
    for record in records:
        zh, en = record["claim"]["zh"], record["claim"]["en"]
        for run in _QUOTED_RUN.finditer(zh):
            members = _QUOTED.findall(run.group(1))
            affix = os.path.commonprefix([member[::-1] for member in members])[::-1]
            if run.group(2).startswith("等") or len(affix) < 2 or affix in members:
                continue
            length = len(members[0]) - len(affix)
            made_up = [f"{word}{affix}" for word in OUTSIDE_ZH.get(length, ())]
            outside = [name for name in made_up if name not in article]
            if not outside or any(len(member) - len(affix) != length for member in members):
                continue
            ident = record["id"]
            for at, member in enumerate(members):
                stranger = outside[at % len(outside)]
                yield ident, "closed-swapped", "zh", zh.replace(f"“{member}”", f"“{stranger}”", 1), REFUTED
            english = _english_names(members, record, names)
            last = {name.split()[-1] for name in english}
            if len(english) == len(members) and len(last) == 1 and all(name in en for name in english):
                word = last.pop()
                for at, name in enumerate(english):
                    stranger = f"{OUTSIDE_EN[at % len(OUTSIDE_EN)]} {word}"
                    yield ident, "closed-swapped", "en", en.replace(name, stranger, 1), REFUTED
            yield from _counted_cases(ident, members, outside[0], run.group(2), en, english)


# A quotation listing items across its clauses (“责任意识强、落实行动快,服务意识强、…”).
_QUOTED_LIST = re.compile(r"“([^“”]+[、,，][^“”]+)”")


def quoted_list_cases(
    records: Sequence[FactRecord], article: str
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): of every quotation of a fact's Chinese claim that lists
    items, those that end alike (责任意识强, 服务意识强, 创新意识强: 意识强), each swapped in the fact's
    own claim for a made-up sibling of its length (平安意识强): refuted, the quotation closes the set."""
    for record in records:
        zh = record["claim"]["zh"]
        for quoted in _QUOTED_LIST.finditer(zh):
            items = [item for item in re.split(r"[、,，]", quoted.group(1)) if item]
            by_end: dict[str, list[str]] = {}
            for item in items:
                by_end.setdefault(item[-2:], []).append(item)
            for members in (group for group in by_end.values() if len(group) > 1):
                affix = os.path.commonprefix([member[::-1] for member in members])[::-1]
                length = len(members[0]) - len(affix)
                if affix in members or any(len(member) - len(affix) != length for member in members):
                    continue
                outside = [
                    f"{word}{affix}" for word in OUTSIDE_ZH.get(length, ()) if f"{word}{affix}" not in article
                ]
                for at, member in enumerate(members if outside else ()):
                    swapped = quoted.group().replace(member, outside[at % len(outside)], 1)
                    yield (
                        record["id"],
                        "closed-quoted-swapped",
                        "zh",
                        zh.replace(quoted.group(), swapped, 1),
                        REFUTED,
                    )


def _english_names(
    members: Sequence[str], record: FactRecord, names: Mapping[str, Sequence[str]]
) -> list[str]:
    """The English names of the fact's entities that the Chinese members name, in their order."""
    found = []
    for member in members:
        for entity in record["entities"]:
            entity_names = names.get(entity, ())
            if len(entity_names) > 1 and entity_names[0] == member:
                found.append(entity_names[1])
    return found


def _counted_cases(
    ident: str, members: Sequence[str], stranger: str, after: str, en: str, english: Sequence[str]
) -> Iterator[tuple[str, str, str, str, str]]:
    """A member and the sibling said to be, or not to be, one of the set a count names."""
    counted = _ZH_COUNT.match(after)
    if counted is not None:
        noun = counted.group()
        for member in members:
            yield ident, "closed-member", "zh", f"“{member}”是北仑的{noun}之一", SUPPORTED
            yield ident, "closed-member-denied", "zh", f"“{member}”不是北仑的{noun}之一", REFUTED
        yield ident, "closed-outsider", "zh", f"“{stranger}”是北仑的{noun}之一", REFUTED
        yield ident, "closed-outsider-denied", "zh", f"“{stranger}”不是北仑的{noun}之一", SUPPORTED
    found = _EN_COUNT.search(en)
    if found is None or not english:
        return
    noun = found.group(1)
    word = english[0].split()[-1]
    for name in english:
        yield ident, "closed-member", "en", f"{name} is one of Beilun's {noun}.", SUPPORTED
        yield ident, "closed-member-denied", "en", f"{name} is not one of Beilun's {noun}.", REFUTED
    for modifier in OUTSIDE_EN[:2]:
        yield ident, "closed-outsider", "en", f"{modifier} {word} is one of Beilun's {noun}.", REFUTED
        claim = f"{modifier} {word} is not one of Beilun's {noun}."
        yield ident, "closed-outsider-denied", "en", claim, SUPPORTED
