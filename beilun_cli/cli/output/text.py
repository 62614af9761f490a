"""Fact-base text made safe to show: data is never markup, and control characters never act."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from beilun_cli.read import lazy_regex

# Characters a terminal may act on (C0, DEL, C1) or that reorder text (bidi controls).
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
# json.dumps leaves these raw when ensure_ascii is off; they only ever occur inside strings.
_JSON_UNSAFE = "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
# Markdown's and HTML's own characters: escaped, they show as themselves.
_MARKDOWN_SPECIAL = r"([\\`*_\[\]<>|~#])"


@cache
def _pattern(expression: str) -> re.Pattern[str]:
    # Compiled on first use: each of these takes 0.3 ms, and a call needs only one of them.
    return lazy_regex.compile(expression)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture": ␛ for ESC, ␊ for LF
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def neutralise(text: str) -> str:
    """Text safe to show on a terminal: every control character replaced by a visible mark."""
    return _pattern(_UNSAFE).sub(_visible, text)


def markdown_text(text: str) -> str:
    """Text that renders as itself in Markdown, in a paragraph or a table cell: controls made
    visible, Markdown's and HTML's characters escaped (| would end a cell, <script> would run),
    line breaks as <br> (a newline would end the row, and two would start a block)."""
    special = _pattern(_MARKDOWN_SPECIAL)
    return "<br>".join(special.sub(r"\\\1", neutralise(line)) for line in text.splitlines())


# JSON's parts on a terminal, coloured as jq colours them: keys bold blue, strings green, null grey.
_JSON_PARTS = r'("(?:[^"\\]|\\.)*")(\s*:)?|\b(null)\b'
_KEY, _STRING, _NULL, _RESET = "\x1b[1;34m", "\x1b[32m", "\x1b[1;30m", "\x1b[0m"


def _coloured_part(match: re.Match[str]) -> str:
    string, colon, null = match.groups()
    if null:
        return _NULL + null + _RESET
    return (_KEY if colon else _STRING) + string + _RESET + (colon or "")


def coloured_json(text: str) -> str:
    """JSON text (as `to_json` writes it) with colours for a terminal; the same text once they are
    stripped. Strings hold no raw control character, so no escape sequence of the data survives."""
    return _pattern(_JSON_PARTS).sub(_coloured_part, text)


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON as beilun writes it: UTF-8 text, Chinese unescaped, controls and bidi marks escaped."""
    separators = None if indent else (",", ":")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return _pattern(_JSON_UNSAFE).sub(lambda m: f"\\u{ord(m.group()):04x}", text)
