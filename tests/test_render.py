"""render: cells, neutralising, JSON escaping and bars."""

from __future__ import annotations

import json

import pytest

from beilun_cli import render


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain 中文", "plain 中文"),
        ("\x1b[2J", "␛[2J"),
        ("a\tb\nc", "a␉b␊c"),
        ("\x9b31m", "<U+009B>31m"),
        ("\u202eevil", "<U+202E>evil"),
        ("\x7f", "␡"),
        ("[red]5%[/red]", "[red]5%[/red]"),
    ],
)
def test_neutralise_makes_controls_visible(text: str, shown: str) -> None:
    assert render.neutralise(text) == shown


def test_json_keeps_chinese_and_escapes_every_control() -> None:
    text = render.to_json({"t": "北仑\x1b\x9b\u202e\u2028"}, indent=None)
    assert text == '{"t":"北仑\\u001b\\u009b\\u202e\\u2028"}'
    assert json.loads(text) == {"t": "北仑\x1b\x9b\u202e\u2028"}


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (None, "en", ""),
        (114646000000.0, "en", "114646000000"),
        (0.16666666666666666, "en", "0.16666666666666666"),
        ({"zh": "经济", "en": "Economy"}, "zh", "经济"),
        ({"zh": "经济", "en": "Economy"}, "both", "经济 / Economy"),
        ({"written": "去年", "start": "2018", "end": "2018", "precision": "year"}, "en", "2018 (year)"),
        ({"written": "", "start": "2012", "end": "2019", "precision": "period"}, "en", "2012..2019 (period)"),
        (["beilun", "ningbo"], "en", "beilun, ningbo"),
        ({"id": "src", "paragraph": 3, "offset": 9}, "en", "src ¶3"),
    ],
)
def test_cell_text(value: object, lang: str, text: str) -> None:
    assert render.cell(value, lang) == text


@pytest.mark.parametrize(
    ("amount", "largest", "drawn"),
    [(10, 10, "█" * 8), (5, 10, "█" * 4), (1, 100, "▏"), (0, 10, ""), (41, 80, "████▏")],
)
def test_bar_is_drawn_to_scale(amount: float, largest: float, drawn: str) -> None:
    assert render.bar(amount, largest, 8) == drawn
