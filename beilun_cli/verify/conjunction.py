"""A claim that joins statements, each of which another fact may state, read as a conjunction of
parts: clauses (北仑举办过首届影视文化高峰论坛，也办过首届青年文化节; "holds three trophies and is a
National Ecological District") and names that share one predicate (飞天奖和星光奖, "both the
Feitian Awards and the Xingguang Awards"). Each part is judged as a claim of its own, the claim's
subject carried into a part that has none, and the verdicts combine as a conjunction's: supported
only when every part is, refuted when a part is, else not-enough-info naming the part the article
does not state.

A part that is no statement of its own stays with its neighbour: a clause of time, condition or
reason (当…时, 随着…, when…, because…), a relative clause (", which…"), a bare adverbial (在上海,
in Shanghai). Names whose predicate is the pair's together (合计, 分别, between, respectively) are
not split. The words are data: lexicon/data/words.toml, [conjunctions].

Pure functions over text and the names a claim is read with; conjoined.py judges the parts and
decides.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

__all__ = ["COMMAS", "LEVELS", "Part", "asserted", "parts"]

Span = tuple[int, int]

# A clause ends at a comma or a semicolon; a comma between digits is a thousands separator.
_SEPARATOR = Lazy(r"[，；;]|,(?!\d)|(?<!\d),")
_SEMICOLON = Lazy(r"[；;]")
_QUOTATION = Lazy(r"“[^”]*”|「[^」]*」|《[^》]*》")
_QUOTED = Lazy(
    r"“[^”]{1,40}”|「[^」]{1,40}」|《[^》]{1,40}》|\"[^\"]{1,60}\"|(?<![A-Za-z])'[^']{1,60}'(?![A-Za-z])"
)
# A name in English: capitalised words, with the small words inside such names (Party of China).
_CAPITALISED = Lazy(r"(?:[A-Z][\w'-]*)(?:\s+(?:(?:of|for|the|de)\s+)?[A-Z][\w'-]*)*")
# Words before an English name that are its, not the predicate's.
_DETERMINER = Lazy(r"(?<![\w'])(?:(?:the|a|an|its|their)\s+)+$", re.IGNORECASE)
_EN_PRONOUN = Lazy(r"^(?:it|they|he|she)\b\s*", re.IGNORECASE)
_EN_OWN_SUBJECT = Lazy(
    r"^(?:the|a|an|this|that|these|those|its|their|his|her|some|many|all|every|each|no|one|two|three|[A-Z\d\"'“])",
)
_ZH_PRONOUN = Lazy(r"^(?:它|其|该区|该地)")
# 并 that is no conjunction: 并非, 并不 (a negation), 并购, 合并, 并列...
_ZH_AND_VERB = Lazy(r"(?<![合吞兼归])(?:并且|并|而且|同时)(?![非不没未无列购存行肩入])(?=[\u4e00-\u9fff])")
_TRAILING = "。.！!？?；;，, "
# A clause of a time alone (2019年1月27日, 一九八四年一月二十七日): dependent.
_BARE_TIME = Lazy(r"[\d〇零一二三四五六七八九十两年月日号上中下旬初底, ]+")
# A time at the head of a Chinese clause, before its subject (2018年,北仑…).
_ZH_TIME_HEAD = Lazy(r"^[\d〇零一二三四五六七八九十两年月日号上中下旬初底,，()（）]+(?:以来|来)?[,，]?")
# A Chinese clause that opens with a name, a quotation or a label (图片:) has a subject of its own.
_ZH_OWN_SUBJECT = Lazy(r"^(?:[“「《\"A-Za-z]|[\u4e00-\u9fff]{1,4}[:：])")
# Words of agreement that a split leaves stranded after the names (A和B都是…): dropped.
_ZH_BOTH = Lazy(r"^(?:都|均|皆)")


class Part:
    """A statement a claim joins: its words as judged (`said`: the claim's subject carried into
    it) and the span of the claim's own words it stands for (names that share a predicate share
    their clause's span)."""

    __slots__ = ("said", "start", "end", "bare", "rewritten")

    def __init__(
        self, said: str, start: int, end: int, bare: str | None = None, rewritten: bool = False
    ) -> None:
        self.said, self.start, self.end = said, start, end
        self.bare = bare  # said without the claim's subject, to judge when `said` decides nothing
        # Not a clause of the claim's own words: a subject carried in, one of names that share a
        # predicate, a piece cut at a comma alone.
        self.rewritten = rewritten


