"""Claims generated from every two facts that list members of sibling kinds (互联网内外贸易平台…云计算
等数字服务业 and 智能芯片…智能制造等数字制造业: 数字…业 both; digital services and digital
manufacturing), for tests/check_generated.py (docs/check.md, other-member):

- each member of one list said to be one of the other kind: refuted, the article puts it in its
  own list's kind (云计算是北仑的数字制造业之一, Cloud computing is part of Beilun's digital
  manufacturing);
- each member said to be one of its own kind: supported;
- each member the article is said to class in the other kind (文章把云计算列为北仑的数字制造业, 归在…里,
  The article classes cloud computing as part of…, … is listed among the …): refuted;
- a member that holds a kind's own word (智能制造, of 数字制造业) said to be of the other kind:
  never supported (its word names both kinds).

The lists and kinds are found here by the facts' texts, not by the checker's reader."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from check_generated_synonyms import NOT_SUPPORTED

from beilun_cli.verify.rules import REFUTED, SUPPORTED

if TYPE_CHECKING:
    from beilun_cli.base.records import FactRecord

_ZH = re.compile(r"([^,，。;；]+)等([\u4e00-\u9fff]{3,8})(?=[。,，;；]|$)")
_EN = re.compile(r"\b([a-z]+ [a-z]+) such as ([^.;:]+)")
_EN_SEPARATOR = re.compile(r",\s*(?:and\s+)?")


def sibling_list_cases(records: Sequence[FactRecord]) -> Iterator[tuple[str, str, str, str, str]]:
    """(fact, family, lang, claim, verdict) of every member of every pair of sibling lists."""
    listed = []
    for record in records:
        zh, en = _ZH.search(record["claim"]["zh"]), _EN.search(record["claim"]["en"])
        if zh is not None and en is not None:
            listed.append((record, zh, en))
    for record, zh, en in listed:
        for _, other_zh, other_en in listed:
            kind, other = zh.group(2), other_zh.group(2)
            head = os.path.commonprefix([kind, other])
            end = os.path.commonprefix([kind[::-1], other[::-1]])
            if kind == other or len(kind) != len(other) or len(head) < 2 or not end:
                continue
            if en.group(1).split()[0] != other_en.group(1).split()[0]:
                continue
            words = (kind[len(head) : len(kind) - len(end)], other[len(head) : len(other) - len(end)])
            words_en = (en.group(1).split()[1][:5], other_en.group(1).split()[1][:5])
            members = [m for m in re.split(r"、|和|及", zh.group(1)) if m][1:]  # the first holds a verb
            for member in members:
                wrong = NOT_SUPPORTED if any(word in member for word in words) else REFUTED
                yield record["id"], "sibling-list-own", "zh", f"{member}是北仑的{kind}之一", SUPPORTED
                yield record["id"], "sibling-list-other", "zh", f"{member}是北仑的{other}之一", wrong
                # The article's classing of it, in a verb of classing (把X列为Y, 归在Y里).
                for framed in (f"文章把{member}列为北仑的{other}", f"文章把{member}归在{other}里"):
                    yield record["id"], "sibling-list-classed", "zh", framed, wrong
            # Its members: at commas, the last two at their "and" (shipping and logistics platforms
            # is one).
            items = _EN_SEPARATOR.split(en.group(2))
            items[-1:] = items[-1].rsplit(" and ", 1)
            for member in items:
                named = member[0].upper() + member[1:]
                wrong = NOT_SUPPORTED if any(word in member.casefold() for word in words_en) else REFUTED
                claim = f"{named} is part of Beilun's {other_en.group(1)}."
                yield record["id"], "sibling-list-other", "en", claim, wrong
                for framed in (
                    f"The article classes {member} as part of Beilun's {other_en.group(1)}.",
                    f"{named} is listed among the {other_en.group(1)} Beilun is developing.",
                ):
                    yield record["id"], "sibling-list-classed", "en", framed, wrong
