"""The words of the arithmetic a claim asks for (arithmetic.py decides it): which operation a
claim names (a multiple, an average, what is left, a span, a count before additions, a sum, a
share), the words of an operation no fact must hold, and a multiple's quantifier written in it or
after 倍 (300多倍, 5倍以上)."""

from __future__ import annotations

import re
from functools import cache

from beilun_cli import lexicon
from beilun_cli.read import quantities
from beilun_cli.read.lazy_regex import Lazy
from beilun_cli.read.quantities import ClaimedValue, Interval
from beilun_cli.verify.averages import PER_MEASURE
from beilun_cli.verify.comparisons import RATIO_TO_ONE, RATIO_TO_ONE_SAID
from beilun_cli.verify.remainders import REMAINDER_OPERATING, REMAINDER_WORDS
from beilun_cli.verify.spans import AGO, PUBLICATION, SO_FAR

SUM = "sum"
RATIO = "ratio"
SHARE = "share"
AVERAGE = "average"
SPAN = "span"
BEFORE = "before"  # the figure before some were added: a total less the new ones
REMAINDER = "remainder"  # what is left of a whole once a part is reached

# A multiple: "N times the, as, its..." or N倍; not how often (three times in a row, running).
MULTIPLE = (
    r"\btimes\s+(?:the|that|its|their|his|her|as|of|what|more|larger|greater|bigger|higher)\b"
    r"|\btimes\s+(?:[\w-]+\s+){0,3}[\w-]*'s\b|倍"  # N times Xuelong's
)

# The words that name each operation, tried in this order. A share is a percentage of a second
# figure ("60% of the 1,000", 占…的四成); a span a count of days, months or years after an event.
_OPERATIONS = (
    (
        RATIO,
        Lazy(
            MULTIPLE + r"|\b(?:double|twice|triple|treble|thrice)\b|翻[一两]?番|" + RATIO_TO_ONE_SAID,
            re.IGNORECASE,
        ),
    ),
    (
        AVERAGE,
        Lazy(r"\baverag(?:e|es|ed|ing)\b|平均|折合每|\bper project\b|每个项目|" + PER_MEASURE, re.IGNORECASE),
    ),
    (REMAINDER, Lazy(REMAINDER_WORDS, re.IGNORECASE)),
    (
        SPAN,
        Lazy(
            r"\b(?:days?|weeks?|months?|years?) (?:after|later|apart|on|before|earlier)\b"
            r"|[天年周]多?后|个多?月后|个?星期后|之后|相隔|间隔|相距|"
            + AGO
            + "|"
            + SO_FAR
            # 获批后不到一年就更名: the span's figure after the event's 后.
            + r"|后(?=\s*(?:不到|不足|约|近|仅|才|大约|将近|超过|刚|就)?\s*"
            r"[\d一二两三四五六七八九十半几]+\s*多?(?:天|周|个星期|个月|年))"
            r"|\b(?:days?|months?|years?)\b[^.]*\bbetween\b|\bbetween\b[^.]*\b(?:days?|months?|years?)\b"
            r"|已经?满|(?:使用|走过|经历|过去|用了)了?(?=[^，。,]*[年月天])|距今|距离?(?:本文|文章|该文|报道)?发表"
            # It took seven years to; has come through 30 years of: a length of time.
            r"|\b(?:took|takes|taken)\b[^.]*?\b(?:days?|weeks?|months?|years?)\b(?= to\b)"
            r"|\b(?:gone|come|been|went|came) through\b(?=[^.]*\b(?:days?|months?|years?)\b)"
            # 从建区到现在还不到二十年: from an event to now.
            r"|从[^，。,]{1,24}?到(?:现在|如今|今天|目前|本文发表时?)"
            # had been in use for 32 years, had held its title for, 32 years had passed since: a
            # span up to a time.
            r"|\b(?:days?|months?|years?) (?:had |have |has )?(?:passed|elapsed|gone by)\b"
            # Not a count of years in a row (rated excellent for three years running).
            r"|\b(?:has|have|had)\b[^.]*\bfor\b[^.]*\b(?:days?|months?|years?)\b"
            r"(?! running| in a row| straight| on end| consecutively)",
            re.IGNORECASE,
        ),
    ),
    (
        BEFORE,
        Lazy(
            r"\bbefore (?:the |its |these |those )?(?:[\w']+ ){0,3}(?:additions?|new ones|newcomers|added)\b"
            r"|新增[^，。,]{0,16}(?:之前|以前)"
            # Before the year the new ones were added to it (Before 2018, 2018年以前): the tally as
            # that year began, its total of the year less that year's new ones.
            r"|\b(?:before|prior to)\s+(?:(?:the )?(?:start|beginning) of\s+)?(?:19|20)\d\d\b"
            r"(?!\s*(?:years?|days?))"
            r"|(?<!\d)(?:19|20)\d\d\s*年\s*(?:以前|之前)",
            re.IGNORECASE,
        ),
    ),
    (
        SUM,
        Lazy(
            r"(?<!\d-)(?<!\d )\bplus\b|\bcombined\b|\btogether\b|\badd(?:s|ed)? up\b|\bsum\b"
            r"|合计|加起来|之和|总和|合起来|相加|加在一起",
            re.IGNORECASE,
        ),
    ),
    (
        SHARE,
        Lazy(
            r"(?:%|percent|per cent|\bhalf|\bthirds?|\bquarters?|\b(?:fif|six|seven|eigh|nin|ten)ths?)"
            r" of (?:the|its)\b"
            r"|\b(?:accounted|accounts?|accounting) for\b|\bma(?:de|kes?|king) up\b|占|相当于"
            # 超过了总面积的三分之一, 是计划的六成: a fraction or a percentage of a figure named before it.
            r"|的(?:百分之|[一二三四五六七八九十]+分之|[一二三四五六七八九]成|一半|\d+(?:\.\d+)?\s*%)",
            re.IGNORECASE,
        ),
    ),
)
# The words of an operation: no fact must hold them.
OPERATING = Lazy(
    "|".join(
        (
            PER_MEASURE,  # before 每 alone: per square metre is one word of the operation
            r"\b(?:times|plus|combined|together|add|adds|added|up|sum|total|average|averages|averaged|each|"
            r"double|twice|triple|treble|thrice|per|works?|worked|out|"
            r"days?|weeks?|months?|years?|after|later|earlier|ago|came|amounted|share|percent)\b|倍|平均|合计|"
            r"加起来|之和|总和|[天年后前周占各每]|之后|星期|个月|相当于|翻[一两]?番|中间|相加|加在一起|相隔|间隔|相距|已满|passed|between"
            r"|apart|elapsed|\banniversary\b",
            # The count of what the operands count, and the whole's total (占…总量的六成).
            r"数量|数目|个数|总量|总数|\bnumber\b|\bcount\b",
            r"折合|折算|算下来",  # what a total works out to per a unit
            RATIO_TO_ONE,
            PUBLICATION,
            r"历程|\bbefore\b|\badditions?\b|\bnewcomers?\b|\bnew ones\b|之前|以前",
            REMAINDER_OPERATING,
        )
    ),
    re.IGNORECASE,
)
# The whole a part is counted among (计划推出的青年公寓中, 第一批占六成), and the part's share of it.
AMONG = Lazy(r"[中里]\s*[,，]")
SHARE_OF = Lazy(r"占")
# A fact whose figure is itself a total of several.
SUMMED = Lazy(r"\b(?:combined|together|in all|in total)\b|合计|总投资|共计|累计", re.IGNORECASE)


