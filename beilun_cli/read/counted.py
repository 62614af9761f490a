"""What a count counts: the kind of the noun a figure is of (21个增资扩产项目: projects; 5,000
elderly diners: the elderly; 党员约5万名: Party members), from the lexicon's units.toml [counted].

A figure's noun is its head: in English the last counted noun of the words right after it (507
registered volunteer teams: teams), in Chinese the counted noun right after it (after a classifier
that fits any noun, 个, the last of its phrase: 21个工业企业增资扩产项目, projects), or the one that
stands right before it (区内外游客近10万人次: visits, 受众超8万人次: listeners), else its unit
(人次: visits). Two figures of one dimension with nouns of
two kinds are figures of two measures.
"""

from __future__ import annotations

import re

from beilun_cli import lexicon
from beilun_cli.read.lazy_regex import Lazy

# Chinese characters read after a figure, and before it, for its noun.
_ZH_AFTER = 12
_ZH_BEFORE = 6
# English words read after a figure for its noun phrase (507 registered volunteer teams).
_EN_WORDS = 4
# Words that end an English noun phrase: what follows them is no longer the figure's noun.
_EN_STOP = frozenset(
    "a an the of in at on for to with and or by from that which who whose is are was were be been "
    "has have had will would can could must should each per every this these those its their".split()
)
_BRACKETED = Lazy(r"\([^()]*\)")
_EN_WORD = Lazy(r"[a-z][a-z'’-]*|[^\sa-z]")
_BEFORE_FIGURE = Lazy(r"(?:预计|可|将|能|已|就)*(?:共有|拥有|共计|合计|总计|达到|有|共|计|达|为|是)?$")
# A noun after 的 is what has the figure (六十六亿元的重大项目: projects that cost it), not what it counts.
_ZH_STOP = Lazy(r"[，。,;；、：:！!？?（）()《》\s的]")
# What may stand between a modifier noun and the head after it (工业企业增资扩产项目): a few
# characters, none a numeral (八家, 多家, 数个: another count).
_ZH_MODIFIER_GAP = 4
_ZH_NUMERAL = Lazy(r"[\d一二两三四五六七八九十百千万几多数]")
# Quotation marks around a name are no break of its phrase (三座省级治水“大禹鼎”, 'Dayu Cauldron' trophies).
_QUOTES = Lazy("[\"“”‘’']")


def _zh_nouns() -> list[tuple[str, str]]:
    """(noun, kind) of the Chinese nouns, longest first (大禹鼎 before any shorter noun inside)."""
    pairs = [(noun, kind) for kind, zh, _ in lexicon.counted_kinds() for noun in zh]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def _en_nouns() -> dict[str, str]:
    return {noun: kind for kind, _, en in lexicon.counted_kinds() for noun in en}


def _money_surfaces() -> tuple[str, ...]:
    """The Chinese surfaces of the units of money (元, 美元, 块钱...)."""
    return tuple(s for unit in lexicon.units() if unit.dimension in ("yuan", "usd") for s in unit.zh)


def kind_of_noun(noun: str) -> str | None:
    """The kind a noun (an English word or a fact's amount_unit: canteens) is of, or None."""
    return _en_nouns().get(noun.casefold()) or next((kind for zh, kind in _zh_nouns() if zh == noun), None)


def counted_kind(text: str, span: tuple[int, int]) -> str | None:
    """The kind of what the figure at `span` of `text` (a reading form: casefolded) counts, or
    None when no counted noun stands by it."""
    start, end = span
    after = _QUOTES.sub("", text[end:])
    if re.search(r"[a-z]", text[start:end]) or re.match(r"\s*[a-z]", after):
        return _english_kind(text[start:end], after)
    return _chinese_kind(text[start:end], after, text[:start])


def _english_kind(figure: str, after: str) -> str | None:
    nouns = _en_nouns()
    # The figure's own unit word may be its noun (170,000 volunteers).
    words = [word for word in _EN_WORD.findall(figure) if word.isalpha()][-1:]
    kinds = [nouns[word] for word in [*words, *_phrase_after(after)] if word in nouns]
    return kinds[-1] if kinds else None


def _phrase_after(after: str) -> list[str]:
    """The English words right after a figure, to the first that ends its noun phrase."""
    words: list[str] = []
    # A gloss in brackets is no word of the phrase: 20 red (revolutionary-heritage) education bases.
    for word in _EN_WORD.findall(_BRACKETED.sub(" ", after))[:_EN_WORDS]:
        if not word[0].isalpha() or word in _EN_STOP:
            break
        words.append(word)
    return words


def english_phrase(text: str, span: tuple[int, int]) -> str:
    """The English noun phrase right after the figure at `span` of `text` (a reading form), known
    kind or not (10,000 spectators), or "" where none stands there (must be under 35)."""
    after = _QUOTES.sub("", text[span[1] :])
    return " ".join(_phrase_after(after)) if re.match(r"\s*[a-z]", after) else ""


def _chinese_kind(figure: str, after: str, before: str) -> str | None:
    nouns = _zh_nouns()
    stop = _ZH_STOP.search(after[:_ZH_AFTER])
    window = after[: stop.start()] if stop else after[:_ZH_AFTER]
    # A sum of money is of the noun right after it (100亿元产值), not of one further on
    # (4亿美元建设智能制造基地: what the money builds).
    money = figure.endswith(_money_surfaces())
    found = _first_noun(window, nouns, anchored=money)
    if found is not None:
        # A compound's head is its last noun: 志愿者队伍 counts teams. After a classifier that fits
        # any noun (个), nouns further on in the phrase are its head too: the first is a modifier
        # (21个工业企业增资扩产项目: projects, not companies).
        at, kind, _ = found
        general = figure.endswith(lexicon.counters("zh", "general"))
        while (following := _first_noun(window[at:], nouns, anchored=not general)) is not None:
            gap = window[at : at + following[0]][: -following[2]]
            # A modifier is bound to its head by a few characters (增资扩产), never by a count of
            # its own (项目来自八家企业: the companies are another count).
            if len(gap) > _ZH_MODIFIER_GAP or _ZH_NUMERAL.search(gap):
                break
            at, kind = at + following[0], following[1]
        return kind
    # Before it, the noun it states the number of: right before the figure, or before a verb of
    # having (党员约5万名, 志愿者队伍507支, 员工有近10万人); a noun further off is another's.
    window = _BEFORE_FIGURE.sub("", before[-_ZH_BEFORE:])
    ends = [kind for noun, kind in nouns if window.endswith(noun)]
    if ends:
        return ends[0]
    own = _first_noun(figure, nouns)  # 10万人次: the unit is the noun
    return own[1] if own is not None else None


def _first_noun(
    window: str, nouns: list[tuple[str, str]], anchored: bool = False
) -> tuple[int, str, int] | None:
    """The end of the first noun of `window` (at its start, when `anchored`), its kind and its
    length."""
    found = [
        (window.find(noun), -len(noun), kind)
        for noun, kind in nouns
        if (window.startswith(noun) if anchored else noun in window)
    ]
    if not found:
        return None
    at, length, kind = min(found)
    return at - length, kind, -length