def parts(
    text: str,
    names: Sequence[str],
    latin: bool,
    kept: Sequence[Span] = (),
    level: int = 0,
    home: Collection[str] = (),
) -> tuple[str, list[Part], int]:
    """The claim as split (its body: without its last stop, nor 既 of 既…，又…), the statements it
    joins, each a claim of its own with the claim's subject carried into it, and the strength of
    the boundaries it was split at (LEVELS for names that share a predicate); no parts when it
    joins none (or a part lacks a subject and the claim has none to carry). `names` are the
    names a claim is read with (entities, measures), casefolded; `kept` the spans of its figures
    and times, which no split cuts (three and a half years); `level` the strongest boundary to
    split at; `home` Beilun's names, casefolded."""
    lang = "en" if latin else "zh"
    body = text.strip().rstrip(_TRAILING)
    if not latin and _ZH_BOTH_CLAUSES.search(body):
        # 既…，又…: two clauses, each of its own (the spans kept are the claim's: moved by one).
        at = body.index("既")
        body = body[:at] + body[at + 1 :]
        kept = [(s - (s > at), e - (e > at)) for s, e in kept]
    mentions = _mentions(body, names, latin)
    quoted = [match.span() for match in _QUOTATION.finditer(body)]  # no cut inside a quotation
    clauses, strength = _clauses(body, sorted([*mentions, *kept, *quoted]), mentions, lang, level)
    subject, run = _subject(body, mentions, latin)
    named = {body[s:e] for s, e in mentions}
    out: list[Part] = []
    for at, (start, end) in enumerate(clauses):
        clause = body[start:end]
        each = [clause] if strength < LEVELS else _named_parts((start, clause), mentions, lang)
        for said in each:
            bare = None
            # A piece cut at a comma alone is no clause of the claim's own words either.
            rewritten = len(each) > 1 or strength == COMMAS
            if at:
                carried = _with_subject(said, subject, named, latin)
                if carried is None:
                    return body, [], strength
                # Said without the subject too, when it may have its own and the claim's is
                # Beilun, whose facts are Beilun's whether they name it or not.
                bare = said.strip() if carried[1] and run.casefold() in home else None
                rewritten = rewritten or carried[0] != said
                said = carried[0]
            if said.strip() and all(part.said != said.strip() for part in out):
                out.append(Part(said.strip(), start, end, bare, rewritten))
    return body, out if len(out) > 1 else [], strength


def _mentions(text: str, names: Sequence[str], latin: bool) -> list[Span]:
    """Where the text names something: a name of the base, a quoted name, or (English) a
    capitalised run; the longest first, none inside another. A name of the base that holds a
    quotation (“丝路琴声”宁波国际钢琴艺术节) is one name, not the quotation and a name after it."""
    folded = text.casefold()
    quoted: list[Span] = [match.span() for match in _QUOTED.finditer(text)]
    found = list(quoted)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2:
            continue
        start = folded.find(name)
        while start >= 0:
            end = start + len(name)
            bounded = not name.isascii() or (
                (start == 0 or not folded[start - 1].isalnum())
                and (end == len(folded) or not folded[end].isalnum())
            )
            held = [(s, e) for s, e in found if start <= s and e <= end and (s, e) != (start, end)]
            if held and not name.isascii() and all(span in quoted for span in held):
                found = [span for span in found if span not in held]
            if bounded and not any(s < end and start < e for s, e in found):
                found.append((start, end))
            start = folded.find(name, end)
    if latin:
        for match in _CAPITALISED.finditer(text):
            start, end = match.span()
            # A sentence's first word is capitalised whatever it is (Over seven years...).
            if start == 0 and " " not in match.group():
                continue
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
    return sorted(found)


def _inside(at: int, mentions: Sequence[Span]) -> bool:
    return any(start < at < end for start, end in mentions)


# How strongly a boundary separates clauses: a semicolon, then a word of conjunction (，也, 并,
# ", and", while), then a comma alone. A claim is split at its strongest boundaries first, and
# a part the article does not decide whole at the next ones (the commas inside one fact's own
# statement are cut last).
LEVELS = 3
COMMAS = 2  # the level of a comma alone


