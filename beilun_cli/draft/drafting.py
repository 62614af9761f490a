"""A new article read into candidate facts for a curator: `beilun draft`.

Each sentence that states a figure, a dated event or a rank becomes a candidate fact: its
verbatim quote (from the sentence's start to the end of the clause that holds the figure, as
the curated facts quote), the figure read with the readers `check` uses (numeral, unit,
quantifier, normalised amount), the time resolved against the publication date, the entities
of the base it names, and guesses of measure, subject and topic from the base's vocabulary.
What cannot be had from the text (the English claim; a topic, measure or subject nothing
points to) is left out and listed in the fact's `draft` marker, for `validate` to report.

Names the vocabulary lacks (companies, organisations, places, quoted project and programme
names) are proposed as draft entities, with a guessed kind; nothing is invented: a proposal
has no English name until a curator writes one.

Pure functions over text and a loaded base: nothing here prints or writes files.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence

from beilun_cli.base.model import LoadedBase, Quantity, When
from beilun_cli.draft.files import Written, write_draft
from beilun_cli.draft.guesses import Guesses, tidy
from beilun_cli.draft.names import proposals, slug
from beilun_cli.draft.records import Article, Candidate, Draft, Proposal, toml_number
from beilun_cli.read import claims
from beilun_cli.read.numerals import chinese_numbers

__all__ = [
    "Article",
    "Candidate",
    "Draft",
    "Proposal",
    "Written",
    "draft_article",
    "paragraphs_of",
    "write_draft",
]

# Where a sentence ends, and where a clause inside it ends (a comma between digits is a
# thousands separator, not a clause's end).
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_CLAUSE_END = re.compile(r"[，、；：;:]|,(?!\d)|(?<!\d)\.(?!\d)")
# A figure's numeral as written: Arabic, a fraction, or Chinese numeral characters.
_NUMERAL = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?|[零〇一二两三四五六七八九十百千]+")
_MORE = "多余"
# A unit the readers do not know: up to three characters after a magnitude, before a particle.
_UNKNOWN_UNIT = re.compile(r"(?:(?![的和与及是在为])[\u4e00-\u9fff]){1,3}")
# The words of a sentence that make a rank a fact of its own: 首个, 唯一, 第一, 居于首位.
_RANK_MARKERS = frozenset({"first", "only", "second", "third"})


def paragraphs_of(text: str) -> list[str]:
    """An article's paragraphs: blocks between blank lines, or each line where the text has no
    blank line. A block's lines are joined (with a space only between Latin words), so that the
    loader, which splits the written text at blank lines, finds the same paragraphs."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t\u3000]*\n", text) if re.search(r"\n[ \t\u3000]*\n", text) else text.split("\n")
    paragraphs = []
    for block in blocks:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        joined = ""
        for line in lines:
            latin_join = joined[-1:].isascii() and joined[-1:].isalnum() and line[:1].isascii()
            joined += (" " if latin_join else "") + line
        if joined:
            paragraphs.append(joined)
    return paragraphs


def draft_article(text: str, published: str, base: LoadedBase | None, taken_ids: Iterable[str] = ()) -> Draft:
    """Candidate facts and proposed entities for an article's text, published on `published`
    (ISO date), with the vocabulary (and, where it has facts, the habits) of `base`."""
    paragraphs = paragraphs_of(text)
    guesses = Guesses(base)
    guesses.home = guesses.most_named(paragraphs)
    proposed = proposals(paragraphs, guesses, set(taken_ids))
    # A known name inside a new one (宁波 in 宁波星海物流有限公司) is no mention of its own.
    guesses.unknown = [proposal.name for proposal in proposed]
    ids = _Ids(set(taken_ids))
    candidates: list[Candidate] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for sentence in _sentences(paragraph):
            candidates += _candidates_of(sentence, number, published, guesses, ids)
    return Draft(paragraphs, candidates, proposed)


# ---------------------------------------------------------------- reading


def _sentences(paragraph: str) -> Iterator[str]:
    for piece in _SENTENCE_END.split(paragraph):
        if piece.strip():
            yield piece


