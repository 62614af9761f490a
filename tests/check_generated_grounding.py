"""Generated claims that pin what grounds a claim's frame words (docs/check.md, "A content word is
grounded"), drawn from every fact, none chosen by hand:

- the fact's own claim with its verb said by a light or frame word of the lexicon (accounts for a
  share, serves as for is, aims to for plans to, 定位为 for 是, 旨在 for 计划, 覆盖 for 涉及, 用三年
  时间 for 通过三年努力): supported, as the frame word adds nothing a fact must hold;
- every fact's own claim with one of those frame words carrying a content word the article never
  states (accounts for the city's subway network, 旨在服务一座国际机场): not-enough-info, as a
  frame word never excuses what it carries;
- the English frames of the vocabulary's classes (wants to for plans to, is meant to for aims to,
  has become for has been transformed into, a caption that reads, among others for and others,
  600 units of flats for 600 flats) around a fact's own claim and around its perturbations
  (english_framed): the verdict without the frame, supported, refuted or not-enough-info;
- every fact's own English claim with each of those frames carrying a content word the article
  never states (wants to host the Olympic Games, has teamed up with a football club): never
  supported (not-enough-info, or refuted where a long claim's figures read otherwise);
- a record of matches all won, its loss denied (did not lose a single one): supported; its win
  denied: never supported; a loss claimed: refuted;
- a verb of every fact said done again by its prefix (approved: reapproved): never supported
  where the article does not say again; the fact's verb with its "once again" said by the prefix
  (to build up … once again: to rebuild …): supported.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from check_generated_frames import FRAMED_FAMILIES
from check_generated_relations import IN_ORDER

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

# Not supported: not-enough-info, or refuted where another slot decides against the claim.
NOT_SUPPORTED = "not-supported"

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# The fact's word, and the frame word said for it, in each language; the first that fits a
# fact's claim is used. A copula only where the fact has no figure (is 5 is no "serves as 5").
_FRAME_WORDS = (
    (
        "en",
        re.compile(
            r"\b(?:makes up|is|are|was)(?= (?:about |around |nearly |over )?[\d.]+(?: ?%| percent)\b)"
        ),  # noqa: E501
        "accounts for",
    ),
    (
        "en",
        re.compile(
            r"\b(?:produces|creates|makes up)\b(?=[^.]*\b(?:percent|sixth|share|quarter|third|half)\b)"
        ),
        "accounts for",
    ),
    ("en", re.compile(r"\b(?:plans|planned|intends|intended) to\b"), "aims to"),
    (
        "en",
        re.compile(
            r"\bis (?=(?:an?|the) (?:[a-z-]+,? ){0,4}"
            r"(?:base|hub|centre|center|city|zone|platform|model|window|gateway|pioneer|vanguard|junction)\b)"
        ),
        "serves as ",
    ),
    (
        "en",
        re.compile(r"\b(is|are) (?=(?:an?|the) (?!only\b|first\b|largest\b|biggest\b)[a-z])"),
        r"\1 positioned as ",
    ),
    ("zh", re.compile(r"(?<=[\u4e00-\u9fff”])计划(?=[今明到在用通于让使推建打实新])"), "旨在"),
    ("zh", re.compile(r"涉及"), "覆盖"),
    ("zh", re.compile(r"通过(三|两|五|[\d]+)年努力"), r"用\1年时间"),
    (
        "zh",
        re.compile(
            r"(?<=[\u4e00-\u9fff”])是(?=[^0-9，,。]{2,}"
            r"(?:基地|中心|城市|窗口|门户|枢纽|平台|区域|先行者|排头兵|主力军|典范|示范区|交汇点))"
        ),
        "定位为",
    ),
)
# A content word the article never states, carried by a frame word of the lexicon: every fact's
# claim gets one, chosen by its id.
_CARRIED = {
    "zh": (
        "{}，还覆盖全市的地铁网络",
        "{}，旨在服务一座国际机场",
        "{}，用三年时间办起一所大学",
        "{}，定位为足球训练中心",
    ),
    "en": (
        "{}, and it accounts for the city's subway network",
        "{}, and it aims to build an international airport",
        "{}, and it serves as a university campus",
        "{}, and it is positioned as a football training centre",
    ),
}


def grounding_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict) of one fact's claim said with a frame word for its verb,
    and with a frame word carrying a content word the article never states."""
    claim = record["claim"]
    for lang in ("zh", "en"):
        text = claim[lang]
        for said_in, pattern, frame in _FRAME_WORDS:
            if said_in != lang or not pattern.search(text):
                continue
            if "positioned" in frame and record["quantity"] is not None:
                continue
            yield "frame-word", lang, pattern.sub(frame, text, count=1), SUPPORTED
            break
        forms = _CARRIED[lang]
        form = forms[sum(map(ord, record["id"])) % len(forms)]
        yield "frame-word-content", lang, form.format(text.rstrip("。.")), NOT_ENOUGH_INFO


