"""Generated claims that pin what grounds a claim's frame words (docs/check.md, "A content word is
grounded"), drawn from every fact, none chosen by hand:

- the fact's own claim with its verb said by a light or frame word of the lexicon (accounts for a
  share, serves as for is, aims to for plans to, 定位为 for 是, 旨在 for 计划, 覆盖 for 涉及, 用三年
  时间 for 通过三年努力): supported, as the frame word adds nothing a fact must hold;
- every fact's own claim with one of those frame words carrying a content word the article never
  states (accounts for the city's subway network, 旨在服务一座国际机场): not-enough-info, as a
  frame word never excuses what it carries.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import NOT_ENOUGH_INFO, SUPPORTED

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
