"""Generated claims that pin how check reads figures and times as intervals, drawn from every
fact, none chosen by hand:

- a dated fact's date written in Chinese numerals (一九八四年一月二十七日 for 1984年1月27日): as
  its own claim is (supported); with the year shifted: as the shifted year is (year-shifted);
- a fact's figure written with each quantifier word of the lexicon (超过, 至少, 不到, 刚好,
  nearly, at most...) before the number it writes: supported when every value the article allows
  is one the quantifier allows, refuted when none is, by the table of _QUANTIFIED (the pairs
  whose answer depends on rounding are left out);
- the time from each event the base dates to the publication day, in years, with 多/over/nearly
  and more than N and a half: supported when the span fits, refuted when it does not.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from beilun_cli import lexicon
from beilun_cli.verify.rules import REFUTED, SUPPORTED
from beilun_cli.verify.spans import first_day, last_day

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord, TimeRecord


_DIGITS = "〇一二三四五六七八九"
_ZH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")


def small_numeral(number: int) -> str:
    """1 to 99 in Chinese numerals: 九, 十二, 二十七."""
    tens, ones = divmod(number, 10)
    written = ("" if tens < 2 else _DIGITS[tens]) + ("十" if tens else "")
    return written + (_DIGITS[ones] if ones else "")


def chinese_date(year: str, month: str | None, day: str | None) -> str:
    """A date in Chinese numerals, as people write it: 一九八四年一月二十七日."""
    written = "".join(_DIGITS[int(digit)] for digit in year) + "年"
    if month:
        written += small_numeral(int(month)) + "月"
    if day:
        written += small_numeral(int(day)) + "日"
    return written


def chinese_date_cases(record: FactRecord, shifted_verdict: str) -> Iterator[tuple[str, str, str, str]]:
    """The one date a dated fact's Chinese claim writes, in Chinese numerals: supported; with its
    year three years earlier: `shifted_verdict` (what year-shifted gives the fact)."""
    zh = record["claim"]["zh"]
    as_of = record["as_of"]
    found = list(_ZH_DATE.finditer(zh))
    if as_of is None or len(found) != 1 or found[0].group(1) != as_of["start"][:4]:
        return
    date = found[0]
    year, month, day = date.groups()
    before, after = zh[: date.start()], zh[date.end() :]
    yield "chinese-date", "zh", before + chinese_date(year, month, day) + after, SUPPORTED
    shifted = str(int(year) - 3)
    yield "chinese-date-shifted", "zh", before + chinese_date(shifted, month, day) + after, shifted_verdict


# What a claim's quantifier says of the article's figure, by the fact's qualifier and the
# claim's: supported when every value the fact allows is one the claim allows, refuted when no
# value is allowed by both. A pair left out depends on rounding (about N against over N) or
# leaves the answer open (at least N against over N: N itself).
_QUANTIFIED = {
    "exact": {
        "exactly": SUPPORTED,
        "about": SUPPORTED,
        "at_least": SUPPORTED,
        "at_most": SUPPORTED,
        "over": REFUTED,
        "under": REFUTED,
        "nearly": REFUTED,
        "more_than": REFUTED,
    },
    "over": {
        "over": SUPPORTED,
        "at_least": SUPPORTED,
        "exactly": REFUTED,
        "under": REFUTED,
        "at_most": REFUTED,
        "nearly": REFUTED,
    },
    "at_least": {"at_least": SUPPORTED, "under": REFUTED, "nearly": REFUTED},
    "nearly": {
        "under": SUPPORTED,
        "at_most": SUPPORTED,
        "over": REFUTED,
        "at_least": REFUTED,
        "exactly": REFUTED,
        "more_than": REFUTED,
    },
    "under": {
        "under": SUPPORTED,
        "at_most": SUPPORTED,
        "over": REFUTED,
        "at_least": REFUTED,
        "exactly": REFUTED,
    },
    "at_most": {"at_most": SUPPORTED, "over": REFUTED},
    "about": {"about": SUPPORTED},
}
# English quantifiers that are verbs or idioms, which no sentence of a fact's claim takes in
# place of its figure's words (Beilun has topped 570 companies): left out.
_EN_VERBS = frozenset(
    "exceeding exceeds exceed exceeded topped tops top surpassed surpasses surpass passed passes past beyond "
    "approaching near ~ estimated some circa".split()
)


def _words(qualifier: str, position: str) -> list[str]:
    """The lexicon's words of a qualifier at a position (zh_before, en_after...), in its order."""
    found = next(q for q in lexicon.quantifiers() if q.name == qualifier)
    # 过 says "over" only before a figure of a scale (过万): before a bare count it is an aspect.
    words = [w for w in getattr(found, position) if w not in lexicon.scale_only_quantifiers()]
    return [w for w in words if w.strip() not in _EN_VERBS] if position.startswith("en") else words


