"""Names an article gives that the base's vocabulary lacks, proposed as draft entities of a
guessed kind (company, place, organisation, award, event, project, programme)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from beilun_cli.draft.guesses import Guesses
from beilun_cli.draft.records import Proposal

__all__ = ["proposals", "slug"]

# Quoted names: a project, programme, campaign or award the article names in quotation marks.
_QUOTED = re.compile(r"[“「《]([^”」》]{2,16})[”」》]")
# A company by its suffix: 雪龙集团, 华朔科技, 微科光电 (two to six characters before it).
_COMPANY = re.compile(
    r"(?<![\d零一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]{2,6}?"
    r"(?:(?:科技|光电|电子|实业|控股)?(?:股份)?(?:有限)?(?:公司|集团)|科技|光电)"
)
_KIND_BY_SUFFIX = (
    (re.compile(r"(?:集团|公司|科技|光电|股份|实业|控股|汽车|电子)$"), "company"),
    (re.compile(r"(?:市|区|县|省|镇|街道|村|社区|湾|岛|港)$"), "place"),
    (re.compile(r"(?:局|厅|委|委员会|协会|研究院|大学|医院|中心|部|办|团)$"), "organisation"),
    (re.compile(r"(?:奖|鼎|称号|荣誉|先进集体)$"), "award"),
    (re.compile(r"(?:会|节|赛|论坛|峰会|博览会)$"), "event"),
    (re.compile(r"(?:工程|项目|基地|园|馆|学堂|公寓)$"), "project"),
    (re.compile(r"(?:计划|行动|战略|政策|活动|之旅)$"), "programme"),
)


def proposals(paragraphs: Sequence[str], guesses: Guesses, taken: set[str]) -> list[Proposal]:
    """Names the vocabulary lacks, in the order the article first names them."""
    seen: dict[str, Proposal] = {}
    for number, paragraph in enumerate(paragraphs, start=1):
        # A quoted phrase is a name when its last word says what it names (工程, 奖, 计划…);
        # else it is a slogan (“脏乱差”).
        names = [match.group(1) for match in _QUOTED.finditer(paragraph) if _kind(match.group(1))]
        names += [match.group() for match in _COMPANY.finditer(paragraph)]
        for name in names:
            name = name.strip()
            if len(name) < 2 or any(name.casefold() in known for known in guesses.known):
                continue  # a name of the base, or a part of one
            if any(name in other and name != other for other in names):
                continue  # 股份有限公司 within 华朔科技股份有限公司
            if name in seen:
                if number not in seen[name].paragraphs:
                    seen[name].paragraphs.append(number)
                continue
            stem = _pinyin_slug(name)
            ident, suffix = stem, 2
            while ident in taken:
                ident, suffix = f"{stem}-{suffix}", suffix + 1
            taken.add(ident)
            seen[name] = Proposal(ident, name, _kind(name) or "company", [number])
    return list(seen.values())


def _pinyin_slug(name: str) -> str:
    """An id for a Chinese name, from its pinyin: 宁波青山环保科技有限公司 is
    ningbo-qingshan-huanbao-keji-youxian-gongsi."""
    from pypinyin import lazy_pinyin

    return slug(" ".join(lazy_pinyin(name))) or "new-entity"


def _kind(name: str) -> str | None:
    for pattern, kind in _KIND_BY_SUFFIX:
        if pattern.search(name):
            return kind
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
