"""The Python examples of README and docs/ run as written, and print what their comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCKS = [
    (page.relative_to(ROOT).as_posix(), block)
    for page in PAGES
    for block in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
]


def test_the_docs_have_a_python_example() -> None:
    assert any("beilun_cli.open_base()" in block for _, block in BLOCKS)


def test_python_examples_print_what_they_say() -> None:
    for page, block in BLOCKS:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block, page, "exec"), {})  # noqa: S102 - the documentation's own code
        lines = printed.getvalue().splitlines()
        prints = [line for line in block.splitlines() if line.startswith("print(")]
        assert len(lines) == len(prints)
        for line, shown in zip(prints, lines, strict=True):
            said = re.search(r"#\s(.*)$", line)
            if said:
                assert shown == said.group(1).strip()
