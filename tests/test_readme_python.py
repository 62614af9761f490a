"""README's Python examples run as written, and print what their comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


def test_readme_has_a_python_example() -> None:
    assert BLOCKS and "beilun_cli.open_base()" in BLOCKS[0]


def test_readme_python_examples_print_what_they_say() -> None:
    for block in BLOCKS:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - the documentation's own code
        lines = printed.getvalue().splitlines()
        prints = [line for line in block.splitlines() if line.startswith("print(")]
        assert len(lines) == len(prints)
        for line, shown in zip(prints, lines, strict=True):
            said = re.search(r"#\s(.*)$", line)
            if said:
                assert shown == said.group(1).strip()
