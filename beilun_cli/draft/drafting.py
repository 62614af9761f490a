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

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from beilun_cli.base.model import LoadedBase, Quantity, When
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
# Quoted names: a project, programme, campaign or award the article names in quotation marks.
_QUOTED = re.compile(r"[“「《]([^”」》]{2,16})[”」》]")
# A company by its suffix: 雪龙集团, 华朔科技, 微科光电 (two to six characters before it).
_COMPANY = re.compile(
    r"(?<![\d零一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]{2,6}?"
    r"(?:(?:科技|光电|电子|实业|控股)?(?:股份)?(?:有限)?(?:公司|集团)|科技|光电)"
)
_KIND_BY_SUFFIX = (
    (re.compile(r"(?:集团|公司|科技|光电|股份|实业|控股|汽车|电子)$"), "company"),
    (re.compile(r"(?:市|区|县|省|镇|街道|村|社区|湾|岛|港)$"), "place"),
    (re.compile(r"(?:局|厅|委|委员会|协会|研究院|大学|医院|中心|部|办|团)$"), "organisation"),
    (re.compile(r"(?:奖|鼎|称号|荣誉|先进集体)$"), "award"),
    (re.compile(r"(?:会|节|赛|论坛|峰会|博览会)$"), "event"),
    (re.compile(r"(?:工程|项目|基地|园|馆|学堂|公寓)$"), "project"),
    (re.compile(r"(?:计划|行动|战略|政策|活动|之旅)$"), "programme"),
)
# The kinds of entity a figure may be of, the most specific first.
_SUBJECT_KINDS = ("person", "company", "project", "programme", "organisation", "place")
# The words of a sentence that make a rank a fact of its own: 首个, 唯一, 第一, 居于首位.
_RANK_MARKERS = frozenset({"first", "only", "second", "third"})


@dataclass
class Candidate:
    """One candidate fact, as `beilun draft` writes it for a curator."""

    id: str
    paragraph: int
    quote: str
    claim_zh: str
    topic: str | None = None
    value: float | None = None
    unit: str | None = None
    quantity: Quantity | None = None
    measure: str | None = None
    subject: str | None = None
    as_of: When | None = None
    entities: list[str] = field(default_factory=list)

    def to_toml(self, source: str) -> str:
        """The fact as a [[facts]] table: the fields it has, and a draft marker naming the rest."""
        lines = ["[[facts]]", f"id = {_string(self.id)}", "draft = true"]
        if self.topic is not None:
            lines.append(f"topic = {_string(self.topic)}")
        lines += [f"source = {_string(source)}", f"quote = {_string(self.quote)}"]
        lines.append(f"claim = {{ zh = {_string(self.claim_zh)} }}")
        if self.value is not None and self.quantity is not None:
            quantity = self.quantity
            lines += [f"value = {_number(self.value)}", f"unit = {_string(self.unit or '')}"]
            lines.append(
                f"quantity = {{ written = {_string(quantity.written)}, qualifier = "
                f"{_string(quantity.qualifier)}, amount = {_number(quantity.amount)}, "
                f"amount_unit = {_string(quantity.amount_unit)} }}"
            )
        if self.measure is not None:
            lines.append(f"measure = {_string(self.measure)}")
        if self.subject is not None:
            lines.append(f"subject = {_string(self.subject)}")
        if self.as_of is not None:
            time = self.as_of
            parts = (
                f"written = {_string(time.written)}, start = {_string(time.start)}, end = {_string(time.end)}"
            )
            lines.append(f"as_of = {{ {parts}, precision = {_string(time.precision)} }}")
        if self.entities:
            lines.append(f"entities = [{', '.join(_string(entity) for entity in self.entities)}]")
        return "\n".join(lines) + "\n"


@dataclass
class Proposal:
    """A name the base's vocabulary lacks, proposed as an entity of a guessed kind."""

    id: str
    name: str
    kind: str
    paragraphs: list[int]

    def to_toml(self) -> str:
        where = ", ".join(f"¶{number}" for number in self.paragraphs)
        return (
            f"[[entities]]\nid = {_string(self.id)}\ndraft = true\n"
            f"# named in {where}\nkind = {_string(self.kind)}\nname = {{ zh = {_string(self.name)} }}\n"
        )


@dataclass
class Draft:
    """What `draft_article` read from an article."""

    paragraphs: list[str]
    candidates: list[Candidate]
    proposals: list[Proposal]


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
    guesses = _Guesses(base)
    guesses.home = guesses.most_named(paragraphs)
    proposals = _proposals(paragraphs, guesses, set(taken_ids))
    # A known name inside a new one (宁波 in 宁波星海物流有限公司) is no mention of its own.
    guesses.unknown = [proposal.name for proposal in proposals]
    ids = _Ids(set(taken_ids))
    candidates: list[Candidate] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for sentence in _sentences(paragraph):
            candidates += _candidates_of(sentence, number, published, guesses, ids)
    return Draft(paragraphs, candidates, proposals)