def _cuts(text: str, uncut: Sequence[Span], mentions: Sequence[Span], lang: str, level: int) -> list[Span]:
    """The boundaries of one strength between a claim's clauses."""
    if level == 0:
        found = [m.span() for m in _SEMICOLON.finditer(text)]
    elif level == 2:
        found = [m.span() for m in _SEPARATOR.finditer(text)]
        if lang == "en":  # a comma of a list of names (A, B and C) is no clause's
            found = [span for span in found if not _names_around(text, span, mentions)]
    elif lang == "zh":
        leading = "|".join(map(re.escape, lexicon.conjunction_words("leading", "zh")))
        found = [(m.start(), m.start() + 1) for m in re.finditer(rf"[，,](?:{leading})", text)]
        found += [m.span() for m in _ZH_AND_VERB.finditer(text) if m.start() > 0]
    else:
        found = []
        for word in lexicon.conjunction_words("clause", "en") + lexicon.conjunction_words("leading", "en"):
            optional = word in lexicon.conjunction_words("clause", "en")
            for match in re.finditer(rf"{',?' if optional else ','}\s{re.escape(word)}\s", text):
                if _EN_BOTH_OPEN.search(text[: match.start() + 1]) or _collective(
                    text[: match.start()], "en"
                ):
                    continue  # both X and Y, between X and Y: the things a clause joins
                if word not in lexicon.conjunction_words("names", "en") or not _names_around(
                    text, match.span(), mentions
                ):
                    found.append(
                        (match.start(), match.end() - len(word) - 1) if not optional else match.span()
                    )
    return [span for span in found if not _inside(span[0] + (lang == "en"), uncut)]


def _collective(before: str, lang: str) -> bool:
    """Whether the clause a word of conjunction ends (from its last comma) makes the things it
    joins one thing together (between X and Y, the sum of X and Y)."""
    clause = re.split(r"[,，;；]", before)[-1].casefold()
    return any(
        re.search(rf"\b{re.escape(word)}\b", clause) for word in lexicon.conjunction_words("collective", lang)
    )


def _clauses(
    text: str, uncut: Sequence[Span], mentions: Sequence[Span], lang: str, level: int
) -> tuple[list[Span], int]:
    """The clauses of a claim at the strongest `level` (or finer) of boundary it has, a
    dependent one kept with its neighbour, the words that join them dropped; and the level."""
    for strength in range(level, LEVELS):
        cuts = _cuts(text, uncut, mentions, lang, strength)
        if not cuts:
            continue
        pieces: list[Span] = []
        start = 0
        for cut_start, cut_end in [*_disjoint(sorted(cuts)), (len(text), len(text))]:
            start = _after_leading(text, start, cut_start, lang)
            if text[start:cut_start].strip():
                pieces.append((start, cut_start))
            start = cut_end
        clauses = _attached(text, pieces, lang)
        if len(clauses) > 1:
            return clauses, strength
    return [(0, len(text))], LEVELS


def _disjoint(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], span[1]))
        else:
            kept.append(span)
    return kept


def _after_leading(text: str, start: int, end: int, lang: str) -> int:
    """Where a clause's own words start, after the words that join it to the one before."""
    words = lexicon.conjunction_words("leading", lang) + lexicon.conjunction_words("clause", lang)
    moved = True
    while moved:
        moved = False
        while start < end and text[start] in " ,，":
            start += 1
        folded = text[start:end].casefold()
        for word in words:
            if folded.startswith(word) and (lang == "zh" or folded[len(word) : len(word) + 1] in (" ", "")):
                start += len(word)
                moved = True
                break
    return start


def _dependent(piece: str, lang: str) -> bool:
    """Whether a clause is no statement of its own: of time, condition, reason, or relative; a
    short phrase of a preposition (在2018年, in Shanghai), or an English one that names nothing
    (by extending its services); or one that says who says what follows (图片说明称)."""
    folded = piece.casefold()
    if _BARE_TIME.fullmatch(folded):
        return True
    if re.search(r"[,，]", folded):
        return False  # its head, then a clause of its own (on 7 June, a show was staged)
    if _opens_with(folded, lexicon.conjunction_words("subordinate", lang), lang):
        return True
    short = len(folded.split()) <= 4 if lang == "en" else len(folded) <= 8
    if _opens_with(folded, lexicon.conjunction_words("prepositions", lang), lang):
        # An English phrase that names nothing (By extending its services,) is no clause either.
        if short or (lang == "en" and not any(char.isupper() for char in piece[1:])):
            return True
    if any(folded.endswith(word) for word in lexicon.conjunction_words("subordinate_end", lang)):
        return True
    # Who says it (图片说明称, 据报道, The article notes): a frame of what follows, no statement.
    return folded.rstrip(" :：").endswith(lexicon.ungrounded_words()["attribution"])


