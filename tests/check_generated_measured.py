"""Generated claims of the figure's measure and the facts' sets, from every fact of the base, for
tests/check_generated.py (none chosen by hand; docs/check.md, "Figures" and "One of a set"):

- sibling-measure: two facts of one article sentence give figures of one unit for two measures
  (17家企业入围市级行业骨干企业、14家企业入围市级高成长企业): each fact's claim with the other's
  figure is refuted, in both languages; the fact of the claim's measure decides, not the one
  whose figure it is;
- bounds-true, bound-false: a fact's figure said between two bounds (超过N×0.9、不到N×1.1) is
  supported; with the upper bound below the figure, never (each bound of the claim must hold);
- count-of-times, count-kept: a fact that counts times (连续三次, three times) said to have happened
  once or twice (一次, once, twice) is refuted; its own count in words is supported;
- first-of-one-of: a fact that says its subject is one of a set (之一, one of) said to be its first
  (中的第一个, the very first of): the article does not say it (not-enough-info);
- not-included, not-among, not-included-outsider: a set a fact lists (绿色石化、汽车制造…等重点产业)
  said not to include one of its members (北仑的重点产业不包括汽车制造, X is not among Beilun's key
  industries): refuted; another list's member said not to be in it: not-enough-info, as an open
  list (等, such as) never excludes an outsider; a member of a closed counted list (“青年北仑”
  “数字北仑”“美丽北仑”三大工程) denied: refuted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from check_generated_members import COUNTED, QUOTED, ZH_DIGITS, en_lists, outsiders, zh_lists

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

NOT_SUPPORTED = "not-supported"  # as check_generated_synonyms.NOT_SUPPORTED

# A sentence of the article, to its full stop: a quote may hold a semicolon (累计8家;吉利汽车入围…).
_SENTENCE_END = re.compile(r"[。\n]")
_NUMBER = re.compile(r"(?<![\d./])(\d+(?:\.\d+)?)(?![\d./年月日号%])")
_EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _one_number(text: str, number: str) -> bool:
    """Whether the text writes this number once and no other."""
    return _NUMBER.findall(text) == [number]


def _figure(record: FactRecord) -> str | None:
    """The one number both of a fact's claims write, when it is its figure's."""
    quantity = record["quantity"]
    if quantity is None or quantity["qualifier"] not in ("exact", "about"):
        return None
    written = _NUMBER.findall(quantity["written"])
    if len(written) != 1 or not _one_number(record["claim"]["zh"], written[0]):
        return None
    return written[0]


def sibling_measure_cases(
    records: Sequence[FactRecord], article: str
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each fact's claim with a sibling's figure, where both
    facts tell one article sentence with figures of one unit for two measures."""
    sentences = [sentence for sentence in _SENTENCE_END.split(article) if sentence.strip()]
    figured = [(record, number) for record in records if (number := _figure(record)) is not None]
    for record, number in figured:
        quantity = record["quantity"]
        assert quantity is not None
        for other, theirs in figured:
            other_quantity = other["quantity"]
            assert other_quantity is not None
            if (
                other["id"] == record["id"]
                or other["measure"] == record["measure"]
                or other_quantity["amount_unit"] != quantity["amount_unit"]
                or float(theirs) == float(number)
                or not any(record["quote"] in s and other["quote"] in s for s in sentences)
            ):
                continue
            ident = f"{record['id']}+{other['id']}"
            zh = record["claim"]["zh"]
            yield ident, "sibling-measure", "zh", _replaced(zh, number, theirs), REFUTED
            en = record["claim"]["en"]
            if _one_number(en, number):
                yield ident, "sibling-measure", "en", _replaced(en, number, theirs), REFUTED


def _replaced(text: str, number: str, new: str) -> str:
    return re.sub(rf"(?<![\d./]){re.escape(number)}(?![\d./])", new, text, count=1)


