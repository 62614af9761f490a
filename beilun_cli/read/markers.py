"""The markers a statement states (first, only, one of, not, gold, world-leading...), which a
claim's fact must state too, and the scopes they hold in (national, province, city, world)."""

from __future__ import annotations

from beilun_cli.read.lazy_regex import Lazy

# Words that say first, only, one of, or deny: a claim's markers must agree with its fact's.
_MARKERS = (
    (
        "negated",
        Lazy(r"不是|并非|并不|没有|没能|未能|从未|从没|\bnot\b|n't\b|\bnever\b|\bno longer\b|\bfailed to\b"),
    ),
    ("only", Lazy(r"唯一|独一|仅有|只有|\bonly\b|\bsole\b|\bunique\b")),
    ("one-of", Lazy(r"之一|\bone of\b|\bamong\b")),
    (
        "first",
        Lazy(r"第一|首个|首家|首座|首次|首批|首届|首创|首位|\bfirst\b|\bnumber one\b|\bpioneer|\bearliest\b"),
    ),
    ("second", Lazy(r"第二|\bsecond\b|\bnumber two\b")),
    ("third", Lazy(r"第三|\bthird\b|\bnumber three\b")),
    ("largest", Lazy(r"最大|第一大|\blargest\b|\bbiggest\b|\bgreatest\b")),
    ("most", Lazy(r"最多|\bmost\b")),
    ("highest", Lazy(r"最高|\bhighest\b|\btop\b")),
    ("longest", Lazy(r"最长|\blongest\b")),
    ("earliest", Lazy(r"最早|\bearliest\b")),
    # A reason or a plan is a statement of its own: its fact must state one too.
    ("reason", Lazy(r"因为|由于|得益于|归功于|\bbecause\b|\bdue to\b|\bthanks to\b|\bowing to\b")),
    ("planned", Lazy(r"计划|\bplans? to\b|\bplanned\b|\bplanning to\b")),
    ("several", Lazy(r"多个|几个|数个|\bseveral\b|\bmany\b")),
    ("gold", Lazy(r"金鼎|金奖|金牌|金杯|\bgold(?:en)?\b")),
    ("silver", Lazy(r"银鼎|银奖|银牌|银杯|\bsilver\b")),
    ("bronze", Lazy(r"铜鼎|铜奖|铜牌|\bbronze\b")),
    # The level a product or a technique is said to reach: one level excludes the others.
    ("level:world-leading", Lazy(r"国际领先|世界领先|\b(?:world|internationally|globally)[- ]leading\b")),
    ("level:world-advanced", Lazy(r"国际先进|世界先进|\binternationally advanced\b")),
    ("level:national-leading", Lazy(r"国内领先|全国领先|\b(?:nationally|domestically)[- ]leading\b")),
    ("level:national-advanced", Lazy(r"国内先进|全国先进|\b(?:nationally|domestically) advanced\b")),
    ("level:ordinary", Lazy(r"一般水平|国内一般|\b(?:ordinary|average|mediocre) (?:level|standard)\b")),
    ("decade:1970s", Lazy(r"(?<!\d)70后|\b(?:19)?70s\b")),
    ("decade:1980s", Lazy(r"(?<!\d)80后|\b(?:19)?80s\b")),
    ("decade:1990s", Lazy(r"(?<!\d)90后|\b(?:19)?90s\b")),
    ("decade:2000s", Lazy(r"(?<!\d)00后|\b2000s\b")),
)
# Of these families a fact and a claim must not name different members: first is not second,
# a gold cauldron not a silver one, someone born in the 1980s not in the 1990s.
EXCLUSIVE_MARKERS = (
    ("first", "second", "third"),
    ("gold", "silver", "bronze"),
    ("decade:1970s", "decade:1980s", "decade:1990s", "decade:2000s"),
    (
        "level:world-leading",
        "level:world-advanced",
        "level:national-leading",
        "level:national-advanced",
        "level:ordinary",
    ),
)
# Where a first, an only or a most holds: a claim's scope must be its fact's.
_SCOPES = (
    (
        "national",
        Lazy(
            r"全国|我国|全中国|国内|中国(?=[首第唯最])"
            r"|\bnational(?:ly|wide)?\b|\bin china\b|\bchina's\b|\bthe country\b"
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
_MARKER_HINTS = {
    "level:world-leading": ("领先", "leading"),
    "level:world-advanced": ("先进", "advanced"),
    "level:national-leading": ("领先", "leading"),
    "level:national-advanced": ("先进", "advanced"),
    "level:ordinary": ("一般", "level", "standard"),
}


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
