"""Generated claims that pin which leftover words of a claim need no grounding (docs/check.md,
"A content word is grounded"), drawn from every fact, none chosen by hand:

- the fact's own claim with a light verb for its verb (has got, 拿到 for 获得), a discourse
  word before it (Meanwhile, 同时), a generic noun after its deed (建设工作), or the word its
  figure's unit implies (11.5 km long, 每年 for 年均): supported, as the claim is;
- the fact's own claim with a content word added beside those light words (and it also got a
  new railway): not-enough-info, as a light word never excuses the content beside it;
- the fact's level said with a verb of change (has added 8, for 8 in all): refuted, as no verb
  of change is a light one;
- an item of a list a fact closes with 等 said to be one of its kind (集成电路是北仑的重点产业之一):
  supported, as the list says it; an item of another fact's list said so: not-enough-info.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


# A light verb for the fact's own, in each language: (the fact's word, the claim's).
_LIGHT_VERBS = (
    ("en", re.compile(r"\bhas (?=an?\b|\d|over\b|more\b|nearly\b|about\b|some\b)"), "has got "),
    ("en", re.compile(r"\breceived\b"), "got"),
    ("en", re.compile(r"\breached\b"), "went up to"),
    ("zh", re.compile(r"获得"), "拿到"),
    ("zh", re.compile(r"拥有"), "共有"),
    ("zh", re.compile(r"开展"), "进行"),
    ("zh", re.compile(r"达到"), "实现了"),
)
_DISCOURSE = {"zh": "同时，{}", "en": "Meanwhile, {}"}
# A deed named with a generic noun after it (水资源管理工作 is 水资源管理).
_GENERIC_NOUNS = (("zh", re.compile(r"(建设|管理)(?!工作)"), r"\1工作"),)
# The words a figure's unit implies, per dimension: added to the English claim, and put for
# the fact's own word in the Chinese one.
_FIGURE_WORDS = {"m": (("长度", "全长"), " in length"), "m2": (("面积", "总面积"), " in area")}
# A figure per year said another way.
_PER_YEAR = (("zh", "年均", "每年"), ("en", " a year", " annually"))
# Light words around a content word: a classifier's look-alike (受到了批评: 批 counts nothing
# here), a pair across two words (大批外国).
_WITH_CONTENT = {
    "zh": ("{}，此外还获得了一条新铁路", "{}，同时受到了批评", "{}，吸引了大批外国游客"),
    "en": ("{}, and it also got a new railway", "{}, and the work also drew foreign visitors"),
}
# A level said with a verb of change (has added 8, where the article gives 8 in all): no light
# verb, as a level claimed as an increase is refuted.
_HAS_LEVEL = re.compile(r"\b(has|had) (?=(?:a cumulative |a total of )?\d)")
_CHANGES = re.compile(r"增长|增加|提高|上升|新增|growth|increase|grew|rose|added|new\b", re.IGNORECASE)


def _opening(text: str) -> str:
    """A claim as it reads after a word put before it: its first word lowercased when a function
    word ("In 2018 ..." -> "in 2018 ...")."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.casefold() in lexicon.stop_words("en") else text


def residue_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict) of one fact's rewrites with light words, and with a content
    word beside them."""
    claim = record["claim"]
    for lang, pattern, light in _LIGHT_VERBS:
        if pattern.search(claim[lang]):
            yield "light-verb", lang, pattern.sub(light, claim[lang], count=1), SUPPORTED
    yield "discourse-word", "zh", _DISCOURSE["zh"].format(claim["zh"]), SUPPORTED
    yield "discourse-word", "en", _DISCOURSE["en"].format(_opening(claim["en"])), SUPPORTED
    for lang, pattern, generic in _GENERIC_NOUNS:
        if pattern.search(claim[lang]):
            yield "generic-noun", lang, pattern.sub(generic, claim[lang], count=1), SUPPORTED
    quantity = record["quantity"]
    if quantity is not None:
        unit = quantity["amount_unit"]
        if unit in _FIGURE_WORDS:
            (old, new), tail = _FIGURE_WORDS[unit]
            if old in claim["zh"] and new not in claim["zh"]:
                yield "figure-word", "zh", claim["zh"].replace(old, new, 1), SUPPORTED
            yield "figure-word", "en", claim["en"].rstrip(".") + tail, SUPPORTED
        for lang, old, new in _PER_YEAR if unit.endswith("-per-year") else ():
            if old in claim[lang]:
                yield "figure-word", lang, claim[lang].replace(old, new, 1), SUPPORTED
    level = quantity is not None and quantity["qualifier"] == "exact" and quantity["amount_unit"] != "percent"
    statement = claim["zh"] + claim["en"] + (record["measure"] or "")
    if level and _HAS_LEVEL.search(claim["en"]) and not _CHANGES.search(statement):
        yield "level-as-added", "en", _HAS_LEVEL.sub(r"\1 added ", claim["en"], count=1), REFUTED
    for lang, forms in _WITH_CONTENT.items():
        for form in forms:
            yield "light-with-content", lang, form.format(claim[lang].rstrip("。.")), NOT_ENOUGH_INFO


# A list a fact's Chinese claim closes with 等, and the kind of what it lists after it (绿色石化、
# 汽车制造、集成电路等重点产业): the kind ends before a function word or a punctuation mark.
_LIST = re.compile(
    r"([^,，。;；:：()（）]+)等(?:\d+[个家项条])?[“\"]?([\u4e00-\u9fff]{2,8}?)(?=[也的与于和在”\",，。、]|$)"
)


def _lists(records: Sequence[FactRecord]) -> list[tuple[FactRecord, list[str], str]]:
    """(fact, its items after the first, which may hold the verb before it, their kind) of the
    facts whose Chinese claim lists three items or more."""
    found = []
    for record in records:
        for match in _LIST.finditer(record["claim"]["zh"]):
            items = [item.strip("“”") for item in re.split(r"、|和|及", match.group(1)) if item.strip("“”")]
            if len(items) >= 3:
                found.append((record, items[1:], match.group(2)))
    return found


def member_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each list's last item said to be one of its kind,
    and the next list's last item said to be one of it."""
    lists = _lists(records)
    for at, (record, items, kind) in enumerate(lists):
        other = lists[(at + 1) % len(lists)][1][-1]
        yield record["id"], "listed-member", "zh", f"{items[-1]}是北仑的{kind}之一", SUPPORTED
        if other not in record["claim"]["zh"] + record["quote"]:
            yield record["id"], "unlisted-member", "zh", f"{other}是北仑的{kind}之一", NOT_ENOUGH_INFO
