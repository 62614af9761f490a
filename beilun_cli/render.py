"""The one way out to stdout: table, tsv, csv, json and jsonl.

This is the only module that imports Rich, and only when a table is drawn: scripts reading
JSON or TSV never pay for it. Text from a fact base is data, never markup: it is neutralised
(control characters made visible) before it reaches a terminal, and JSON escapes it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from beilun_cli.errors import OutputClosed, OutputError
from beilun_cli.shapes import tidy_number

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

JSON = dict[str, Any]

FORMATS = ("table", "tsv", "csv", "json", "jsonl")
LANGS = ("zh", "en", "both")
BILINGUAL_FIELDS = frozenset({"claim", "name", "title", "outlet"})
_MIN_PROSE_WIDTH = 24  # a claim narrower than this is hard to read: show cards instead
_COLUMN_PADDING = 3
_SHORT_FIELDS = frozenset({"id", "topic", "value", "unit", "as_of", "facts", "score", "kind"})

# Characters a terminal may act on (C0, DEL, C1) or that reorder text (bidi controls).
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
# json.dumps leaves these raw when ensure_ascii is off; they only ever occur inside strings.
_JSON_UNSAFE = "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"


@cache
def _pattern(expression: str) -> re.Pattern[str]:
    # Compiled on first use: each of these takes 0.3 ms, and a call needs only one of them.
    return re.compile(expression)


class Output:
    """How the user asked to see results: format, chosen fields, claim language."""

    __slots__ = ("format", "fields", "lang")  # a plain class: cheaper to define than a NamedTuple

    def __init__(self, format: str, fields: tuple[str, ...] | None, lang: str) -> None:
        self.format = format
        self.fields = fields
        self.lang = lang


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


def to_json(data: Any, *, indent: int | None = 2) -> str:
    separators = None if indent else (",", ":")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return _pattern(_JSON_UNSAFE).sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write(text: str, stream: Any = None) -> None:
    out = stream or sys.stdout
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as error:  # a full disk, a bad descriptor: the answer is lost, so never exit 0
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


def project(record: JSON, fields: Sequence[str] | None) -> JSON:
    return record if fields is None else {name: record.get(name) for name in fields}


def cell(value: Any, lang: str) -> str:
    """One value as plain text for a table or TSV cell (before neutralising)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(tidy_number(value))  # the shortest exact form: never rounded away
    if isinstance(value, list):
        return ", ".join(cell(item, lang) for item in value)
    if isinstance(value, dict):
        return _dict_cell(value, lang)
    return str(value)


def _dict_cell(value: JSON, lang: str) -> str:
    if value.keys() >= {"zh", "en"}:
        if lang == "both":
            return f"{value['zh']} / {value['en']}"
        return str(value[lang])
    if value.keys() >= {"start", "end", "precision"}:
        span = value["start"] if value["start"] == value["end"] else f"{value['start']}..{value['end']}"
        return f"{span} ({value['precision']})"
    if "written" in value:
        return str(value["written"])
    if value.keys() >= {"id", "paragraph", "offset"}:
        return f"{value['id']} ¶{value['paragraph']}"
    return to_json(value, indent=None)


def _columns(fields: Sequence[str], lang: str, split_bilingual: bool) -> list[tuple[str, str, str]]:
    """(header, field, language) per output column; 'both' may split a bilingual field in two."""
    columns = []
    for name in fields:
        if name in BILINGUAL_FIELDS and lang == "both" and split_bilingual:
            columns += [(f"{name}.zh", name, "zh"), (f"{name}.en", name, "en")]
        else:
            columns.append((name, name, lang))
    return columns


def emit(
    records: Iterable[JSON],
    output: Output,
    columns: Sequence[str],
    *,
    title: str | None = None,
    highlight: Sequence[str] = (),
) -> int:
    """Write many records and say how many: `columns` are the table/TSV defaults when the user
    chose no fields. A table marks every occurrence of the `highlight` words (search's terms).

    Every format but a table is written as the records arrive, a batch at a time, so that a
    whole fact base never has to be held as one string.
    """
    fmt = output.format
    chosen = output.fields or tuple(columns)
    if fmt == "table":
        every = list(records)
        _table(every, _columns(chosen, output.lang, split_bilingual=False), title, highlight)
        return len(every)
    counted = _Counted(records)
    if fmt == "json":
        _write_batches(_json_array(project(record, output.fields) for record in counted))
    elif fmt == "jsonl":
        _write_batches(to_json(project(record, output.fields), indent=None) + "\n" for record in counted)
    else:
        _write_batches(_delimited(counted, _columns(chosen, output.lang, split_bilingual=True), fmt))
    return counted.count