def _quantifier_before(text: str, at: int, lang: str) -> tuple[str, str] | None:
    """The quantifier word a claim writes right before its figure at `at`: (qualifier, word), or
    None for none (a figure said exactly)."""
    before = text[:at].rstrip(" ")
    for quantifier in lexicon.quantifiers():
        for word in sorted(getattr(quantifier, f"{lang}_before"), key=len, reverse=True):
            if before.casefold().endswith(word) and (lang == "zh" or not before[: -len(word)][-1:].isalpha()):
                return quantifier.name, before[len(before) - len(word) :]
    return None


def quantifier_cases(
    record: FactRecord, number: str | None, index: int
) -> Iterator[tuple[str, str, str, str]]:
    """The fact's figure said with each quantifier the table decides for its qualifier, with the
    word of it that the fact's `index` picks (so that every word is used over the base)."""
    quantity = record["quantity"]
    if quantity is None or number is None:
        return
    table = _QUANTIFIED.get(quantity["qualifier"], {})
    for lang in ("zh", "en"):
        text = record["claim"][lang]
        alone = rf"(?<![\d.,/]){re.escape(number)}(?![\d./%年月日号]|,\d|st|nd|rd|th)"
        found = list(re.finditer(alone, text))
        if len(found) != 1:
            continue
        at, end = found[0].span()
        said = _quantifier_before(text, at, lang)
        if (said[0] if said else "exact") != quantity["qualifier"]:
            continue  # a quantifier after the figure (以上, or more), or none the fact's: left alone
        start = at - len(said[1]) - (len(text[:at]) - len(text[:at].rstrip(" "))) if said else at
        for qualifier, verdict in table.items():
            if qualifier == "more_than":
                # 30多家, 95-odd m²: between a whole number and its unit.
                words = [w for w in _words(qualifier, f"{lang}_after") if lang == "zh" or w[0] in " -"]
                if "." in number:
                    continue
                claim = text[:start] + number + words[index % len(words)] + text[end:]
            else:
                words = _words(qualifier, f"{lang}_before")
                if not words:
                    continue
                word = words[index % len(words)]
                space = "" if lang == "zh" else " "
                head = text[:start]
                if lang == "en" and head and not head.endswith(" "):
                    head += " "
                claim = head + word + space + text[at:]
            yield f"quantifier-{verdict[:3]}", lang, claim, verdict


_AS_OF_NOW = re.compile(r"当前|至今|截至|目前|现在|如今")
_YEAR = 365.25


def years_before(day: date, as_of: TimeRecord) -> tuple[float, float]:
    """The fewest and the most years from a dated event (its first and last day) to `day`."""
    return (
        (day - date.fromisoformat(last_day(as_of["end"]))).days / _YEAR,
        (day - date.fromisoformat(first_day(as_of["start"]))).days / _YEAR,
    )


def _spread(number: int) -> float:
    """How far below N 'nearly N' reaches: half its last significant digit, at most 5% of it."""
    place = 1
    while number % (place * 10) == 0:
        place *= 10
    return min(place / 2, 0.05 * number)


