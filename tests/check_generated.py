"""Claims generated from every fact of the base, with the verdict each must get (CheckList's
minimum-functionality, invariance and directional tests, none chosen by hand):

- the fact's own claim, in Chinese and in English: supported; a dated event said held in its
  month (supported) or in another (refuted);
- rewrites that keep its meaning (a number in Chinese numerals, rounded at a coarser precision,
  a unit in its other spelling, 去年 for 2018 and back): supported;
- perturbations that contradict it (a number moved beyond its precision, 万 for 亿, a year
  shifted for a dated event, a sibling place, another company or person of the base, the
  quantifier reversed, only for one of and back, only of a member of an open list, another
  entity in a closed list): refuted;
- additions the article does not state (a place it never names, a superlative, a reason, a
  future plan, a detail; a group's figure given to one member of its open list): not-enough-info;
- a number inside a name (“一号工程”, 成立70周年) replaced by another: refuted
  (check_generated_names.py);
- a dated fact's year asserted (这是2018年的数据, This happened in 2017) and a project said at
  its stage or another (check_generated_times.py);
- the paraphrase lexicon's synonyms and copulas for the fact's words (supported), its plan said
  done (never supported) and its synonym claim denied (refuted): check_generated_synonyms.py;
- the paraphrase classes (a demonym, the city's, an age class, wants to for a purpose) for the
  fact's words (supported), a word no class grounds (never supported) and a class word carrying
  a content word the article never states: check_generated_paraphrase.py;
- a frame word for the fact's verb (accounts for, aims to, 旨在, 定位为: supported) and every
  fact's claim with a frame word carrying a content word the article never states
  (not-enough-info): check_generated_grounding.py;
- every dated event said so many years (days, weeks) ago or before the article, about, over and
  less than the right figure (supported) or one beyond it (refuted), and every pair of events
  sharing an entity said so many years apart: check_generated_spans.py;
- every closed list of quoted siblings (“青年北仑”“数字北仑”“美丽北仑”三大工程) with a member swapped
  for a made-up sibling (refuted), its members and the sibling said to be one of its set or not:
  check_generated_closed.py;
- every member of a list whose figure each member has (a measure read `each`: 20亿元以上的项目有
  A、B…) given its bound (supported), a figure below it (refuted) or far above it
  (not-enough-info): check_generated_each.py;
- every fact's exact count said with "only" (仅) before it (supported) and before one fewer
  (refuted): check_generated_only.py;
- every member of one of two lists of sibling kinds (数字服务业, 数字制造业) said to be of its own
  kind (supported) and of the other (refuted): check_generated_sibling_lists.py;
- a fact's figure said of its subject in words the article never uses (not-enough-info; moved:
  refuted), and a year's figure said over 一年 (2018年一年): check_generated_anchored.py;
- every fact's claim that gives two names of one kind each its own words, the names exchanged
  (refuted) and kept in another of their forms (supported): check_generated_bound.py;
- every fact's claim that fills a slot of one value (a theme), the value replaced by a topic's
  name that shares none of its words (refuted), kept and cut to its head (supported):
  check_generated_slot_values.py;
- every fact's English count moved (refuted), and moved with its noun replaced by one the article
  never writes (not-enough-info); a fact that states a marker its rival of the same measure and
  subject does not, its figure moved (refuted): check_generated_measure_kinds.py.

`cases(base)` yields them; tests/test_check_generated.py runs them, and
`python tests/check_generated.py` prints the figures per verdict and family (with --misses,
every case answered wrongly).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from check_generated_alternatives import alternative_cases
from check_generated_anchored import one_year_cases, subject_figure_cases
from check_generated_arithmetic import length_cases, pair_cases, tally_cases, whole_part_cases
from check_generated_bound import named_attribute_cases
from check_generated_closed import closed_set_cases, quoted_list_cases
from check_generated_conjunction import FAMILIES as CONJUNCTIONS
from check_generated_conjunction import conjunction_cases, paragraph_cases
from check_generated_contrast import FAMILIES as CONTRASTS
from check_generated_contrast import contrast_cases
from check_generated_counted import counted_cases, modifier_cases
from check_generated_each import each_cases
from check_generated_entities import recounted_list_cases, slot_swap_cases, swapped_year_cases
from check_generated_events import event_cases
from check_generated_figures import chinese_date_cases, half_cases, quantifier_cases, span_since_cases
from check_generated_frames import counting_cases, framed, mark_cases
from check_generated_grounding import change_cases, english_frame_cases, english_framed, grounding_cases
from check_generated_joined import joined_cases
from check_generated_lists import closed_list_cases, list_cases, only_member_cases, shared_cases
from check_generated_measure_kinds import marked_cases, noun_cases
from check_generated_measured import (
    bound_cases,
    count_of_times_cases,
    excluded_cases,
    first_of_one_of_cases,
    sibling_measure_cases,
)
from check_generated_members import counted_member_cases, member_of_cases
from check_generated_names import renumbered_name_cases
from check_generated_only import only_count_cases
from check_generated_paraphrase import paraphrase_cases
from check_generated_pictures import listed_caption_cases, picture_cases, placed_cases
from check_generated_relations import (
    IN_ORDER,
    all_done_cases,
    caption_time_cases,
    event_order_cases,
    nearly_cases,
    sequence_cases,
)
from check_generated_residue import member_cases, residue_cases
from check_generated_sibling_lists import sibling_list_cases
from check_generated_slot_values import slot_value_cases
from check_generated_spans import anniversary_cases, span_ago_cases, years_between_cases
from check_generated_stages import stage_time_cases
from check_generated_synonyms import NOT_SUPPORTED, synonym_cases
from check_generated_times import dated_cases, decade_cases, member_stage_cases
from check_generated_totals import another_place_cases, total_cases

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord
    from beilun_cli.store.catalog import Catalog


class Case(NamedTuple):
    fact: str
    family: str  # what was done to the fact's claim: own, rounded, sibling-place...
    lang: str
    claim: str
    verdict: str


_DIGITS = "零一二三四五六七八九"
_ZH_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.%])")
_YEAR_ZH = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_YEAR_EN = re.compile(r"\b((?:19|20)\d\d)\b")
# The article's places, each replaced by a sibling of its kind (a city for a city, a province
# for a province) drawn from the lexicon's places (beilun_cli.lexicon.siblings).
_HOME_PLACES = ("宁波", "Ningbo", "浙江", "Zhejiang")


def _siblings(ident: str) -> list[tuple[str, str]]:
    """(the article's place, a sibling of its kind in its language) for one fact, chosen by its id."""
    from beilun_cli import lexicon

    pairs = []
    for home in _HOME_PLACES:
        kind = lexicon.place(home)
        assert kind is not None
        others = [
            min(place.en if home.isascii() else place.zh, key=len)
            for place in lexicon.siblings(home)
            if place.kind == kind.kind
        ]
        pairs.append((home, others[sum(map(ord, ident)) % len(others)]))
    return pairs


_ADDITIONS = {
    "zh": (
        ("unnamed-place", "{}，地点在苏州"),
        ("unnamed-place", "{}，在上海"),
        ("superlative", "{}，是亚洲最大的"),
        ("reason", "{}，原因是新建了一条铁路"),
        ("future-plan", "{}，明年还将建设地铁"),
        ("detail", "{}，由日本企业出资"),
    ),
    "en": (
        ("unnamed-place", "{} in Suzhou"),
        ("unnamed-place", "{}, in Shanghai"),
        ("superlative", "{}, the largest in Asia"),
        ("reason", "{} because of a new railway"),
        ("future-plan", "{}, and a metro line is planned for next year"),
        ("detail", "{}, funded by Japanese investors"),
    ),
}


def chinese_numeral(number: int) -> str:
    """An integer below 100,000,000 in Chinese numerals, as people write it (十七, 六百, 一千零五)."""
    if number == 0:
        return "零"
    if number >= 10_000:
        high, low = divmod(number, 10_000)
        rest = "" if not low else ("零" if low < 1000 else "") + chinese_numeral(low)
        return chinese_numeral(high) + "万" + rest
    out = []
    zero = False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, value)
        if digit:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGITS[digit] + name)
        elif out:
            zero = True
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