class _Counted:
    """Records passed on one by one, counted on the way."""

    __slots__ = ("records", "count")

    def __init__(self, records: Iterable[JSON]) -> None:
        self.records = records
        self.count = 0

    def __iter__(self) -> Iterator[JSON]:
        for record in self.records:
            self.count += 1
            yield record


def _json_array(items: Iterable[JSON]) -> Iterator[str]:
    """The text of to_json(list(items)), item by item."""
    empty = True
    for item in items:
        # Indented one level, as in the array: JSON strings hold no raw newline to disturb.
        yield ("[\n  " if empty else ",\n  ") + to_json(item).replace("\n", "\n  ")
        empty = False
    yield "[]\n" if empty else "\n]\n"


_BATCH = 500  # records written at a time


def _write_batches(pieces: Iterable[str]) -> None:
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) == _BATCH:
            write("".join(batch))
            batch.clear()
    if batch:
        write("".join(batch))


def emit_one(record: JSON, output: Output, *, marked: JSON | None = None) -> None:
    """Write one record: an object in JSON, a field/value listing otherwise.

    `marked` is a paragraph with a span to highlight ({"paragraph", "start", "end"}).
    """
    fmt = output.format
    shown = project(record, output.fields)
    if fmt in ("json", "jsonl"):
        if marked is not None:
            shown = {**shown, "context": marked}
        write(to_json(shown, indent=2 if fmt == "json" else None) + "\n")
        return
    if fmt == "csv":  # raw values, laid out as `list` lays them out: CSV round-trips exactly
        _write_batches(_delimited([shown], _columns(list(shown), output.lang, split_bilingual=True), "csv"))
        return
    rows = [(name, neutralise(cell(value, output.lang))) for name, value in shown.items()]
    if fmt == "table":
        _key_value_table(rows, marked)
    else:
        text = "".join(f"{name}\t{value}\n" for name, value in rows)
        if marked is not None:
            text += "\n" + _plain_marked(marked) + "\n"
        write(text)


def _plain_marked(marked: JSON) -> str:
    paragraph, start, end = marked["paragraph"], marked["start"], marked["end"]
    return (
        neutralise(paragraph[:start])
        + "«"
        + neutralise(paragraph[start:end])
        + "»"
        + neutralise(paragraph[end:])
    )


def _delimited(records: Iterable[JSON], layout: Sequence[tuple[str, str, str]], fmt: str) -> Iterator[str]:
    """CSV (with a header) or TSV lines, one per record."""
    if fmt != "csv":
        for record in records:
            yield "\t".join(neutralise(cell(record.get(name), lang)) for _, name, lang in layout) + "\n"
        return
    import csv
    import io

    # CSV is an interchange format: text goes through exactly, quoted where needed, into a
    # file or pipe. On a terminal it is read by eye, so there controls are made visible.
    text = neutralise if sys.stdout.isatty() else str
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # With \n line ends the csv module leaves a lone \r unquoted, and readers end the row
    # there: a row holding one is quoted in full.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow([header for header, _, _ in layout])
    for record in records:
        row = [text(cell(record.get(name), lang)) for _, name, lang in layout]
        (quoted if any("\r" in value for value in row) else writer).writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()  # the header alone, when there is no record


def console(stream: Any = None) -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise OutputClosed  # Rich would exit 1; a reader that stops early (`| head`) is no error

    force = os.environ.get("CLICOLOR_FORCE", "0") not in ("", "0")
    return _Console(
        file=stream or sys.stdout,
        highlight=False,
        markup=False,
        emoji=False,
        force_terminal=True if force else None,
        soft_wrap=False,
    )


