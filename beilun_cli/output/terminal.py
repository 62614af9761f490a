"""Layouts for a person at a terminal: tables, cards, a fact's field list (Rich).

Rich is imported inside these functions only: scripts reading JSON or TSV never pay for it.
Cells arrive as plain text already neutralised; they become Rich `Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from beilun_cli import fields
from beilun_cli.errors import OutputClosed, OutputError
from beilun_cli.output.text import neutralise

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from beilun_cli.output.environment import Environment

_MIN_PROSE_WIDTH = 24  # a claim narrower than this is hard to read: show cards instead
_COLUMN_PADDING = 3

# (header, field, language) of one column.
Column = tuple[str, str, str]


def console(env: Environment, stream: TextIO | None = None) -> Console:
    """A Rich console on stdout (or `stream`) that follows this call's terminal decisions."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise OutputClosed  # Rich would exit 1; a reader that stops early (`| head`) is no error

    return _Console(
        file=stream if stream is not None else env.stdout,
        highlight=False,
        markup=False,
        emoji=False,
        force_terminal=True if env.force_color else None,
        no_color=env.no_color,
        color_system=None if env.plain else "auto",  # --color never: no escape sequence at all
        width=env.width,
        soft_wrap=False,
        _environ=env.terminal_variables,
    )


def _print(renderable: Any, out: Console, *, soft_wrap: bool = False) -> None:
    try:
        out.print(renderable, soft_wrap=soft_wrap, end="" if soft_wrap else "\n")
        out.file.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as error:
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


def table_text(record: Any, name: str, lang: str) -> str:
    """A record's field as a table cell: a bilingual field in both languages takes two lines."""
    value = record.get(name)
    if fields.kind(name).bilingual and lang == "both" and isinstance(value, dict):
        return neutralise(str(value.get("zh", ""))) + "\n" + neutralise(str(value.get("en", "")))
    return neutralise(fields.cell(name, value, lang))


def table(
    env: Environment,
    records: Sequence[Any],
    layout: Sequence[Column],
    title: str | None,
    highlight: Sequence[str] = (),
) -> None:
    """Records as a table, or as cards where the terminal is too narrow for its columns."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    out = console(env)
    texts = [[table_text(record, name, lang) for _, name, lang in layout] for record in records]
    # Short fields keep their natural width (ids are copied and pasted) and each prose field needs
    # room to be read: where the terminal cannot give both, every record becomes a card.
    natural = {
        index: max([cell_len(header)] + [cell_len(line) for row in texts for line in row[index].splitlines()])
        for index, (header, name, _) in enumerate(layout)
        if fields.kind(name).short
    }
    needed = sum(natural.get(index, _MIN_PROSE_WIDTH) + _COLUMN_PADDING for index in range(len(layout)))
    if out.width < needed:
        _cards(texts, layout, title, out, highlight)
        return
    title = title and neutralise(title)  # titles may quote the data, too
    grid = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", header_style="bold", expand=True)
    for index, (header, name, _) in enumerate(layout):
        # Given widths also spare Rich measuring those columns' cells again.
        grid.add_column(
            header,
            overflow="fold",
            justify="right" if fields.kind(name).numeric else "left",
            width=natural.get(index),
            ratio=None if index in natural else 1,
        )
    for row in texts:
        grid.add_row(
            *(_marked(text, name, highlight) for text, (_, name, _) in zip(row, layout, strict=True))
        )
    _print(grid, out)


def _marked(text: str, name: str, highlight: Sequence[str]) -> Text:
    """Neutralised text as Rich Text (never parsed as markup), the highlight words reversed."""
    from rich.text import Text

    marked = Text(text)
    if highlight and name not in ("id", "topic", "score"):  # names, not text that matched
        from beilun_cli.output import highlight as marks

        for start, end in marks.spans(text, [neutralise(word) for word in highlight]):
            marked.stylize("reverse", start, end)
    return marked


def _cards(
    texts: Sequence[Sequence[str]],
    layout: Sequence[Column],
    title: str | None,
    out: Console,
    highlight: Sequence[str] = (),
) -> None:
    """A terminal too narrow for columns gets one field per line, record after record.

    `texts` are the records' cells, as the table measured them."""
    from rich.text import Text

    cards = Text()
    if title:
        cards.append(neutralise(title) + "\n", style="bold")
    for number, row in enumerate(texts):
        if number:
            cards.append("\n")
        marked = [
            (header, _marked(text, name, highlight))
            for text, (header, name, _) in zip(row, layout, strict=True)
        ]
        _append_card(cards, marked, out)
    _print(cards, out, soft_wrap=True)


def field_list(
    env: Environment, rows: Sequence[tuple[str, str]], marked: Sequence[tuple[str, str, int, int]] = ()
) -> None:
    """One record as label/value lines, then paragraphs (label, text, start, end) with a span marked."""
    from rich.text import Text

    out = console(env)
    shown = [(name, Text(value)) for name, value in rows]
    for label, paragraph, start, end in marked:
        text = Text(neutralise(paragraph[:start]))
        text.append(neutralise(paragraph[start:end]), style="reverse")
        text.append(neutralise(paragraph[end:]))
        shown.append((label, text))
    card = Text()
    _append_card(card, shown, out, gap=2)  # one record alone: room to breathe
    _print(card, out, soft_wrap=True)


def _append_card(card: Text, rows: Sequence[tuple[str, Text]], out: Console, gap: int = 1) -> None:
    """Label and value lines; a value too long for its line wraps, indented under itself.

    Laid out here rather than in a Rich grid: a grid measures, wraps and pads every cell, which
    made twenty cards take 13 ms to draw. Here only a value too long for its line is wrapped.
    """
    from rich.cells import cell_len

    label_width = max(len(label) for label, _ in rows)
    room = max(out.width - label_width - gap, 1)
    for label, value in rows:
        fits = "\n" not in value.plain and cell_len(value.plain) <= room
        for number, line in enumerate([value] if fits else value.wrap(out, room, overflow="fold")):
            line.rstrip()
            if number:
                card.append(" " * (label_width + gap))
            else:
                card.append(label, style="bold")
                card.append(" " * (label_width - len(label) + gap) if line else "")
            card.append_text(line)
            card.append("\n")