def _replace_once(text: str, old: str, new: str) -> str | None:
    return text.replace(old, new, 1) if old in text and old != new else None


def _number_of(record: FactRecord) -> str | None:
    """The number the fact writes, as digits in its Chinese claim (1146.46 of 1146.46亿元)."""
    quantity = record["quantity"]
    if quantity is None:
        return None
    found = _ZH_NUMBER.search(quantity["written"])
    if found is None or _standing(record["claim"]["zh"], found.group(1)) is None:
        return None
    return found.group(1)


def _standing(text: str, number: str) -> int | None:
    """Where a number stands alone in a text (not inside 2019, 1/6 or a date), or None."""
    alone = re.search(rf"(?<![\d./]){re.escape(number)}(?![\d./年月日号])", text)
    return alone.start() if alone else None


def _moved(number: str) -> str:
    """A number moved well beyond its precision, written at the same precision."""
    decimals = len(number.partition(".")[2])
    moved = float(number) * 1.3 + (10**-decimals if decimals else 1)
    return f"{moved:.{decimals}f}"


def _rounded(number: str) -> str | None:
    """A decimal written with one digit fewer (1146.46 -> 1146.5), or None for a whole number."""
    whole, _, decimals = number.partition(".")
    if not decimals:
        return None
    places = len(decimals) - 1
    rounded = f"{round(float(number), places):.{places}f}"
    return rounded if rounded != number else None


def _figure_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict) from a fact's figure, as its Chinese claim writes it."""
    zh = record["claim"]["zh"]
    quantity = record["quantity"]
    number = _number_of(record)
    if quantity is None or number is None:
        return
    written = quantity["written"]
    qualifier = quantity["qualifier"]
    at = _standing(zh, number)
    assert at is not None
    if "." not in number and int(number) < 100_000_000 and not zh[at + len(number) :].startswith("年"):
        numeral = chinese_numeral(int(number))
        yield "chinese-numeral", "zh", zh[:at] + numeral + zh[at + len(number) :], SUPPORTED
    rounded = _rounded(number)
    if rounded is not None and qualifier in ("exact", "about"):
        yield "rounded", "zh", zh[:at] + "约" + rounded + zh[at + len(number) :], SUPPORTED
    if qualifier in ("exact", "about", "nearly"):
        yield "number-moved", "zh", zh[:at] + _moved(number) + zh[at + len(number) :], REFUTED
    for old, new in (("万", "亿"), ("亿", "万")):
        after = zh[at + len(number) :]
        # 20万以上 for 20亿以上 is weaker, and entailed: a lower bound may only move up.
        weaker = new == "万" and qualifier not in ("exact", "about", "nearly")
        if after.startswith(old) and old in written and not weaker:
            yield "magnitude-swapped", "zh", zh[:at] + number + new + after[1:], REFUTED
            break
    for old, new in (("公里", "千米"), ("千米", "公里")):
        if zh[at + len(number) :].startswith(old):
            yield "unit-spelled", "zh", zh[:at] + number + new + zh[at + len(number) + len(old) :], SUPPORTED
    for old, new in (("近", "超过"), ("超过", "不到"), ("突破", "不到"), ("超", "不到"), ("逾", "不到")):
        before = zh[:at]
        if before.endswith(old):
            yield "quantifier-reversed", "zh", before[: -len(old)] + new + zh[at:], REFUTED
            break


