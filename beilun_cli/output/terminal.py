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
    from rich.console import Console, JustifyMethod
    from rich.text import Text

    from beilun_cli.output.environment import Environment

_MIN_PROSE_WIDTH = 24  # a claim narrower than this is hard to read: show cards instead
_ROOMY_PROSE_WIDTH = 56  # a claim narrower than this goes below its id, at the terminal's width
_MAX_PROSE_WIDTH = 72  # a claim wider than this puts the columns after it too far from its start
_GAP = 3  # cells between two columns: a space, and each column's padding
_INDENT = "  "  # a claim under its id, in a narrow table

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
    return neutralise(fields.cell(name, value, lang, readable=True))


def _on_the_point(cells: list[str], header: str) -> list[str]:
    """Numbers padded to one width, their decimal points in line (laid out here: Rich strips the
    trailing spaces of right-aligned text)."""
    decimals = [len(text) - text.index(".") if "." in text else 0 for text in cells]
    widest = max(decimals, default=0)
    pointed = [text + " " * (widest - places) for text, places in zip(cells, decimals, strict=True)]
    width = max([len(header)] + [len(text) for text in pointed])
    return [text.rjust(width) for text in pointed]


def table(
    env: Environment,
    records: Sequence[Any],
    layout: Sequence[Column],
    title: str | None,
    highlight: Sequence[str] = (),
    *,
    optional: Sequence[str] = (),
) -> None:
    """Records as a table that fits the terminal.

    Short fields keep their natural width (ids are copied and pasted, so never cut) and each
    prose field gets room to be read, at most _MAX_PROSE_WIDTH wide. Where that is too wide, a
    record takes a line of its short fields, the id first, with its prose indented below at the
    terminal's width, and the `optional` columns are left out, first to last; only where even the
    short fields do not fit on a line does every record become a card.
    """
    from rich.cells import cell_len

    out = console(env)
    texts = [[table_text(record, name, lang) for _, name, lang in layout] for record in records]
    for index, (_, name, _) in enumerate(layout):
        if fields.kind(name).numeric:
            aligned = _on_the_point([row[index] for row in texts], layout[index][0])
            for row, text in zip(texts, aligned, strict=True):
                row[index] = text
    natural = [
        max([cell_len(header)] + [cell_len(line) for row in texts for line in row[index].splitlines()])
        for index, (header, _, _) in enumerate(layout)
    ]
    names = [name for _, name, _ in layout]
    short = [index for index, name in enumerate(names) if fields.kind(name).short]
    prose = [index for index, name in enumerate(names) if not fields.kind(name).short]

    def width(kept: Sequence[int], prose_width: int) -> int:
        """Cells the columns `kept` need side by side, each prose column at most `prose_width`."""
        need = [natural[index] if index in short else min(natural[index], prose_width) for index in kept]
        return sum(need) + _GAP * (len(kept) - 1)

    every = list(range(len(layout)))
    if width(every, _MAX_PROSE_WIDTH) <= out.width and all(
        natural[index] <= _MAX_PROSE_WIDTH for index in prose
    ):
        _side_by_side(out, texts, layout, natural, title, highlight)  # nothing wraps
        return
    if width(every, _ROOMY_PROSE_WIDTH) <= out.width:
        _grid(out, texts, layout, every, natural, title, highlight)
        return
    if "id" in names and prose:
        identifier = names.index("id")
        kept = [identifier] + [index for index in short if index != identifier]
        droppable = [names.index(name) for name in optional if name in names]
        while width(kept, 0) > out.width and droppable:
            kept.remove(droppable.pop(0))
        if width(kept, 0) <= out.width:
            _rows(out, texts, layout, kept, prose, natural, title, highlight)
            return
    if width(every, _MIN_PROSE_WIDTH) <= out.width:
        _grid(out, texts, layout, every, natural, title, highlight)
        return
    _cards(texts, layout, title, out, highlight)


