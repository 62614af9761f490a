"""Regular expressions compiled on first use, from programs kept between calls.

Reading a claim or a quote takes dozens of patterns (numerals, units, dates, quantifiers, in
two languages); compiling them all when a module is imported cost about 25 ms, a fifth of a
one-shot command's run, while a Chinese claim never needs the English ones. `Lazy` compiles its
pattern the first time it is used.

Compiling is still most of what a call spends on a pattern it uses: `re` parses the pattern and
turns it into a program for its matching engine, in Python, on every call (15 ms of a `check`).
The program depends only on the pattern, its flags and the interpreter, so the console script
keeps the programs of the patterns it compiled (`keep_programs`: the store holds them in the
cache directory) and the next call hands them to the engine as they are, as `re` itself does at
the end of compiling. A program is kept only once the pattern made from it has been found equal
to the one `re` compiles (same flags, same program, same source), and any program the engine
refuses is compiled again, by `re`: the patterns are the same either way, only sooner.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator, Mapping

# A pattern's source and flags, and what `re` gives its engine for them: the flags the pattern
# ends with (inline ones added), the program (its code words as the bytes of an array of
# unsigned ints: one object to store and load, where a list is one object a word), the number of
# groups, and their names both ways.
Key = tuple[str, int]
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# The engine's code words are 32 bits (_sre.CODESIZE); a program made otherwise is never kept,
# as it would not make the pattern `re` compiles.
_CODE_WORD = "I"


class _Programs:
    """The programs known to this process: loaded from the store on the first compile, if the
    console script said where from; the patterns compiled without one, to be kept."""

    def __init__(self) -> None:
        self.load: Callable[[], Mapping[Key, Program]] | None = None
        self.known: Mapping[Key, Program] | None = None
        self.missing: dict[Key, None] = {}  # in the order compiled, once each


_PROGRAMS = _Programs()


def keep_programs(load: Callable[[], Mapping[Key, Program]]) -> None:
    """Compile from the programs `load` returns (called at the first compile, if any), and note
    the patterns it lacks for `new_programs`."""
    _PROGRAMS.load, _PROGRAMS.known, _PROGRAMS.missing = load, None, {}


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """re.compile(source, flags), from its kept program when there is one."""
    programs = _PROGRAMS
    if programs.load is None:
        return re.compile(source, flags)
    if programs.known is None:
        programs.known = programs.load()
    key = (source, int(flags))
    program = programs.known.get(key)
    if program is not None:
        try:
            return _from_program(source, program)
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile it as re does
            pass
    programs.missing[key] = None
    return re.compile(source, flags)


def new_programs() -> dict[Key, Program]:
    """The programs of the patterns compiled in this process that no kept program gave, each
    checked to make the pattern `re` makes; what cannot be checked is left out."""
    found: dict[Key, Program] = {}
    for source, flags in _PROGRAMS.missing:
        try:
            program = _program(source, flags)
            if _from_program(source, program) == re.compile(source, flags):
                found[(source, flags)] = program
        except Exception:  # noqa: BLE001, S112 - an interpreter whose `re` works otherwise: keep none
            continue
    _PROGRAMS.missing = {}
    return found


def _program(source: str, flags: int) -> Program:
    """What re._compiler.compile hands the engine for `source` (the same steps, in 3.11 to 3.13)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(source, flags)
    code = array(_CODE_WORD, [int(op) for op in _compiler._code(tree, flags)]).tobytes()
    names: dict[str, int] = dict(tree.state.groupdict)
    by_number: list[str | None] = [None] * tree.state.groups
    for name, number in names.items():
        by_number[number] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, names, tuple(by_number)


def _from_program(source: str, program: Program) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]

    flags, code, groups, names, by_number = program
    words = array(_CODE_WORD, code).tolist()
    pattern: re.Pattern[str] = _sre.compile(source, flags, words, groups, names, by_number)
    return pattern


class Lazy:
    """A pattern, compiled when first used; it answers as `re.Pattern` does for what we call."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile(self.source, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(replacement, text, count)
