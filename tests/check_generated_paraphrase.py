"""Generated claims that pin the paraphrase classes of the vocabulary (grounding.toml: a demonym,
the city of an article about a district, preparations under way, pressing ahead, a level
reached, a line of stages, a generic noun, a class of people by age, a verb of wanting), drawn
from every fact, none chosen by hand:

- the fact's own claim with its word said by a word of the class (the Chinese team for the China
  team, the city's for Ningbo's, pushed forward for pressed ahead, grown to 92 for spread to 92,
  moved from for progressed from, 92 sites for 92 locations, a teenage girl for a 17-year-old,
  Beilun wants to salute for Beilun …, to salute): supported;
- the same with a word the class does not ground (the Japanese team, the province's where the
  fact names no province, an age class the fact's age is outside of, a deed done said wanted):
  never supported;
- every fact's own claim with a word of each class carrying a content word the article never
  states (preparations are under way for a new airport): never supported (not-enough-info, or
  refuted where a long claim's figures read otherwise), as a class word never excuses what it
  carries;
- every caption's picture said to open the article (The article opens with a photo of…, 文章开头
  的图片是…): supported for the caption of the first paragraph only, never for another, and never
  said to end it;
- Beilun said in Chinese to want (北仑希望…) what the fact says it does a thing for (,以…献礼):
  supported; what the fact says it has done (北仑希望建成…): never supported.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from check_generated_synonyms import NOT_SUPPORTED

from beilun_cli import lexicon
from beilun_cli.verify.rules import SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# (family, the fact's English words, the class's words for them, the words no class grounds).
_SWAPS = (
    ("demonym", re.compile(r"\bthe China\b|\bChina's\b"), "the Chinese", "the Japanese"),
    ("the-city", re.compile(r"\bNingbo's\b"), "the city's", None),
    ("preparations", re.compile(r"\bis preparing to\b"), "has preparations under way to", None),
    ("pressing-ahead", re.compile(r"\bpressed ahead with\b"), "pushed forward", None),
    ("pressing-ahead", re.compile(r"\bpressing ahead\b"), "pushing forward", None),
    (
        "level-reached",
        re.compile(r"\b(?:spread to|reached)(?= (?:about |over |nearly |more than )?\d)"),
        "grown to",
        None,
    ),
    ("line-of-stages", re.compile(r"\bhas progressed from\b"), "moved from", None),
    ("generic-noun-en", re.compile(r"(?<=\d) locations\b"), " sites", None),
    ("generic-noun-en", re.compile(r"\band other work\b"), "and other tasks", None),
)
_FIGURES = re.compile(r"\d[\d.,]*")
# The province of an article about a district, where the fact names none: a scope no class grounds.
_PROVINCE = re.compile(r"浙江|省|zhejiang|province", re.IGNORECASE)
# A person's age in the fact's English claim, and the class adjectives said for it.
_AGE = re.compile(r"\ban? (\d{1,3})-year-old\b")
_AGE_ADJECTIVES = ("teenage", "underage", "octogenarian")
# A deed the fact says as its purpose (…, to salute the anniversary), said by Beilun.
_PURPOSE = re.compile(r"^Beilun\b[^.]*?, to ([a-z]{3,}\b[^,.;]*)")
# A deed the fact says done by Beilun, and the verb said of it as wanted.
_DONE = re.compile(r"^Beilun (?:has )?(built|completed|opened|launched|established|hosted)\b([^,.;]*)")
_BASE_FORMS = {
    "built": "build",
    "completed": "complete",
    "opened": "open",
    "launched": "launch",
    "established": "establish",
    "hosted": "host",
}
# A word of each class carrying a content word the article never states.
_CARRYING = {
    "en": (
        "{}, and preparations are under way for a new airport",
        "{}, and the city's subway line uses Chinese trains",
        "{}, and it pushed forward a plan for a football stadium",
        "{}, and a teenage swimmer won a gold medal there",
        "{}, and Beilun wants to host the Asian Games",
    ),
    "zh": ("{}，此外北仑希望承办亚运会", "{}，文章开头还提到一座国际机场"),
}
# The same with the words of the classes of where a thing stands, of citing and of a suffix.
_CARRYING["en"] += (
    "{}, and the article refers to it as the largest port in Asia",
    "{}, and Beilun is home to a new international airport",
    "{}, which helped Beilun host the Asian Games",
    "{}, on a market-based model",
    "{}, and the article opens with a photo of a football stadium",
)
# A caption's fact: its own English claim names it so, and what it shows follows.
_CAPTION = re.compile(r"^Photo caption: (.+?)\.?$")
# A purpose the fact's Chinese claim gives Beilun (北仑…,以更加优异的成绩献礼…), and a deed it says
# Beilun has done (北仑建成…).
_PURPOSE_ZH = re.compile(r"^北仑[^。]*?[,，]以([^,，。；;]+)")
_DONE_ZH = re.compile(r"^北仑(?:已经?)?(建成|开通|举办|打造了|建立了|完成)([^,，。；;]*)")


def paraphrase_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict) of one fact's claim said with the classes' words, with words
    no class grounds, and with a class word carrying a content word."""
    claim = record["claim"]
    english = claim["en"]
    said = f"{claim['zh']} {english} {record['quote']}"
    for family, pattern, grounded, ungrounded in _SWAPS:
        # A claim of several figures is matched figure by figure, each to the fact its own words
        # name: the city's share of land is found by Ningbo's name, not by the class's word.
        if pattern.search(english) and not (family == "the-city" and len(_FIGURES.findall(english)) > 1):
            yield family, "en", pattern.sub(grounded, english, count=1), SUPPORTED
            if ungrounded is not None:
                yield f"{family}-other", "en", pattern.sub(ungrounded, english, count=1), NOT_SUPPORTED
            if family == "the-city" and not _PROVINCE.search(said):
                yield "the-city-other", "en", pattern.sub("the province's", english, count=1), NOT_SUPPORTED
    yield from _age_cases(english)
    yield from _wanting_cases(english)
    yield from _position_cases(record)
    yield from _wanting_zh_cases(claim["zh"])
    text = {"zh": claim["zh"], "en": english}
    for lang, forms in _CARRYING.items():
        for form in forms:
            yield "class-with-content", lang, form.format(text[lang].rstrip("。.")), NOT_SUPPORTED


