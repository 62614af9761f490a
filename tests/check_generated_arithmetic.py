"""Claims over two facts generated over the whole base for tests/check_generated.py: arithmetic
no one fact's figure decides, with the verdict computed here from the two figures (every value
each allows: 近 nearly, 约 about, 超 over), never by check's own code.

- every pair of comparable measures of one subject whose figures are counts (check_generated's
  pairs): their sum (相加为, add up to) supported, and a sum off by more than the figures'
  precision refuted;
- every such pair of one unit: a multiple of one by the other said with its quantifier after 倍 or
  in it (5倍以上, 5多倍, more than 5 times) or before the whole it is of (超过B的N倍, 不到B的N倍,
  接近B的N倍, nearly N times) supported or refuted as the ratio falls; the larger
  said to exceed the smaller (exceeds, 超过, 超出) and the smaller to trail it (落后于),
  and the other way round, by the difference for percentages and counts;
  and an English ratio "by N to one" of two counts whose ratio is whole; two percentages each
  said with its level (A of 40.6% is slightly higher than B of 40.1%) and by how many points one
  is above or below the other;
- every whole and the part of it reached (a plan and its first batch, works launched and those
  done so far: one subject, one unit, the part so far or a first batch): what is left of the
  whole (还剩, remain; 除…外还有, apart from; 之后还有, another N needed to reach) and the part's
  share of it, as the figures' bounds decide;
- every tally of a total and its new ones (累计8家, 新增2家): the total before the additions (and
  before the year they were added in: 2018年以前, Before 2018), the new ones' share of the total
  (占…总数的25%), and the total as a multiple of the new ones."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# What each qualifier allows of a written figure: (low, high) as factors, or None for a bound.
_BOUNDS = {"exact": (1.0, 1.0), "about": (0.95, 1.05), "nearly": (0.95, 1.0)}
_COUNTS = ("companies", "items", "people")
# A fact's figure of a part reached: so far, to date, a first batch (done.py's).
_PART = re.compile(
    r"累计|截至目前|截至\S{0,8}已|第一批|首批|\bso far\b|\bto date\b|\bcumulative(?:ly)?\b|\bfirst batch\b",
    re.IGNORECASE,
)
_TOTAL, _NEW = re.compile(r"累计"), re.compile(r"新增")


def _interval(record: FactRecord) -> tuple[float, float]:
    """What a fact's figure allows, from its qualifier (over: up to twice, a bound's reach)."""
    quantity = record["quantity"]
    assert quantity is not None
    amount = quantity["amount"]
    if quantity["qualifier"] == "over":
        return amount, math.inf
    low, high = _BOUNDS.get(quantity["qualifier"], (0.0, math.inf))
    return amount * low, amount * high


def _unit_zh(record: FactRecord) -> str:
    """The unit a fact writes after its number (8家: 家, 600套: 套)."""
    quantity = record["quantity"]
    assert quantity is not None
    found = re.search(r"[\d.]+\s*(\D*)$", quantity["written"])
    return found.group(1) if found else ""


def _number(amount: float) -> str:
    return f"{amount:g}"


def pair_cases(
    pairs: Sequence[tuple[FactRecord, FactRecord]], names: dict[str, dict[str, str]]
) -> Iterator[tuple[str, str, str, str, str]]:
    """(pair, family, lang, claim, verdict) of two comparable measures of one subject and unit."""
    for first, second in pairs:
        qa, qb = first["quantity"], second["quantity"]
        assert qa is not None and qb is not None
        a, b = names[first["measure"] or ""], names[second["measure"] or ""]
        ident = f"{first['id']}+{second['id']}"
        unit = qa["amount_unit"]
        exact = qa["qualifier"] == qb["qualifier"] == "exact"
        if exact and unit in _COUNTS:
            yield from _sum_cases(ident, a, b, qa["amount"] + qb["amount"], _unit_zh(first))
        (low_a, high_a), (low_b, high_b) = _interval(first), _interval(second)
        if min(low_a, low_b) <= 0 or math.inf in (high_a, high_b):
            continue
        larger, smaller = (a, b) if low_a > high_b else (b, a) if low_b > high_a else (None, None)
        if larger is None or smaller is None:
            continue
        low, high = (low_a / high_b, high_a / low_b) if larger is a else (low_b / high_a, high_b / low_a)
        yield from _bound_cases(ident, larger, smaller, low, high)
        yield from _verb_cases(ident, larger, smaller, first, second, exact and unit in (*_COUNTS, "percent"))
        if exact and unit in _COUNTS and low == high and low == int(low) and low > 1:
            for times, verdict in ((int(low), SUPPORTED), (int(low) + 2, REFUTED)):
                claim = f"Beilun's {larger['en']} outnumber its {smaller['en']} by {times} to one"
                yield ident, "two-fact-to-one", "en", claim, verdict


def _sum_cases(
    ident: str, a: dict[str, str], b: dict[str, str], total: float, unit: str
) -> Iterator[tuple[str, str, str, str, str]]:
    for said, verdict in ((total, SUPPORTED), (total + 3, REFUTED)):
        yield ident, "two-fact-sum", "zh", f"北仑{a['zh']}与{b['zh']}相加为{_number(said)}{unit}", verdict
        claim = f"Beilun's {a['en']} and its {b['en']} add up to {_number(said)}"
        yield ident, "two-fact-sum", "en", claim, verdict


def _bound_cases(
    ident: str, larger: dict[str, str], smaller: dict[str, str], low: float, high: float
) -> Iterator[tuple[str, str, str, str, str]]:
    """The larger said at least N times the smaller (N below the ratio: supported; above all it
    allows: refuted), and N多倍 (between N and N + 1: supported when the ratio is, refuted when
    it is past both)."""
    floor = math.floor(low)
    if floor < 1 or floor > 1000:
        return
    for times, verdict in ((floor, SUPPORTED), (math.ceil(high) + 1, REFUTED)):
        said = f"北仑{larger['zh']}是{smaller['zh']}的{times}倍以上"
        yield ident, "two-fact-ratio-bound", "zh", said, verdict
        said = f"Beilun's {larger['en']} is more than {times} times its {smaller['en']}"
        if times != floor or low > floor:  # more than N: past it
            yield ident, "two-fact-ratio-bound", "en", said, verdict
    if floor >= 2 and low > floor and high < floor + 1:
        yield (
            ident,
            "two-fact-ratio-bound",
            "zh",
            f"北仑{larger['zh']}是{smaller['zh']}的{floor}多倍",
            SUPPORTED,
        )
    if floor >= 3:
        said = f"北仑{larger['zh']}是{smaller['zh']}的{floor - 2}多倍"
        yield ident, "two-fact-ratio-bound", "zh", said, REFUTED
    yield from _before_whole_cases(ident, larger, smaller, low, high)


def _before_whole_cases(
    ident: str, larger: dict[str, str], smaller: dict[str, str], low: float, high: float
) -> Iterator[tuple[str, str, str, str, str]]:
    """A multiple whose quantifier stands before the whole it is of (超过B的N倍, 不到B的N倍,
    接近B的N倍) and "nearly N times": over the ratio's floor and under what it allows past its
    top supported, the other way refuted; nearly a whole N within half a time of the ratio (for
    up to ten times, rounded to the unit) supported, nearly N + 2 refuted."""
    floor, top = math.floor(low), math.ceil(high)
    family = "two-fact-ratio-before-whole"
    if floor >= 1 and low > floor:
        yield ident, family, "zh", f"北仑{larger['zh']}超过{smaller['zh']}的{floor}倍", SUPPORTED
        yield ident, family, "zh", f"北仑{larger['zh']}不到{smaller['zh']}的{floor}倍", REFUTED
    yield ident, family, "zh", f"北仑{larger['zh']}超过{smaller['zh']}的{top + 1}倍", REFUTED
    yield ident, family, "zh", f"北仑{larger['zh']}不到{smaller['zh']}的{top + 1}倍", SUPPORTED
    if 2 <= top <= 10 and high < top and low >= top - 0.5:
        for times, verdict in ((top, SUPPORTED), (top + 2, REFUTED)):
            yield ident, family, "zh", f"北仑{larger['zh']}接近{smaller['zh']}的{times}倍", verdict
            said = f"Beilun's {larger['en']} is nearly {times} times its {smaller['en']}"
            yield ident, family, "en", said, verdict


def _verb_cases(
    ident: str,
    larger: dict[str, str],
    smaller: dict[str, str],
    first: FactRecord,
    second: FactRecord,
    by: bool,
) -> Iterator[tuple[str, str, str, str, str]]:
    """The larger said to exceed the smaller, the smaller to exceed the larger (refuted), the
    smaller to trail the larger (落后于); by the difference in points or units, and by 3 more."""
    yield ident, "two-fact-exceeds", "en", f"Beilun's {larger['en']} exceeds its {smaller['en']}", SUPPORTED
    yield ident, "two-fact-exceeds", "en", f"Beilun's {smaller['en']} exceeds its {larger['en']}", REFUTED
    yield ident, "two-fact-exceeds", "zh", f"北仑{larger['zh']}超过{smaller['zh']}", SUPPORTED
    yield ident, "two-fact-exceeds", "zh", f"北仑{smaller['zh']}超过{larger['zh']}", REFUTED
    yield ident, "two-fact-exceeds", "zh", f"北仑{smaller['zh']}落后于{larger['zh']}", SUPPORTED
    if not by:
        return
    qa, qb = first["quantity"], second["quantity"]
    assert qa is not None and qb is not None
    places = max(len(f"{q['amount']:g}".partition(".")[2]) for q in (qa, qb))
    gap = round(abs(qa["amount"] - qb["amount"]), places)
    points = " percentage points" if qa["amount_unit"] == "percent" else ""
    if points:
        yield from _level_cases(ident, larger, smaller, first, second, f"{gap:.{places}f}")
    for said, verdict in ((gap, SUPPORTED), (round(gap + 3, places), REFUTED)):
        claim = f"Beilun's {larger['en']} exceeds its {smaller['en']} by {said:.{places}f}{points}"
        yield ident, "two-fact-exceeds", "en", claim, verdict
        unit = "个百分点" if points else _unit_zh(first)
        claim = f"北仑{larger['zh']}超出{smaller['zh']}{said:.{places}f}{unit}"
        yield ident, "two-fact-exceeds", "zh", claim, verdict


def _level_cases(
    ident: str,
    larger: dict[str, str],
    smaller: dict[str, str],
    first: FactRecord,
    second: FactRecord,
    gap: str,
) -> Iterator[tuple[str, str, str, str, str]]:
    """Two percentages each said with its level (A of 40.6% is slightly higher than B of 40.1%:
    the levels are the facts', no difference), the right way round supported and the other
    refuted; and the difference said before "above" or "below" (0.5 percentage points above)."""
    qa, qb = first["quantity"], second["quantity"]
    assert qa is not None and qb is not None
    big, small = (qa, qb) if qa["amount"] > qb["amount"] else (qb, qa)
    family = "two-fact-levels"
    for (a, x), (b, y), verdict in (
        ((larger, big), (smaller, small), SUPPORTED),
        ((smaller, small), (larger, big), REFUTED),
    ):
        said = f"Beilun's {a['en']} of {x['written']} is slightly higher than its {b['en']} of {y['written']}"
        yield ident, family, "en", said, verdict
    yield (
        ident,
        family,
        "en",
        f"Beilun's {larger['en']} is {gap} percentage points above its {smaller['en']}",
        SUPPORTED,
    )
    yield (
        ident,
        family,
        "en",
        f"Beilun's {smaller['en']} is {gap} percentage points below its {larger['en']}",
        SUPPORTED,
    )
    yield (
        ident,
        family,
        "en",
        f"Beilun's {smaller['en']} is {gap} percentage points above its {larger['en']}",
        REFUTED,
    )


def whole_part_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(whole+part, family, lang, claim, verdict) of each whole and a part of it reached: what is
    left (还剩, remain), and the part's share of the whole, as the figures' bounds decide."""
    valued = [r for r in records if r["quantity"] is not None and r["subject"] not in (None, "beilun")]
    for whole in valued:
        if _PART.search(whole["claim"]["zh"] + whole["claim"]["en"]):
            continue
        for part in valued:
            qw, qp = whole["quantity"], part["quantity"]
            assert qw is not None and qp is not None
            if (
                part["subject"] != whole["subject"]
                or qp["amount_unit"] != qw["amount_unit"]
                or qp["amount"] >= qw["amount"]
                or not _PART.search(part["claim"]["zh"] + part["claim"]["en"])
            ):
                continue
            ident = f"{whole['id']}+{part['id']}"
            (low_w, high_w), (low_p, high_p) = _interval(whole), _interval(part)
            yield from _remainder_cases(ident, whole, part, (low_w - high_p, high_w - low_p))
            share = (100 * low_p / high_w, 100 * high_p / low_w)
            yield from _share_cases(ident, whole, part, share)


def _remainder_cases(
    ident: str, whole: FactRecord, part: FactRecord, left: tuple[float, float]
) -> Iterator[tuple[str, str, str, str, str]]:
    qw, qp = whole["quantity"], part["quantity"]
    assert qw is not None and qp is not None
    zh, en = whole["claim"]["zh"].rstrip("。"), whole["claim"]["en"].rstrip(".")
    unit = _unit_zh(whole)
    written = re.sub(r"^(?:累计|共)", "", qp["written"])
    if left[0] == left[1]:
        said = [(f"{_number(left[0])}", SUPPORTED), (f"{_number(left[0] + qp['amount'] / 2)}", REFUTED)]
        for amount, verdict in said:
            yield ident, "whole-remainder", "zh", f"{zh}，除去{written}后还剩{amount}{unit}。", verdict
            claim = f"{en}; after the {_number(qp['amount'])}, {amount} remain."
            yield ident, "whole-remainder", "en", claim, verdict
            # The rest besides the part (除第一批外还有400套, apart from the first batch).
            yield ident, "whole-besides", "zh", f"{zh}，除{written}外，还有{amount}{unit}。", verdict
            claim = f"{en}; apart from the {_number(qp['amount'])}, there are another {amount}."
            yield ident, "whole-besides", "en", claim, verdict
            # The rest still to come after the part (之后还有400套; beyond it, another 400 are
            # needed to reach the whole).
            yield ident, "whole-after", "zh", f"{zh}，{written}之后还有{amount}{unit}。", verdict
            claim = (
                f"{en}. Beyond the {_number(qp['amount'])}, another {amount} are needed to reach"
                f" the {_number(qw['amount'])}."
            )
            yield ident, "whole-after", "en", claim, verdict
    elif left[1] < math.inf:
        # In the unit the whole is written in (约230万平方米: 万平方米).
        scale = qw["amount"] / whole["value"] if whole["value"] else 1.0
        bound = _round_up(left[1] / scale)
        yield (
            ident,
            "whole-remainder",
            "zh",
            f"{zh}，除去{written}后还剩不到{_number(bound)}{unit}。",
            SUPPORTED,
        )
        above = f"{zh}，除去{written}后还剩超过{_number(bound)}{unit}。"
        yield ident, "whole-remainder", "zh", above, REFUTED


def _share_cases(
    ident: str, whole: FactRecord, part: FactRecord, share: tuple[float, float]
) -> Iterator[tuple[str, str, str, str, str]]:
    """The part's share of the whole: at least the share's floor in tens (supported), more than
    ten points past what it allows (refuted)."""
    low, high = share
    floor = math.floor(low / 10) * 10
    if floor <= 0 or high > 100:
        return
    zh = part["claim"]["zh"].rstrip("。")
    for said, verdict in ((floor, SUPPORTED), (math.ceil(high / 10) * 10 + 10, REFUTED)):
        if said < 100:
            claim = f"{zh}，占{whole['claim']['zh'].rstrip('。')}的{said}%以上"
            yield ident, "whole-share", "zh", claim, verdict
            # The whole named by its total (总量, 总数): the same share.
            total = "总数" if whole["quantity"] and whole["quantity"]["amount_unit"] in _COUNTS else "总量"
            claim = f"{zh}，占{whole['claim']['zh'].rstrip('。')}{total}的{said}%以上"
            yield ident, "whole-share-total", "zh", claim, verdict


def _round_up(amount: float) -> float:
    """A bound above an amount, at two significant digits (1,350,000: 1,400,000)."""
    scale = 10 ** (math.floor(math.log10(amount)) - 1)
    return math.ceil(amount / scale + 1e-9) * scale


def tally_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(total+new, family, lang, claim, verdict) of a tally's total and its new ones, one measure
    family (the new ones' measure named new- and the total's): the total before them, and the
    total as a multiple of them."""
    totals = [
        r for r in records if r["quantity"] is not None and _TOTAL.search(r["quote"] + r["claim"]["zh"])
    ]
    for total in totals:
        for new in records:
            qt, qn = total["quantity"], new["quantity"]
            if qn is None or qt is None or not _NEW.search(new["claim"]["zh"]):
                continue
            if new["measure"] != f"new-{total['measure']}" or qt["qualifier"] != "exact":
                continue
            ident = f"{total['id']}+{new['id']}"
            unit = _unit_zh(total)
            name = new["claim"]["zh"]
            before = qt["amount"] - qn["amount"]
            kind = re.sub(r"^.*?新增", "", name).rstrip("。")
            kind = re.sub(r"\d+\D*$", "", kind)
            for said, verdict in ((before, SUPPORTED), (before + 3, REFUTED)):
                claim = f"新增{_number(qn['amount'])}{unit}之前，北仑累计有{kind}{_number(said)}{unit}。"
                yield ident, "tally-before", "zh", claim, verdict
            # Before the year the new ones were added (2018年以前, Before 2018): the same count.
            year = new["as_of"]["start"][:4] if new["as_of"] is not None else None
            kind_en = re.sub(r"^.*?\bgained (?:\d+ )?(?:new )?", "", new["claim"]["en"]).rstrip(".")
            if year is not None and year == (total["as_of"] or {}).get("start", "")[:4]:
                for said, verdict in ((before, SUPPORTED), (before + 3, REFUTED)):
                    claim = f"{year}年以前，北仑已有{_number(said)}{unit}{kind}。"
                    yield ident, "tally-before-year", "zh", claim, verdict
                    claim = f"Before {year}, Beilun had {_number(said)} {kind_en}."
                    yield ident, "tally-before-year", "en", claim, verdict
                # Joined with the new ones of that year, on the subject the two share: the count
                # before the year is the tally less them; the year's own total said of the time
                # before it is refuted, never read as the total of that year.
                added = _number(qn["amount"])
                for said, verdict in ((before, SUPPORTED), (qt["amount"], REFUTED), (before + 3, REFUTED)):
                    count = _number(said)
                    claim = f"{year}年以前，北仑已有{count}{unit}{kind}，{year}年又新增{added}{unit}。"
                    yield ident, "tally-before-year-joined", "zh", claim, verdict
                    claim = f"Beilun already had {count} {kind_en} before {year}"
                    claim += f" and added {added} more in {year}."
                    yield ident, "tally-before-year-joined", "en", claim, verdict
            # The new ones' share of the total, named by its word (总数, total), as the figures make it.
            share = 100 * qn["amount"] / qt["amount"]
            if share == int(share):
                for said, verdict in ((share, SUPPORTED), (share + 10, REFUTED)):
                    claim = f"北仑新增的{kind}占其{kind}总数的{_number(said)}%。"
                    yield ident, "tally-share", "zh", claim, verdict
            ratio = qt["amount"] / qn["amount"]
            if ratio == int(ratio):
                for said, verdict in ((ratio, SUPPORTED), (ratio + 1, REFUTED)):
                    claim = f"北仑累计拥有的{kind}是新增数量的{_number(said)}倍。"
                    yield ident, "tally-ratio", "zh", claim, verdict


def length_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of each fact whose period is a count of years back
    from its day (7年来, 70年来): the time it took, said as a span (用了7年时间), supported; ten
    years more refuted."""
    for record in records:
        as_of = record["as_of"]
        found = (
            re.fullmatch(r"(\d+)年来", as_of["written"]) if as_of and as_of["precision"] == "period" else None
        )
        if found is None:
            continue
        # The claim without its period, nor what the period was (7年来(2012年以来),).
        said = re.sub(r"^\d+年来(?:[(（][^)）]*[)）])?[,，]?", "", record["claim"]["zh"])
        if said == record["claim"]["zh"]:
            continue
        years = int(found.group(1))
        for amount, verdict in ((years, SUPPORTED), (years + 10, REFUTED)):
            yield record["id"], "span-restated", "zh", f"用了{amount}年时间，{said}", verdict