def _print(renderable: Any, out: Console | None = None, *, soft_wrap: bool = False) -> None:
    try:
        (out or console()).print(renderable, soft_wrap=soft_wrap, end="" if soft_wrap else "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as error:
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


def _table(
    records: Sequence[JSON],
    layout: Sequence[tuple[str, str, str]],
    title: str | None,
    highlight: Sequence[str] = (),
) -> None:
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    out = console()
    texts = [[_table_text(record, name, lang) for _, name, lang in layout] for record in records]
    # Short fields keep their natural width (ids are copied and pasted) and each prose field needs
    # room to be read: where the terminal cannot give both, every record becomes a card.
    natural = {
        index: max([cell_len(header)] + [cell_len(line) for row in texts for line in row[index].splitlines()])
        for index, (header, name, _) in enumerate(layout)
        if name in _SHORT_FIELDS
    }
    needed = sum(natural.get(index, _MIN_PROSE_WIDTH) + _COLUMN_PADDING for index in range(len(layout)))
    if out.width < needed:
        _cards(texts, layout, title, out, highlight)
        return
    title = title and neutralise(title)  # titles may quote the data, too
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", header_style="bold", expand=True)
    for index, (header, name, _) in enumerate(layout):
        numeric = name in ("value", "facts", "score", "amount")
        # Short keys keep their natural width (ids are copied); prose shares the rest. Given
        # widths also spare Rich measuring those columns' cells again.
        table.add_column(
            header,
            overflow="fold",
            justify="right" if numeric else "left",
            width=natural.get(index),
            ratio=None if index in natural else 1,
        )
    for row in texts:
        table.add_row(
            *(_marked(text, name, highlight) for text, (_, name, _) in zip(row, layout, strict=True))
        )
    _print(table, out)


def _marked(text: str, name: str, highlight: Sequence[str]) -> Text:
    """Neutralised text as Rich Text (never parsed as markup), the highlight words reversed."""
    from rich.text import Text

    marked = Text(text)
    if highlight and name not in ("id", "topic", "score"):  # names, not text that matched
        words = [neutralise(word) for word in highlight if word]
        marked.highlight_words(words, style="reverse", case_sensitive=False)
    return marked


def _table_text(record: JSON, name: str, lang: str) -> str:
    value = record.get(name)
    if name in BILINGUAL_FIELDS and lang == "both" and isinstance(value, dict):
        return neutralise(str(value.get("zh", ""))) + "\n" + neutralise(str(value.get("en", "")))
    return neutralise(cell(value, lang))


def _cards(
    texts: Sequence[Sequence[str]],
    layout: Sequence[tuple[str, str, str]],
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


def _key_value_table(rows: Sequence[tuple[str, str]], marked: JSON | None) -> None:
    from rich.text import Text

    out = console()
    shown = [(name, Text(value)) for name, value in rows]
    if marked is not None:
        paragraph, start, end = marked["paragraph"], marked["start"], marked["end"]
        text = Text(neutralise(paragraph[:start]))
        text.append(neutralise(paragraph[start:end]), style="reverse")
        text.append(neutralise(paragraph[end:]))
        shown.append(("context", text))
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


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(amount: float, largest: float, width: int) -> str:
    """A horizontal bar of `width` cells at most, to 1/8 of a cell."""
    if largest <= 0 or amount <= 0:
        return ""
    eighths = max(1, round(amount / largest * width * 8))
    return "█" * (eighths // 8) + _EIGHTHS[eighths % 8].strip()


def bar_charts(records: Sequence[JSON], output: Output) -> None:
    """Charts of facts with amounts: one per (topic, normalised unit), bars to its own scale."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    groups: dict[tuple[str, str], list[JSON]] = {}
    for record in records:
        groups.setdefault((record["topic"], record["quantity"]["amount_unit"]), []).append(record)
    charts: list[Table | Text] = []
    for (topic, unit), members in groups.items():
        amounts = [float(record["quantity"]["amount"]) for record in members]
        largest = max(amounts)
        table = Table(title=neutralise(f"{topic} · {unit}"), title_justify="left", box=None, padding=(0, 1))
        table.add_column("id", overflow="fold", max_width=28)
        table.add_column("figure", overflow="fold", max_width=14)
        table.add_column("", no_wrap=True, width=24)
        table.add_column("claim", overflow="fold", ratio=1)
        for record, amount in zip(members, amounts, strict=True):
            table.add_row(
                Text(neutralise(record["id"])),
                Text(neutralise(record["quantity"]["written"])),
                # A lone figure has nothing to be compared with: no bar.
                Text(bar(amount, largest, 24) if len(members) > 1 else "", style="cyan"),
                Text(_table_text(record, "claim", output.lang)),
            )
        charts += [table, Text("")]
    _print(Group(*charts))


@contextmanager
def progress(description: str) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress callback (stage, done, total) that draws a bar on stderr, on a terminal only.

    The bar appears on the first report, so a call that builds nothing draws nothing, and it
    is cleared when done: stdout and pipes never see it.
    """
    if sys.stderr is None or not sys.stderr.isatty():  # stderr may be closed (`2>&-`)
        yield None
        return
    from rich.progress import Progress

    bar = Progress(console=console(sys.stderr), transient=True)
    task = bar.add_task(description)

    def report(stage: str, done: int, total: int) -> None:
        bar.start()
        bar.update(task, description=f"{description}: {stage}", completed=done, total=total)

    try:
        yield report
    finally:
        bar.stop()


def message(text: str) -> None:
    """A line for the user on stderr (errors, hints, 'did you mean')."""
    if sys.stderr is None:  # started with stderr closed (`2>&-`): nowhere to say it
        return
    try:
        sys.stderr.write(neutralise(text) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
