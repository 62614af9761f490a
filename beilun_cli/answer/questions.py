"""What a question asks: the kind of answer its question words ask for (a quantity, a time, who,
where, else the claim), the unit a question of quantity asks in, whether it asks for a total so
far or what was new, the figures it states, and its language. Pure functions over the text."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from beilun_cli.read.lazy_regex import Lazy

if TYPE_CHECKING:
    from beilun_cli.read.claims import ClaimedTime

KINDS = ("quantity", "time", "who", "where", "list", "claim")
ANSWER_LANGS = ("zh", "en")
# What each kind asks for, in the reason a question gets no answer (English, Chinese).
ASKED_FOR = {
    "quantity": ("how much or how many", "多少"),
    "time": ("when", "什么时候"),
    "who": ("who", "是谁"),
    "where": ("where", "在哪里"),
}
# The entity kinds (records.ENTITY_KINDS) that answer "who" and "where".
WHO = ("person", "organisation", "company")
WHERE = ("place",)

# Question words and what they ask for. A question asks for the kind of its first question
# word; at one position, the earlier kind in this table wins (几月 is a time, not 几, a number).
_QUESTION_WORDS: tuple[tuple[str, str], ...] = (
    (
        "time",
        r"什么时候|什么时间|啥时候|何时|哪一?年|哪个月|几月|几号|哪一?天"
        r"|\bwhen\b|\b(?:what|which) (?:year|date|month|day)\b",
    ),
    (
        "who",
        r"谁|哪一?家|哪一?位|哪(?:个|些)(?:公司|企业|单位|机构|人|团队)|什么(?:公司|企业|单位|机构|人)"
        r"|\bwho(?:m|se)?\b|\b(?:which|what) (?:company|companies|firm|firms|organi[sz]ations?|"
        r"persons?|people|enterprises?|team|teams|group)\b",
    ),
    (
        "where",
        r"哪里|哪儿|在哪(?:个|些)?|什么地方|何处|哪个地方"
        r"|\bwhere\b|\bwhich (?:place|town|city|area|district)\b",
    ),
    # Which ones: the things the article enumerates (哪些荣誉, which awards, 哪几种能力).
    (
        "list",
        r"有?哪些|哪几[个种项家条位样类]?|有哪|\bwhich\b|\bwhat (?:are|were) the\b|\bname (?:some|the)\b",
    ),
    (
        "quantity",
        r"多少|几|多大|多高|多长|多远|多久|多重|多宽|多深|占比|比重"
        r"|\bhow (?:much|many|big|large|long|tall|high|far|wide|deep|old|fast)\b|\badds? up to\b"
        r"|\bwhat (?:share|percentage|proportion|fraction|percent|portion|ratio)\b",
    ),
)
# The traditional forms of the characters of these words, read as the simplified ones (search
# converts a whole traditional question; this keeps 幾個 and 誰 question words without OpenCC).
SIMPLIFIED = str.maketrans(
    "幾誰裡麼時長遠佔號個間處兒團隊機構業單嗎為樣問價", "几谁里么时长远占号个间处儿团队机构业单吗为样问价"
)
# Words that only make a Chinese sentence a question: left out of what is searched, with the
# question words, so that they neither rank facts nor count against the answer's confidence.
_PARTICLES = (
    # What is it like, 是什么样子: a description, the claim.
    r"什么样子|啥样子|什么样|样子|\blook(?:s|ed)? like\b"
    r"|有没有|是不是|能不能|了没|请问|一下|什么|怎么样|怎么|怎样|如何|为什么|哪些|哪个|啥"
    r"|的|了|吗|呢|吧|啊|呀|么|是|有"
)


@cache
def question_words() -> re.Pattern[str]:
    """The question words, each kind a named group in the table's order, then the particles:
    one pattern (compiling is most of what a one-shot call spends on them)."""
    kinds = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _QUESTION_WORDS)
    return re.compile(f"{kinds}|{_PARTICLES}")


def question_kind(question: str) -> str:
    """quantity, time, who, where or claim: what the question's first question word asks for."""
    for match in question_words().finditer(folded(question)):
        if match.lastgroup is not None:
            return match.lastgroup
    return "claim"


