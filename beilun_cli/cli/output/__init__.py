"""The one way out: an `Output` writes records in the chosen format to this call's stdout.

`Output` is settled once per call from the user's options and the `Environment`; commands hand
it records and it picks the format: a table or card layout for a person (output.terminal,
Rich; bar charts in output.charts), or a machine format written as records arrive
(output.formats). Every byte for stdout is written here; messages for the user go to stderr
through output.messages.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from beilun_cli.base.errors import OutputClosed, OutputError
from beilun_cli.cli.output import fields, formats
from beilun_cli.cli.output.text import coloured_json, neutralise, to_json

if TYPE_CHECKING:
    from beilun_cli.base.records import BilingualRecord, ContextRecord, FactRecord
    from beilun_cli.cli.output.environment import Environment

# excel: CSV for a spreadsheet, made safe to open there (output.formats.csv).
FORMATS = ("table", "tsv", "csv", "excel", "json", "jsonl", "md")
LANGS = ("zh", "en", "both")

_BATCH = 500  # pieces written at a time


class Output:
    """How the user asked to see results (format, chosen fields, claim language, a TSV header row),
    and where."""

    # A plain class: cheaper than a NamedTuple.
    __slots__ = ("env", "format", "fields", "lang", "header", "_held")

    def __init__(
        self,
        env: Environment,
        format: str,
        fields: tuple[str, ...] | None,
        lang: str,
        header: bool = False,
    ) -> None:
        self.env = env
        self.format = format
        self.fields = fields
        self.lang = lang
        self.header = header
        # While a pager may be wanted: the terminal's environment and what is held for it.
        self._held: tuple[Environment, io.StringIO] | None = None

    def hold_for_pager(self) -> None:
        """Hold everything written from now on, to page it at `release` if it is longer than the
        screen. Only on a terminal with a pager (env.pager); a no-op otherwise."""
        if self.env.pager is None or self._held is not None:
            return
        buffer = io.StringIO()
        self._held = (self.env, buffer)
        self.env = self.env.held_in(buffer)

    def release(self) -> None:
        """Send what was held to the terminal: through the pager when it does not fit the screen."""
        if self._held is None:
            return
        terminal, buffer = self._held
        self._held = None
        if self.env.stdout is buffer:  # `export -o FILE` points the output elsewhere: keep that
            self.env = terminal
        text = buffer.getvalue()
        if not text:
            return
        from beilun_cli.cli.output import pager

        chosen = terminal.pager
        if chosen is not None and not pager.fits(text, terminal) and pager.page(text, chosen, terminal):
            return
        _write(terminal.stdout, text)  # it fits the screen, or the pager would not start

    def drop_held(self) -> None:
        """Forget what was held (the call was interrupted): nothing more reaches the terminal."""
        if self._held is not None:
            self.env = self._held[0]
            self._held = None

    def write(self, text: str) -> None:
        """Text to stdout, now. A reader gone ends the call quietly; any other failure is exit 74."""
        _write(self.env.stdout, text)

    def _write_json(self, pieces: Iterable[str]) -> None:
        """JSON text, coloured on a terminal (see Environment.colours_text), plain elsewhere."""
        self._write_batches(map(coloured_json, pieces) if self.env.colours_text else pieces)

    def _write_batches(self, pieces: Iterable[str]) -> None:
        batch: list[str] = []
        for piece in pieces:
            batch.append(piece)
            if len(batch) == _BATCH:
                self.write("".join(batch))
                batch.clear()
        if batch:
            self.write("".join(batch))

    def _csv(self, records: Iterable[Any], layout: Sequence[formats.Column]) -> Iterator[str]:
        spreadsheet = self.format == "excel"
        return formats.csv(records, layout, on_terminal=self.env.stdout_isatty, spreadsheet=spreadsheet)

    def records(
        self,
        records: Iterable[Any],
        columns: Sequence[str],
        *,
        title: str | None = None,
        highlight: Sequence[str] = (),
        filtered: Sequence[str] = (),
        optional: Sequence[str] = ("topic", "as_of", "quantity"),
        lead: tuple[str, ...] = (),
    ) -> int:
        """Write many records and say how many: `columns` are the defaults when the user chose no
        fields. A table marks every occurrence of the `highlight` words (search's terms), leaves
        out the `filtered` columns, which a filter made the same in every record, and where the
        terminal is narrow, the `optional` ones, first to last. Tables and Markdown put the `lead`
        columns first.

        Every format but a table is written as the records arrive, a batch at a time.
        """
        chosen = self.fields or tuple(columns)
        if self.fields is None and self.format in ("table", "md"):
            chosen = fields.for_people(chosen, lead)
        if self.format == "table":
            from beilun_cli.cli.output import terminal

            every = list(records)
            if self.fields is None:
                chosen = tuple(name for name in chosen if name not in filtered)
            layout = formats.columns(chosen, self.lang, split_bilingual=False)
            optional = () if self.fields else optional  # the user's choice is kept
            terminal.table(self.env, every, layout, title, highlight, optional=optional)
            return len(every)
        counted = _Counted(records)
        projected = (formats.project(record, self.fields) for record in counted)
        if self.format == "json":
            self._write_json(formats.json_array(projected))
        elif self.format == "jsonl":
            self._write_json(formats.json_lines(projected))
        else:
            layout = formats.columns(chosen, self.lang, split_bilingual=True)
            if self.format in ("csv", "excel"):
                self._write_batches(self._csv(counted, layout))
            elif self.format == "md":
                self._write_batches(formats.markdown(counted, layout))
            else:
                self._write_batches(formats.tsv(counted, layout, header=self.header))
        return counted.count

    def one(self, record: Any, *, context: ContextRecord | None = None) -> None:
        """Write one record: an object in JSON, a field/value listing otherwise.

        `context` is the paragraph the record's quote stands in, with the quote's span.
        """
        shown = formats.project(record, self.fields)
        if self.format in ("json", "jsonl"):
            if context is not None:
                shown = {**shown, "context": context}
            self._write_json([to_json(shown, indent=2 if self.format == "json" else None) + "\n"])
            return
        if self.format in ("csv", "excel"):  # raw values, laid out as `list` lays them out: CSV round-trips
            layout = formats.columns(list(shown), self.lang, split_bilingual=True)
            self._write_batches(self._csv([shown], layout))
            return
        readable = self.format in ("table", "md")
        rows = [
            (name, _one_cell(name, value, self.lang, readable=readable, lines=self.format == "table"))
            for name, value in shown.items()
        ]
        marked = _marked_paragraphs(context, self.lang) if context is not None else []
        if self.format == "md":
            paragraphs = [
                (label, _plain_marked(paragraph, start, end)) for label, paragraph, start, end in marked
            ]
            self._write_batches(formats.markdown_table(("field", "value"), [*rows, *paragraphs]))
            return
        if self.format == "table":
            from beilun_cli.cli.output import terminal

            terminal.field_list(self.env, rows, marked)
            return
        # Every line a field and its value, the paragraph too: `cut -f2` and `grep ^context` work.
        text = "".join(f"{name}\t{value}\n" for name, value in rows)
        for label, paragraph, start, end in marked:
            text += f"{label}\t{_plain_marked(paragraph, start, end)}\n"
        self.write(text)

    def verdicts(self, results: Iterable[Mapping[str, Any]], *, many: bool) -> None:
        """Checked claims ({"claim", "verdict", "reason", "evidence": [fact records]}): one JSON
        object (or an array when `many`), a line each in TSV/CSV/Markdown (evidence as ids), and
        for a person the verdict, its reason, and each evidence fact with its quote and paragraph.

        Each is written (and flushed) as it arrives: `check -` answers a line as soon as it is read."""
        if self.format == "table":
            from beilun_cli.cli.output import terminal

            for number, result in enumerate(results):
                if number:
                    self.write("\n")
                terminal.verdict_cards(self.env, [result], self.lang)  # flushed
            return
        if self.format in ("json", "jsonl"):
            self.documents(results, many=many)
            return
        pieces: Iterable[str]
        # "statement", not "claim": a fact's claim is bilingual, a checked claim is the user's text.
        rows = (
            {
                "statement": result["claim"],
                "verdict": result["verdict"],
                "reason": result["reason"],
                "evidence": ",".join(record["id"] for record in result["evidence"]),
            }
            for result in results
        )
        names = ("statement", "verdict", "reason", "evidence")
        layout = [("claim" if name == "statement" else name, name, self.lang) for name in names]
        if self.format in ("csv", "excel"):
            pieces = self._csv(rows, layout)
        elif self.format == "md":
            cells = ([str(row[name]) for name in names] for row in rows)
            pieces = formats.markdown_table([header for header, _, _ in layout], cells)
        else:
            pieces = formats.tsv(rows, layout, header=self.header)
        for piece in pieces:
            self.write(piece)

    def document(self, data: Any) -> None:
        """One JSON document (an object with nested records), whatever the format asked."""
        self._write_json([to_json(data) + "\n"])

    def documents(self, items: Iterable[Any], *, many: bool) -> None:
        """JSON documents, each written as it arrives: a line each in jsonl, else an array when
        `many` (`ask -`), else each on its own."""
        if self.format == "jsonl":
            pieces = formats.json_lines(items)
        else:
            pieces = formats.json_array(items) if many else (to_json(item) + "\n" for item in items)
        for piece in pieces:
            self.write(coloured_json(piece) if self.env.colours_text else piece)

    def charts(self, records: Sequence[FactRecord], measures: Mapping[str, BilingualRecord]) -> None:
        """Bar charts of facts with amounts (a table format only), titled with their measures' names."""
        from beilun_cli.cli.output import charts

        charts.bar_charts(self.env, records, measures, self.lang)


def _one_cell(name: str, value: Any, lang: str, *, readable: bool, lines: bool) -> str:
    """A field of one record: on a terminal (`lines`) a field in both languages takes a line each."""
    if lines and lang == "both" and fields.kind(name).bilingual and isinstance(value, dict):
        return neutralise(str(value.get("zh", ""))) + "\n" + neutralise(str(value.get("en", "")))
    return neutralise(fields.cell(name, value, lang, readable=readable))


def _write(stream: TextIO | None, text: str) -> None:
    if stream is None:
        raise OutputError("cannot write output: standard output is closed")
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as error:  # a full disk, a bad descriptor: the answer is lost, so never exit 0
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


class _Counted:
    """Records passed on one by one, counted on the way."""

    __slots__ = ("records", "count")

    def __init__(self, records: Iterable[Any]) -> None:
        self.records = records
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for record in self.records:
            self.count += 1
            yield record


def _marked_paragraphs(context: ContextRecord, lang: str) -> list[tuple[str, str, int, int]]:
    """(label, paragraph, start, end) of the context in the languages asked for: the English where
    the base has it (else the Chinese), or both."""
    chinese = ("context", context["paragraph"], context["start"], context["end"])
    english = context.get("en")
    if english is None or lang == "zh":
        return [chinese]
    translated = (
        "context.en" if lang == "both" else "context",
        english["paragraph"],
        english["start"],
        english["end"],
    )
    return [chinese, translated] if lang == "both" else [translated]


def _plain_marked(paragraph: str, start: int, end: int) -> str:
    marked = neutralise(paragraph[start:end])
    return neutralise(paragraph[:start]) + "«" + marked + "»" + neutralise(paragraph[end:])
