"""An article's text read for drafting: its sentences (and which of them lean on the one
before), the clauses of a sentence, and its figures as the article writes them.

A figure is read by the readers `check` uses (numeral, unit, quantifier), from the text alone:
the base's names are not consulted, since a name may hold a figure that is a fact of its own
(年产100万套…项目, 17岁吉林姑娘, 十大工程).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from beilun_cli import lexicon
from beilun_cli.read import claims, quantities
from beilun_cli.read.numerals import chinese_numbers

__all__ = [
    "Figure",
    "Sentence",
    "clause_span",
    "clause_starts",
    "figures_of",
    "frame_of",
    "part_span",
    "phrase_of",
    "sentences_of",
]

# Where a sentence ends, and where a clause inside it ends (a comma between digits is a
# thousands separator, not a clause's end). A part is a run of clauses up to a semicolon: the
# sentences of a list joined in one (雪龙集团…;微科光电…;华朔科技…).
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_CLAUSE_END = re.compile(r"[，、；：;:]|…+|(?<!\d),|,(?!\d)|(?<!\d)\.(?!\d)")
_PART_END = re.compile(r"[；;]")
_MORE = "多余"
# A unit the readers do not know: up to three characters after a magnitude, before a particle.
_UNKNOWN_UNIT = re.compile(r"(?:(?![的和与及是在为])[\u4e00-\u9fff]){1,3}")
# Classifiers (量词) the unit readers lack, which make a bare numeral a count: 三战全胜,
# 两方面, 五届, 三轮. Without a classifier, a bare numeral is a model number or part of a name.
_CLASSIFIER = re.compile("|".join(sorted(lexicon.counters("zh", "classifiers"), key=len, reverse=True)))
# Units of measure the unit readers lack: 5万吨高性能纤维 is 5 and 万吨, not 万吨高性.
_OTHER_UNIT = re.compile("|".join(sorted(lexicon.counters("zh", "measures"), key=len, reverse=True)))
# A sentence that opens with an adverb of its predicate, after at most a time word and a comma
# (截至目前,已累计改造…; 至今已服务了…), has no subject of its own: it goes on from the sentence
# before, and its quote starts there.
_CONTINUES = re.compile(
    r"^(?:(?:截至目前|截至当前|到目前为止|至今|目前|如今|此后|随后)[,，]?)?(?:已经|已|还|也|又|并|均|都|仍)"
)
# A paragraph's lead: a sentence of one or two short phrases and no figure (唱响“双城记”,擘画
# 新坐标。), which introduces the sentence after it.
_LEAD = re.compile(r"^[^,，。；;:：\d]{2,10}[,，][^,，。；;:：\d]{2,10}[。！!]$")
# 通过三年努力, 经过十年: 过 ending a verb, not the quantifier 过 (over).
_VERB_OVER = re.compile(r"(?:通|经|度|走|跨|越|穿)过\s*$")


@dataclass
class Sentence:
    """A sentence of a paragraph, and the quote a candidate of it starts from: the sentence, or
    with the one before it where this one goes on from it."""

    text: str
    quote: str


@dataclass
class Figure:
    """A figure of a sentence: where it stands, its reading, and (value, unit, written) as the
    article writes it."""

    at: int
    end: int
    reading: quantities.ClaimedValue
    value: float
    unit: str
    written: str
    counted_in: str


def sentences_of(paragraph: str) -> Iterator[Sentence]:
    """The sentences of a paragraph, each with its quote."""
    previous = ""
    for piece in _SENTENCE_END.split(paragraph):
        text = piece.strip()
        if not text:
            continue
        quote = text.rstrip("。！？!?")
        if previous and (_CONTINUES.match(text) or _LEAD.match(previous)):
            quote = previous + quote
        yield Sentence(text, quote)
        previous = text


def clause_span(sentence: str, at: int, end: int) -> tuple[int, int]:
    """The clause that holds [at, end) of a sentence."""
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    stop = next((m.start() for m in _CLAUSE_END.finditer(sentence, end)), len(sentence))
    return start, stop


def part_span(sentence: str, at: int) -> tuple[int, int]:
    """The part (a run of clauses up to a semicolon) that holds position `at` of a sentence."""
    start = max((m.end() for m in _PART_END.finditer(sentence, 0, at)), default=0)
    stop = next((m.start() for m in _PART_END.finditer(sentence, at)), len(sentence))
    return start, stop


# A frame: a clause 在…上 (在…大会上, 在…信贷方面) that sets what the clauses after it are about.
_FRAME = re.compile(r"^在.{2,30}?(?:上|中|里|时|期间|方面|领域|之际)$")


def frame_of(sentence: str, part: tuple[int, int], at: int) -> tuple[int, int] | None:
    """The frame clause (在…上) of the part, before position `at`, if the part has one."""
    starts = clause_starts(sentence, *part)
    for start, stop in zip(starts, [*starts[1:], part[1] + 1], strict=False):
        if start >= at:
            break
        text = sentence[start : stop - 1].strip()
        if _FRAME.match(text):
            return start, stop - 1
    return None


def clause_starts(sentence: str, start: int, stop: int) -> list[int]:
    """Where each clause of sentence[start:stop] begins."""
    return [start] + [m.end() for m in _CLAUSE_END.finditer(sentence, start, stop)]


# Words that join two noun phrases: 6%的地域面积和6.5%的户籍人口 are two phrases.
_CONJUNCTION = re.compile(r"[和与及]")


def phrase_of(sentence: str, figure: Figure, clause: tuple[int, int]) -> tuple[str, int]:
    """The words of a figure's noun phrase, where its measure is named: its clause, cut at the
    conjunctions around the figure, with the figure itself blanked (公里 names no measure); and
    where the figure stands in them."""
    start = max((m.end() for m in _CONJUNCTION.finditer(sentence, clause[0], figure.at)), default=clause[0])
    stop = next((m.start() for m in _CONJUNCTION.finditer(sentence, figure.end, clause[1])), clause[1])
    return sentence[start : figure.at] + " " + sentence[figure.end : stop], figure.at - start


_EMPTY = claims.Vocabulary([], {}, [])
_SPELLED_SHARE = re.compile(
    r"百分之[零〇一二两三四五六七八九十百点\d.]+|[一二两三四五六七八九十\d]+分之[一二两三四五六七八九十\d]+"
)


def figures_of(sentence: str, published: str) -> tuple[claims.Claim, list[Figure]]:
    """A sentence's reading and its figures, in the order it states them."""
    reading = claims.read_claim(sentence, published, _EMPTY)
    folded = sentence.casefold().replace("，", ",")
    # 百分之三点五 and 四分之一 are read as 3.5% and 1/4: found again in the text in order.
    spelled = [match.span() for match in _SPELLED_SHARE.finditer(sentence)]
    found: list[Figure] = []
    for value in reading.values:
        at = folded.find(value.text)
        if at < 0 and spelled and ("%" in value.text or "/" in value.text):
            at, end = spelled.pop(0)
            if math.isfinite(value.amount):
                number = value.amount if "%" in value.text else value.written
                unit = "%" if "%" in value.text else ""
                found.append(Figure(at, end, value, number, unit, sentence[at:end], quantities.SHARE))
            continue
        if at < 0 or not math.isfinite(value.amount):
            continue
        if _inside_quotation(sentence, at):
            continue  # “二次开发”, “246”: a slogan or a name, not a figure
        end = at + len(value.text)
        figure = _figure(sentence[at:end], value, sentence[end:])
        if figure is None:
            continue
        if value.qualifier == quantities.OVER and _VERB_OVER.search(sentence[:at]):
            value.qualifier = quantities.EXACT
        number, unit, written = figure
        counted_in = quantities.SHARE if value.fraction else value.unit or quantities.COUNT
        found.append(Figure(at, end, value, number, unit, written, counted_in))
    return reading, found