def _counting_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A fact's figure with its measure word or a classifier before it (check_generated_frames)."""
    from beilun_cli import lexicon

    quantity = record["quantity"]
    number = _number_of(record)
    if quantity is None or number is None or quantity["qualifier"] not in ("exact", "about", "nearly"):
        return
    unit_class = lexicon.unit_class(quantity["amount_unit"])[0]
    yield from counting_cases(record["claim"]["zh"], number, unit_class, _moved(number))
    if quantity["qualifier"] == "exact":
        index = sum(map(ord, record["id"]))
        yield from mark_cases(record["claim"]["zh"], number, quantity["written"], index)


def _time_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    as_of = record["as_of"]
    if "去年" in zh and as_of is not None and as_of["start"].startswith("2018"):
        yield "relative-year", "zh", zh.replace("去年", "2018年", 1), SUPPORTED
    elif "2018年" in zh and as_of is not None and as_of["start"] == as_of["end"] == "2018":
        yield "relative-year", "zh", zh.replace("2018年", "去年", 1), SUPPORTED
    # An event on another year is refuted (a deed of a year, or anything of a day or a month); a
    # figure of another year, or a state the article dates "now" (当前, 至今), is not stated.
    if as_of is None or as_of["precision"] not in ("year", "month", "day"):
        return
    yield from _dekad_cases(record)
    yield from _festival_cases(record)
    state = re.search(r"当前|至今|截至|目前", as_of["written"])
    event = as_of["precision"] != "year" or record["quantity"] is None
    verdict = REFUTED if event and not state else NOT_ENOUGH_INFO
    year = as_of["start"][:4]
    shifted = str(int(year) - 3)
    for lang, text, pattern in (("zh", zh, _YEAR_ZH), ("en", en, _YEAR_EN)):
        found = [match for match in pattern.finditer(text) if match.group(1) == year]
        if len(found) == 1 and len(pattern.findall(text)) == 1:
            lo, hi = found[0].span(1)
            yield "year-shifted", lang, text[:lo] + shifted + text[hi:], verdict
    yield from chinese_date_cases(record, verdict)


_DEKADS = (("上旬", "early"), ("中旬", "mid"), ("下旬", "late"))