def span_since_cases(records: Sequence[FactRecord], published: str) -> Iterator[tuple[str, str, str, str]]:
    """(id, lang, claim, verdict) for each event the base dates to the day or the month: the years
    from it to the publication day said with 多 (三十多年), over and nearly, in both languages, at
    the right figure (supported) and at one beyond it (refuted). A figure whose answer the
    event's month leaves open (nearly 33 of an event 32.4 to 32.5 years before) is left out."""
    day = date.fromisoformat(published)
    for record in records:
        as_of = record["as_of"]
        if as_of is None or as_of["precision"] not in ("day", "month") or _AS_OF_NOW.search(as_of["written"]):
            continue
        low, high = years_before(day, as_of)
        if low < 1:
            continue
        zh, en = record["claim"]["zh"].rstrip("。"), record["claim"]["en"]
        said: list[tuple[str, str, str]] = []  # (zh figure, en figure, verdict)
        whole = int(low)
        if whole < low and int(high) == whole:
            said += [(f"超过{small_numeral(whole)}年", f"more than {whole} years", SUPPORTED)]
            said += [(f"超过{small_numeral(whole + 2)}年", f"more than {whole + 2} years", REFUTED)]
        tens = int(low) // 10 * 10
        if tens and int(high) // 10 * 10 == tens:
            said += [(f"{small_numeral(tens)}多年", f"{tens}-odd years", SUPPORTED)]
            said += [(f"{small_numeral(tens + 10)}多年", f"{tens + 10}-odd years", REFUTED)]
        near = int(high) + 1
        # Nearly five years is any span short of five that rounds to it (4.7 years).
        spread = max(_spread(near), 0.5)
        if low >= near - spread + 0.02:
            said += [(f"近{small_numeral(near)}年", f"nearly {near} years", SUPPORTED)]
        elif high < near - spread - 0.02:
            said += [(f"近{small_numeral(near)}年", f"nearly {near} years", REFUTED)]
        for figure_zh, figure_en, verdict in said:
            yield record["id"], "zh", f"{zh}，到本文发表时已经过去了{figure_zh}。", verdict
            claim = f"{en} By the time the article was published, {figure_en} had passed since then."
            yield record["id"], "en", claim, verdict


# A share said as a half (docs/check.md, "How a claim is read"): in English "about half of" and
# "less than half of" for the figure before "of", in Chinese 的一半 and 不到…的一半 for the figure
# after 的. A half is 50%: refuted or supported by where the fact's share lies.
_HALF_FORMS = {
    "en": (("about half", "about"), ("less than half", "under")),
    "zh": (("一半", "exact"), ("不到一半", "under")),
}


def half_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a share fact's figure said as a half, with "about" (refuted
    unless the share is about 50%) and "less than" (supported below 50%, refuted above)."""
    quantity = record["quantity"]
    if quantity is None or quantity["amount_unit"] not in ("percent", "ratio"):
        return
    share = quantity["amount"] * (100.0 if quantity["amount_unit"] == "ratio" else 1.0)
    if 40 <= share <= 60:
        return  # near a half, the answer hangs on rounding
    written = {"en": _en_share(record["claim"]["en"]), "zh": quantity["written"]}
    for lang, forms in _HALF_FORMS.items():
        text = record["claim"][lang]
        figure = written[lang]
        if not figure or text.count(figure) != 1:
            continue
        at = text.index(figure)
        if lang == "en" and not text[at + len(figure) :].startswith(" of"):
            continue
        if lang == "zh" and not text[:at].endswith("的"):
            continue
        for form, bound in forms:
            if lang == "zh" and bound == "under":  # 不到 stands before the whole: 不到宁波全市的一半
                whole = text[:at].rfind("占")
                if whole < 0:
                    continue
                claim = text[:whole] + "不到" + text[whole + 1 : at] + "一半" + text[at + len(figure) :]
            else:
                claim = text[:at] + form + text[at + len(figure) :]
            verdict = SUPPORTED if bound == "under" and share < 50 else REFUTED
            yield "half-share", lang, claim, verdict


def _en_share(text: str) -> str | None:
    """How an English claim writes its one share (6%, 6.5%, one sixth), or None (a claim of
    several shares is judged share by share, by rules of their own)."""
    found = re.findall(r"(?<![\d.])\d+(?:\.\d+)?%|\bone (?:half|third|quarter|fifth|sixth)\b", text)
    return found[0] if len(found) == 1 else None
