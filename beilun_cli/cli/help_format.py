"""Help that fits the terminal: text wrapped by the cells it takes, not by characters.

Click wraps help with `textwrap`, which counts characters; a Chinese character takes two cells,
so a line with Chinese examples runs past the edge. This formatter wraps the same paragraphs
by cells (Rich's cell widths), and breaks Chinese text between characters where it must.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from typer._click.formatting import HelpFormatter  # Typer's own Click: the formatter it calls

# A run of spaces, one wide (CJK) character with any closing punctuation that must not start a
# line, or a run of other characters (an English word, a number, an option).
_WIDE = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
_TOKEN = re.compile(rf"\s+|[{_WIDE}][，。、；：？！）》」』]*|[^\s{_WIDE}]+")


def _cells(text: str) -> int:
    """The terminal cells `text` takes: two for a wide (East Asian) character, none for a
    combining mark. The standard library's table, not Rich's: help is printed on every
    `--help`, and importing Rich would double its start-up."""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def _chop(word: str, width: int) -> list[str]:
    """A word wider than a whole line, cut into pieces of at most `width` cells."""
    from rich.cells import chop_cells

    return chop_cells(word, max(width, 2))


def wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """`text` filled into lines of at most `width` cells. Spaces between words are kept as
    written (Click puts two before `[default: …]`); none is added between Chinese characters."""
    lines: list[str] = []
    line, used, spacing = initial_indent, _cells(initial_indent), ""
    empty = True
    room = width - _cells(subsequent_indent)
    for token in _TOKEN.findall(text):
        if token.isspace():
            spacing = "" if empty else token.replace("\n", " ")
            continue
        for piece in [token] if _cells(token) <= room else _chop(token, room):
            size = _cells(piece)
            if not empty and used + len(spacing) + size > width:
                lines.append(line)
                line, used, spacing = subsequent_indent, _cells(subsequent_indent), ""
            line += spacing + piece
            used += len(spacing) + size
            empty, spacing = False, ""
    lines.append(line)
    return lines


def wrap_paragraphs(text: str, width: int, indent: str) -> str:
    """Click's paragraph rules (a blank line ends one, its first line's indent is kept, `\\b`
    keeps a block as written), each paragraph wrapped by cells."""
    paragraphs: list[tuple[str, bool, str]] = []
    block: list[str] = []
    block_indent = ""

    def end_paragraph() -> None:
        if block:
            raw = block[0].strip() == "\b"
            paragraphs.append((block_indent, raw, "\n".join(block[1:]) if raw else " ".join(block)))
            block.clear()

    for line in text.expandtabs().splitlines():
        if not line:
            end_paragraph()
            continue
        if not block:
            block_indent = line[: len(line) - len(line.lstrip())]
        block.append(line if block else line.lstrip())
    end_paragraph()
    shown = []
    for own_indent, raw, body in paragraphs:
        prefix = indent + own_indent
        if raw:
            shown.append("\n".join(prefix + line for line in body.splitlines()))
        else:
            shown.append("\n".join(wrap(body, width, prefix, prefix)))
    return "\n\n".join(shown)


class CellFormatter(HelpFormatter):
    """Click's help layout, wrapped by terminal cells."""

    def write_text(self, text: str) -> None:
        self.write(wrap_paragraphs(text, self.width, " " * self.current_indent) + "\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_width = min(max((_cells(first) for first, _ in rows), default=0), col_max) + col_spacing
        margin = " " * self.current_indent
        for first, second in rows:
            self.write(margin + first)
            if not second:
                self.write("\n")
                continue
            if _cells(first) <= first_width - col_spacing:
                self.write(" " * (first_width - _cells(first)))
            else:
                self.write("\n" + " " * (first_width + self.current_indent))
            text_width = max(self.width - first_width - self.current_indent, 10)
            lines = wrap_paragraphs(second, text_width, "").splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_width + self.current_indent) + line + "\n" if line else "\n")
