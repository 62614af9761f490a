"""A question of two things at once (北仑的蓝色海湾和弧形沙滩分别有多长? How long are the blue
bay and the arc beach respectively?) asks the same of each: it is read as two questions, one of
each thing, as check reads a claim joined by a conjunction part by part; each is answered on its
own, and the answer lists both."""

from __future__ import annotations

import re

from beilun_cli.read.lazy_regex import Lazy

# Two things joined by 和 (与, 及) before 分别 or 各: the words of the first run back to the start
# or a comma, the second's up to the distributive word.
_PAIR_ZH = Lazy(
    r"^(?P<before>.*?)(?P<first>[^，,。？?和与及]+?)(?:和|与|及)(?P<second>[^，,。？?和与及]+?)(?:分别|各自|各(?=[有是为达占多几]))"
)
# Two things joined by and before respectively or each (How long are X and Y respectively?).
_PAIR_EN = Lazy(r"\band\s+(?P<second>(?:[\w'’-]+\s+){0,5}?[\w'’-]+),?\s+(?:respectively|each)\b")


def split(question: str) -> tuple[str, str] | None:
    """The two questions a question of two things asks, one of each (the first, then the
    second); None when it asks of one thing."""
    found = _PAIR_ZH.search(question)
    if found is not None:
        rest = question[found.end() :]
        return (
            found.group("before") + found.group("first") + rest,
            found.group("before") + found.group("second") + rest,
        )
    found = _PAIR_EN.search(question.casefold())
    if found is None:
        return None
    second = question[found.start("second") : found.end("second")]
    before, after = question[: found.start()].rstrip(), question[found.end() :]
    # The first thing is the words before the and, back to a preposition or a verb (of, are).
    lead = _LEAD.search(before)
    if lead is None:
        return None
    return f"{before}{after}", f"{before[: lead.end()]} {second}{after}"


# The last preposition or verb before the first thing (…the lengths of, How long are).
_LEAD = Lazy(
    r".*\b(?:of|for|in|at|on|are|is|were|was|do|does|did|have|has)\b", flags=re.IGNORECASE | re.DOTALL
)