def _grid(
    out: Console,
    texts: Sequence[Sequence[str]],
    layout: Sequence[Column],
    kept: Sequence[int],
    natural: Sequence[int],
    title: str | None,
    highlight: Sequence[str],
) -> None:
    """The columns `kept` side by side, as a Rich table."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    title = title and neutralise(title)  # titles may quote the data, too
    grid = Table(
        box=box.SIMPLE_HEAD,
        title=title,
        title_justify="left",
        header_style="bold",
        show_edge=False,
        pad_edge=False,
        min_width=min(cell_len(title or ""), out.width),  # a title wraps at the table's width
    )
    for index in kept:
        header, name, _ = layout[index]
        if fields.kind(name).short:
            # Given widths also spare Rich measuring those columns' cells again.
            if fields.kind(name).numeric:  # cells come aligned on the point: Rich keeps them as they are
                grid.add_column(Text(header.rjust(natural[index])), width=natural[index], overflow="fold")
            else:
                justify: JustifyMethod = "right" if name == "quantity" else "left"
                grid.add_column(header, justify=justify, width=natural[index], overflow="fold")
        else:
            grid.add_column(header, max_width=_MAX_PROSE_WIDTH, overflow="fold")
    for row in texts:
        grid.add_row(*(_marked(row[index], layout[index][1], highlight) for index in kept))
    _print(grid, out)


def _side_by_side(
    out: Console,
    texts: Sequence[Sequence[str]],
    layout: Sequence[Column],
    natural: Sequence[int],
    title: str | None,
    highlight: Sequence[str],
) -> None:
    """Every column at its natural width, where that fits: no cell wraps, so the table is laid out
    here, a line at a time, without the cost of importing and measuring a Rich table."""
    from rich.cells import cell_len
    from rich.text import Text

    def line(cells: Sequence[Text]) -> Text:
        shown = Text()
        for index, cell in enumerate(cells):
            padding = " " * (natural[index] - cell_len(cell.plain))
            if index:
                shown.append(" " * _GAP)
            right = _right_aligned(layout[index][1])
            shown.append_text(Text(padding) + cell if right else cell + Text(padding))
        shown.rstrip()
        return shown

    shown = Text()
    if title:
        shown.append(neutralise(title) + "\n", style="bold")
    head = line([Text(header, style="bold") for header, _, _ in layout])
    shown.append_text(head)
    shown.append("\n" + "─" * max(cell_len(head.plain), cell_len(title or "")) + "\n")
    for row in texts:
        cells = [
            _marked(text, name, highlight).split("\n") for text, (_, name, _) in zip(row, layout, strict=True)
        ]
        for number in range(max(len(lines) for lines in cells)):
            shown.append_text(line([lines[number] if number < len(lines) else Text() for lines in cells]))
            shown.append("\n")
    _print(shown, out, soft_wrap=True)


def _right_aligned(name: str) -> bool:
    return fields.kind(name).numeric or name == "quantity"


def _rows(
    out: Console,
    texts: Sequence[Sequence[str]],
    layout: Sequence[Column],
    kept: Sequence[int],
    prose: Sequence[int],
    natural: Sequence[int],
    title: str | None,
    highlight: Sequence[str],
) -> None:
    """Each record as a line of its short fields in columns (`kept`: the id first), and its prose
    fields indented below it, wrapped at the terminal's width (at most _MAX_PROSE_WIDTH).

    Laid out here: a Rich table cannot let a cell span the columns of the line above it."""
    from rich.cells import cell_len
    from rich.text import Text

    def line(cells: Sequence[str], style: str = "") -> Text:
        shown = Text()
        for number, (index, text) in enumerate(zip(kept, cells, strict=True)):
            padding = " " * (natural[index] - cell_len(text))
            if number:
                shown.append(" " * _GAP)
            shown.append(padding + text if _right_aligned(layout[index][1]) else text + padding, style=style)
        shown.rstrip()
        return shown

    identifier = kept[0]
    head = line([layout[index][0] for index in kept], "bold")
    room = min(out.width, max(cell_len(head.plain), _MAX_PROSE_WIDTH + len(_INDENT))) - len(_INDENT)
    shown = Text()
    if title:
        shown.append(neutralise(title) + "\n", style="bold")
    shown.append_text(head)
    for index in prose:  # the header is laid out as a record is
        shown.append("\n" + _INDENT + layout[index][0], style="bold")
    shown.append("\n" + "─" * min(out.width, max(cell_len(head.plain), room + len(_INDENT))) + "\n")
    for row in texts:
        first = line([row[index] for index in kept])
        first.stylize("bold", 0, len(row[identifier]))
        shown.append_text(first)
        shown.append("\n")
        for index in prose:
            for wrapped in _marked(row[index], layout[index][1], highlight).wrap(out, room, overflow="fold"):
                wrapped.rstrip()
                shown.append(_INDENT)
                shown.append_text(wrapped)
                shown.append("\n")
    _print(shown, out, soft_wrap=True)


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


_VERDICT_STYLES = {"supported": "bold green", "refuted": "bold red", "not-enough-info": "bold yellow"}


def verdict_cards(env: Environment, results: Sequence[Any], lang: str) -> None:
    """Checked claims for a person: the verdict and its reason, then each evidence fact with
    where it stands (source ¶N), its claim and its quote."""
    from rich.text import Text

    out = console(env)
    card = Text()
    for number, result in enumerate(results):
        if number:
            card.append("\n")
        rows: list[tuple[str, Text]] = [
            ("claim", Text(neutralise(result["claim"]))),
            ("verdict", Text(result["verdict"], style=_VERDICT_STYLES.get(result["verdict"], "bold"))),
            ("reason", Text(neutralise(result["reason"]))),
        ]
        for record in result["evidence"]:
            where = f"{record['id']} · {record['source']['id']} ¶{record['source']['paragraph']}"
            rows.append(("evidence", Text(neutralise(where), style="bold")))
            for shown in ("zh", "en") if lang == "both" else (lang,):
                rows.append(("  fact", Text(neutralise(record["claim"][shown]))))
            rows.append(("  quote", Text(neutralise(record["quote"]))))
        _append_card(card, rows, out, gap=2)
    _print(card, out, soft_wrap=True)
