"""Generated questions of the slot a question asks and of the article's own parts, over every
fact of the base (tests/ask_generated.py runs them with the others):

- framed: every how-much, when, who and where question with an attribution frame around it
  (文章说, 文中提到, According to the article, The article says), and its other-district twin:
  answered, and declined, as without the frame;
- photo-which / photo-place: every caption asked for by what it shows (哪张图片拍的是蓝色梅山湾,
  Which photo shows the blue waters of Meishan Bay?) and by its place among the article's
  pictures (文章第二张图片拍的是什么, What does the article's second photo show?): answered with
  that caption;
- photo-absent: a picture of each thing the article names but pictures in no caption (Which
  photo shows the China Port Museum?): declined, as only a caption answers of a picture;
- unfilled-slot: of every thing a fact names, a slot no fact of it fills asked by its noun (its
  entrance fee, its population, its speed limit, its captain): declined;
- quoted: every name a claim quotes (“最美志愿者”), asked who is called it: answered with the fact
  that writes it, naming the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ask_generated import DECLINED, Case

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog

# Attribution frames around a question, taken in turn: before it, or (English) as its clause.
_FRAMES = {
    "zh": ("文章说，{}", "文中提到，{}", "据文章介绍，{}", "原文里，{}"),
    "en": (
        "According to the article, {}",
        "The article says: {}",
        "In the article, {}",
        "As the article reports it, {}",
    ),
}
_ASKING = re.compile(r"(?:When|Where|Who|Which|How|What)\b")
_ORDINALS_ZH = "一二三四五六七八九十"
_ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_CAPTION_ZH = re.compile(r"^图片[:：]")
_CAPTION_EN = re.compile(r"^Photo caption:\s*")


def framed(cases: list[Case]) -> Iterator[Case]:
    """Each question of a slot and each other-district twin, with a frame of the article around it."""
    kept = {"how-much", "when", "who", "where", "other-district"}
    for index, case in enumerate(case for case in cases if case.family in kept):
        frame = _FRAMES[case.lang][index % len(_FRAMES[case.lang])]
        question = case.question
        if _ASKING.match(question):  # When…, Who… after a frame; a name keeps its capital
            question = question[0].lower() + question[1:]
        family = "framed-twin" if case.kind == DECLINED else "framed"
        yield case._replace(family=family, question=frame.format(question))


def _shown(caption: FactRecord, lang: str) -> str:
    """What a caption says its picture shows."""
    pattern = _CAPTION_ZH if lang == "zh" else _CAPTION_EN
    return pattern.sub("", caption["claim"][lang]).strip().rstrip("。.")


def captions(base: Catalog) -> list[FactRecord]:
    from beilun_cli.store.catalog import Filters

    found = [fact for fact in base.fact_records(Filters()) if "photo" in fact["tags"]]
    return sorted(found, key=lambda fact: fact["source"]["paragraph"])


def photos(base: Catalog) -> Iterator[Case]:
    """Each caption by what its picture shows and by its place; a picture of each thing no
    caption names, declined."""
    every = captions(base)
    for place, caption in enumerate(every):
        ident = caption["id"]
        zh, en = _shown(caption, "zh"), _shown(caption, "en")
        yield Case(ident, "photo-which", "zh", f"哪张图片拍的是{zh}？", "claim")
        yield Case(ident, "photo-which", "en", f"Which photo shows {en[0].lower()}{en[1:]}?", "claim")
        if place < len(_ORDINALS_EN):
            nth_zh, nth_en = _ORDINALS_ZH[place], _ORDINALS_EN[place]
            yield Case(ident, "photo-place", "zh", f"文章第{nth_zh}张图片拍的是什么？", "claim")
            yield Case(ident, "photo-place", "en", f"What does the article's {nth_en} photo show?", "claim")
    pictured = {entity for caption in every for entity in caption["entities"]}
    said = " ".join(f"{caption['claim']['zh']} {caption['claim']['en']}" for caption in every).casefold()
    for entity in base.entities("place") + base.entities("organisation"):
        names = [name for name in base.entity_names(entity["id"]) if len(name) > 1]
        if entity["id"] in pictured or any(name.casefold() in said for name in names):
            continue
        name = entity["name"]
        yield Case(entity["id"], "photo-absent", "zh", f"哪张图片拍的是{name['zh']}？", DECLINED)
        yield Case(entity["id"], "photo-absent", "en", f"Which photo shows the {name['en']}?", DECLINED)


# Slots asked by a noun of their own that no fact of the base fills, each in both languages: (zh,
# en) templates over a thing's name, and the entity kinds they are asked of.
_UNFILLED = (
    ("{}的门票多少钱？", "What is the entrance fee for {}?", ("place", "organisation", "project")),
    ("{}的人口是多少？", "What is the population of {}?", ("place",)),
    ("{}的限速是多少？", "What is the speed limit of {}?", ("place", "project")),
    ("{}的团长是谁？", "Who is the captain of {}?", ("organisation",)),
)


def unfilled(base: Catalog) -> Iterator[Case]:
    """Of every thing a fact names (the places the article is set in aside), the slots no fact
    fills, asked by their nouns: declined."""
    from beilun_cli.answer.confidence import setting

    home = set(setting(base))
    for zh, en, kinds in _UNFILLED:
        for kind in kinds:
            for entity in base.entities(kind):
                if entity["id"] in home or entity.get("facts", 0) == 0:
                    continue
                name = entity["name"]
                article = "" if name["en"][0].isupper() and " " not in name["en"] else "the "
                yield Case(entity["id"], "unfilled-slot", "zh", zh.format(name["zh"]), DECLINED)
                yield Case(entity["id"], "unfilled-slot", "en", en.format(article + name["en"]), DECLINED)


_QUOTED = re.compile(r"“([^”]{2,40})”")


def quoted(base: Catalog) -> Iterator[Case]:
    """Each name a claim quotes just before the one person it names (“最美志愿者”朱志平), where its
    English quotes one name too: who is called it."""
    from beilun_cli.store.catalog import Filters

    for fact in base.fact_records(Filters()):
        people = [ident for ident in fact["entities"] if base.entity(ident)["kind"] == "person"]
        zh, en = (_QUOTED.findall(fact["claim"][lang]) for lang in ("zh", "en"))
        if len(people) != 1 or len(zh) != 1 or len(en) != 1:
            continue
        after = fact["claim"]["zh"].split(f"“{zh[0]}”", 1)[1]
        if any(name and after.startswith(name) for name in base.entity_names(people[0])):
            yield Case(fact["id"], "quoted", "zh", f"谁被称为“{zh[0]}”？", "who", people[0])
            yield Case(fact["id"], "quoted", "en", f"Who is called the '{en[0]}'?", "who", people[0])


_MAGNITUDES = ("yuan", "usd", "m", "m2", "percent")


def pairs(base: Catalog) -> Iterator[Case]:
    """Of every measure of a magnitude (money, a length, an area, a share: a measure named as a
    count, 项目数, projects, names its things and no question of theirs) two things have a figure
    of (the area of the eco zone and of Dagang Community), the question of both at once
    (…分别是多少, …respectively): answered with both, the first's fact first; and with the second
    swapped for another district: declined."""
    from beilun_cli import lexicon
    from beilun_cli.answer.confidence import setting
    from beilun_cli.store.catalog import Filters

    home = set(setting(base))
    of_measure: dict[str, list[FactRecord]] = {}
    for fact in base.fact_records(Filters()):
        quantity = fact["quantity"]
        if quantity is None or lexicon.unit_class(quantity["amount_unit"])[0] not in _MAGNITUDES:
            continue
        if fact["measure"] and fact["subject"] not in (None, *home):
            found = of_measure.setdefault(fact["measure"], [])
            if all(other["subject"] != fact["subject"] for other in found):
                found.append(fact)
    measures = {measure["id"]: measure["name"] for measure in base.measures()}
    for measure, facts in of_measure.items():
        for first, second in zip(facts, facts[1:], strict=False):
            a, b = (base.entity(fact["subject"])["name"] for fact in (first, second))
            named = measures[measure]
            ident = first["id"]
            yield Case(ident, "pair", "zh", f"{a['zh']}和{b['zh']}的{named['zh']}分别是多少？", "list")
            yield Case(
                ident,
                "pair",
                "en",
                f"What is the {named['en']} of {a['en']} and {b['en']} respectively?",
                "list",
            )
            yield Case(ident, "pair-twin", "zh", f"{a['zh']}和镇海区的{named['zh']}分别是多少？", DECLINED)
            yield Case(
                ident,
                "pair-twin",
                "en",
                f"What is the {named['en']} of {a['en']} and Zhenhai District respectively?",
                DECLINED,
            )