def _opens_with(folded: str, words: Sequence[str], lang: str) -> bool:
    return any(
        folded.startswith(word) and (lang == "zh" or folded[len(word) : len(word) + 1] in (" ", ""))
        for word in words
    )


def _attached(text: str, pieces: list[Span], lang: str) -> list[Span]:
    """Clauses with each dependent one joined to the clause it depends on: the next when there
    is one, unless it is a relative clause or (in English) one of reason or condition after its
    clause (", which…", ", because…"); else the one before."""
    kept: list[Span] = []
    pending: int | None = None
    for at, (start, end) in enumerate(pieces):
        piece = text[start:end]
        if pending is not None:
            kept.append((pending, end))
            pending = None
        elif not _dependent(piece, lang):
            kept.append((start, end))
        elif kept and (at == len(pieces) - 1 or _follows(piece, lang)):
            kept[-1] = (kept[-1][0], end)
        else:
            pending = start
    if pending is not None:
        if kept:
            kept[-1] = (kept[-1][0], len(text))
        else:
            kept.append((pending, len(text)))
    return kept


def _follows(piece: str, lang: str) -> bool:
    """Whether a dependent clause belongs to the clause before it: a relative clause, or in
    English a clause of reason, condition or consequence after its own (", because…")."""
    folded = piece.casefold().strip()
    return _opens_with(folded, lexicon.conjunction_words("relative", lang), lang)


def _names_around(text: str, span: Span, mentions: Sequence[Span]) -> bool:
    """Whether a word of names coordination at `span` stands between two names."""
    before = text[: span[0]].rstrip()
    after = _DETERMINER_AHEAD.sub("", text[span[1] :].lstrip())
    offset = len(text) - len(after)
    ends_name = any(end == len(before) for _, end in mentions)
    starts_name = any(start == offset for start, _ in mentions)
    return ends_name and starts_name


_DETERMINER_AHEAD = Lazy(r"^(?:(?:the|a|an|its|their)\s+)+", re.IGNORECASE)


def _named_parts(clause: tuple[int, str], mentions: Sequence[Span], lang: str) -> list[str]:
    """A clause with names joined by 和, 、 or "and" that share its predicate, as one clause
    for each name; the clause itself when it joins none, or the predicate is theirs together."""
    at, text = clause
    folded = text.casefold()
    if any(word in folded for word in lexicon.conjunction_words("collective", lang)):
        return [text]
    own = [(s - at, e - at) for s, e in mentions if s >= at and e <= at + len(text)]
    words = lexicon.conjunction_words("names", lang)
    # A list's names are joined by commas (or, in Chinese, by nothing between quotations), and
    # its last by a word of names: the list ends there.
    listed = {",", ""} if lang == "en" else {""}
    chain: list[Span] = []
    joined = False
    for first, second in zip(own, own[1:], strict=False):
        between = text[first[1] : _lead(text, second[0])].strip().casefold()
        between = between.removeprefix(",").strip() if lang == "en" and between != "," else between
        # Names side by side are a list only when quoted (“花香柴桥”“醉美春晓”), else one name.
        quoted = text[first[1] - 1] in "”」》'\"" and text[second[0]] in "“「《'\""
        if between in words or (between in listed and (between or quoted)):
            chain = [*chain, second] if chain and chain[-1] == first else [first, second]
            # Quotations side by side (“花香柴桥”“醉美春晓”“龙马风情”) are a list without a word.
            joined = joined or between in words or (quoted and not between)
        elif joined:
            break
        else:
            chain = []
    if len(chain) < 2 or not joined:
        return _both(text, lang)
    head = text[: _lead(text, chain[0][0])]
    tail = text[chain[-1][1] :]
    if lang == "en":
        head = re.sub(r"\bboth\s+$", "", head)
    else:
        tail = _ZH_BOTH.sub("", tail)
    return [f"{head}{text[_lead(text, start) : end]}{tail}" for start, end in chain]


