"""`cite` treats the base's text as data in every style: terminal controls shown as visible marks,
in a pipe as on a terminal, and Markdown escaped as `--format md` escapes it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import PARAGRAPHS, fact_toml, installed_script, on_a_terminal, run, toml_string, write_base

# A clipboard write (OSC 52), a hyperlink (OSC 8), clear screen (CSI 2J), reset (ESC c), C1 CSI
# and DCS, and a right-to-left override.
CONTROLS = (
    "\x1b]52;c;aGk=\x07 \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 "
    "\x1b[2J \x1bc \x9b31m \x90q \u202eevil"
)
# What every command shows instead.
SHOWN = "␛]52;c;aGk=␇ ␛]8;;https://evil.example␇link␛]8;;␇ ␛[2J ␛c <U+009B>31m <U+0090>q <U+202E>evil"
# The same in Markdown: brackets and angle brackets escaped, as --format md escapes them.
MD_SHOWN = (
    "␛\\]52;c;aGk=␇ ␛\\]8;;https://evil.example␇link␛\\]8;;␇ ␛\\[2J ␛c \\<U+009B\\>31m \\<U+0090\\>q "
    "\\<U+202E\\>evil"
)
RAW_CONTROL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
CITE = ["cite", "growth", "--accessed", "2026-11-28"]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A base whose claim, quote, title, outlet and reporter all carry terminal controls."""
    quote = f"增长5%{CONTROLS}"  # it carries the numbers the controls hold (52, 8, 2, 31), as claims must
    facts = fact_toml(zh=f"北仑{CONTROLS}", en=f"Beilun{CONTROLS}", quote=quote)
    root = write_base(tmp_path / "hostile", facts, paragraphs=(f"{quote}。", *PARAGRAPHS[1:]))
    text = (root / "base.toml").read_text(encoding="utf-8")
    text = text.replace(
        'outlet = { zh = "测试网", en = "Test Net" }\ntitle = { zh = "测试", en = "Test" }',
        f'outlet = {{ zh = {toml_string("网" + CONTROLS)}, en = "Net" }}\n'
        f"title = {{ zh = {toml_string('题' + CONTROLS)}, en = {toml_string('T' + CONTROLS)} }}\n"
        f"reporters = [{toml_string('记' + CONTROLS)}]",
    )
    (root / "base.toml").write_text(text, encoding="utf-8")
    return root


EXPECTED = {
    "plain": (
        f"Beilun{SHOWN}\n"
        f"“增长5%{SHOWN}” — 记{SHOWN}, 《题{SHOWN}》 (T{SHOWN}), 网{SHOWN} (Net), 2019-09-16, "
        "paragraph 1. [beilun fact growth]\n"
    ),
    "markdown": (
        f"Beilun{MD_SHOWN}\n\n"
        f"> 增长5%{MD_SHOWN}\n\n"
        f"— 记{MD_SHOWN}, *题{MD_SHOWN}* (T{MD_SHOWN}), 网{MD_SHOWN} (Net), 2019-09-16, ¶1. "
        "`beilun show growth`\n"
    ),
    "bibtex": (
        "@article{growth,\n"
        f"  author = {{记{SHOWN}}},\n"
        f"  title = {{题{SHOWN}}},\n"
        f"  titleaddon = {{T{SHOWN}}},\n"
        f"  journal = {{网{SHOWN}}},\n"
        "  year = {2019},\n"
        "  month = sep,\n"
        "  day = {16},\n"
        "  date = {2019-09-16},\n"
        "  language = {chinese},\n"
        f"  note = {{¶1: “增长5%{SHOWN}” (beilun fact growth)}}\n"
        "}\n"
    ),
    "gb7714": (
        f"Beilun{SHOWN} [1], paragraph 1\n\n"
        f"[1] 记{SHOWN}. 题{SHOWN}[N/OL]. 网{SHOWN}, 2019-09-16[2026-11-28].\n"
    ),
}


def test_the_fixture_really_holds_the_raw_controls(hostile: Path) -> None:
    [source] = json.loads(run(["--facts", str(hostile), "sources", "--json"]).stdout)
    assert source["title"] == {"zh": "题" + CONTROLS, "en": "T" + CONTROLS}
    assert source["reporters"] == ["记" + CONTROLS]


