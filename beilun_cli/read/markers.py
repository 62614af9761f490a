"""The markers a statement states (first, only, one of, not, gold, world-leading...), which a
claim's fact must state too, and the scopes they hold in (national, province, city, world)."""

from __future__ import annotations

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

# Words that say first, only, one of, or deny (the lexicon's markers.toml): a claim's markers
# must agree with its fact's.
_MARKERS = tuple((name, Lazy(pattern)) for name, pattern, _ in lexicon.markers())
# Of these families a fact and a claim must not name different members: first is not second.
EXCLUSIVE_MARKERS = lexicon.marker_families()
# Where a first, an only or a most holds: a claim's scope must be its fact's.
_SCOPES = (
    (
        "national",
        Lazy(
            r"全国|我国|全中国|国内|中国(?=[首第唯最])"
            r"|\bnational(?:ly|wide)?\b|\b(?:in|across|throughout|all of) china\b|\bchina's\b|\bthe country\b"
        ),
    ),
    ("province", Lazy(r"全省|浙江|\bzhejiang\b|\bprovince\b|\bprovincial\b")),
    ("city", Lazy(r"全市|宁波|\bningbo\b|\bcity's\b")),
    ("world", Lazy(r"全球|世界|国际|\bworld\b|\bglobal\b|\binternational\b")),
)


def scopes_of(text: str) -> set[str]:
    """Where a text's claims hold: national, province, city, world."""
    folded = text.casefold()
    return {name for name, pattern in _SCOPES if pattern.search(folded)}


# Words every member of a marker holds: a text without any skips compiling its pattern.
_MARKER_HINTS = {name: hints for name, _, hints in lexicon.markers() if hints}


def _hinted(name: str, text: str) -> bool:
    hints = _MARKER_HINTS.get(name)
    return hints is None or any(hint in text for hint in hints)


def read_markers(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    found: set[str] = set()
    spans: list[tuple[int, int]] = []
    for name, pattern in _MARKERS:
        if not _hinted(name, text):
            continue
        for match in pattern.finditer(text):
            found.add(name)
            spans.append(match.span())
    return found, spans


def marker_words(text: str) -> dict[str, str]:
    """Each marker a text states, with the words that state it (first: 首个, only: 唯一)."""
    folded = text.casefold()
    words: dict[str, str] = {}
    for name, pattern in _MARKERS:
        if not _hinted(name, folded):
            continue
        found = pattern.search(folded)
        if found is not None:
            words[name] = text[found.start() : found.end()]
    return words


def markers_of(text: str) -> set[str]:
    """The markers a text states: negated, only, one-of, first, second, third."""
    return read_markers(text.casefold())[0]