def _both(text: str, lang: str) -> list[str]:
    """A clause that joins two things by both…and (既…又, 既…也), as one clause for each: the
    second as long as the first (covers both smart chips and cloud computing), or, in Chinese,
    to the clause's end (既是…又是…)."""
    if lang == "en":
        found = _EN_BOTH.search(text)
        if found is None:
            return [text]
        first, rest = found.group(1), found.group(2).split(" ")
        size = len(first.split())
        second, tail = " ".join(rest[:size]), " ".join(rest[size:])
        head = text[: found.start()]
        return [f"{head}{first} {tail}".strip(), f"{head}{second} {tail}".strip()]
    found = _ZH_BOTH_AND.search(text)
    if found is None:
        return [text]
    head = text[: found.start()]
    return [head + found.group(1), head + found.group(2)]


_EN_BOTH = Lazy(r"\bboth\s+(\S+(?:\s+\S+){0,5}?)\s+and\s+(\S.*)$")
_EN_BOTH_OPEN = Lazy(r"\bboth\s+(?:\S+\s+){0,5}$")
_ZH_BOTH_CLAUSES = Lazy(r"既[^，,；;]+[，,][又也]")
_ZH_BOTH_AND = Lazy(r"既(.+?)[又也](.+)$")


def _lead(text: str, start: int) -> int:
    """Where a name starts with the determiners before it (the, its): English only."""
    found = _DETERMINER.search(text[:start])
    return found.start() if found is not None else start


def _subject(text: str, mentions: Sequence[Span], latin: bool) -> tuple[str, str]:
    """What the claim is about: its first run of names (北仑“五水共治”, Beilun's Love Canteens),
    when it stands at the head of the claim (after a time, say: the time stays its clause's)."""
    if not mentions or mentions[0][0] > (24 if latin else 12):
        return "", ""
    start, end = mentions[0]
    glue = re.compile(r"^(?:'s\s+|’s\s+|\s+|的)?$")
    for next_start, next_end in mentions[1:]:
        if glue.match(text[end:next_start]) is None:
            break
        end = next_end
    if latin and text[end:].startswith(("'s", "’s")):
        return "", ""  # a possessive whose thing is no name (Beilun's answer): no subject to carry
    return text[start:end], text[start:end]


def _with_subject(part: str, subject: str, named: set[str], latin: bool) -> tuple[str, bool] | None:
    """A part with the claim's subject, unless it names its own, and whether it may have one of
    its own that no name shows (a Chinese clause that opens with a noun: 第一批600套…); None when
    it needs a subject and the claim has none to carry."""
    lang = "en" if latin else "zh"
    pronoun = _EN_PRONOUN if latin else _ZH_PRONOUN
    if subject and pronoun.match(part):
        return pronoun.sub(subject + (" " if latin else ""), part, count=1), False
    opening = part if latin else _ZH_TIME_HEAD.sub("", part)
    folded = opening.casefold()
    heads = lexicon.conjunction_words("prepositions", lang) + lexicon.conjunction_words("subordinate", lang)
    if _opens_with(folded, heads, lang):
        return part, False  # a clause opened by its time or place (in 2018, 17 firms...; 截至…)
    if latin:
        if _EN_OWN_SUBJECT.match(part):
            return part, False
        return (f"{subject} {part}", False) if subject else None
    if _opens_with(folded, lexicon.conjunction_words("predicate", "zh"), "zh"):
        return (subject + part, False) if subject else None
    # A name at its head, or a head of its own before a comma (端午节(6月7日),一场…上演).
    if (
        any(opening.startswith(name) for name in named)
        or _ZH_OWN_SUBJECT.match(opening)
        or re.search("[,，]", part)
    ):
        return part, False
    return (subject + part, True) if subject else (part, False)


# What a contrast denies runs to the end of its clause.
_CLAUSE_REST = r"[^.,;:!?。，；：！？]*"


def asserted(text: str, lang: str) -> str | None:
    """What a claim that contrasts asserts, without what it denies in its stead ("the Most Beautiful
    Water Manager is Chen Junhao, not Wang Feiyao": "…is Chen Junhao"; 是A而不是B: 是A), or None for
    a claim with no contrast (the words: words.toml [conjunctions] `contrast`)."""
    words = "|".join(map(re.escape, lexicon.conjunction_words("contrast", lang)))
    edge = r"\b" if lang == "en" else ""
    found = re.search(rf"\s*(?:{words}){edge}{_CLAUSE_REST}", text, re.IGNORECASE)
    if found is None or found.start() == 0:
        return None
    kept = f"{text[: found.start()]}{text[found.end() :]}".strip()
    return kept if len(kept) > 2 else None