# English frames of the vocabulary's classes, each for the fact's own words it says again: the
# first that fits a claim is used.
_ENGLISH_FRAMES = (
    (re.compile(r"\b(?:plans|intends) to\b"), "wants to"),
    (re.compile(r"\baims to\b"), "is meant to"),
    (re.compile(r"\b(has|have|had) been (?:transformed|turned) into\b"), r"\1 become"),
    (re.compile(r"^Photo caption: (?:the )?"), "One of the article's photo captions reads: "),
    (re.compile(r"\band others\b"), "among others"),
    (
        re.compile(r"\b(\d[\d,]*) ((?:[a-z-]+ ){0,2}(?:apartments|flats|companies|enterprises|projects))\b"),
        r"\1 units of \2",
    ),
)
# Frames of the vocabulary's classes carrying a content word the article never states.
_CARRIED_BY_ENGLISH_FRAMES = (
    "{}, and it wants to host the Olympic Games",
    "{}, and it is meant to build an international airport",
    "{}, and it has become a university campus",
    "{}, and it has teamed up with a football club",
    "{}, and it is part of the city's subway network",
    "{}, and it is associated with a railway company",
)


def english_framed(family: str, lang: str, claim: str, verdict: str) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a generated English claim with the words of a frame of the
    vocabulary said for the fact's own, its verdict unchanged."""
    if lang != "en" or family not in FRAMED_FAMILIES:
        return
    for pattern, frame in _ENGLISH_FRAMES:
        if pattern.search(claim):
            said = pattern.sub(frame, claim, count=1)
            yield f"english-frame-{family}", lang, said, verdict
            counted = _COUNTED_UNITS.search(said)
            if family == "own" and counted is not None:
                moved = f"{3 * int(counted.group(1).replace(',', '')):,}"
                wrong = said[: counted.start(1)] + moved + said[counted.end(1) :]
                yield "english-frame-moved", lang, wrong, REFUTED
            return


# A count said in units (21 units of expansion projects): its number, to move beyond its precision.
_COUNTED_UNITS = re.compile(r"\b(\d[\d,]*) units of\b")


# The words that say a deed is done again, and a verb of the fact's done (approved, named).
_AGAIN = re.compile(r"\bagain\b|\banew\b|再度|再次|重新")
_DONE = re.compile(r"(?<![\w-])(?!re)([a-z]{4,}ed)(?![\w-])")
_ONCE_AGAIN = re.compile(r"\bto (?!re)([a-z]{4,})(?: up)? ([^,.;]{1,80}?) once again\b")


def english_frame_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict) of one fact's English claim with the frames' words carrying
    what the article never states, and with its verbs said done again."""
    text = record["claim"]["en"].rstrip(".")
    for form in _CARRIED_BY_ENGLISH_FRAMES:
        # Never supported: a long claim's figures may read otherwise with a clause after them.
        yield "english-frame-content", "en", form.format(text), NOT_SUPPORTED
    said = f"{record['claim']['en']} {record['claim']['zh']} {record['quote']}"
    if _AGAIN.search(said) is None:
        done = _DONE.search(text)
        # A verb whose prefixed form is a word of the lexicon's groups (renamed, resolved) is that word.
        if done is not None and not _lexicon_word(f"re{done.group(1)}"):
            again = f"{text[: done.start()]}re{done.group(1)}{text[done.end() :]}"
            yield "done-again-unstated", "en", again, NOT_SUPPORTED
    else:
        once = _ONCE_AGAIN.search(text)
        if once is not None:
            rebuilt = f"{text[: once.start()]}to re{once.group(1)} {once.group(2)}{text[once.end() :]}"
            yield "done-again", "en", rebuilt, SUPPORTED
    yield from _antonym_cases(text)


def _lexicon_word(word: str) -> bool:
    from beilun_cli.verify.paraphrase import paraphrases, word_terms

    return any(term in paraphrases().reworded for term in word_terms(word))


# A record of matches all won (won all three of its matches), its loss denied, its win denied,
# and a loss claimed: the antonym of a marker denied is the marker (markers.toml, won-all).
_WON_ALL = re.compile(r"\bwon all (?:\w+ of )?(its|their) (matches|games)\b")


def _antonym_cases(text: str) -> Iterator[tuple[str, str, str, str]]:
    won = _WON_ALL.search(text)
    if won is None:
        return
    before, after, theirs = text[: won.start()], text[won.end() :], f"{won.group(1)} {won.group(2)}"
    yield "loss-denied", "en", f"{before}did not lose a single one of {theirs}{after}", SUPPORTED
    yield "loss-denied", "en", f"{before}never lost any of {theirs}{after}", SUPPORTED
    yield "win-denied", "en", f"{before}did not win a single one of {theirs}{after}", NOT_SUPPORTED
    yield "loss-claimed", "en", f"{before}lost one of {theirs}{after}", REFUTED


def change_cases(record: FactRecord) -> Iterator[tuple[str, str, str, str]]:
    """(family, lang, claim, verdict): a change a fact states (滨海新区更名为北仑区, renaming A as B),
    said with a verb of change of the vocabulary (became, 变成) the way it went (not refuted: the
    claim's other words may be the fact's context) and the other way round (refuted)."""
    from beilun_cli.verify.order import change_stages

    for lang, text in (("zh", record["claim"]["zh"]), ("en", record["claim"]["en"])):
        stages = change_stages(text)
        if len(stages) != 2:
            continue
        was, became = (stage.rstrip("。.") for stage in stages)
        said = "{}变成了{}。" if lang == "zh" else "{} became {}."
        yield "change-kept", lang, said.format(was, became), IN_ORDER
        yield "change-reversed", lang, said.format(became, was), REFUTED
