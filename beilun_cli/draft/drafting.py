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

import re
from collections.abc import Iterable

from beilun_cli.base.model import LoadedBase, Quantity, When
from beilun_cli.draft.files import Written, write_draft
from beilun_cli.draft.guesses import Guesses, tidy
from beilun_cli.draft.names import proposals, slug
from beilun_cli.draft.reading import (
    Sentence,
    clause_span,
    figures_of,
    part_span,
    phrase_of,
    sentences_of,
)
from beilun_cli.draft.records import Article, Candidate, Draft, Proposal, toml_number
from beilun_cli.draft.subjects import subject_of
from beilun_cli.draft.times import Timed, figure_time, times_in

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

# The words of a sentence that make a rank a fact of its own: 首个, 唯一, 第一, 居于首位.
# A figure that bounds a class of things: 20亿元以上的项目, 80岁以上老人.
_BOUND = re.compile(r"(?:及)?(?:以上|以下)的?[\u4e00-\u9fff]")
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
    proposed = proposals(paragraphs, guesses, set(taken_ids))
    guesses.adopt(proposed)
    guesses.home = guesses.most_named(paragraphs)
    ids = _Ids(set(taken_ids))
    candidates: list[Candidate] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        before = ""
        carried: str | None = None
        for sentence in sentences_of(paragraph):
            found = _candidates_of(sentence, before, carried, number, published, guesses, ids)
            carried = found[-1].subject if found else None
            candidates += found
            before += sentence.text
    return Draft(paragraphs, candidates, proposed)


# ---------------------------------------------------------------- reading


def _candidates_of(
    sentence: Sentence,
    before: str,
    carried: str | None,
    paragraph: int,
    published: str,
    guesses: Guesses,
    ids: _Ids,
) -> list[Candidate]:
    """The candidates of a sentence; `before` is the paragraph's text before it, `carried` the
    subject of the sentence before."""
    text = sentence.text
    reading, figures = figures_of(text, published)
    times = times_in(text, published)
    found: list[Candidate] = []
    # The last figure of each unit word in each part of the sentence: 1000套青年公寓, 600套.
    units: dict[tuple[int, str], Candidate] = {}
    for figure in figures:
        own = [timed for timed in times if timed.at == figure.at]
        if own and own[0].when.written.endswith("年前"):
            continue  # 11年前: a time, not a figure
        candidate = Candidate(
            id="", paragraph=paragraph, quote=sentence.quote, claim_zh=_claim(sentence.quote)
        )
        candidate.value, candidate.unit = figure.value, figure.unit
        clause = clause_span(text, figure.at, figure.end)
        part = part_span(text, figure.at)
        candidate.as_of = figure_time(text, times, figure, figures)
        candidate.entities = guesses.entities_in(sentence.quote)
        candidate.subject = subject_of(guesses, text, figure, part, before)
        if candidate.subject == guesses.home and sentence.quote != text.rstrip("。！？!?") and carried:
            candidate.subject = carried  # 截至目前,已累计改造…: the subject of the sentence before
        words, figure_at = phrase_of(text, figure, clause)
        bound = _BOUND.match(text, figure.end) is not None
        candidate.measure = guesses.measure(words, figure_at, figure.counted_in, figure.unit, bound)
        earlier = units.get((part[0], figure.unit))
        if earlier is not None and not guesses.names_measure(words, candidate.measure):
            # 第一批600套: the noun left out is the one counted before in the same unit.
            candidate.measure, candidate.subject = earlier.measure, earlier.subject
        units[part[0], figure.unit] = candidate
        value = figure.reading
        if value.fraction and "/" in value.text:  # 1/6 of a whole: a ratio, as written
            amount, amount_unit = figure.value, "ratio"
        else:
            amount, amount_unit = tidy(value.amount), guesses.amount_unit(candidate, figure.counted_in)
        candidate.quantity = Quantity(figure.written, value.qualifier, amount, amount_unit)
        if candidate.subject and candidate.subject not in candidate.entities:
            candidate.entities.append(candidate.subject)  # a fact's subject is one of its entities
        candidate.topic = guesses.topic(candidate)
        candidate.id = ids.new(candidate)
        found.append(candidate)
    # A dated event: a date no figure of the sentence is dated by (1984年1月27日国务院批复…,
    # 8月26日摇号…), or a rank with no figure (首个, 唯一): a candidate of its own.
    used = {(c.as_of.written, c.as_of.start) for c in found if c.as_of is not None}
    events = [t for t in times if _dated_event(t.when) and (t.when.written, t.when.start) not in used]
    if not found and not events and _RANK_MARKERS & reading.markers:
        events = times[:1] or [Timed(0, 0, When("", "", "", ""))]  # dated by its time, if any
    for event in events:
        candidate = _started(sentence, paragraph)
        candidate.as_of = event.when if event.when.written else None
        candidate.entities = guesses.entities_in(sentence.quote)
        clause = clause_span(text, event.at, event.end)
        mentions = guesses.mentions(text[clause[0] : clause[1]]) or guesses.mentions(text)
        candidate.subject = mentions[0][2] if mentions else guesses.home
        candidate.topic = guesses.topic(candidate)
        candidate.id = ids.new(candidate)
        found.append(candidate)
    return found


def _started(sentence: Sentence, paragraph: int) -> Candidate:
    return Candidate(id="", paragraph=paragraph, quote=sentence.quote, claim_zh=_claim(sentence.quote))


def _dated_event(when: When) -> bool:
    """A day or a month, a year written in digits (1985年), or N年前: the time of an event."""
    if when.precision in ("day", "month"):
        return True
    return when.precision == "year" and when.written[:1].isdigit() and when.written.endswith(("年", "年前"))


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
