"""What a drafted figure is of: the grammatical subject of its clause, as far as the base's names
show it.

1. A frame (在…座谈会上, 在…信贷方面) that opens the figure's part of the sentence names what
   the clauses after it are about.
2. A figure inside a name is that name's (年产20万套…项目, 17岁吉林姑娘), unless the name is a
   programme named by its count (十大工程): then its owner named before the count is
   (“青年北仑”十大政策).
3. A thing named right after a figure that measures it (38平方公里“秀美山川”生态区块, 1000套
   青年公寓) is the figure's, except places and companies counted: 20个红色教育基地 says where
   they are, not what they are.
4. Else the first name of the clause, the head of its phrase (北仑“蒲公英”宣讲团 is the group);
   he or she (他, 她) is the person last named before.
5. Else, walking back over the clauses of the part, the first that names one: a clause goes on
   from the one before (打造…基地建设项目,投产后预计亩均税收可达147万元), unless its figure
   opens it (17家企业入围…: the things counted are its subject).
6. Else the article's subject, the place it names most.

Names in a list given as examples (A、B、C等) are no subject; nor awards, which facts name.
"""

from __future__ import annotations

import re

from beilun_cli.draft.guesses import Guesses
from beilun_cli.draft.reading import Figure, clause_span, clause_starts, frame_of
from beilun_cli.read import quantities

__all__ = ["subject_of"]

_NOT_SUBJECTS = frozenset({"award"})
_PRONOUN = re.compile(r"[他她]")
_OWNERS = frozenset({"place", "company"})
_QUOTES = "“”\"'‘’ "
_AFTER_FIGURE = re.compile(r"(?:[约近超多余]?[\d.]+[万亿千百]?[\u4e00-\u9fff]{0,4}?的|的)?")


def subject_of(
    guesses: Guesses, sentence: str, figure: Figure, part: tuple[int, int], before: str
) -> str | None:
    """The subject of `figure` in `sentence` (its part `part`); `before` is the paragraph's text
    before the sentence, where a pronoun's person is named."""
    mentions = [
        m
        for m in guesses.mentions(sentence)
        if guesses.kinds.get(m[2]) not in _NOT_SUBJECTS
        and not guesses.minor(m[2])
        and not _listed(sentence, m[1])
    ]
    frame = frame_of(sentence, part, figure.at)
    if frame is not None:
        framed = [m for m in mentions if frame[0] <= m[0] < frame[1]]
        if framed:
            return framed[-1][2]
    for start, end, ident in mentions:
        if not start <= figure.at < end:
            continue
        if figure.counted_in != quantities.COUNT or guesses.kinds.get(ident) != "programme":
            return ident
        owners = guesses.mentions(sentence[start : figure.at])
        if owners:
            return owners[-1][2]
    # Past other figures and 的: 180多个约230万平方米的老旧小区提质改造工程.
    gap = _AFTER_FIGURE.match(sentence, figure.end)
    reach = gap.end() if gap else figure.end
    clause_end = clause_span(sentence, figure.at, figure.end)[1]
    after = [m for m in mentions if figure.end <= m[0] <= min(reach + 1, clause_end - 1)]
    if after and not (figure.counted_in == quantities.COUNT and guesses.kinds.get(after[0][2]) in _OWNERS):
        return after[0][2]
    starts = clause_starts(sentence, *part)
    clauses = list(zip(starts, [*starts[1:], part[1] + 1], strict=False))
    current = max(index for index, (start, _) in enumerate(clauses) if start <= figure.at)
    for index in range(current, -1, -1):
        start, stop = clauses[index]
        # A subject stands before its predicate: in the figure's clause, before the figure.
        last = figure.at if index == current else stop
        named = [m for m in mentions if start <= m[0] < last and not m[0] <= figure.at < m[1]]
        if index == current:
            named = _not_counted(sentence, named, figure.at)
        if named:
            return _head(sentence, named)
        clause = sentence[start:stop]
        if index == current and _PRONOUN.search(clause):
            earlier = before + sentence[: figure.at]
            people = [m for m in guesses.mentions(earlier) if guesses.kinds.get(m[2]) == "person"]
            if people:
                return people[-1][2]
        if index == current and not sentence[start : figure.at].strip(" “”\"'"):
            break  # 17家企业入围…: the figure opens its clause
    return guesses.home


def _listed(sentence: str, end: int) -> bool:
    """Whether the name ending at `end` is an example in a list (A、B等, A等)."""
    following = sentence[end : end + 2].lstrip("”\"'")
    return following.startswith(("、", "等"))


def _not_counted(sentence: str, named: list[tuple[int, int, str]], at: int) -> list[tuple[int, int, str]]:
    """Names without the run of them that stands right before a count, as its members (“青年
    北仑”“数字北仑”“美丽北仑”三大工程)."""
    edge = at
    for mention in reversed(named):
        if sentence[mention[1] : edge].strip(_QUOTES):
            break
        edge = mention[0]
    return [m for m in named if m[0] < edge]


def _head(sentence: str, named: list[tuple[int, int, str]]) -> str:
    """The head of the first phrase of names: 北仑“蒲公英”宣讲团 is the group's, and so is
    中宣部…的“蒲公英”宣讲团 (what stands before 的 describes what follows)."""
    head = named[0]
    for mention in named[1:]:
        between = sentence[head[1] : mention[0]].strip(_QUOTES)
        if not between or (between.endswith("的") and not re.search(r"[,，;；]", between)):
            head = mention
        else:
            break
    return head[2]
