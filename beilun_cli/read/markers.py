"""The markers a statement states (first, only, one of, not, gold, world-leading...), which a
claim's fact must state too, and the scopes they hold in (national, province, city, world)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import quantifier_spans
from beilun_cli.read.times import numeral

# Words that say first, only, one of, or deny (the lexicon's markers.toml): a claim's markers
# must agree with its fact's.
_MARKERS = tuple((name, Lazy(pattern)) for name, pattern, _ in lexicon.markers())
# Of these families a fact and a claim must not name different members: first is not second.
EXCLUSIVE_MARKERS = lexicon.marker_families()
# Where a first, an only or a most holds: a claim's scope must be its fact's. The words of a
# scope; the places a source is set in (its home: Ningbo as the city, Zhejiang as the province)
# are the base's, given by the caller (scopes_of's `home`).
_SCOPES = (
    ("national", Lazy(r"全国|我国|全中国|国内|\bnational(?:ly|wide)?\b|\bthe country\b")),
    ("province", Lazy(r"全省|\bprovince\b|\bprovincial\b")),
    ("city", Lazy(r"全市|\bcity's\b")),
    ("world", Lazy(r"全球|世界|国际|\bworld\b|\bglobal\b|\binternational\b")),
)


def scopes_of(text: str, home: Mapping[str, Sequence[str]] | None = None) -> set[str]:
    """Where a text's claims hold: national, province, city, world. `home` names the places of
    each scope a source is set in ({"city": ["宁波", "Ningbo"], "national": ["中国", "China"]}): the
    city's and the province's names anywhere; the country's only as a scope (中国首个, in China,
    China's), not in a name (中国港口博物馆)."""
    folded = text.casefold()
    found = {name for name, pattern in _SCOPES if pattern.search(folded)}
    for scope, names in (home or {}).items():
        if scope in found:
            continue
        for name in (name.casefold() for name in names if len(name) > 1):
            if scope != "national" and name in folded:
                found.add(scope)
            elif scope == "national" and _as_country(name).search(folded):
                found.add(scope)
    return found


@cache
def _as_country(name: str) -> re.Pattern[str]:
    """A country's name where it says the scope: 中国首个, in China, China's."""
    if name.isascii():
        return re.compile(rf"\b(?:in|across|throughout|all of) {re.escape(name)}\b|\b{re.escape(name)}'s\b")
    return re.compile(rf"{re.escape(name)}(?=[首第唯最])")


# Words every member of a marker holds: a text without any skips compiling its pattern.
_MARKER_HINTS = {name: hints for name, _, hints in lexicon.markers() if hints}


def _hinted(name: str, text: str) -> bool:
    hints = _MARKER_HINTS.get(name)
    return hints is None or any(hint in text for hint in hints)


# The denials of a membership (不包括, 不属于): of what an only leaves out, when the claim has one.
_EXCLUDING = ("不包", "不属")


def read_markers(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    found: set[str] = set()
    spans: list[tuple[int, int]] = []
    # 最多30万元, not more than 17: a quantifier's words before a figure are no marker (most, not).
    quantified = quantifier_spans(text)
    denials: list[str] = []
    for name, pattern in _MARKERS:
        if not _hinted(name, text):
            continue
        for match in pattern.finditer(text):
            if any(lo <= match.start() and match.end() <= hi for lo, hi in quantified):
                continue
            found.add(name)
            spans.append(match.span())
            denials += [match.group()] if name == "negated" else []
    # 只涉及住房,不包括创业: what an only leaves out, said again, is the only's, no denial of the claim.
    if "only" in found and denials and all(word.startswith(_EXCLUDING) for word in denials):
        found.discard("negated")
    found |= {f"{ORDINAL}{number}" for number, _, _ in _series(text)}
    return found, spans


# A member of a numbered series past the ranks (the 19th congress, 第十九届): a marker its fact must
# state too, as first or second are. First to third are ranks of their own (the markers above); a
# day of a month (September 16th, the 16th of September) is a time.
ORDINAL = "ordinal:"
# 十九大 is the 19th Party congress where it is the congress's (党的十九大, 十九大代表), not 三大工程.
_SERIES = Lazy(
    r"第([一二三四五六七八九十百\d]+)[届次个]|\b(\d+)(?:st|nd|rd|th)\b(?! of )(?!,? \d{4})"
    r"|(?<=党的)([一二三四五六七八九十]+)大|([一二三四五六七八九十]+)大(?=代表|精神|报告|以来|召开)"
)
_MONTH_BEFORE = Lazy(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? $")


def _series(text: str) -> list[tuple[int, int, int]]:
    """The series numbers a text states past the ranks, each with where it is written."""
    if "第" not in text and "大" not in text and not any(end in text for end in ("st", "nd", "rd", "th")):
        return []
    folded = text.casefold()
    found: list[tuple[int, int, int]] = []
    for match in _SERIES.finditer(folded):
        if _MONTH_BEFORE.search(folded[max(0, match.start() - 10) : match.start()]):
            continue
        number = numeral(next(group for group in match.groups() if group))
        if number > 3:
            found.append((number, *match.span()))
    return found


def marker_words(text: str) -> dict[str, str]:
    """Each marker a text states, with the words that state it (first: 首个, only: 唯一)."""
    return dict(_marker_words(text))


@lru_cache(maxsize=4096)
def _marker_words(text: str) -> dict[str, str]:
    """marker_words, kept for the next claim as _markers_of is (a copy is handed out)."""
    folded = text.casefold()
    words: dict[str, str] = {}
    for name, pattern in _MARKERS:
        if not _hinted(name, folded):
            continue
        found = pattern.search(folded)
        if found is not None:
            words[name] = text[found.start() : found.end()]
    for number, start, end in _series(text):
        words.setdefault(f"{ORDINAL}{number}", text[start:end])
    return words


def marker_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where a text (casefolded) states one marker (only: 唯一, 只给)."""
    patterns = [pattern for marker, pattern in _MARKERS if marker == name]
    return [match.span() for pattern in patterns for match in pattern.finditer(text)]


def markers_of(text: str) -> set[str]:
    """The markers a text states: negated, only, one-of, first, second, third."""
    return set(_markers_of(text))


@lru_cache(maxsize=4096)
def _markers_of(text: str) -> frozenset[str]:
    """markers_of, kept for the next claim: `check -` reads the same facts' words line after line
    (bounded, so memory stays flat over any number of lines)."""
    return frozenset(read_markers(text.casefold())[0])
