"""Shared test helpers: tiny fact bases written into tmp_path, the app run in-process, and the
installed script run on a pseudo-terminal."""

from __future__ import annotations

import difflib
import functools
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from beilun_cli.cli.app import app
from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

# The source text of a tiny base: one paragraph per block, as the shipped base stores it.
PARAGRAPHS = ("2018年北仑增长5%。", "北仑港是大港。")
QUOTE = "增长5%"  # the default fact's quote

HEADER = """\
[[sources]]
id = "src"
outlet = { zh = "测试网", en = "Test Net" }
title = { zh = "测试", en = "Test" }
published = 2019-09-16
text = "src.txt"

[[topics]]
id = "economy"
name = { zh = "经济", en = "Economy" }

[[topics]]
id = "urban"
name = { zh = "城市", en = "Urban" }
"""
# What the values of a tiny base's facts may measure: write_base puts them in a file of their
# own, so the lines of base.toml stay where tests expect them.
MEASURES = """\
[[measures]]
id = "growth"
name = { zh = "增速", en = "growth" }
amount_unit = "percent"

[[measures]]
id = "headcount"
name = { zh = "人数", en = "headcount" }
amount_unit = "people"

[[measures]]
id = "investment"
name = { zh = "总投资", en = "total investment" }
amount_unit = "yuan"
"""
# A subject for facts with a value; it is the first table after them, as TOML wants.
BEILUN = '\n[[entities]]\nid = "beilun"\nkind = "place"\nname = { zh = "北仑", en = "Beilun" }\n'


def statement(measure: str = "growth", subject: str = "beilun") -> str:
    """What a fact's value measures, of which entity (BEILUN defines the default subject)."""
    return f'measure = "{measure}"\nsubject = "{subject}"\nentities = ["{subject}"]\n'


def toml_string(text: str) -> str:
    """`text` as a TOML basic string: quotes, backslashes and every control character escaped."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def fact_toml(
    ident: str = "growth",
    *,
    zh: str = "北仑增长5%。",
    en: str = "Beilun grew by 5%.",
    quote: str = QUOTE,
    topic: str = "economy",
) -> str:
    """One [[facts]] table (id first, as the loader wants it for line numbers)."""
    return (
        f"\n[[facts]]\nid = {toml_string(ident)}\ntopic = {toml_string(topic)}\n"
        f'source = "src"\nquote = {toml_string(quote)}\n'
        f"claim = {{ zh = {toml_string(zh)}, en = {toml_string(en)} }}\n"
    )


def write_base(root: Path, facts: str | None = None, paragraphs: Sequence[str] = PARAGRAPHS) -> Path:
    """A valid base at `root`: a source, two topics and `facts` (default: one fact)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "src.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    body = HEADER + (fact_toml() if facts is None else facts)
    (root / "base.toml").write_text(body, encoding="utf-8")
    (root / "measures.toml").write_text(MEASURES, encoding="utf-8")
    return root


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from what beilun prints now (review the diff before committing)",
    )


def compare_golden(name: str, lines: Iterable[str], update: bool) -> None:
    """Compare tests/golden/`name` with `lines`, or rewrite it when asked to (--update-golden)."""
    path = Path(__file__).parent / "golden" / name
    actual = "".join(f"{line}\n" for line in lines)
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"tests/golden/{name}",
            "now",
            n=1,
        )
        pytest.fail(
            "output differs from the golden file (rewrite it with --update-golden and review the diff):\n"
            + "".join(list(diff)[:200]),
            pytrace=False,
        )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own index cache, never the user's, and no config file or standing
    language of the user's either."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("BEILUN_LANG", raising=False)
    return cache


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A valid one-fact base in tmp_path."""
    return write_base(tmp_path / "base")


def run(args: Sequence[str], env: dict[str, str | None] | None = None) -> Result:
    """The app in-process, with stdout and stderr captured apart."""
    return CliRunner().invoke(app, list(args), env={"BEILUN_DEBUG": None, **(env or {})})


def installed_script() -> str:
    """The `beilun` console script installed beside this Python."""
    executable = shutil.which("beilun", path=os.path.dirname(sys.executable)) or shutil.which("beilun")
    if executable is None:
        pytest.fail("the beilun console script is not installed")
    return executable


def on_a_terminal(
    args: Sequence[str], columns: int = 80, timeout: float = 60, variables: dict[str, str] | None = None
) -> tuple[int, str]:
    """The installed script run with stdin, stdout and stderr on one pseudo-terminal `columns` wide
    and 24 lines high, as a user at a terminal runs it: its exit status, and what the terminal was
    sent (newlines as \\n). The environment is this process's, without the variables that would
    decide for it, and with no pager (BEILUN_PAGER=cat) unless `variables` name one.
    """
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("COLUMNS", "LINES", "NO_COLOR", "CLICOLOR_FORCE", "BEILUN_DEBUG", "PAGER", "LESS")
    }
    env["TERM"] = "xterm-256color"
    env["BEILUN_PAGER"] = "cat"
    env.update(variables or {})
    try:
        process = subprocess.Popen(
            [installed_script(), *args], stdin=terminal, stdout=terminal, stderr=terminal, env=env, cwd="/"
        )
    finally:
        os.close(terminal)
    received = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.1)
            if not ready:
                if process.poll() is not None and not select.select([controller], [], [], 0)[0]:
                    break
                continue
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: every copy of the terminal's other end is closed
                break
            if not chunk:
                break
            received += chunk
        status = process.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        os.close(controller)
        if process.poll() is None:
            process.kill()
    return status, received.decode("utf-8").replace("\r\n", "\n")


@functools.cache
def shipped_base() -> catalog.Catalog:
    """The shipped fact base, its index built in memory once for the whole run."""
    return catalog.open_base(use_cache=False)


def assert_checked(claim: str, verdict: str, evidence: str | None = None) -> None:
    """check's verdict on a claim, and the fact it cites first when `evidence` names one."""
    answer = verdicts.check(shipped_base(), claim)
    assert answer.verdict == verdict, answer.reason
    if evidence is not None:
        assert answer.evidence[0]["id"] == evidence