def question_lang(question: str) -> str:
    """zh when the question holds a Chinese character, else en."""
    return (
        "zh"
        if any("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in question)
        else "en"
    )


def search_text(question: str) -> str:
    """The question without its question words and particles: what is searched."""
    return question_words().sub(" ", folded(question))


def folded(question: str) -> str:
    return question.casefold().translate(SIMPLIFIED)


# Words that ask for a total so far, or for what was new (of a year, a month), and the words of
# a fact's claim that say it gives one: 累计8家 (8 in all) and 新增2家 (2 new) are siblings.
_TALLIES_ASKED = (
    (
        "total",
        Lazy(
            r"累计|一共|总共|共有|合计|总计|加起来|现在|目前|至今|如今|\bin all\b|\bin total\b"
            r"|\baltogether\b|\bso far\b|\bto date\b|\bcumulative\b|\badd(?:s|ed)? up\b|\bnow\b|\btotal\b"
        ),
    ),
    ("new", Lazy(r"新增|又多|多了|增加了|新添|\bnew\b|\bnewly\b|\badded\b|\bgain(?:s|ed)?\b")),
)


def tally_asked(question: str) -> str | None:
    """total or new, when the question asks for a total so far or for what was new; else None."""
    text = folded(question)
    return next((name for name, pattern in _TALLIES_ASKED if pattern.search(text)), None)


def stated_figures(question: str, times: list[ClaimedTime], lang: str) -> list[float]:
    """The amounts of the figures a question states, its times aside (180, 1146.46亿)."""
    from beilun_cli.read.numerals import chinese_numbers, english_numbers

    numbers = chinese_numbers(question) if lang == "zh" else english_numbers(question)
    return [number.amount for number in numbers if not any(number.text in time.written for time in times)]


# people, 多远): the unit classes of claims.FACT_UNIT_CLASSES. Among hits close to the best, one
# whose figure is of that class answers first (蒲公英宣讲团一年讲多少场: the talks, not the audience).
_ASKED_UNITS: tuple[tuple[str, str], ...] = (
    ("yuan", r"多少钱|多少亿|多少万元|多少元|\bhow much (?:money|did \w+(?: \w+)? (?:invest|spend|cost))"),
    (
        "people",
        r"多少人|几个?人|多少名|多少位|多少游客|多少志愿者"
        r"|\bhow many (?:people|persons|visitors|tourists|volunteers|residents|members|listeners)\b",
    ),
    (
        "years",
        r"几年|多少年|多久|多长时间|\bhow many years\b|\bhow long (?:has|have|had|did|ago)\b",
    ),
    ("age", r"几岁|多少岁|多大年纪|多大岁数|\bhow old\b|\bwhat age\b"),
    ("m", r"多远|多长(?!时间)|多少公里|多少米|\bhow far\b|\bhow many (?:kilomet|km|met)"),
    ("m2", r"多大面积|面积多大|多少平方|多少亩|\bhow many square\b|\bhow much (?:land|space|area|floor)\b"),
    (
        "percent",
        r"百分之几|几成|占比|比重|多少比例|百分比|占(?!地)[\u4e00-\u9fff]{0,6}?(?:多少|几|多大)"
        r"|\bwhat (?:share|percentage|proportion|fraction|percent|portion)\b|\bhow much of\b",
    ),
    (
        "count",
        r"几家|多少家|几个(?!人)|多少个(?!人)|多少场|几场|多少项|几项|多少座|几座|多少套|几套|多少所|多少条|几条",
    ),
    ("number", r"\bhow many\b"),
)


# Words that ask for a figure per something: per talk, per person, per mu, a year.
RATE = Lazy(r"每|平均|年均|一年|\beach\b|\bper\b|\bevery\b|\ba year\b|\bannual(?:ly)?\b|\ba head\b")

# The unit classes in words, for the reason a question of quantity gets no answer.
UNIT_WORDS = {
    "yuan": "sum of money",
    "people": "number of people",
    "years": "number of years",
    "age": "age",
    "m": "length",
    "m2": "area",
    "percent": "share",
    "count": "count",
    "number": "number",
}


@cache
def _unit_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{unit}>{pattern})" for unit, pattern in _ASKED_UNITS))


def asked_unit(question: str) -> str | None:
    """The unit class a question of quantity asks in (yuan, people, years, m, m2, percent,
    count), by its first words that say; None when none do."""
    found = _unit_pattern().search(folded(question))
    return found.lastgroup if found else None