def _inside_quotation(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def _figure(text: str, value: quantities.ClaimedValue, following: str) -> tuple[float, str, str] | None:
    """(value, unit, written) of a figure as the article writes it, `following` being the text
    after it: 1146.46亿元 is 1146.46 and 亿元; 百亿美元 is 100 and 亿美元; 30多年 is 30 and 年;
    1/6 is a ratio with no unit; 三大工程 is 3 and 大工程; 两方面 is 2 and 方面. A unit the
    reader does not know counts after a magnitude (2100万标准箱); without one or a classifier,
    a bare number is a model number or a name."""
    numerals = chinese_numbers(text, characters=True)
    if not numerals:
        return None
    numeral = numerals[0]
    number = numeral.written if numeral.written else numeral.amount
    if not math.isfinite(number):
        return None
    if value.fraction and "/" in numeral.text:
        return number, "", text.strip()
    unit = "%" if numeral.text.endswith("%") else numeral.magnitude + text[numeral.end :].lstrip(_MORE)
    more = _UNKNOWN_UNIT.match(following)
    added = ""
    if value.unit is None:
        classifier = _OTHER_UNIT.match(following) or _CLASSIFIER.match(following)
        if classifier is not None and not value.fraction:
            value.unit = quantities.COUNT
            added = classifier.group()
        elif more is None or not numeral.magnitude or value.fraction:
            return None
        else:
            added = more.group()
    elif unit.strip() == "大":  # 三大工程, 十大政策: 大 counts what follows
        if more is None or number > 10:
            return None  # 十八大, 十九大: the 18th and 19th Party Congress, not a count
        added = more.group()[:2]
    return number, (unit + added).strip(), text.strip() + added
