"""Claims generated from every fact whose figure is an exact count (10项, 21个, 8 companies), for
tests/check_generated.py (docs/check.md, figure-exclusive): an only said of the figure itself is its
exactness (only nine, 仅9项: so many, no more), no rank of something else:

- the fact's own claim with "only" (仅) before a count one smaller than its own: refuted;
- with "only" before its own count: supported (the article's exact count is no more).

The counts are found here by the facts' quantities and the digits their claims write."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

# Units of things counted one by one (the facts' amount_unit), not of amounts (yuan, km).
_COUNTED = frozenset({"items", "companies", "projects", "times", "canteens", "teams", "bases", "people"})


def only_count_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every fact's exact count, said with an only."""
    for record in records:
        quantity = record["quantity"]
        if quantity is None or quantity["qualifier"] != "exact" or quantity["amount_unit"] not in _COUNTED:
            continue
        amount = quantity["amount"]
        if amount != int(amount) or not 2 <= amount <= 1000:
            continue
        count = int(amount)
        for lang, word in (("zh", "仅"), ("en", "only ")):
            text = record["claim"][lang]
            # The count as the claim writes it in digits, once, not inside a longer number or a date.
            found = list(re.finditer(rf"(?<![\d.,年月-]){count}(?![\d.,年月日%-])", text))
            if len(found) != 1:
                continue
            at, end = found[0].span()
            # Not where an only would not stand: after an article, or after a Chinese list's 等.
            if re.search(r"\b(?:only|just|the|a|an)\s*$|等$", text[:at]):
                continue
            yield record["id"], "only-fewer", lang, f"{text[:at]}{word}{count - 1}{text[end:]}", REFUTED
            yield record["id"], "only-as-many", lang, f"{text[:at]}{word}{count}{text[end:]}", SUPPORTED
