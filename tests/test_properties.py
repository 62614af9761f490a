"""Properties over random input: argv, fact text through every renderer, and fact bases on disk.

CSV is the one format that carries text exactly, controls included, so it is held to an exact
round-trip; table, tsv, json and jsonl are held to "no raw control character" (and JSON to an
exact round-trip as well, through its escapes).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from conftest import HEADER, PARAGRAPHS, QUOTE, fact_toml, run, write_base
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from beilun_cli.cli.output import Output
from beilun_cli.cli.output.environment import Environment
from beilun_cli.cli.output.text import neutralise
from beilun_cli.read.numerals import unquoted_claim_numbers

# Raw controls a terminal could act on; tab and newline are listed apart, as layouts use them.
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
RAW = re.compile(f"[{CONTROLS}]")
RAW_OR_TAB = re.compile(f"[{CONTROLS}\t]")

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)  # any Unicode scalar value
SETTINGS = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_base(tmp_path_factory.mktemp("tiny") / "base")


def test_an_unknown_entity_in_a_base_without_entities_is_exit_1_with_no_suggestion(tiny: Path) -> None:
    # Found by the random argv below: the suggestion asked difflib for zero names and crashed (70).
    result = run(["--facts", str(tiny), "search", "topics", "--entity", "topics"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "beilun: no entity named 'topics'\n")


# --- random argv -------------------------------------------------------------------------------

WORDS = [
    *("topics", "list", "show", "search", "timeline", "entities", "figures", "export", "validate"),
    *("--format", "-f", "--json", "--fields", "--lang", "--limit", "-n", "--topic", "-t", "--entity"),
    *("--unit", "--min", "--max", "--year", "--from", "--to", "--kind", "--context", "-c", "--facts"),
    *("--version", "-V", "--help", "-h", "--"),
    *("table", "tsv", "csv", "json", "jsonl", "xml", "zh", "en", "both", "id,claim", "nope"),
    *("economy", "growth", "北仑", "-3", "0", "5", "abc", "99999", "2018", "nan", "inf", "1e309", ""),
]
# Free text, but never a path that would send validate or --facts walking the whole disk.
FREE = st.text(max_size=12).filter(lambda word: not word.startswith(("/", ".", "~")))
ARGV = st.lists(st.one_of(st.sampled_from(WORDS), FREE), max_size=8)


@SETTINGS
@given(argv=ARGV)
def test_any_argv_exits_0_1_2_or_3_without_a_traceback(tiny: Path, argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as empty, contextlib.chdir(empty):
        result = run(argv, env={"BEILUN_FACTS": str(tiny)})
    assert result.exit_code in (0, 1, 2, 3), (argv, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), argv
    assert "Traceback" not in result.stderr


# --- random text through every renderer --------------------------------------------------------


def rendered(records: list[dict[str, object]], fmt: str, fields: tuple[str, ...], lang: str = "zh") -> str:
    buffer = io.StringIO()
    env = Environment(buffer, None, stdout_isatty=False, stderr_isatty=False)
    Output(env, fmt, fields, lang).records(records, fields)
    return buffer.getvalue()


def record(zh: str, en: str, quote: str) -> dict[str, object]:
    return {"id": "x", "claim": {"zh": zh, "en": en}, "quote": quote}


@SETTINGS
@given(zh=TEXT, en=TEXT, quote=TEXT)
def test_json_and_jsonl_escape_every_control_and_parse_back(zh: str, en: str, quote: str) -> None:
    records = [record(zh, en, quote), record(en, quote, zh)]
    as_json = rendered(records, "json", ("id", "claim", "quote"))
    assert not RAW_OR_TAB.search(as_json)
    assert json.loads(as_json) == records
    as_jsonl = rendered(records, "jsonl", ("id", "claim", "quote"))
    assert not RAW_OR_TAB.search(as_jsonl)
    assert [json.loads(line) for line in as_jsonl.split("\n")[:-1]] == records


@SETTINGS
@given(zh=TEXT, en=TEXT, quote=TEXT)
@example(zh="a\rb", en="\r\n", quote="\r")  # the csv module leaves a lone \r unquoted by default
def test_csv_parses_back_to_exactly_the_same_text(zh: str, en: str, quote: str) -> None:
    text = rendered([record(zh, en, quote)], "csv", ("id", "claim", "quote"), lang="both")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["id", "claim.zh", "claim.en", "quote"],
        ["x", zh, en, quote],
    ]


@SETTINGS
@given(zh=TEXT, en=TEXT, quote=TEXT)
def test_tsv_keeps_one_record_per_line_and_no_raw_control(zh: str, en: str, quote: str) -> None:
    text = rendered([record(zh, en, quote)], "tsv", ("id", "claim", "quote"), lang="both")
    assert not RAW.search(text)
    assert text.split("\n") == [
        "\t".join(["x", neutralise(zh), neutralise(en), neutralise(quote)]),
        "",
    ]


@SETTINGS
@given(zh=TEXT, quote=TEXT)
def test_tables_hold_no_raw_control_and_lose_no_visible_character(zh: str, quote: str) -> None:
    text = rendered([record(zh, "", quote)], "table", ("claim", "quote"))
    assert not RAW_OR_TAB.search(text)
    one_column = rendered([record(zh, "", "")], "table", ("claim",))
    visible = [char for char in neutralise(zh) if char.isprintable() and not char.isspace()]
    shown = iter(one_column)
    assert all(char in shown for char in visible)  # in order: nothing lost, nothing reordered


# --- random fact bases on disk -----------------------------------------------------------------

CLAIM = TEXT.filter(str.strip)
FACT = st.tuples(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8})?", fullmatch=True), CLAIM, CLAIM)
# A problem at a place in a file; a problem about the whole base has no place (`path: message`).
PROBLEM = re.compile(r"^beilun: .+?:[1-9]\d*:\d+: .+$")


@st.composite
def corruption(draw: st.DrawFn, content: bytes) -> bytes:
    """The file as written, or damaged the way files get damaged."""
    how = draw(st.sampled_from(["none", "cut", "delete", "insert", "repeat-line", "flip"]))
    if how == "none" or not content:
        return content
    at = draw(st.integers(0, len(content) - 1))
    if how == "cut":
        return content[:at]
    if how == "delete":
        return content[:at] + content[at + draw(st.integers(1, 20)) :]
    if how == "insert":
        return content[:at] + draw(st.binary(min_size=1, max_size=8)) + content[at:]
    if how == "flip":
        return content[:at] + bytes([content[at] ^ (1 << draw(st.integers(0, 7)))]) + content[at + 1 :]
    lines = content.split(b"\n")
    line = draw(st.integers(0, len(lines) - 1))
    return b"\n".join([*lines[: line + 1], lines[line], *lines[line + 1 :]])


@SETTINGS
@given(facts=st.lists(FACT, min_size=1, max_size=5), data=st.data())
def test_a_random_base_loads_or_exits_3_with_path_line_col_or_the_base_path(
    facts: list[tuple[str, str, str]], data: st.DataObject
) -> None:
    content = (HEADER + "".join(fact_toml(ident, zh=zh, en=en) for ident, zh, en in facts)).encode()
    damaged = data.draw(corruption(content))
    with tempfile.TemporaryDirectory() as folder:
        root = write_base(Path(folder) / "base", facts="", paragraphs=PARAGRAPHS)
        (root / "base.toml").write_bytes(damaged)
        result = run(["--facts", str(root), "list", "--format", "json"])
    assert result.exit_code in (0, 3), (result.stderr, result.exception)
    if result.exit_code == 3:
        assert result.stdout == ""
        first = result.stderr.splitlines()[0]
        assert PROBLEM.match(first) or first == f"beilun: {root}: the fact base holds no facts", result.stderr
    intact = damaged == content and len({ident for ident, _, _ in facts}) == len(facts)
    carried = not any(unquoted_claim_numbers(zh, en, QUOTE, []) for _, zh, en in facts)
    if intact and carried:  # a valid base loads, and every claim comes back exactly
        assert result.exit_code == 0, result.stderr
        shown = {fact["id"]: fact["claim"] for fact in json.loads(result.stdout)}
        assert shown == {ident: {"zh": zh, "en": en} for ident, zh, en in facts}
    elif result.exit_code == 0:
        assert isinstance(json.loads(result.stdout), list)