def _festival_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A fact dated by a festival (the lexicon's), said of another festival of its year, without
    the day that glosses it (端午节(6月7日)): refuted; of its own festival without the gloss:
    supported."""
    from beilun_cli import lexicon

    days = lexicon.festivals()
    words = sorted(days, key=len, reverse=True)
    for lang in ("zh", "en"):
        text = record["claim"][lang]
        found = re.search("(" + "|".join(map(re.escape, words)) + r")(\s*[(（][^)）]*[)）])?", text, re.I)
        if found is None:
            continue
        own = days[found.group(1).casefold()]
        yield "own-festival", lang, text[: found.start()] + found.group(1) + text[found.end() :], SUPPORTED
        others = [w for w in words if w.isascii() == (lang == "en") and days[w] != own and w[0].isalpha()]
        for other in others[:: max(1, len(others) // 4)]:
            named = " ".join(word[0].upper() + word[1:] for word in other.split()) if lang == "en" else other
            yield "other-festival", lang, text[: found.start()] + named + text[found.end() :], REFUTED


def _dekad_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A fact's day said by the part of its month it falls in (8月下旬, late August 2019):
    supported; another part of that month: refuted."""
    as_of = record["as_of"]
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    if as_of is None or as_of["precision"] != "day":
        return
    month, day = int(as_of["start"][5:7]), int(as_of["start"][8:10])
    part = min(day - 1, 29) // 10
    # A day that glosses a named one (端午节(6月7日)) is left alone: the name dates it.
    found_zh = re.search(rf"(?<![\d(（]){month}月{day}日", zh)
    found_en = re.search(rf"\b{day} ([A-Z][a-z]+) {as_of['start'][:4]}\b", en)
    for at, (zh_part, en_part) in enumerate(_DEKADS):
        verdict = SUPPORTED if at == part else REFUTED
        if found_zh is not None:
            yield "month-part", "zh", zh.replace(found_zh.group(), f"{month}月{zh_part}", 1), verdict
        if found_en is not None:
            said = f"{en_part} {found_en.group(1)} {as_of['start'][:4]}"
            yield "month-part", "en", en.replace(found_en.group(), said, 1), verdict


def _marker_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    only_zh = re.search(r"唯一的?([\u4e00-\u9fff]+)", zh)
    if only_zh and "之一" not in zh:
        yield (
            "only-to-one-of",
            "zh",
            zh[: only_zh.start()] + only_zh.group(1) + "之一" + zh[only_zh.end() :],
            REFUTED,
        )
    if "之一" in zh and "唯一" not in zh:
        one_of = re.search(r"([\u4e00-\u9fff]+)之一", zh)
        if one_of:
            yield (
                "one-of-to-only",
                "zh",
                zh[: one_of.start()] + "唯一的" + one_of.group(1) + zh[one_of.end() :],
                REFUTED,
            )
    if re.search(r"\bthe only\b", en) and "one of" not in en:
        yield "only-to-one-of", "en", re.sub(r"\bthe only\b", "one of the", en, count=1), REFUTED
    if re.search(r"\bone of the\b", en) and "only" not in en:
        yield "one-of-to-only", "en", re.sub(r"\bone of the\b", "the only", en, count=1), REFUTED


def _rank_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A fact's first (第一, 首位, first) claimed as a second: refuted."""
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    if re.search(r"第一(?!批|届|次)|首位", zh) and "第二" not in zh:
        yield "first-to-second", "zh", re.sub(r"第一(?!批|届|次)|首位", "第二", zh, count=1), REFUTED
    if re.search(r"\branked first\b", en):
        yield "first-to-second", "en", en.replace("ranked first", "ranked second", 1), REFUTED


# A fact's growth claimed as a fall: "grew by 7.5%" as "shrank", 增长 as 下降.
_GROWTH_EN = re.compile(r"\b(?:grew|rose|increased) by [^ ]+")


def _fall_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    quantity = record["quantity"]
    if quantity is None or quantity["amount"] <= 0:
        return
    en = record["claim"]["en"]
    if _GROWTH_EN.search(en) and "growth" not in en.casefold():
        yield "fall-for-growth", "en", _GROWTH_EN.sub("shrank", en, count=1), REFUTED


def _span_cases(base: Catalog) -> Iterator[Case]:
    """Every pair of events the base dates to the day that share an entity besides Beilun: the
    later one said to come the right number of days after the earlier (supported), or three days
    more (refuted)."""
    from datetime import date

    from beilun_cli.store.catalog import Filters

    events = [
        record
        for record in base.fact_records(Filters())
        if record["as_of"] is not None and record["as_of"]["precision"] == "day"
    ]
    for earlier in events:
        for later in events:
            assert earlier["as_of"] is not None and later["as_of"] is not None
            start, end = earlier["as_of"]["start"], later["as_of"]["start"]
            shared = set(earlier["entities"]) & set(later["entities"]) - {"beilun"}
            if start >= end or not shared:
                continue
            days = (date.fromisoformat(end) - date.fromisoformat(start)).days
            first = earlier["claim"]["en"].rstrip(".")
            ident = f"{earlier['id']}+{later['id']}"
            for gap, verdict in ((days, SUPPORTED), (days + 3, REFUTED)):
                claim = f"{later['claim']['en'].rstrip('.')}, {gap} days after {first[0].lower()}{first[1:]}"
                yield Case(ident, "days-between", "en", claim, verdict)
                claim = f"{earlier['claim']['zh'].rstrip('。')}，{gap}天后，{later['claim']['zh']}"
                yield Case(ident, "days-between", "zh", claim, verdict)
    published = base.published()[:10]
    for event in events:
        assert event["as_of"] is not None
        years = (date.fromisoformat(published) - date.fromisoformat(event["as_of"]["start"])).days // 365.25
        if years < 1:
            continue
        # A full N years since the event, as of the publication day: N supported, N + 2 refuted.
        for full, verdict in ((int(years), SUPPORTED), (int(years) + 2, REFUTED)):
            claim = f"截至本文发表时，距{event['claim']['zh'].rstrip('。')}已满{full}年"
            yield Case(event["id"], "years-since", "zh", claim, verdict)


def _entity_cases(
    record: FactRecord, names: dict[str, list[str]], kinds: dict[str, str]
) -> Iterator[tuple[str, str, str, str]]:
    """Another company or person of the base in place of the fact's; a sibling place."""
    zh, en = record["claim"]["zh"], record["claim"]["en"]
    for entity in record["entities"]:
        kind = kinds.get(entity)
        if kind not in ("company", "person"):
            continue
        others = sorted(e for e, k in kinds.items() if k == kind and e not in record["entities"])
        if not others:
            continue
        other = others[len(entity) % len(others)]
        mine, theirs = names[entity], names[other]
        if mine[0] in zh:
            yield "other-entity", "zh", zh.replace(mine[0], theirs[0]), REFUTED
        if len(mine) > 1 and len(theirs) > 1 and mine[1] in en:
            yield "other-entity", "en", en.replace(mine[1], theirs[1]), REFUTED
    yield from _origin_cases(record)
    for old, new in _siblings(record["id"]):
        lang, text = ("en", en) if old.isascii() else ("zh", zh)
        changed = _replace_once(text, old, new)
        if changed is not None and re.search(r"唯一|之一|第一|首|\bonly\b|\bfirst\b|\bone of\b", text):
            yield "sibling-place", lang, changed, REFUTED


# The authority of the article's province, put in the stead of the organisation a fact says
# acted (浙江省政府 for 国务院): another agent of the same deed.
_AUTHORITIES = {"zh": "浙江省政府", "en": "the Zhejiang provincial government"}
# An organisation that governs, by its Chinese name: 国务院, 国家体育总局, 中宣部.
_GOVERNING = re.compile(r"(?:院|局|部|委|厅|政府)$")


def _origin_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A place outside the article's home the fact names (吉林, of a girl), replaced by a sibling
    province or city of the lexicon (neither inside the other): refuted."""
    from beilun_cli import lexicon

    for lang in ("zh", "en"):
        text = record["claim"][lang]
        for written, where in _places_in(text):
            if any(lexicon.within(home, where.id) for home in _HOME_PLACES) or where.kind not in (
                "province",
                "city",
            ):
                continue
            others = [p for p in lexicon.siblings(where.id) if p.kind == where.kind]
            if others:
                other = others[sum(map(ord, record["id"])) % len(others)]
                yield (
                    "other-origin",
                    lang,
                    text.replace(written, min(other.en if lang == "en" else other.zh, key=len)),
                    REFUTED,
                )


def _places_in(text: str) -> list[tuple[str, Any]]:
    from beilun_cli.verify.places import places_in

    return places_in(text)


def _authority_cases(
    record: FactRecord, names: dict[str, list[str]], kinds: dict[str, str]
) -> Iterator[tuple[str, str, str, str]]:
    """The province's government for the organisation that acted in the fact: refuted."""
    claim = record["claim"]
    for entity in record["entities"]:
        if kinds.get(entity) != "organisation" or len(names[entity]) < 2:
            continue
        if not _GOVERNING.search(names[entity][0]):
            continue  # a team, a lecture group: no authority
        for lang, name in (("zh", names[entity][0]), ("en", f"the {names[entity][1]}")):
            text = claim[lang]
            if name in text or name.capitalize() in text:
                written = name if name in text else name.capitalize()
                authority = _AUTHORITIES[lang] if name in text else _AUTHORITIES[lang].capitalize()
                yield "other-authority", lang, text.replace(written, authority, 1), REFUTED


# A stage the fact states, and a later one its claim is rewritten to (a project under
# construction claimed completed).
_LATER_STAGES = (
    ("zh", "在建", "已建成"),
    ("zh", "开工", "竣工"),
    ("zh", "启动", "完成"),
    ("en", "under construction", "completed"),
    ("en", "launched", "completed"),
    ("en", "started", "completed"),
)
# What a per-unit figure is counted per, as a claim writes it: dropped, the figure is a total.
_PER_WORDS = {"zh": ("每亩", "亩均", "人均", "每人"), "en": (" per mu", " per person", " per capita")}
_QUANTIFIER_BEFORE = re.compile(r"(?:近|超过|超|突破|逾|约|不到|达|达到|共)$")


def _stage_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """The fact's stage moved later (started to completed): refuted."""
    for lang, old, new in _LATER_STAGES:
        text = record["claim"][lang]
        if old in text and new not in text:
            yield "status-flipped", lang, text.replace(old, new, 1), REFUTED
            return


# A stage the fact says reached, denied or held only a plan in its claim's words (尚未开工 for
# 实现开工, "are still only on the drawing board" for "have opened"); and a stage the fact gives
# only to come (投产后,预计…), claimed reached. Each pair is tried where the fact's own statement
# gives a stage (beilun_cli.read.stages): refuted.
_DENIED_STAGES = (
    ("zh", "已启动", "至今还没有启动"),
    ("zh", "实现开工", "尚未开工"),
    ("zh", "已投入运营", "尚未投入运营"),
    ("zh", "在建项目", "尚未开工的项目"),
    ("zh", "累计建成", "至今还没有建成"),
    ("en", "have started construction", "have yet to start construction"),
    ("en", "have been launched", "have not yet been launched"),
    ("en", "have opened", "are still only on the drawing board"),
    ("en", "Projects under construction", "Projects still on the drawing board"),
)
_COME_TO_DONE = (("zh", "投产后,预计", "已经投产,"),)
# A stage the fact says reached, claimed still at an earlier one (仍在建设中 for 已投入运营).
_STILL_STAGES = (
    ("zh", "已投入运营", "仍在建设中"),
    ("zh", "已投入运营", "还在建设、尚未开业"),
    ("en", "have opened", "are still under construction"),
    ("en", "have opened", "are still being built and have not opened yet"),
)


def _denied_stage_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """The fact's stage denied (not yet started), or its stage to come claimed reached: refuted."""
    from beilun_cli.read import markers
    from beilun_cli.read.stages import PLANNED, fact_stage

    claim = record["claim"]
    statement = f"{claim['zh']} {claim['en']}".casefold()
    stage = fact_stage(statement, "planned" in markers.markers_of(claim["zh"]))
    if stage is None:
        return
    pairs = _COME_TO_DONE if stage == (PLANNED, PLANNED) else _DENIED_STAGES
    for lang, old, new in pairs:
        if old in claim[lang]:
            yield "status-denied", lang, claim[lang].replace(old, new, 1), REFUTED
    for lang, old, new in _STILL_STAGES if stage != (PLANNED, PLANNED) else ():
        if old in claim[lang]:
            yield "status-still", lang, claim[lang].replace(old, new, 1), REFUTED


# A fact's own claim denied: "并非…", "It is not true that…". What the article states, denied, is
# refuted (a figure's fact: the claim "not" that figure).
_DENIALS = {"zh": "并非{}", "en": "It is not true that {}"}
# An English claim's first word kept in its capital only when it is a name.
_SENTENCE_OPENERS = frozenset(
    "the a an in on as after with over since from by at during using when taking starting".split()
)


def _negated_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """The fact's own claim, with a figure, denied: refuted."""
    if record["quantity"] is None:
        return
    for lang, form in _DENIALS.items():
        text = record["claim"][lang]
        first = text.split(" ", 1)[0]
        if lang == "en" and first.casefold() in _SENTENCE_OPENERS:
            text = text[0].lower() + text[1:]
        yield "negated-figure", lang, form.format(text), REFUTED


def _change_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A level claimed as an increase over the year before (比上年增加了1146.46亿元): refuted.
    Only for a level: a figure of growth or of an increase is one already."""
    quantity = record["quantity"]
    number = _number_of(record)
    if quantity is None or number is None or quantity["amount_unit"] in ("percent", "ratio"):
        return
    zh = record["claim"]["zh"]
    if re.search(
        r"增长|增加|提高|上升|新增|growth|increase", zh + record["claim"]["en"] + (record["measure"] or "")
    ):
        return
    at = _standing(zh, number)
    assert at is not None
    if _QUANTIFIER_BEFORE.search(zh[:at]) or quantity["qualifier"] != "exact":
        return
    yield "level-to-change", "zh", zh[:at] + "比上年增加了" + zh[at:], REFUTED


def _per_unit_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A figure per mu or per person with its denominator dropped: a total, refuted."""
    quantity = record["quantity"]
    if quantity is None or not re.search(r"-per-(?:mu|person)$", quantity["amount_unit"]):
        return
    for lang, words in _PER_WORDS.items():
        text = record["claim"][lang]
        word = next((w for w in words if w in text), None)
        if word is not None:
            yield "per-unit-dropped", lang, text.replace(word, "", 1), REFUTED


def _comparable_pairs(base: Catalog) -> list[tuple[FactRecord, FactRecord]]:
    """Every pair of comparable measures of one subject and unit that the base gives one figure
    each of, of two figures."""
    from beilun_cli.store.catalog import Filters

    alone: dict[str, FactRecord] = {}
    counts: Counter[str] = Counter()
    for record in base.fact_records(Filters()):
        if record["quantity"] is not None and record["measure"]:
            counts[record["measure"]] += 1
            alone[record["measure"]] = record
    names = {measure["id"]: measure["name"] for measure in base.measures()}
    figures = [record for measure, record in alone.items() if counts[measure] == 1 and measure in names]
    pairs = []
    for first in figures:
        for second in figures:
            quantity_a, quantity_b = first["quantity"], second["quantity"]
            assert quantity_a is not None and quantity_b is not None
            same = (
                first["subject"] == second["subject"]
                and quantity_a["amount_unit"] == quantity_b["amount_unit"]
            )
            if first["id"] >= second["id"] or not same or quantity_a["amount"] == quantity_b["amount"]:
                continue
            a, b = names[first["measure"] or ""], names[second["measure"] or ""]
            if _comparable(a["zh"], b["zh"]):
                pairs.append((first, second))
    return pairs


def _comparison_cases(base: Catalog) -> Iterator[Case]:
    """Every pair of comparable measures (_comparable_pairs), compared both ways in both
    languages: the true way supported, the other refuted."""
    names = {measure["id"]: measure["name"] for measure in base.measures()}
    for first, second in _comparable_pairs(base):
        quantity_a, quantity_b = first["quantity"], second["quantity"]
        assert quantity_a is not None and quantity_b is not None
        a, b = names[first["measure"] or ""], names[second["measure"] or ""]
        more = quantity_a["amount"] > quantity_b["amount"]
        ident = f"{first['id']}+{second['id']}"
        # A bound (over 1 million m² against about 2.3 million) has no one ratio, and may be
        # more or less than the other figure.
        if not {quantity_a["qualifier"], quantity_b["qualifier"]} <= _POINT_FIGURES:
            continue
        yield from _ratio_cases(ident, a, b, quantity_a["amount"] / quantity_b["amount"])
        for word_zh, word_en, says_more in (("高", "higher", True), ("低", "lower", False)):
            verdict = SUPPORTED if says_more == more else REFUTED
            yield Case(ident, "two-fact-comparison", "zh", f"北仑{a['zh']}比{b['zh']}{word_zh}", verdict)
            yield Case(ident, "two-fact-comparison", "zh", f"北仑{a['zh']}{word_zh}于{b['zh']}", verdict)
            yield Case(
                ident,
                "two-fact-comparison",
                "en",
                f"Beilun's {a['en']} is {word_en} than its {b['en']}",
                verdict,
            )
        yield from _difference_cases(ident, a, b, first, second)


def _difference_cases(
    ident: str, a: dict[str, str], b: dict[str, str], first: FactRecord, second: FactRecord
) -> Iterator[Case]:
    """One measure said to be so much more or less than another: the difference of their figures
    (in percentage points for percentages) the right way round supported; the other way round, or
    a difference beyond the figures' precision, refuted."""
    quantity_a, quantity_b = first["quantity"], second["quantity"]
    assert quantity_a is not None and quantity_b is not None
    unit = quantity_a["amount_unit"]
    if unit not in ("percent", "companies", "items", "people") or quantity_a["qualifier"] != "exact":
        return
    if quantity_b["qualifier"] != "exact":
        return
    places = max(len(f"{q['amount']:g}".partition(".")[2]) for q in (quantity_a, quantity_b))
    gap = round(quantity_a["amount"] - quantity_b["amount"], places)
    more = gap > 0
    size = abs(gap)
    points_zh, points_en = ("个百分点", " percentage points") if unit == "percent" else ("", "")
    for shown, right_size in ((size, True), (round(size * 2 + 1, places), False)):
        number = f"{shown:.{places}f}"
        for word_zh, word_en, says_more in (("高", "higher", True), ("低", "lower", False)):
            verdict = SUPPORTED if says_more == more and right_size else REFUTED
            zh = f"北仑{a['zh']}比{b['zh']}{word_zh}{number}{points_zh}"
            en = f"Beilun's {a['en']} is {number}{points_en} {word_en} than its {b['en']}"
            yield Case(ident, "two-fact-difference", "zh", zh, verdict)
            yield Case(ident, "two-fact-difference", "en", en, verdict)


def _entity_pair_cases(base: Catalog) -> Iterator[Case]:
    """Every pair of figures of one measure told of two entities (华朔科技's capacity, 雪龙集团's):
    compared both ways, and said to be so many times the other (their ratio, and twice it)."""
    from beilun_cli.store.catalog import Filters

    names = {measure["id"]: measure["name"] for measure in base.measures()}
    by_measure: dict[str, list[FactRecord]] = defaultdict(list)
    for record in base.fact_records(Filters()):
        quantity = record["quantity"]
        if quantity is not None and record["measure"] in names and quantity["qualifier"] in _POINT_FIGURES:
            by_measure[record["measure"] or ""].append(record)
    for measure, records in by_measure.items():
        for first in records:
            for second in records:
                quantity_a, quantity_b = first["quantity"], second["quantity"]
                assert quantity_a is not None and quantity_b is not None
                own_a = [e for e in first["entities"] if e != "beilun" and e not in second["entities"]]
                own_b = [e for e in second["entities"] if e != "beilun" and e not in first["entities"]]
                if first["id"] >= second["id"] or len(own_a) != 1 or len(own_b) != 1:
                    continue
                if quantity_a["amount_unit"] != quantity_b["amount_unit"]:
                    continue
                if first["as_of"] != second["as_of"]:
                    continue
                if quantity_a["amount"] == quantity_b["amount"]:
                    continue
                a, b = base.entity_names(own_a[0]), base.entity_names(own_b[0])
                name = names[measure]
                ident = f"{first['id']}+{second['id']}"
                more = quantity_a["amount"] > quantity_b["amount"]
                english = a[-1].isascii() and b[-1].isascii()  # an English name for each
                for word_zh, word_en, says_more in (("高", "higher", True), ("低", "lower", False)):
                    verdict = SUPPORTED if says_more == more else REFUTED
                    zh = f"{a[0]}的{name['zh']}比{b[0]}的{word_zh}"
                    en = f"{a[-1]}'s {name['en']} is {word_en} than {b[-1]}'s"
                    yield Case(ident, "entity-comparison", "zh", zh, verdict)
                    if english:
                        yield Case(ident, "entity-comparison", "en", en, verdict)
                ratio = quantity_a["amount"] / quantity_b["amount"]
                for times, verdict in ((ratio, SUPPORTED), (2 * ratio, REFUTED)):
                    shown = f"{times:.2g}"
                    if "e" in shown:
                        continue
                    zh = f"{a[0]}的{name['zh']}约是{b[0]}的{shown}倍"
                    en = f"{a[-1]}'s {name['en']} is about {shown} times {b[-1]}'s"
                    yield Case(ident, "entity-ratio", "zh", zh, verdict)
                    if english:
                        yield Case(ident, "entity-ratio", "en", en, verdict)


# The qualifiers of a figure that is one value (exactly or about so), not a bound.
_POINT_FIGURES = {"exact", "about"}


def _comparable(name_a: str, name_b: str) -> bool:
    """Whether a reader would set two measures side by side: their Chinese names share a word
    (two characters: 覆盖 of forest and green coverage, 企业 of two counts of enterprises, 比重 of
    two shares of the city). Figures of one unit that measure unrelated things (GDP growth and a
    share of the city's land, red education bases and trophies) are no comparison anyone makes."""

    def words(name: str) -> set[str]:
        return {name[i : i + 2] for i in range(len(name) - 1)}

    return any(not set(word) & set("的数") for word in words(name_a) & words(name_b))


def _ratio_cases(ident: str, a: dict[str, str], b: dict[str, str], ratio: float) -> Iterator[Case]:
    """One measure said to be so many times another (the ratio of their figures, rounded to two
    digits): supported; twice that many: refuted."""
    for times, verdict in ((ratio, SUPPORTED), (2 * ratio, REFUTED)):
        shown = f"{times:.2g}"
        if "e" in shown:
            continue
        yield Case(ident, "two-fact-ratio", "zh", f"北仑{a['zh']}约是{b['zh']}的{shown}倍", verdict)
        yield Case(
            ident, "two-fact-ratio", "en", f"Beilun's {a['en']} is about {shown} times its {b['en']}", verdict
        )


# The perturbations of a fact that stand for a refuted half of a claim joining two facts.
_JOINED_REFUTED = ("number-moved", "year-shifted", "sibling-place", "other-entity")


def cases(base: Catalog) -> Iterator[Case]:
    """Every generated claim of the base, with the verdict the article gives it."""
    from beilun_cli.store.catalog import Filters

    vocabulary = base.claim_vocabulary()
    kinds = vocabulary.entity_kinds
    names = {entity: base.entity_names(entity) for entity in kinds}
    # What each fact gives the claims that join two facts: its own claims, its refuted
    # perturbations, and its unstated additions.
    own: dict[str, dict[str, str]] = {}
    refuted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    unstated: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for index, record in enumerate(base.fact_records(Filters())):
        ident = record["id"]
        zh, en = record["claim"]["zh"], record["claim"]["en"]
        yield Case(ident, "own", "zh", zh, SUPPORTED)
        yield Case(ident, "own", "en", en, SUPPORTED)
        generated = [
            *_figure_cases(record),
            *_time_cases(record),
            *_marker_cases(record),
            *_rank_cases(record),
            *_fall_cases(record),
            *_entity_cases(record, names, kinds),
            *_authority_cases(record, names, kinds),
            *_stage_cases(record),
            *_denied_stage_cases(record),
            *_negated_cases(record),
            *_change_cases(record),
            *_per_unit_cases(record),
            *residue_cases(record),
            *paraphrase_cases(record),
            *synonym_cases(record),
            *grounding_cases(record),
            *english_frame_cases(record),
            *change_cases(record),
            *quantifier_cases(record, _number_of(record), index),
            *((family, lang, claim, NOT_SUPPORTED) for family, lang, claim in nearly_cases(record)),
            *half_cases(record),
            *bound_cases(record),
            *count_of_times_cases(record),
            *first_of_one_of_cases(record),
        ]
        generated += [*_counting_cases(record)]
        additions = [
            (family, lang, form.format(text.rstrip("。.")), NOT_ENOUGH_INFO)
            for lang, text in (("zh", zh), ("en", en))
            for family, form in _ADDITIONS[lang]
        ]
        generated += additions
        own[ident] = {"zh": zh, "en": en}
        unstated[ident] += [
            (lang, claim) for family, lang, claim, _ in additions if family != "unnamed-place"
        ]
        for family, lang, claim, verdict in [("own", "zh", zh, SUPPORTED), ("own", "en", en, SUPPORTED)]:
            yield from (Case(ident, *framing) for framing in framed(ident, family, lang, claim, verdict))
            yield from (Case(ident, *framing) for framing in english_framed(family, lang, claim, verdict))
        for family, lang, claim, verdict in generated:
            yield Case(ident, family, lang, claim, verdict)
            if family in _JOINED_REFUTED and verdict == REFUTED:
                refuted[ident].append((lang, claim))
            yield from (Case(ident, *framing) for framing in framed(ident, family, lang, claim, verdict))
            yield from (Case(ident, *framing) for framing in english_framed(family, lang, claim, verdict))
    records = list(base.fact_records(Filters()))
    for ident, family, lang, claim, verdict in member_cases(records):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in member_of_cases(records, names):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in counted_member_cases(records, names):
        yield Case(ident, family, lang, claim, verdict)
    closed = (
        *closed_set_cases(records, names, base.article_text()),
        *quoted_list_cases(records, base.article_text()),
    )
    for ident, family, lang, claim, verdict in closed:
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in each_cases(records, vocabulary.readings, names, kinds):
        yield Case(ident, family, lang, claim, verdict)
    totals = (*total_cases(records), *another_place_cases(records, kinds, vocabulary.measure_names()))
    for ident, family, lang, claim, verdict in totals:
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in (
        *only_count_cases(records),
        *sibling_list_cases(records),
        *only_member_cases(records),
    ):
        yield Case(ident, family, lang, claim, verdict)
    measured = (*noun_cases(records, base.article_text()), *marked_cases(records))
    for ident, family, lang, claim, verdict in measured:
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in (
        *sibling_measure_cases(records, base.article_text()),
        *excluded_cases(records),
    ):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in alternative_cases(records):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in renumbered_name_cases(records):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in (
        *slot_swap_cases(records, names, kinds),
        *named_attribute_cases(records, names, kinds),
        *slot_value_cases(records, [topic["name"] for topic in base.topics()]),
        *recounted_list_cases(records),
        *swapped_year_cases(records),
    ):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in list_cases(records, names, vocabulary.readings):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in closed_list_cases(records, names, kinds):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in shared_cases(records, names, kinds):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in event_cases(records, names, kinds):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in (
        *sequence_cases(records),
        *event_order_cases(records),
        *all_done_cases(records),
        *caption_time_cases(records, base.published()[:10]),
        *picture_cases(records),
        *placed_cases(records),
        *listed_caption_cases(records),
        *counted_cases(records),
        *modifier_cases(records),
        *dated_cases(records),
        *decade_cases(records),
        *member_stage_cases(records, names, kinds),
        *stage_time_cases(records, names, kinds),
        *span_ago_cases(records, base.published()[:10]),
        *anniversary_cases(records, base.published()[:10]),
        *years_between_cases(records),
        *subject_figure_cases(records, base.entity_names),
        *one_year_cases(records),
    ):
        yield Case(ident, family, lang, claim, verdict)
    for ident, lang, claim, verdict in span_since_cases(records, base.published()[:10]):
        yield Case(ident, f"span-since-{verdict[:3]}", lang, claim, verdict)
    for ident, family, claim, verdict in joined_cases(records, base.article_text()):
        yield Case(ident, family, "zh", claim, verdict)
    for ident, family, lang, claim, verdict in conjunction_cases(own, refuted, unstated):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in paragraph_cases(records, own, refuted, unstated):
        yield Case(ident, family, lang, claim, verdict)
    for ident, family, lang, claim, verdict in contrast_cases(records):
        yield Case(ident, family, lang, claim, verdict)
    yield from _comparison_cases(base)
    measure_names = {measure["id"]: measure["name"] for measure in base.measures()}
    for ident, family, lang, claim, verdict in (
        *pair_cases(_comparable_pairs(base), measure_names),
        *whole_part_cases(records),
        *tally_cases(records),
        *length_cases(records),
    ):
        yield Case(ident, family, lang, claim, verdict)
    yield from _entity_pair_cases(base)
    yield from _span_cases(base)


def right_answer(expected: str, got: str) -> bool:
    """Whether check's verdict is the one expected: any but supported for a claim never supported,
    any but refuted for two things said in the article's order (whose other words may be unstated)."""
    if expected == IN_ORDER:
        return got != REFUTED
    return got != SUPPORTED if expected == NOT_SUPPORTED else got == expected


def main() -> None:
    from beilun_cli.store import catalog
    from beilun_cli.verify import verdicts

    base = catalog.open_base()
    # The pairs of facts joined into one claim, and the claims that deny a clause or put one
    # thing in the stead of another, are counted apart: families of their own.
    by_verdict: dict[bool, Counter[tuple[str, str]]] = {False: Counter(), True: Counter()}
    by_family: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for case in cases(base):
        answer = verdicts.check(base, case.claim)
        by_verdict[case.family in (*CONJUNCTIONS, *CONTRASTS)][(case.verdict, answer.verdict)] += 1
        by_family[case.family].append(right_answer(case.verdict, answer.verdict))
        if not right_answer(case.verdict, answer.verdict):
            misses.append((case, answer))
    for joined, title in ((False, "generated claims"), (True, "claims joining or contrasting statements")):
        counts = by_verdict[joined]
        print(f"{sum(counts.values())} {title}")
        for verdict in (SUPPORTED, REFUTED, NOT_ENOUGH_INFO, NOT_SUPPORTED, IN_ORDER):
            count = sum(n for (expected, _), n in counts.items() if expected == verdict)
            right = sum(
                n
                for (expected, got), n in counts.items()
                if expected == verdict and right_answer(verdict, got)
            )
            if count:
                print(f"{verdict:<18}{count:>6}{right:>7}{100 * right / count:>9.1f}%")
        wrong = sum(
            n for (expected, got), n in counts.items() if got == SUPPORTED and expected not in (got, IN_ORDER)
        )
        print(f"wrong 'supported' answers: {wrong}")
    print("by family:")
    for family, results in sorted(by_family.items()):
        print(f"  {family:<22}{sum(results):>5}/{len(results):<5}")
    if "--misses" in sys.argv:
        for case, answer in misses:
            print(f"[{case.family} {case.fact}] {case.claim}")
            print(f"    expected {case.verdict}, answered {answer.verdict}: {answer.reason}")


if __name__ == "__main__":
    main()
