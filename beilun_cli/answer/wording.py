"""The answer's words: a quantity as written and in English words with its time, a time with its
precision, names in the answer's language. Pure functions over records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from beilun_cli.read.en_numerals import MONTHS

if TYPE_CHECKING:
    from beilun_cli.base.records import BilingualRecord, EntityRecord, FactRecord, QuantityRecord, TimeRecord


def answer_text(kind: str, fact: FactRecord, entities: list[EntityRecord], lang: str) -> str:
    if kind == "quantity" and fact["quantity"] is not None:
        return quantity_text(fact["quantity"], fact["as_of"], lang)
    if kind == "time" and fact["as_of"] is not None:
        return time_text(fact["as_of"], lang)
    if kind in ("who", "where"):
        return ("、" if lang == "zh" else ", ").join(in_lang(entity["name"], lang) for entity in entities)
    return in_lang(fact["claim"], lang)


def in_lang(text: BilingualRecord, lang: str) -> str:
    return text["zh"] if lang == "zh" else text["en"]


def amount_text(quantity: QuantityRecord) -> str:
    """The normalised amount in English words, as the lexicon writes every amount: 114.646
    billion yuan, nearly 170,000 people, 40.1%; an age (17岁) in years old."""
    from beilun_cli import lexicon

    written = lexicon.amount_words(quantity["amount"], quantity["amount_unit"], "en", quantity["qualifier"])
    return f"{written} old" if is_age(quantity) else written


def quantity_text(quantity: QuantityRecord, as_of: TimeRecord | None, lang: str) -> str:
    """1146.46亿元 (114.646 billion yuan), in 2018 (去年); in Chinese 1146.46亿元，2018年（去年）."""
    written = quantity["written"]
    if lang == "zh":
        if as_of is None:
            return written
        return f"{written}，{_zh_time(as_of)}（{as_of['written']}）"
    amount = amount_text(quantity)
    shown = written if amount == written else f"{written} ({amount})"  # 40.1%, not 40.1% (40.1%)
    if as_of is None:
        return shown
    return f"{shown}, {_en_time(as_of, preposition=True)} ({as_of['written']})"


def time_text(as_of: TimeRecord, lang: str) -> str:
    """A time and its precision: 14 September 1987 (day), or 1987年9月14日（精确到日）."""
    if lang == "zh":
        return f"{_zh_time(as_of)}（{_ZH_PRECISION.get(as_of['precision'], as_of['precision'])}）"
    return f"{_en_time(as_of, preposition=False)} ({as_of['precision']})"


def lasting_text(as_of: TimeRecord, lang: str) -> str:
    """How long a time lasts, as written and as its span: 7年来（2012年至2019年）, or in English
    7年来 (2012 to 2019)."""
    if lang == "zh":
        return f"{as_of['written']}（{_zh_time(as_of)}）"
    return f"{as_of['written']} ({_en_time(as_of, preposition=False)})"


_MONTHS = MONTHS  # January...: the month names the claim reader reads
_ZH_PRECISION = {
    "day": "精确到日",
    "month": "精确到月",
    "half-year": "精确到半年",
    "year": "精确到年",
    "period": "一段时期",
}


def _en_date(date: str) -> str:
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return date


def _zh_date(date: str) -> str:
    parts = date.split("-")
    return (
        parts[0] + "年" + "".join(f"{int(part)}{unit}" for part, unit in zip(parts[1:], "月日", strict=False))
    )


def _en_time(as_of: TimeRecord, *, preposition: bool) -> str:
    start, end = as_of["start"], as_of["end"]
    if as_of["precision"] == "half-year" and start[:4] == end[:4]:
        half = "first" if start.endswith("-01") else "second"
        return f"{'in ' if preposition else ''}the {half} half of {start[:4]}"
    if start != end:
        return f"{'from ' if preposition else ''}{_en_date(start)} to {_en_date(end)}"
    word = "on " if len(start) == 10 else "in "
    return f"{word if preposition else ''}{_en_date(start)}"


def _zh_time(as_of: TimeRecord) -> str:
    start, end = as_of["start"], as_of["end"]
    if as_of["precision"] == "half-year" and start[:4] == end[:4]:
        return f"{start[:4]}年{'上' if start.endswith('-01') else '下'}半年"
    if start != end:
        return f"{_zh_date(start)}至{_zh_date(end)}"
    return _zh_date(start)


def is_age(quantity: QuantityRecord) -> bool:
    """Whether a figure is someone's age (17岁, 80岁以上), not a number of years."""
    return quantity["amount_unit"] == "years" and "岁" in quantity["written"]