def bound_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): the fact's exact figure said between two bounds that hold
    it (supported), or with an upper bound below it (never supported)."""
    number = _figure(record)
    quantity = record["quantity"]
    if number is None or quantity is None or quantity["qualifier"] != "exact" or float(number) < 10:
        return
    zh = record["claim"]["zh"]
    at = zh.find(number)
    written = quantity["written"]
    unit = written[written.find(number) + len(number) :]
    if not unit or not zh[at + len(number) :].startswith(unit) or zh[:at].endswith(("超过", "近", "约")):
        return
    decimals = len(number.partition(".")[2])
    value = float(number)

    def shown(amount: float) -> str:
        return f"{amount:.{decimals}f}" if decimals else str(round(amount))

    before, after = zh[:at], zh[at + len(number) + len(unit) :]
    true = f"超过{shown(value * 0.8)}{unit}、不到{shown(value * 1.25)}{unit}"
    false = f"超过{shown(value * 0.5)}{unit}、不到{shown(value * 0.8)}{unit}"
    yield "bounds-true", "zh", f"{before}{true}{after}", SUPPORTED
    yield "bound-false", "zh", f"{before}{false}{after}", NOT_SUPPORTED


_ZH_TIMES = re.compile(r"([一二两三四五六七八九十\d]+)次(?!性)")
_EN_TIMES = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) times\b")


def count_of_times_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a fact that counts times (连续三次, three times), its count
    said in words of times: once or twice where it is another count (refuted), its own (supported)."""
    quantity = record["quantity"]
    if quantity is None or quantity["amount_unit"] != "times" or quantity["qualifier"] != "exact":
        return
    count = int(quantity["amount"])
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    found = _ZH_TIMES.search(zh)
    if found is not None:
        for other, word in ((1, "一次"), (2, "两次")):
            if other != count:
                yield "count-of-times", "zh", zh[: found.start()] + word + zh[found.end() :], REFUTED
    found_en = _EN_TIMES.search(en)
    if found_en is not None:
        for other, word in ((1, "just once"), (2, "twice")):
            if other != count:
                yield "count-of-times", "en", en[: found_en.start()] + word + en[found_en.end() :], REFUTED
        if count < len(_EN_WORDS):
            kept = f"{count} times" if found_en.group(1).isalpha() else f"{_EN_WORDS[count]} times"
            yield "count-kept", "en", en[: found_en.start()] + kept + en[found_en.end() :], SUPPORTED


_EN_ONE_OF = re.compile(r"\bone of the\b")


def first_of_one_of_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a fact's subject, one of a set (之一, one of the), said to be
    its first: the article does not say so."""
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    if zh.count("之一") == 1:
        yield "first-of-one-of", "zh", zh.replace("之一", "中的第一个"), NOT_ENOUGH_INFO
    if len(_EN_ONE_OF.findall(en)) == 1:
        yield "first-of-one-of", "en", _EN_ONE_OF.sub("the very first of the", en), NOT_ENOUGH_INFO


def excluded_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): a member of each list a fact gives said not to be in
    its set (refuted), another list's member said not to be in an open list (not-enough-info)."""
    lists = zh_lists(records)
    for at, (record, members, kind) in enumerate(lists):
        others = outsiders(lists, at, record["claim"]["zh"] + record["quote"])
        for member in members:
            yield record["id"], "not-included", "zh", f"北仑的{kind}不包括{member}", REFUTED
            yield record["id"], "not-among", "zh", f"{member}不在北仑的{kind}之列", REFUTED
        for other in others[:1]:
            yield record["id"], "not-included-outsider", "zh", f"北仑的{kind}不包括{other}", NOT_ENOUGH_INFO
    english = en_lists(records)
    for at, (record, members, kind) in enumerate(english):
        others = outsiders(english, at, record["claim"]["en"])
        for member in members:
            named = member[0].upper() + member[1:]
            yield record["id"], "not-among", "en", f"{named} is not among Beilun's {kind}.", REFUTED
            claim = f"Beilun's {kind} do not include {member}."
            yield record["id"], "not-included", "en", claim, REFUTED
        for other in others[:1]:
            claim = f"Beilun's {kind} do not include {other}."
            yield record["id"], "not-included-outsider", "en", claim, NOT_ENOUGH_INFO
    for record in records:
        for match in COUNTED.finditer(record["claim"]["zh"]):
            listed = QUOTED.findall(match.group(1))
            if len(listed) != ZH_DIGITS.index(match.group(2)):
                continue
            counted = match.group(2) + match.group(3) + match.group(4)
            for member in listed:
                yield record["id"], "not-included", "zh", f"北仑的{counted}不包括“{member}”", REFUTED
                yield record["id"], "not-among", "zh", f"“{member}”不是北仑的{counted}之一", REFUTED