# ---------------------------------------------------------------- reading


def _sentences(paragraph: str) -> Iterator[str]:
    for piece in _SENTENCE_END.split(paragraph):
        if piece.strip():
            yield piece


def _candidates_of(
    sentence: str, paragraph: int, published: str, guesses: _Guesses, ids: _Ids
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
            amount, amount_unit = _tidy(value.amount), guesses.amount_unit(candidate, counted_in)
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


def _string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _number(number: float) -> str:
    return str(int(number)) if number == int(number) and abs(number) < 1e15 else repr(number)


# ---------------------------------------------------------------- guesses


class _Guesses:
    """Guesses from the base: its entity and measure names, and (where it has facts) which topic
    a measure's facts have and which amount unit counts a unit."""

    def __init__(self, base: LoadedBase | None) -> None:
        entities: list[tuple[str, str]] = []
        measures: list[tuple[str, str]] = []
        kinds: dict[str, str] = {}
        self.measure_units: dict[str, str] = {}
        self.topic_names: list[tuple[str, str]] = []
        if base is not None:
            for entity in base.entities.values():
                kinds[entity.id] = entity.kind
                entities += [(name.casefold(), entity.id) for name in entity.names if len(name) > 1]
            for measure in base.measures.values():
                self.measure_units[measure.id] = measure.amount_unit
                names = {measure.name.zh, *measure.aliases}
                measures += [(name.casefold(), measure.id) for name in names if len(name) > 1]
            self.topic_names = [(topic.name.zh, topic.id) for topic in base.topics.values()]
        self.vocabulary = claims.Vocabulary(
            sorted(entities, key=lambda pair: -len(pair[0])),
            kinds,
            sorted(measures, key=lambda pair: -len(pair[0])),
        )
        self.kinds = kinds
        facts = base.facts if base is not None else ()
        self.measure_topics = _majority((fact.measure, fact.topic) for fact in facts if fact.measure)
        # A subject's topic is a guess only where most of its facts share one (not Beilun's).
        self.subject_topics = _majority(
            ((fact.subject, fact.topic) for fact in facts if fact.subject), least_share=0.6
        )
        self.unit_amounts = _majority(
            (fact.unit, fact.quantity.amount_unit) for fact in facts if fact.quantity and fact.unit
        )
        self.known = {name for name, _ in entities}
        self.home: str | None = None
        self.unknown: list[str] = []

    def entities_in(self, text: str) -> list[str]:
        """The entities a text names, in the order it names them."""
        return list(dict.fromkeys(ident for _, ident in self._mentions(text)))

    def subject(self, clause: str, at: int) -> str | None:
        """What the figure is of: of the entities its clause names (the figure at `at`), the
        most specific kind (a person, a company, a project… before a place), then the nearest;
        else the article's subject (the place it names most). Awards and events are named by
        facts, not measured by them."""
        best: tuple[int, int, str] | None = None
        for start, ident in self._mentions(clause):
            kind = self.kinds.get(ident, "")
            if kind not in _SUBJECT_KINDS:
                continue
            key = (-_SUBJECT_KINDS.index(kind), -abs(start - at), ident)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else self.home

    def most_named(self, paragraphs: Sequence[str]) -> str | None:
        """The place the article names most: the subject of a figure whose sentence names none."""
        counts = Counter(
            ident
            for paragraph in paragraphs
            for _, ident in self._mentions(paragraph)
            if self.kinds.get(ident) == "place"
        )
        return counts.most_common(1)[0][0] if counts else None

    def _mentions(self, text: str) -> list[tuple[int, str]]:
        """Where the base's entities are named in a text, longest names first, not inside a new
        name or another mention."""
        folded = text.casefold()
        found: list[tuple[int, str]] = []
        taken = [(at, at + len(name)) for name in self.unknown if (at := folded.find(name.casefold())) >= 0]
        for name, ident in self.vocabulary.entities:
            at = folded.find(name)
            while at >= 0:
                span = (at, at + len(name))
                if not any(lo < span[1] and span[0] < hi for lo, hi in taken):
                    taken.append(span)
                    found.append((at, ident))
                at = folded.find(name, at + 1)
        return sorted(found)

    def measure(self, clause: str, at: int, counted_in: str) -> str | None:
        """The measure named in the figure's clause (its start at `at`) whose amount unit is of
        the figure's class (a sum of money, an area, a count…): the longest name, the most
        specific (骨干企业 over 企业), then the one nearest the figure, before or after it
        (森林覆盖率达40.1%, 17家企业入围市级行业骨干企业). Else the one measure of that class
        the base has, if it has only one."""
        folded = clause.casefold()
        best: tuple[int, int, str] | None = None
        for name, ident in self.vocabulary.measures:
            if claims.fact_unit_class(self.measure_units.get(ident, ""))[0] != counted_in:
                continue
            where = [m.start() for m in re.finditer(re.escape(name), folded)]
            if not where:
                continue
            distance = min(abs(start - at) for start in where)
            key = (len(name), -distance, ident)
            if best is None or key[:2] > best[:2]:
                best = key
        if best is not None:
            return best[2]
        alike = [
            ident
            for ident, unit in self.measure_units.items()
            if claims.fact_unit_class(unit)[0] == counted_in
        ]
        return alike[0] if len(alike) == 1 else None

    def amount_unit(self, candidate: Candidate, counted_in: str) -> str:
        """What the amount is counted in: its measure's unit (yuan-per-mu, sets-per-year), else
        the class of its unit (yuan, m2, people), else what the base counts that unit in (家:
        companies), else items."""
        measured = self.measure_units.get(candidate.measure or "")
        if measured:
            return measured
        if counted_in != claims.COUNT:
            return counted_in
        unit = candidate.unit or ""
        return self.unit_amounts.get(unit) or self.unit_amounts.get(unit.lstrip("万亿千百")) or "items"

    def topic(self, candidate: Candidate) -> str | None:
        for key, table in (
            (candidate.measure, self.measure_topics),
            (candidate.subject, self.subject_topics),
        ):
            if key and key in table:
                return table[key]
        for name, ident in self.topic_names:
            if name and name in candidate.quote:
                return ident
        return None


def _tidy(amount: float) -> float:
    """An amount without the float noise of its product (33.3 × 10^8 is 3330000000)."""
    return float(f"{amount:.12g}")


def _majority(pairs: Iterable[tuple[str | None, str]], least_share: float = 0.0) -> dict[str, str]:
    """Each key's most common value, where it holds at least `least_share` of the key's pairs."""
    counts: dict[str, Counter[str]] = {}
    for key, value in pairs:
        if key:
            counts.setdefault(key, Counter())[value] += 1
    chosen = {}
    for key, counter in counts.items():
        value, count = counter.most_common(1)[0]
        if count >= least_share * counter.total():
            chosen[key] = value
    return chosen


class _Ids:
    """Ids for candidates: the measure and the figure (gdp-1146-46), else the paragraph and
    the figure (p14-7-5) or the paragraph alone (p3-event); never one the base already has."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def new(self, candidate: Candidate) -> str:
        figure = ""
        if candidate.value is not None:
            written = candidate.quantity.written if candidate.quantity else ""
            figure = _slug(written) or _slug(_number(candidate.value))
        head = candidate.measure or f"p{candidate.paragraph}"
        stem = f"{head}-{figure}" if figure else f"{head}-{'dated' if candidate.as_of else 'claim'}"
        ident, suffix = stem, 2
        while ident in self.taken:
            ident, suffix = f"{stem}-{suffix}", suffix + 1
        self.taken.add(ident)
        return ident


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


# ---------------------------------------------------------------- new names


def _proposals(paragraphs: Sequence[str], guesses: _Guesses, taken: set[str]) -> list[Proposal]:
    """Names the vocabulary lacks, in the order the article first names them."""
    seen: dict[str, Proposal] = {}
    for number, paragraph in enumerate(paragraphs, start=1):
        # A quoted phrase is a name when its last word says what it names (工程, 奖, 计划…);
        # else it is a slogan (“脏乱差”).
        names = [match.group(1) for match in _QUOTED.finditer(paragraph) if _kind(match.group(1))]
        names += [match.group() for match in _COMPANY.finditer(paragraph)]
        for name in names:
            name = name.strip()
            if len(name) < 2 or any(name.casefold() in known for known in guesses.known):
                continue  # a name of the base, or a part of one
            if any(name in other and name != other for other in names):
                continue  # 股份有限公司 within 华朔科技股份有限公司
            if name in seen:
                if number not in seen[name].paragraphs:
                    seen[name].paragraphs.append(number)
                continue
            stem = _pinyin_slug(name)
            ident, suffix = stem, 2
            while ident in taken:
                ident, suffix = f"{stem}-{suffix}", suffix + 1
            taken.add(ident)
            seen[name] = Proposal(ident, name, _kind(name) or "company", [number])
    return list(seen.values())


def _pinyin_slug(name: str) -> str:
    """An id for a Chinese name, from its pinyin: 宁波青山环保科技有限公司 is
    ningbo-qingshan-huanbao-keji-youxian-gongsi."""
    from pypinyin import lazy_pinyin

    return _slug(" ".join(lazy_pinyin(name))) or "new-entity"


def _kind(name: str) -> str | None:
    for pattern, kind in _KIND_BY_SUFFIX:
        if pattern.search(name):
            return kind
    return None


# ---------------------------------------------------------------- files


@dataclass
class Written:
    """What `write_draft` wrote: the files, and how many candidates were new or already there."""

    files: list[str]
    new: int
    kept: int
    proposals: int


@dataclass
class Article:
    """A new source's record: what `beilun draft` is told or finds of the article."""

    id: str
    published: str
    title_zh: str
    title_en: str | None = None
    outlet_zh: str | None = None
    outlet_en: str | None = None

    def to_toml(self, text_name: str) -> str:
        lines = ["[[sources]]", f"id = {_string(self.id)}"]
        if not (self.title_en and self.outlet_zh and self.outlet_en):
            lines.append("draft = true")  # validate lists what is left to write
        for key, zh, en in (
            ("outlet", self.outlet_zh, self.outlet_en),
            ("title", self.title_zh, self.title_en),
        ):
            parts = [f"{lang} = {_string(text)}" for lang, text in (("zh", zh), ("en", en)) if text]
            lines.append(f"{key} = {{ {', '.join(parts)} }}")
        lines += [f"published = {self.published}", 'language = "zh"', f"text = {_string(text_name)}"]
        return "\n".join(lines) + "\n"


_TABLE = re.compile(r"^\[\[(\w+)\]\]\s*$", re.MULTILINE)


def _blocks(text: str) -> tuple[str, list[str]]:
    """A TOML file's head (comments before its first table) and its [[...]] tables as written."""
    starts = [match.start() for match in _TABLE.finditer(text)]
    if not starts:
        return text, []
    bounds = [*starts, len(text)]
    return text[: starts[0]], [
        text[a:b].rstrip("\n") + "\n" for a, b in zip(bounds, bounds[1:], strict=False)
    ]


def _quote_and_figure(block: str) -> tuple[str, str] | None:
    """The quote and written quantity of a [[facts]] table as a curator left it."""
    import tomli

    try:
        data = tomli.loads(block).get("facts", [{}])[0]
    except (tomli.TOMLDecodeError, IndexError):
        return None
    quote = data.get("quote")
    quantity = data.get("quantity")
    written = quantity.get("written", "") if isinstance(quantity, dict) else ""
    return (quote, written) if isinstance(quote, str) else None


def write_draft(
    draft: Draft, article: Article, directory: Path, write: Callable[[Path, str], None]
) -> Written:
    """Write a draft into `directory` as a fact base to curate: sources/ID.toml and ID.txt,
    facts/ID.toml, and entities/ID.toml with the proposed entities.

    A second draft of the same article keeps what a curator wrote: a fact already in the facts
    file (the same quote and figure, or a quote it holds with that figure) is left as it is,
    and only the new candidates are added; an existing source record is kept. `write(path, text)`
    writes one file whole (the caller's way of writing files); folders are made here."""
    for folder in ("sources", "facts", "entities"):
        (directory / folder).mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    source_toml = directory / "sources" / f"{article.id}.toml"
    text_name = f"{article.id}.txt"
    write(directory / "sources" / text_name, "\n\n".join(draft.paragraphs) + "\n")
    files.append(str(directory / "sources" / text_name))
    if not source_toml.exists():
        write(source_toml, f"# Drafted by beilun draft.\n{article.to_toml(text_name)}")
        files.append(str(source_toml))

    facts_path = directory / "facts" / f"{article.id}.toml"
    head, blocks = _blocks(facts_path.read_text(encoding="utf-8")) if facts_path.exists() else ("", [])
    if not head:
        head = (
            f"# Candidate facts drafted from {article.id}. `beilun validate` lists what each\n"
            "# `draft = true` fact still needs; a fact whose fields are all written is a fact\n"
            "# like any other.\n\n"
        )
    existing = [pair for block in blocks if (pair := _quote_and_figure(block)) is not None]
    kept = 0
    added: list[str] = []
    for candidate in draft.candidates:
        figure = candidate.quantity.written if candidate.quantity else ""
        if any(quote in candidate.quote and written == figure for quote, written in existing):
            kept += 1
            continue
        added.append(candidate.to_toml(article.id))
    body = head + "\n".join(blocks + added)
    write(facts_path, body)
    files.append(str(facts_path))

    if draft.proposals:
        entities_path = directory / "entities" / f"{article.id}.toml"
        if entities_path.exists():
            _, known = _blocks(entities_path.read_text(encoding="utf-8"))
            names = "\n".join(known)
            fresh = [p.to_toml() for p in draft.proposals if _string(p.name) not in names]
            body = entities_path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + "\n".join(fresh)
        else:
            body = "# Names the base lacks, proposed as entities: write name.en and check the kind.\n\n"
            body += "\n".join(p.to_toml() for p in draft.proposals)
        write(entities_path, body)
        files.append(str(entities_path))
    return Written(files, len(added), kept, len(draft.proposals))
