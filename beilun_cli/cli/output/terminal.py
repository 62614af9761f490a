"""Layouts for a person at a terminal: tables, cards, a fact's field list (Rich).

Rich is imported inside these functions only: scripts reading JSON or TSV never pay for it.
Cells arrive as plain text already neutralised; they become Rich `Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from beilun_cli.base.errors import OutputClosed, OutputError
from beilun_cli.cli.output import fields
from beilun_cli.cli.output.text import neutralise

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from beilun_cli.cli.output.environment import Environment

_MIN_PROSE_WIDTH = 24  # a claim narrower than this is hard to read: show cards instead
_ROOMY_PROSE_WIDTH = 56  # prose columns narrower than this go below the id, at the terminal's width
_BESIDE_PROSE_WIDTH = 40  # a last prose column (a claim) at least this wide stands beside the id
_MAX_PROSE_WIDTH = 72  # a prose column wider than this puts the columns after it too far away
_WIDEST_PROSE = 100  # a line of prose wider than this is hard to follow, however wide the terminal
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
    value = fields.value(record, name)
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

    Short fields keep their natural width (ids are copied and pasted, so never cut); a field in
    both languages takes a column per language where the table then fits without wrapping (a
    topic's names), else a line per language. A last prose field (a claim) stands beside the
    id where it gets _BESIDE_PROSE_WIDTH cells, leaving out the first `optional` column if need
    be; other prose gets room to be read. Where that is too wide, a record takes a line of its
    short fields with its prose indented below at the terminal's width, and the `optional`
    columns are left out, first to last; only where even the short fields do not fit on a line
    does every record become a card. Prose is wrapped by output.linebreak.
    """
    out = console(env)
    if any(lang == "both" and fields.kind(name).bilingual for _, name, lang in layout):
        split = [
            column
            for header, name, lang in layout
            for column in (
                [(f"{header}.zh", name, "zh"), (f"{header}.en", name, "en")]
                if lang == "both" and fields.kind(name).bilingual
                else [(header, name, lang)]
            )
        ]
        texts, natural = _measured(records, split)
        if sum(natural) + _GAP * (len(split) - 1) <= out.width:
            _aligned(out, texts, split, list(range(len(split))), natural, title, highlight)
            return
    texts, natural = _measured(records, layout)
    names = [name for _, name, _ in layout]
    short = [index for index, name in enumerate(names) if fields.kind(name).short]
    prose = [index for index, name in enumerate(names) if not fields.kind(name).short]

    def width(kept: Sequence[int], prose_width: int) -> int:
        """Cells the columns `kept` need side by side, each prose column at most `prose_width`."""
        need = [natural[index] if index in short else min(natural[index], prose_width) for index in kept]
        return sum(need) + _GAP * (len(kept) - 1)

    every = list(range(len(layout)))
    last_prose = len(prose) == 1 and prose[0] == every[-1]
    widest = _WIDEST_PROSE if last_prose else _MAX_PROSE_WIDTH  # nothing after a last column
    if sum(natural) + _GAP * (len(every) - 1) <= out.width and all(
        natural[index] <= widest for index in prose
    ):
        _aligned(out, texts, layout, every, natural, title, highlight)  # nothing wraps
        return
    if last_prose and len(every) > 1:
        droppable = [names.index(name) for name in optional[:1] if name in names]
        for kept in (every, [index for index in every if index not in droppable]):
            room = out.width - width(kept[:-1], 0) - _GAP
            if room >= _BESIDE_PROSE_WIDTH:
                widths = list(natural)
                widths[prose[0]] = min(room, natural[prose[0]], _WIDEST_PROSE)
                _aligned(out, texts, layout, kept, widths, title, highlight)
                return
    elif prose and width(every, _ROOMY_PROSE_WIDTH) <= out.width:
        _aligned(out, texts, layout, every, _shared(natural, prose, out.width), title, highlight)
        return
    if "id" in names and prose:
        kept = list(short)
        droppable = [names.index(name) for name in optional if name in names]
        while width(kept, 0) > out.width and droppable:
            kept.remove(droppable.pop(0))
        if width(kept, 0) <= out.width:
            _rows(out, texts, layout, kept, prose, natural, title, highlight)
            return
    if width(every, _MIN_PROSE_WIDTH) <= out.width:
        _aligned(out, texts, layout, every, _shared(natural, prose, out.width), title, highlight)
        return
    _cards(texts, layout, title, out, highlight)


