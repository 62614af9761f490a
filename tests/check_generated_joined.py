"""Generated claims of two figures told in one sentence of the article, none chosen by hand:
for each pair of facts whose quotes stand in one sentence (up to 。 or ；) and whose Chinese
claims each write their figure once, the two claims joined into one (“爱心食堂”已遍布92家，实现80岁
以上老人全覆盖): supported, as each figure is its own fact's; with the second figure moved well
beyond its precision: refuted.

check_generated.cases yields these with the rest; `python tests/check_generated.py` counts them
by family ("joined-figures").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord


_SENTENCE_END = re.compile(r"[。；;\n]")
_NUMBER = re.compile(r"(?<![\d./])(\d+(?:\.\d+)?)(?![\d./年月日号])")


def _figure(record: FactRecord) -> str | None:
    """The one number a fact's Chinese claim writes, when it writes only one and it is its figure's."""
    quantity = record["quantity"]
    if quantity is None:
        return None
    numbers = _NUMBER.findall(record["claim"]["zh"])
    written = _NUMBER.findall(quantity["written"])
    if len(numbers) != 1 or written != numbers:
        return None
    return numbers[0]


def joined_cases(records: Sequence[FactRecord], article: str) -> Iterator[tuple[str, str, str, str]]:
    """(id, family, claim, verdict) for each pair of facts with a figure told in one sentence."""
    sentences = [sentence for sentence in _SENTENCE_END.split(article) if sentence.strip()]
    figured = [(record, number) for record in records if (number := _figure(record)) is not None]
    for first, number_a in figured:
        for second, number_b in figured:
            quote_a, quote_b = first["quote"], second["quote"]
            if first["id"] >= second["id"] or quote_a in quote_b or quote_b in quote_a:
                continue
            if first["measure"] == second["measure"] or number_a == number_b:
                continue
            if not any(quote_a in sentence and quote_b in sentence for sentence in sentences):
                continue
            # In the article's order: the first told first.
            (lead, _), (then, number) = sorted(
                [(first, number_a), (second, number_b)], key=lambda pair: article.find(pair[0]["quote"])
            )
            ident = f"{lead['id']}+{then['id']}"
            head = lead["claim"]["zh"].rstrip("。")
            tail = then["claim"]["zh"]
            yield ident, "joined-figures", f"{head}，{tail}", SUPPORTED
            # A bound moved is no contradiction (all over 105 are among all over 80), as in the
            # number-moved family of one fact: only a figure of one value is moved.
            if then["quantity"] is not None and then["quantity"]["qualifier"] in ("exact", "about", "nearly"):
                yield ident, "joined-figures", f"{head}，{tail.replace(number, _moved(number), 1)}", REFUTED


def _moved(number: str) -> str:
    """A number moved well beyond its precision, written at the same precision."""
    decimals = len(number.partition(".")[2])
    moved = float(number) * 1.3 + (10**-decimals if decimals else 1)
    return f"{moved:.{decimals}f}"
