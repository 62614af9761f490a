"""Claims generated over the whole base for tests/check_generated.py, of relations between two
facts or a fact and its context that no single word decides:

- every sequence a fact states (从A到B再到C, from A to B), said in its order with 先…之后 and
  "first …, then" (not refuted), and the other way round (refuted);
- every pair of events the base dates to the day that share an entity besides Beilun: the later
  said to come before the earlier, or the earlier after the later (refuted);
- every figure of a whole whose subject has a smaller figure of a part reached (done so far, a
  first batch) in the same unit, said all done (refuted);
- every such pair of events said less than, or more than, a month or a year apart (refuted or
  supported by the days between them; "a year" is a span of one);
- every number an English claim writes bare, said "nearly" that number (not supported: nearly 17
  is short of the article's 17, on the figure's path or the statement's);
- every picture's caption without a time, said to be of the publication's year (not supported:
  the article does not say when a picture was taken)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from beilun_cli.verify.order import fact_sequence
from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# A verdict any but supported (check_generated.py's NOT_SUPPORTED): an order said as the article
# gives it may still leave a word of the claim unstated.
IN_ORDER = "not refuted"
# A date that opens a Chinese claim: 2019年8月26日,
_DATE_ZH = re.compile(r"^\s*(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]?")


def sequence_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): two neighbouring stages of each sequence, in the
    article's order and reversed, in the fact's language of the sequence."""
    for record in records:
        for lang, text in (("zh", record["claim"]["zh"]), ("en", record["claim"]["en"])):
            stages = fact_sequence(text)
            # A stage of one character (从无到有) shares no pair of characters with a claim.
            for first, second in zip(stages, stages[1:], strict=False):
                if min(len(first), len(second)) < 2:
                    continue
                for (a, b), verdict in (((first, second), IN_ORDER), ((second, first), REFUTED)):
                    family = "order-kept" if verdict == IN_ORDER else "order-reversed"
                    if lang == "zh":
                        yield record["id"], family, lang, f"{_subject_zh(text)}先{a}，之后才{b}。", verdict
                    else:
                        yield record["id"], family, lang, f"{_subject_en(text)} first {a}, then {b}.", verdict


def event_order_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(pair, family, lang, claim, verdict): two events dated to the day that share an entity,
    the later said to come before the earlier, and the earlier after the later (refuted)."""
    events = [r for r in records if r["as_of"] is not None and r["as_of"]["precision"] == "day"]
    for earlier in events:
        for later in events:
            assert earlier["as_of"] is not None and later["as_of"] is not None
            shared = set(earlier["entities"]) & set(later["entities"]) - {"beilun"}
            if earlier["as_of"]["start"] >= later["as_of"]["start"] or not shared:
                continue
            ident = f"{earlier['id']}+{later['id']}"
            first, then = (_undated_en(r) for r in (earlier, later))
            yield ident, "order-of-events", "en", f"{_capital(then)} before {_lower(first)}.", REFUTED
            yield ident, "order-of-events", "en", f"{_capital(first)} after {_lower(then)}.", REFUTED
            zh_first, zh_then = (_undated_zh(r) for r in (earlier, later))
            yield ident, "order-of-events", "zh", f"先{zh_then}，之后{zh_first}。", REFUTED
            days = (
                date.fromisoformat(later["as_of"]["start"]) - date.fromisoformat(earlier["as_of"]["start"])
            ).days
            for unit, length in (("month", 31), ("year", 366)):
                if length - 3 <= days <= length:
                    continue  # a month of 28 to 31 days, a year of 365 or 366
                shorter = days < length
                for bound, verdict in (
                    ("less", SUPPORTED if shorter else REFUTED),
                    ("more", REFUTED if shorter else SUPPORTED),
                ):
                    claim = f"{_capital(then)} {bound} than a {unit} after {_lower(first)}."
                    yield ident, f"span-a-{unit}", "en", claim, verdict


# A fact's figure of a part reached: done so far, to date, a first batch.
_PART = re.compile(
    r"累计|截至目前|第一批|首批|\bso far\b|\bto date\b|\bcumulative|\bfirst batch\b", re.IGNORECASE
)


def all_done_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(whole+part, family, lang, claim, verdict): a whole's own claim said all done, where a
    part of it is said reached (refuted). Not a plan's (计划推出1000套, and all of it done says
    both that it is planned and done: a claim at odds with itself)."""
    # The subject of a deed (a renovation, youth apartments), not Beilun, whose every figure is one.
    valued = [r for r in records if r["quantity"] is not None and r["subject"] not in (None, "beilun")]
    for whole in valued:
        if _PART.search(whole["claim"]["zh"] + whole["claim"]["en"]) or "计划" in whole["claim"]["zh"]:
            continue
        for part in valued:
            assert whole["quantity"] is not None and part["quantity"] is not None
            if (
                part["subject"] != whole["subject"]
                or part["quantity"]["amount_unit"] != whole["quantity"]["amount_unit"]
                or part["quantity"]["amount"] >= whole["quantity"]["amount"]
                or not _PART.search(part["claim"]["zh"] + part["claim"]["en"])
            ):
                continue
            ident = f"{whole['id']}+{part['id']}"
            zh, en = whole["claim"]["zh"].rstrip("。"), whole["claim"]["en"].rstrip(".")
            yield ident, "all-done", "zh", f"{zh}，已全部完成。", REFUTED
            yield ident, "all-done", "en", f"{en}, and all of it has already been completed.", REFUTED