def _measured(records: Sequence[Any], layout: Sequence[Column]) -> tuple[list[list[str]], list[int]]:
    """Each record's cells, numbers aligned on the point, and each column's natural width."""
    from rich.cells import cell_len

    texts = [[table_text(record, name, lang) for _, name, lang in layout] for record in records]
    for index, (header, name, _) in enumerate(layout):
        if fields.kind(name).numeric:
            aligned = _on_the_point([row[index] for row in texts], header)
            for row, text in zip(texts, aligned, strict=True):
                row[index] = text
    natural = [
        max([cell_len(header)] + [cell_len(line) for row in texts for line in row[index].splitlines()])
        for index, (header, _, _) in enumerate(layout)
    ]
    return texts, natural


def _shared(natural: Sequence[int], prose: Sequence[int], total: int) -> list[int]:
    """Column widths: the short columns' natural ones, and the cells left shared among the prose
    columns, a narrow one keeping its natural width and giving the rest to the others."""
    widths = list(natural)
    left = total - sum(natural[index] for index in range(len(natural)) if index not in prose)
    left -= _GAP * (len(natural) - 1)
    for count, index in enumerate(sorted(prose, key=lambda index: natural[index])):
        widths[index] = max(1, min(natural[index], _MAX_PROSE_WIDTH, left // (len(prose) - count)))
        left -= widths[index]
    return widths


def _wrapped(text: Text, width: int) -> list[Text]:
    """Text wrapped at `width` cells where output.linebreak allows, its styles kept."""
    from beilun_cli.cli.output.linebreak import wrap

    return [text[start:end] for start, end in wrap(text.plain, width)]


def _aligned(
    out: Console,
    texts: Sequence[Sequence[str]],
    layout: Sequence[Column],
    kept: Sequence[int],
    widths: Sequence[int],
    title: str | None,
    highlight: Sequence[str],
) -> None:
    """The columns `kept` side by side, each `widths` wide: prose wraps within its column, other
    cells keep their lines. Laid out here a line at a time: a Rich table would wrap the prose
    itself, breaking numbers from their units, and cost a measure of every cell."""
    from rich.cells import cell_len
    from rich.text import Text

    def line(cells: Sequence[Text]) -> Text:
        shown = Text()
        for number, (index, cell) in enumerate(zip(kept, cells, strict=True)):
            padding = " " * (widths[index] - cell_len(cell.plain))
            if number:
                shown.append(" " * _GAP)
            right = _right_aligned(layout[index][1])
            shown.append_text(Text(padding) + cell if right else cell + Text(padding))
        shown.rstrip()
        return shown

    shown = Text()
    if title:
        shown.append(neutralise(title) + "\n", style="bold")
    head = line([Text(layout[index][0], style="bold") for index in kept])
    rule = sum(widths[index] for index in kept) + _GAP * (len(kept) - 1)
    shown.append_text(head)
    shown.append("\n" + "─" * min(out.width, max(rule, cell_len(title or ""))) + "\n")
    for row in texts:
        cells = []
        for index in kept:
            name = layout[index][1]
            marked = _marked(row[index], name, highlight)
            cells.append(marked.split("\n") if fields.kind(name).short else _wrapped(marked, widths[index]))
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
    """Each record as a line of its short fields in columns (`kept`), and its prose fields
    indented below it, wrapped at the terminal's width (at most _WIDEST_PROSE).

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

    head = line([layout[index][0] for index in kept], "bold")
    room = min(out.width, _WIDEST_PROSE + len(_INDENT)) - len(_INDENT)
    shown = Text()
    if title:
        shown.append(neutralise(title) + "\n", style="bold")
    shown.append_text(head)
    for index in prose:  # the header is laid out as a record is
        shown.append("\n" + _INDENT + layout[index][0], style="bold")
    shown.append("\n" + "─" * min(out.width, max(cell_len(head.plain), room + len(_INDENT))) + "\n")
    for row in texts:
        first = line([row[index] for index in kept])
        for index in kept:
            if layout[index][1] == "id":  # what a reader copies, to show or cite the fact
                start = first.plain.find(row[index])
                first.stylize("bold", start, start + len(row[index]))
        shown.append_text(first)
        shown.append("\n")
        for index in prose:
            for wrapped in _wrapped(_marked(row[index], layout[index][1], highlight), room):
                shown.append(_INDENT)
                shown.append_text(wrapped)
                shown.append("\n")
    _print(shown, out, soft_wrap=True)


def _marked(text: str, name: str, highlight: Sequence[str]) -> Text:
    """Neutralised text as Rich Text (never parsed as markup), the highlight words reversed."""
    from rich.text import Text

    marked = Text(text)
    if highlight and name not in ("id", "topic", "score"):  # names, not text that matched
        from beilun_cli.cli.output import highlight as marks

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
        for number, line in enumerate([value] if fits else _wrapped(value, room)):
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