OPERATIONS_BY_NAME = dict(_OPERATIONS)
# The units of a count (a bare number in English counts too: "31 companies together").
COUNTED = (None, quantities.COUNT, quantities.PEOPLE)


def operation(text: str) -> str | None:
    """The arithmetic a claim asks for, or None."""
    return next((name for name, pattern in _OPERATIONS if pattern.search(text)), None)


# 300多倍, 2倍多 (more than, short of the next), 5倍以上 (at least): a multiple's quantifier is
# written inside it or after 倍, where the reader of figures does not look.
@cache
def _multiple_after() -> dict[str, str]:
    """The quantifiers written after a figure (以上, 左右), the longest first."""
    words = {word: q.name for q in lexicon.quantifiers() for word in q.zh_after}
    return dict(sorted(words.items(), key=lambda item: -len(item[0])))


def multiple_bound(found: ClaimedValue, rest: str) -> ClaimedValue:
    """A multiple read exact, with the quantifier written in it or after its 倍, or before the
    whole it is a multiple of (接近其地域面积占比的三倍, 不到蓝色海湾长度的十倍)."""
    after = re.match(r"\s*倍", rest[found.span[1] :])
    if after is None:
        return found
    if not found.text.endswith("多"):
        before = quantities.share_value(rest, found)
        if before.qualifier != found.qualifier:
            return before
    following = rest[found.span[1] + after.end() :]
    if found.text.endswith("多") or following.startswith("多"):
        word, qualifier = ("" if found.text.endswith("多") else "多"), quantities.MORE_THAN
    else:
        word, qualifier = next(
            ((w, q) for w, q in _multiple_after().items() if following.startswith(w)), ("", "")
        )
        if not qualifier:
            return found
    text = found.text.removesuffix("多")
    return ClaimedValue(text, found.written, found.amount, None, qualifier, span=found.span)


def multiple_interval(said: ClaimedValue) -> Interval:
    """What a multiple said about or nearly allows: a whole number of times is rounded to the
    unit at least (接近三倍 is 2.5 to 3, not 2.85 to 3: the cap on a figure's spread is for
    figures whose last digits are placeholders, not for a count of times)."""
    shown = said.interval
    whole = said.written == int(said.written) and said.amount == said.written and not said.magnitude
    if not whole or said.qualifier not in (quantities.NEARLY, quantities.ABOUT):
        return shown
    low = min(shown.low, said.amount - 0.5)
    high = shown.high if said.qualifier == quantities.NEARLY else max(shown.high, said.amount + 0.5)
    return Interval(low, high, shown.low_open, shown.high_open)