def _age_cases(english: str) -> Iterator[tuple[str, str, str, str]]:
    """A person's age said by each class adjective: supported within its years, else not."""
    match = _AGE.search(english)
    if match is None:
        return
    age = int(match.group(1))
    for adjective in _AGE_ADJECTIVES:
        low, high = next((low, high) for words, low, high in lexicon.age_classes() if adjective in words)
        article = "an" if adjective[0] in "aeiou" else "a"
        verdict = SUPPORTED if low <= age <= high else NOT_SUPPORTED
        family = "age-class" if verdict == SUPPORTED else "age-class-other"
        yield family, "en", _AGE.sub(f"{article} {adjective}", english, count=1), verdict


def _wanting_cases(english: str) -> Iterator[tuple[str, str, str, str]]:
    """Beilun said to want what the fact says it does a thing for (supported), or what the fact
    says it has done (never supported)."""
    purpose = _PURPOSE.search(english)
    if purpose is not None:
        yield "wanting", "en", f"Beilun wants to {purpose.group(1)}.", SUPPORTED
    done = _DONE.search(english)
    if done is not None:
        verb, rest = done.groups()
        yield "wanting-done", "en", f"Beilun wants to {_BASE_FORMS[verb]}{rest}.", NOT_SUPPORTED


def _position_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """A caption's picture said to open the article: supported only for the first paragraph's;
    said to end it: never supported for the first paragraph's, nor for any other of a long
    article's opening ones."""
    caption = _CAPTION.match(record["claim"]["en"])
    if caption is None:
        return
    shown, quote = caption.group(1), record["quote"].rstrip("。")
    first = record["source"]["paragraph"] == 1
    verdict = SUPPORTED if first else NOT_SUPPORTED
    family = "article-opening" if first else "article-opening-other"
    yield family, "en", f"The article opens with a photo of {shown}.", verdict
    yield family, "zh", f"文章开头的图片是{quote}。", verdict
    if record["source"]["paragraph"] <= 3:
        yield "article-closing-other", "en", f"The article ends with a photo of {shown}.", NOT_SUPPORTED


def _wanting_zh_cases(chinese: str) -> Iterator[tuple[str, str, str, str]]:
    """Beilun said to want (希望) what the fact's Chinese says it does a thing for (,以…): supported;
    what it says Beilun has done: never supported."""
    purpose = _PURPOSE_ZH.search(chinese)
    if purpose is not None:
        yield "wanting-zh", "zh", f"北仑希望以{purpose.group(1)}。", SUPPORTED
    done = _DONE_ZH.search(chinese)
    if done is not None:
        verb, rest = done.groups()
        yield "wanting-done-zh", "zh", f"北仑希望{verb.removesuffix('了')}{rest}。", NOT_SUPPORTED
