"""Bar charts of the article's figures for a person at a terminal (Rich, imported lazily)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from beilun_cli.output.terminal import _print, console, table_text
from beilun_cli.output.text import neutralise

if TYPE_CHECKING:
    from beilun_cli.output.environment import Environment
    from beilun_cli.records import FactRecord


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(amount: float, largest: float, width: int) -> str:
    """A horizontal bar of `width` cells at most, to 1/8 of a cell."""
    if largest <= 0 or amount <= 0:
        return ""
    eighths = max(1, round(amount / largest * width * 8))
    return "█" * (eighths // 8) + _EIGHTHS[eighths % 8].strip()


def bar_charts(env: Environment, records: Sequence[FactRecord], lang: str) -> None:
    """Charts of facts with amounts: one per (topic, normalised unit), bars to its own scale."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    groups: dict[tuple[str, str], list[FactRecord]] = {}
    for record in records:
        quantity = record["quantity"]
        assert quantity is not None  # figures are the facts with an amount
        groups.setdefault((record["topic"], quantity["amount_unit"]), []).append(record)
    charts: list[Table | Text] = []
    for (topic, unit), members in groups.items():
        amounts = [float(record["quantity"]["amount"]) for record in members if record["quantity"]]
        largest = max(amounts)
        chart = Table(title=neutralise(f"{topic} · {unit}"), title_justify="left", box=None, padding=(0, 1))
        chart.add_column("id", overflow="fold", max_width=28)
        chart.add_column("figure", overflow="fold", max_width=14)
        chart.add_column("", no_wrap=True, width=24)
        chart.add_column("claim", overflow="fold", ratio=1)
        for record, amount in zip(members, amounts, strict=True):
            chart.add_row(
                Text(neutralise(record["id"])),
                Text(table_text(record, "quantity", lang)),
                # A lone figure has nothing to be compared with: no bar.
                Text(bar(amount, largest, 24) if len(members) > 1 else "", style="cyan"),
                Text(table_text(record, "claim", lang)),
            )
        charts += [chart, Text("")]
    _print(Group(*charts), console(env))