def _piped(args: list[str]) -> subprocess.CompletedProcess[str]:
    """The installed script with stdout and stderr on pipes."""
    return subprocess.run(
        [installed_script(), *args], capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
    )


@pytest.mark.parametrize("style", list(EXPECTED))
def test_cite_shows_controls_as_marks_in_a_pipe_and_on_a_terminal(hostile: Path, style: str) -> None:
    args = ["--facts", str(hostile), *CITE, "--style", style]
    piped = _piped(args)
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, EXPECTED[style], "")
    assert on_a_terminal(args) == (0, EXPECTED[style])


def test_cite_csl_json_escapes_controls_and_reads_back_the_same_text(hostile: Path) -> None:
    args = ["--facts", str(hostile), *CITE, "--style", "csl-json"]
    piped = _piped(args)
    assert piped.returncode == 0 and not RAW_CONTROL.search(piped.stdout)
    [item] = json.loads(piped.stdout)
    assert (item["title"], item["container-title"], item["author"]) == (
        "题" + CONTROLS,
        "网" + CONTROLS,
        [{"literal": "记" + CONTROLS}],
    )
    status, shown = on_a_terminal(args)
    assert (status, shown) == (0, piped.stdout)


def test_cite_in_chinese_shows_controls_as_marks_too(hostile: Path) -> None:
    result = _piped(["--facts", str(hostile), *CITE, "--lang", "zh"])
    assert result.stdout == (
        f"北仑{SHOWN}\n“增长5%{SHOWN}”——记{SHOWN}：《题{SHOWN}》，网{SHOWN}，2019年9月16日，第1段。"
        "[beilun 事实 growth]\n"
    )


# A title that, pasted raw into Markdown, would start a heading, run a script and make a link.
INJECTION = "\n\n# Heading\n<script>alert(1)</script>[x](javascript:alert(1))"
# How --format md shows it: line breaks as <br>, Markdown's and HTML's characters escaped.
INERT = "<br><br>\\# Heading<br>\\<script\\>alert(1)\\</script\\>\\[x\\](javascript:alert(1))"


def markdown_base(root: Path, url: str | None) -> Path:
    base = write_base(root)
    text = (base / "base.toml").read_text(encoding="utf-8")
    address = f"\nurl = {toml_string(url)}" if url else ""
    title = f"title = {{ zh = {toml_string('测试' + INJECTION)}, en = {toml_string('Test' + INJECTION)} }}"
    text = text.replace('title = { zh = "测试", en = "Test" }', title + address)
    (base / "base.toml").write_text(text, encoding="utf-8")
    return base


def test_cite_markdown_escapes_the_title_as_format_md_does(tmp_path: Path) -> None:
    base = markdown_base(tmp_path / "md", None)
    result = run(["--facts", str(base), *CITE, "--style", "markdown"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "Beilun grew by 5%.\n\n> 增长5%\n\n"
        f"— 测试网, *测试{INERT}* (Test{INERT}), 测试网 (Test Net), 2019-09-16, ¶1. `beilun show growth`\n"
    )
    table = run(["--facts", str(base), "sources", "--format", "md", "--fields", "title"]).stdout
    assert table.splitlines()[2] == f"| 测试{INERT} | Test{INERT} |"


def test_cite_markdown_links_only_a_web_address_and_encodes_its_syntax(tmp_path: Path) -> None:
    web = markdown_base(tmp_path / "web", "https://x.example/a b)(<c>")
    linked = run(["--facts", str(web), *CITE, "--style", "markdown", "--lang", "zh"]).stdout
    assert f"——测试网：[《测试{INERT}》](https://x.example/a%20b%29%28%3Cc%3E)，测试网，" in linked
    script = markdown_base(tmp_path / "script", "javascript:alert(1)")
    shown = run(["--facts", str(script), *CITE, "--style", "markdown"]).stdout
    assert shown == (
        "Beilun grew by 5%.\n\n> 增长5%\n\n"
        f"— 测试网, *测试{INERT}* (javascript:alert(1)) (Test{INERT}), 测试网 (Test Net), 2019-09-16, ¶1. "
        "`beilun show growth`\n"
    )
