"""Names an article gives that the base's vocabulary lacks, proposed as draft entities of a
guessed kind: a person by the role before the name, a company, place or organisation by its
suffix, a quoted award, event, project or programme by its last word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from beilun_cli.draft.guesses import Guesses
from beilun_cli.draft.records import Proposal
from beilun_cli.read import claims

__all__ = ["proposals", "slug"]

# Quoted names: a project, programme, campaign or award the article names in quotation marks.
_QUOTED = re.compile(r"[“「《]([^”」》]{2,16})[”」》]")
# A company by its suffix: 雪龙集团, 华朔科技, 微科光电 (two to six characters before it).
_COMPANY = re.compile(
    r"(?<![\d零一二两三四五六七八九十百千万亿])(?:(?!的)[\u4e00-\u9fff]){2,8}?"
    r"(?:(?:科技|光电|电子|实业|控股)?(?:股份)?(?:有限)?(?:公司|集团)"
    # 华朔科技, 微科光电 end a name; 科技创新, 科技局 go on with another word.
    r"|(?:科技|光电)(?!创新|局|园|部|厅|馆|大会|成果|人才|企业|型|含量))"
)
# An event by its last word, after 的 or 在 (在…召开的青屿区科技创新大会上).
_EVENT = re.compile(
    r"(?<=[的在])(?:(?![的在])[\u4e00-\u9fff]){2,12}?(?:大会|论坛|博览会|峰会|座谈会|运动会|艺术节|文化节|音乐节)"
)
# A person by the role written before the name (区委书记林海涛, 记者周明, 青年左鹏): a common
# surname and one or two characters, the second not a word that follows a name (表示, 在, 说).
_ROLE = (
    "书记|区长|市长|县长|镇长|村长|主任|局长|厅长|部长|董事长|总经理|经理|厂长|院长|校长|所长|"
    "记者|通讯员|教授|院士|专家|医生|教师|老师|村民|市民|居民|青年|老人|志愿者|负责人|创始人"
)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤左应柴翁"
)
_PERSON = re.compile(
    rf"(?:{_ROLE})\s*([{_SURNAMES}][\u4e00-\u9fff](?:(?![表说称在是的了和与等将把被也都就还为对向从告介])[\u4e00-\u9fff])?)"
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
    article = "\n".join(paragraphs)
    for number, paragraph in enumerate(paragraphs, start=1):
        # A quoted phrase is a name when its last word says what it names (工程, 奖, 计划…);
        # else it is a slogan (“脏乱差”).
        names = [match.group(1) for match in _QUOTED.finditer(paragraph) if _kind(match.group(1))]
        names += [match.group() for match in _COMPANY.finditer(paragraph)]
        names += [match.group() for match in _EVENT.finditer(paragraph)]
        # Places and organisations by their suffixes (青屿区, 民政局), as the claim reader finds
        # them; in running text a suffix also ends common words (以全市, 建成区), so only a name
        # the article gives again, once at least where a name starts, is taken.
        names += [
            place
            for place in claims.places_of(paragraph, "2000-01-01")
            if _kind(place) != "company" and _recurs_as_name(place, article)
        ]
        people = [match.group(1) for match in _PERSON.finditer(paragraph)]
        names += people
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
            kind = "person" if name in people else _kind(name) or "company"
            seen[name] = Proposal(ident, name, kind, [number])
    return list(seen.values())


def _recurs_as_name(name: str, article: str) -> bool:
    """Whether an article names `name` twice or more, once after a boundary: a paragraph's or a
    clause's start, a time (去年, 1月12日) or a preposition (在, 于, 与, 和)."""
    starts = [match.start() for match in re.finditer(re.escape(name), article)]
    boundary = any(at == 0 or article[at - 1] in "\n,，。；;：:、“”年月日在于与和" for at in starts)
    return len(starts) >= 2 and boundary


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