# A bare number in an English claim: digits with no quantifier before them, not a year, not a day.
_BARE_NUMBER = re.compile(
    r"(?<![\w.,$(-])\d[\d,]*(?:\.\d+)?(?!\d|[%.,]\d|-|\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
_QUANTIFIED = re.compile(
    r"(?:nearly|about|over|than|some|around|almost|to|least|most|under|approximately|roughly|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|No\.|"
    r"Phase|Line|the|past|On)\s*$",
    re.IGNORECASE,
)


def nearly_cases(record: FactRecord) -> Iterator[tuple[str, str, str]]:
    """(family, lang, claim) of a fact's English claim with "nearly" before each bare number."""
    text = record["claim"]["en"]
    for found in _BARE_NUMBER.finditer(text):
        number = found.group()
        if _QUANTIFIED.search(text[: found.start()]) or (len(number) == 4 and number[:2] in ("19", "20")):
            continue
        yield "number-nearly", "en", f"{text[: found.start()]}nearly {text[found.start() :]}"


def caption_time_cases(
    records: Sequence[FactRecord], published: str
) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict): each undated caption said to be of a picture taken in
    the year the article was published."""
    year = published[:4]
    for record in records:
        if record["as_of"] is not None or "photo" not in record["tags"]:
            continue
        shown_zh = record["claim"]["zh"].split(":", 1)[-1].rstrip("。")
        shown_en = record["claim"]["en"].split(":", 1)[-1].strip().rstrip(".")
        yield record["id"], "caption-dated", "zh", f"这张{shown_zh}的照片摄于{year}年。", NOT_ENOUGH_INFO
        yield (
            record["id"],
            "caption-dated",
            "en",
            f"The photo of {shown_en} was taken in {year}.",
            NOT_ENOUGH_INFO,
        )


def _subject_zh(text: str) -> str:
    """What a Chinese sequence is of: the words before its 从."""
    return text[: text.find("从")] if "从" in text else ""


def _subject_en(text: str) -> str:
    """What an English sequence is of: the words before "from", its verb dropped."""
    before = text[: text.casefold().find(" from ")]
    words = before.split()
    return " ".join(words[:-1] if len(words) > 1 else words)


def _undated_en(record: FactRecord) -> str:
    """A dated event's English claim without its opening date (On 14 September 1987 the …)."""
    text = record["claim"]["en"].rstrip(".")
    written = text.split(" ", 4)
    if text.startswith("On ") and len(written) == 5:
        text = written[4]
    elif text.startswith("On "):
        text = text.split(", ", 1)[-1]
    return text.strip(" ,")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(text: str) -> str:
    """A claim's start in lower case, but a name's (the State Council, Beilun)."""
    return text if text.startswith(("The State", "Beilun")) else text[:1].lower() + text[1:]


def _undated_zh(record: FactRecord) -> str:
    """A dated event's Chinese claim without its date (1987年9月14日,国务院…: 国务院…)."""
    return _DATE_ZH.sub("", record["claim"]["zh"].rstrip("。")).strip(" ,，")
