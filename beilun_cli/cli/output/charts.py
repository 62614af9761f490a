"""Bar charts of the article's figures for a person at a terminal (Rich, imported lazily).

A chart compares like with like: two or more figures of one measure (gdp, total investment,
area...), which the fact base counts in one normalised unit, each bar to the scale of the largest.
A figure alone in its measure has nothing to be compared with: it is a row of its topic's other
figures, with no bar.
Ids are copied into `beilun show`, so they are never cut: each has a column of its own where the
terminal is wide enough, else it stands whole above its claim.
Nothing is coloured: bold titles and default-colour bars read on light and dark backgrounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from beilun_cli.cli.output.terminal import _print, console, table_text
from beilun_cli.cli.output.text import neutralise

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from beilun_cli.base.records import BilingualRecord, FactRecord
    from beilun_cli.cli.output.environment import Environment

_EIGHTHS = " ▏▎▍▌▋▊▉"
_GAP = 2  # cells between columns
_MIN_CLAIM = 20  # below this a claim is a word a line: stack the id above the row instead
_WIDE_CLAIM = 60  # a claim at least this wide beside the id column: ids get a column of their own
_MAX_CLAIM = 96  # at 200 columns a claim this wide still reads as one row


def bar(amount: float, largest: float, width: int) -> str:
    """A horizontal bar of `width` cells at most, to 1/8 of a cell."""
    if largest <= 0 or amount <= 0:
        return ""
    eighths = max(1, round(amount / largest * width * 8))
    return "█" * (eighths // 8) + _EIGHTHS[eighths % 8].strip()


def bar_width(width: int) -> int:
    """The longest bar for a terminal of `width` cells: 8 at 60 columns, 24 from 140."""
    return min(24, max(8, width // 5 - 4))


def groups(
    records: Sequence[FactRecord], measures: Mapping[str, BilingualRecord], lang: str
) -> list[tuple[str, list[FactRecord], bool]]:
    """(title, figures, charted): in the records' order, a chart of each measure stated by two
    figures or more (named in `lang`, with its unit), then the lone figures by topic, not charted."""
    by_measure: dict[tuple[str, str], list[FactRecord]] = {}
    for record in records:
        by_measure.setdefault((record["measure"] or "", _unit(record)), []).append(record)
    found: list[tuple[str, list[FactRecord], bool]] = []
    alone: dict[str, list[FactRecord]] = {}
    for (measure, unit), members in by_measure.items():
        if len(members) > 1:
            found.append((f"{_name(measures.get(measure), measure, lang)} · {unit}", members, True))
        else:
            alone.setdefault(members[0]["topic"], []).append(members[0])
    found += [(f"{topic} · other figures", members, False) for topic, members in alone.items()]
    return found


def _name(name: BilingualRecord | None, ident: str, lang: str) -> str:
    if name is None:
        return ident
    return f"{name['zh']} / {name['en']}" if lang == "both" else name["zh" if lang == "zh" else "en"]


def bar_charts(
    env: Environment, records: Sequence[FactRecord], measures: Mapping[str, BilingualRecord], lang: str
) -> None:
    """Charts of facts with amounts, one per measure of two figures or more."""
    from rich.text import Text

    out = console(env)
    drawn = Text()
    for number, (title, members, charted) in enumerate(groups(records, measures, lang)):
        if number:
            drawn.append("\n")
        # Rich pads every line of a table to its width: trimmed here, the lines end at their text.
        for line in out.render_lines(_chart(members, neutralise(title), charted, lang, out), pad=False):
            row = Text()
            for segment in line:
                row.append(segment.text, segment.style)
            row.rstrip()
            drawn.append_text(row)
            drawn.append("\n")
    _print(drawn, out, soft_wrap=True)


def _unit(record: FactRecord) -> str:
    quantity = record["quantity"]
    assert quantity is not None  # figures are the facts with an amount
    return quantity["amount_unit"]


def _amount(record: FactRecord) -> float:
    quantity = record["quantity"]
    assert quantity is not None
    return float(quantity["amount"])


def _chart(members: Sequence[FactRecord], title: str, charted: bool, lang: str, out: Console) -> Table:
    """One chart (or a topic's lone figures) as a table: figure, bar, then the id over its claim."""
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    figures = [table_text(record, "quantity", lang) for record in members]
    ids = [neutralise(record["id"]) for record in members]
    figure_width = max(cell_len(figure) for figure in [*figures, "figure"])
    bars = bar_width(out.width) if charted else 0
    lead = figure_width + _GAP + (bars + _GAP if charted else 0)
    id_width = max(cell_len(ident) for ident in ids)
    # A wide terminal has a column for ids; else each id stands over its claim, and an id wider
    # than the claim column (a 48-character id at 60 columns) gets a line of its own.
    apart = out.width - lead - id_width - _GAP >= _WIDE_CLAIM
    claim_width = min(_MAX_CLAIM, out.width - lead - (id_width + _GAP if apart else 0))
    stacked = claim_width < max(_MIN_CLAIM, id_width)
    grid = Table(
        box=None,
        pad_edge=False,
        padding=(0, _GAP // 2),
        title=title,
        title_justify="left",
        title_style="bold",
        header_style="bold",
        show_header=not stacked,
    )
    if stacked:
        grid.add_column(overflow="fold", width=out.width)  # narrower than an id: fold it, as a terminal would
    else:
        grid.add_column("figure", justify="right", no_wrap=True, width=figure_width)
        if charted:
            grid.add_column("", no_wrap=True, width=bars)
        if apart:
            grid.add_column("id", no_wrap=True, width=id_width)
        grid.add_column("claim" if apart else "id · claim", overflow="fold", width=claim_width)
    amounts = [_amount(record) for record in members]
    largest = max(amounts)
    for record, ident, figure, amount in zip(members, ids, figures, amounts, strict=True):
        claim = table_text(record, "claim", lang)
        drawn = bar(amount, largest, bars) if charted else ""
        if stacked:
            row = Text(ident + "\n")
            row.append_text(_beside(figure, figure_width, drawn, bars, claim, out))
            grid.add_row(row)
        else:
            claim = _lines(claim, claim_width)  # wrapped here, by output.linebreak, not by Rich
            cells = [Text(ident), Text(claim)] if apart else [Text(ident + "\n" + claim)]
            grid.add_row(Text(figure), *([Text(drawn)] if charted else []), *cells)
    return grid


def _lines(text: str, width: int) -> str:
    """Text wrapped at `width` cells where output.linebreak allows a break."""
    from beilun_cli.cli.output.linebreak import wrap

    return "\n".join(text[start:end] for start, end in wrap(text, width))


def _beside(figure: str, figure_width: int, drawn: str, bars: int, claim: str, out: Console) -> Text:
    """Figure, bar and claim as lines of the whole width: the claim wrapped beside the two."""
    from rich.cells import cell_len
    from rich.text import Text

    indent = figure_width + _GAP + (bars + _GAP if bars else 0)
    lead = " " * (figure_width - cell_len(figure)) + figure + " " * _GAP
    if bars:
        lead += drawn + " " * (bars - cell_len(drawn) + _GAP)
    text = Text()
    if out.width - indent < _MIN_CLAIM:  # no room beside them: the claim goes under them
        text.append(lead.rstrip())
        lead, indent = "", 0
    for number, line in enumerate(_lines(claim, out.width - indent).split("\n")):
        text.append("\n" if number or text else "")
        text.append(lead if number == 0 else " " * indent)
        text.append(line)
    return text