def _candidates_of(
    sentence: str, paragraph: int, published: str, guesses: Guesses, ids: _Ids
) -> list[Candidate]:
    reading = claims.read_claim(sentence, published, guesses.vocabulary)
    folded = sentence.casefold().replace("，", ",")
    found: list[Candidate] = []
    for value in reading.values:
        at = folded.find(value.text)
        if at < 0 or not math.isfinite(value.amount):
            continue  # read from a rewritten form (百分之四十) the quote cannot show
        if _inside_quotation(sentence, at):
            continue  # “二次开发”: a slogan or a name, not a figure
        end = at + len(value.text)
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
        clause_end = next((m.start() for m in _CLAUSE_END.finditer(sentence, end)), len(sentence))
        figure = _figure(sentence[at:end], value, sentence[end:])
        if figure is None:
            continue
        quote = sentence.strip().rstrip("。！？!?")
        candidate = Candidate(id="", paragraph=paragraph, quote=quote, claim_zh=_claim(quote))
        candidate.value, candidate.unit, written = figure
        counted_in = claims.SHARE if value.fraction else value.unit or claims.COUNT
        times = [time for time in reading.times if time.written and time.written in quote]
        candidate.as_of = _as_of(times)
        candidate.entities = guesses.entities_in(quote)
        candidate.subject = guesses.subject(sentence[clause_start:clause_end], at - clause_start)
        candidate.measure = guesses.measure(sentence[clause_start:clause_end], at - clause_start, counted_in)
        if value.fraction and "/" in value.text:  # 1/6 of a whole: a ratio, as written
            amount, amount_unit = candidate.value, "ratio"
        else:
            amount, amount_unit = tidy(value.amount), guesses.amount_unit(candidate, counted_in)
        candidate.quantity = Quantity(written, value.qualifier, amount, amount_unit)
        candidate.topic = guesses.topic(candidate)
        candidate.id = ids.new(candidate)
        found.append(candidate)
    if not found and (_RANK_MARKERS & reading.markers or _dated_event(reading.times)):
        # A dated event or a rank with no figure: one candidate for the sentence.
        quote = sentence.strip().rstrip("。！？!?")
        candidate = Candidate(id="", paragraph=paragraph, quote=quote, claim_zh=_claim(quote))
        candidate.as_of = _as_of([time for time in reading.times if time.written in quote])
        candidate.entities = guesses.entities_in(quote)
        candidate.subject = guesses.subject(quote, 0)
        candidate.topic = guesses.topic(candidate)
        candidate.id = ids.new(candidate)
        found.append(candidate)
    return found


def _inside_quotation(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def _figure(text: str, value: claims.ClaimedValue, following: str) -> tuple[float, str, str] | None:
    """(value, unit, written) of a figure as the article writes it, `following` being the text
    after it: 1146.46亿元 is 1146.46 and 亿元; 百亿美元 is 100 and 亿美元; 30多年 is 30 and 年;
    1/6 is a ratio with no unit; 三大工程 is 3 and 大工程. A unit the reader does not know counts
    after a magnitude (2100万标准箱); without one, a bare number is a model number or a name."""
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
        if more is None or not numeral.magnitude or value.fraction:
            return None
        added = more.group()
    elif unit.strip() == "大" and more is not None:  # 三大工程, 十大政策: 大 counts what follows
        added = more.group()[:2]
    return number, (unit + added).strip(), text.strip() + added


def _as_of(times: Sequence[claims.ClaimedTime]) -> When | None:
    if not times:
        return None
    time = times[0]
    precision = time.precision if time.precision in ("day", "month", "year") else "period"
    return When(time.written, time.start, time.end, precision)


def _dated_event(times: Sequence[claims.ClaimedTime]) -> bool:
    return any(time.precision in ("day", "month") and not time.relative for time in times)


def _claim(quote: str) -> str:
    """The Chinese claim a draft starts from: the quote as a sentence, saying no more than it."""
    return quote.rstrip("。,，;；:：") + "。"


class _Ids:
    """Ids for candidates: the measure and the figure (gdp-1146-46), else the paragraph and
    the figure (p14-7-5) or the paragraph alone (p3-event); never one the base already has."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def new(self, candidate: Candidate) -> str:
        figure = ""
        if candidate.value is not None:
            written = candidate.quantity.written if candidate.quantity else ""
            figure = slug(written) or slug(toml_number(candidate.value))
        head = candidate.measure or f"p{candidate.paragraph}"
        stem = f"{head}-{figure}" if figure else f"{head}-{'dated' if candidate.as_of else 'claim'}"
        ident, suffix = stem, 2
        while ident in self.taken:
            ident, suffix = f"{stem}-{suffix}", suffix + 1
        self.taken.add(ident)
        return ident
