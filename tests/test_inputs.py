"""What the user types cannot crash or stall beilun: one cap for free text, `check -` and
`ask -` answering each line as it is read, stdin read as UTF-8 whatever the locale, bytes that
are not UTF-8, numbers no float holds, integers past SQLite's range, and Ctrl-C from the first
instruction (docs/output.md, "Exit codes": input is bounded and never trusted)."""

from __future__ import annotations

import functools
import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import time

import pytest
from conftest import installed_script, run
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from beilun_cli.answer import answers
from beilun_cli.cli import inputs
from beilun_cli.read import claims, numerals
from beilun_cli.search import analysis
from beilun_cli.store import catalog
from beilun_cli.verify import verdicts

SHIPPED = functools.cache(lambda: catalog.open_base(use_cache=False))
BEILUN = os.fsencode(installed_script())


def beilun(
    *args: str | bytes, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The installed script with raw byte arguments and input: what a shell would pass."""
    return subprocess.run(
        [BEILUN, *(os.fsencode(arg) if isinstance(arg, str) else arg for arg in args)],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def read_line(stream: int, timeout: float) -> bytes:
    """One line from a pipe, or what arrived before `timeout` seconds passed."""
    received = b""
    deadline = time.monotonic() + timeout
    while not received.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], 0.1)
        if ready:
            chunk = os.read(stream, 1)
            if not chunk:
                break
            received += chunk
    return received


# ---------------------------------------------------------------- one cap for free text


def test_one_cap_for_claims_questions_and_queries() -> None:
    assert analysis.MAX_QUERY_CHARS == inputs.MAX_TEXT_CHARS == 1000


@pytest.mark.parametrize(("command", "kind"), [("ask", "question"), ("check", "claim")])
def test_a_question_or_claim_past_the_cap_is_refused_at_once(command: str, kind: str) -> None:
    # 40,000 characters (120 KB, near the largest argument Linux passes): `ask` took seconds.
    started = time.monotonic()
    result = beilun(command, "北仑有多少志愿者" * 5000)
    assert time.monotonic() - started < 30
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == (
        f"beilun: a {kind} is longer than 1000 characters\nhint: give one {kind} at a time\n"
    )


def test_a_megabyte_line_on_ask_stdin_is_refused_and_the_next_answered() -> None:
    result = beilun(
        "ask", "-", "--format", "jsonl", stdin=("北" * 1_000_000 + "\n北仑有多少志愿者？\n").encode()
    )
    assert result.returncode == 2
    assert result.stderr.decode() == "beilun: line 1: a question is longer than 1000 characters\n"
    assert [answer["answer"]["text"] for answer in map(json.loads, result.stdout.splitlines())] == [
        "近17万人"
    ]


# ---------------------------------------------------------------- check - and ask -: streams


@pytest.mark.parametrize(
    ("command", "first", "second"),
    [
        ("check", "北仑森林覆盖率40.1%", "北仑有近17万名志愿者"),
        ("ask", "北仑有多少志愿者？", "When was Binhai renamed Beilun?"),
    ],
)
def test_each_line_is_answered_before_the_next_arrives(command: str, first: str, second: str) -> None:
    process = subprocess.Popen(
        [BEILUN, command, "-", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(f"{first}\n".encode())
        process.stdin.flush()
        answered = read_line(process.stdout.fileno(), timeout=60)  # the second line not yet written
        assert json.loads(answered)[command == "check" and "claim" or "question"] == first
        process.stdin.write(f"{second}\n".encode())
        process.stdin.close()
        rest = process.stdout.read()
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert [
        json.loads(line)["claim" if command == "check" else "question"] for line in rest.splitlines()
    ] == [second]


def test_ctrl_c_while_waiting_for_the_next_line_keeps_the_answers_given() -> None:
    process = subprocess.Popen(
        [BEILUN, "check", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write("北仑森林覆盖率40.1%\n".encode())
        process.stdin.flush()
        answered = read_line(process.stdout.fileno(), timeout=60)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert answered.decode().startswith("北仑森林覆盖率40.1%\tsupported\t")
    assert (process.returncode, out, err) == (130, b"", b"beilun: interrupted\n")


def test_check_skips_blank_and_comment_lines_and_exits_with_the_worst() -> None:
    claims_in = (
        "# claims to check\n北仑森林覆盖率40.1%\n\n   \n"
        "  # Shanghai's metro has 20 lines\nBeilun has over 170,000 volunteers\n"
    )
    result = beilun("check", "-", stdin=claims_in.encode())
    assert result.returncode == 4
    assert [line.split("\t")[:2] for line in result.stdout.decode().splitlines()] == [
        ["北仑森林覆盖率40.1%", "supported"],
        ["Beilun has over 170,000 volunteers", "refuted"],
    ]
    assert result.stderr == b""


def test_ask_reads_questions_from_stdin_not_the_question_dash() -> None:
    result = beilun(
        "ask", "-", "--format", "jsonl", stdin=b"# ours\n\nwho built the 64 billion yuan projects\n"
    )
    single = beilun("ask", "who built the 64 billion yuan projects", "--json")
    assert (result.returncode, single.returncode) == (0, 0)
    assert [json.loads(line) for line in result.stdout.splitlines()] == [json.loads(single.stdout)]


def test_ask_batch_goes_on_past_a_declined_question_and_exits_with_the_worst() -> None:
    result = beilun("ask", "-", "--json", stdin="火星上有多少人\n北仑有多少志愿者？\n".encode())
    assert result.returncode == 1
    answers_out = json.loads(result.stdout)
    assert [
        (answer["question"], answer["answer"] and answer["answer"]["text"]) for answer in answers_out
    ] == [
        ("火星上有多少人", None),
        ("北仑有多少志愿者？", "近17万人"),
    ]
    # A declined question says why, and names the closest facts.
    assert set(answers_out[0]) == {"question", "answer", "reason", "closest"}
    assert answers_out[0]["reason"] == "没有事实与问题足够吻合"
    # Each declined question is said in its own language.
    assert result.stderr.decode().startswith("beilun: 无法有把握地回答“火星上有多少人”\n提示：")


def test_ask_batch_for_people_leads_each_answer_with_its_question() -> None:
    result = beilun(
        "ask", "-", "--format", "tsv", stdin="北仑有多少志愿者？\nWhen was Binhai renamed Beilun?\n".encode()
    )
    assert result.returncode == 0
    blocks = result.stdout.decode().split("\n\nquestion\t")
    assert blocks[0].startswith(
        "question\t北仑有多少志愿者？\nanswer\t近17万人\nid\tvolunteers-nearly-170k\n"
    )
    assert blocks[1].startswith("When was Binhai renamed Beilun?\nanswer\t14 September 1987 (day)\n")


@pytest.mark.parametrize("command", ["check", "ask"])
def test_on_a_terminal_the_batch_says_it_is_reading(command: str) -> None:
    import pty

    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [BEILUN, command, "-", "--format", "jsonl"],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=terminal,
        )
    finally:
        os.close(terminal)
    try:
        os.write(controller, "北仑有多少志愿者？\n".encode())
        os.write(controller, b"\x04")  # Ctrl-D: the end of input
        assert process.stdout is not None
        out = process.stdout.read()
        process.wait(timeout=60)
        shown = b""
        while select.select([controller], [], [], 0.5)[0]:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
        if process.poll() is None:
            process.kill()
    kind = "claim" if command == "check" else "question"
    assert f"beilun: reading {kind}s from standard input, one a line (end with Ctrl-D)" in shown.decode()
    assert len(out.splitlines()) == 1


# ---------------------------------------------------------------- stdin as UTF-8, always


@pytest.mark.parametrize("encoding", ["ascii", "utf-16", "gbk", "latin-1"])
def test_stdin_is_utf8_whatever_pythonioencoding_says(encoding: str) -> None:
    expected = beilun("check", "-", stdin="北仑森林覆盖率40.1%\n".encode())
    result = beilun("check", "-", stdin="北仑森林覆盖率40.1%\n".encode(), env={"PYTHONIOENCODING": encoding})
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout, b"")


def test_stdin_in_a_strict_c_locale_with_bad_bytes_is_read_with_replacement() -> None:
    result = beilun(
        "check", "-", stdin=b"\xff\xfe\xef\xbb\xbf\xe5\x8c\x97\xff\n", env={"LC_ALL": "C", "PYTHONUTF8": "0"}
    )
    assert result.returncode in (0, 1, 4)
    assert result.stdout.decode().startswith("\ufffd\ufffd\ufeff北\ufffd\t")
    assert result.stderr == b""


@pytest.mark.parametrize("command", ["check", "ask"])
def test_a_closed_stdin_is_a_usage_error(command: str) -> None:
    result = subprocess.run(
        ["sh", "-c", f'exec "$0" {command} - <&-', installed_script()],
        capture_output=True,
        timeout=60,
        check=False,
    )
    kind = "claim" if command == "check" else "question"
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == (
        f"beilun: standard input is closed\nhint: give one {kind} a line on standard input\n"
    )


# ---------------------------------------------------------------- bytes that are not UTF-8


@pytest.mark.parametrize(
    ("args", "status", "shown"),
    [
        ((b"search", b"caf\xe9 \xe9\xbe\x98"), 1, b""),  # 龘, a character OpenCC converts
        ((b"check", b"\xe9\xbe\x98\xff"), 1, "龘\ufffd\tnot-enough-info\t".encode()),
        ((b"ask", b"\xe9\xbe\x98\xff"), 1, b""),
    ],
)
def test_arguments_that_are_not_utf8_are_read_with_replacement(
    args: tuple[bytes, ...], status: int, shown: bytes
) -> None:
    result = beilun(*args)
    assert result.returncode == status, result.stderr
    assert result.stdout.startswith(shown)
    assert b"internal error" not in result.stderr


def test_clean_replaces_each_lone_surrogate() -> None:
    assert inputs.clean("caf\udce9 龘\udcff\ud800") == "caf\ufffd 龘\ufffd\ufffd"
    assert inputs.clean("北仑 café") == "北仑 café"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=3000))
def test_random_bytes_on_check_stdin_end_in_a_verdict_or_usage_error(data: bytes) -> None:
    result = beilun("check", "-", stdin=data)
    assert result.returncode in (0, 1, 2, 4), result.stderr
    assert b"internal error" not in result.stderr and b"Traceback" not in result.stderr


# ---------------------------------------------------------------- numbers no float holds

HUGE = ["9" * 309, "9" * 999, "1" + "0" * 400, "9" * 400 + "/" + "9" * 400, "9" * 200 + "亿亿亿亿"]


@pytest.mark.parametrize("digits", HUGE)
def test_a_number_no_float_holds_is_no_figure(digits: str) -> None:
    assert numerals.chinese_numbers(f"北仑有{digits}人", characters=True) == []
    assert numerals.english_numbers(f"Beilun has {digits} people", words=True) == []
    read = claims.read_claim(f"北仑GDP是{digits}元", "2019-09-16", SHIPPED().claim_vocabulary())
    assert read.values == []


def test_numerals_within_range_are_still_read() -> None:
    assert [n.amount for n in numerals.chinese_numbers("1146.46亿 和 " + "9" * 50)] == [114646000000.0, 1e50]


@pytest.mark.parametrize(
    "text",
    [
        f"北仑GDP是{'9' * 309}亿元",
        f"Beilun's GDP is {'9' * 309} yuan",
        f"北仑有{'9' * 990}名志愿者",
        "九" * 400 + "万人",
    ],
)
def test_a_huge_number_in_a_claim_or_question_gets_an_answer(text: str) -> None:
    checked = beilun("check", text)
    assert checked.returncode in (0, 1, 4), checked.stderr
    asked = beilun("ask", text)
    assert asked.returncode in (0, 1), asked.stderr


# ---------------------------------------------------------------- integers past SQLite's range


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["article", "--para", "9223372036854775808"], "--para 9223372036854775808: numbers go up to"),
        (["article", "--para", "1-99999999999999999999"], "--para 99999999999999999999: numbers go up to"),
        (["article", "--para", "9" * 5000], "(5,000 digits): numbers go up to 9223372036854775807"),
        (["list", "--limit", "99999999999999999999"], "is past the largest limit, 9223372036854775807"),
        (["timeline", "--limit", "99999999999999999999"], "is past the largest limit"),
        (["search", "沙滩", "--limit", "9" * 5000], "'--limit' / '-n'"),
        (["list", "--year", "99999999999999999999"], "not in the range 1000<=x<=9999"),
    ],
)
def test_integers_past_sqlites_range_are_usage_errors(args: list[str], message: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "internal error" not in result.stderr


def test_the_largest_integer_still_works() -> None:
    assert run(["list", "--limit", "9223372036854775807", "--json"]).exit_code == 0
    paragraph = run(["article", "--para", "0" * 5000 + "14", "--lang", "zh"])
    assert (paragraph.exit_code, paragraph.stdout.split("\t")[0]) == (0, "14")


# ---------------------------------------------------------------- Ctrl-C from the first instruction

# The console script's own lines (pip writes them), each import of start-up then counted by an
# audit hook that sends SIGINT to the process itself at the N-th one.
AT_IMPORT = """
import os, re, signal, sys
target, seen = int(os.environ["INTERRUPT_AT"]), 0
def hook(event, args):
    global seen
    if event == "import":
        seen += 1
        if seen == target:
            os.kill(os.getpid(), signal.SIGINT)
sys.addaudithook(hook)
sys.argv = [os.environ["SCRIPT"], "show", "gdp-2018", "--json"]
from beilun_cli.cli.process import main
sys.exit(main())
"""


def _interrupted_at(count: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", AT_IMPORT],
        env={**os.environ, "INTERRUPT_AT": str(count), "SCRIPT": installed_script()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_ctrl_c_at_any_import_of_start_up_exits_130_quietly() -> None:
    run(["topics"])  # the index built: start-up is then imports, and the answer
    # From the first import after process.py installs its handlers (the 4th: the package, its cli
    # subpackage and process.py are found and loaded first) to past the last one.
    counts = sorted({4, 5, 6, 7, 8, 10, 15, 20, 30, 45, 60, 80, 120, 400, *random.sample(range(4, 120), 5)})
    interrupted = 0
    for count in counts:
        result = _interrupted_at(count)
        if result.returncode == 0:  # start-up ended before the count: the answer was written whole
            assert json.loads(result.stdout)["id"] == "gdp-2018"
            continue
        assert (count, result.returncode, result.stdout, result.stderr) == (
            count,
            130,
            "",
            "beilun: interrupted\n",
        )
        interrupted += 1
    assert interrupted >= 8


def test_ctrl_c_at_random_moments_of_start_up_never_shows_beiluns_code() -> None:
    """SIGINT 0 to 50 ms after the start. What Python does before beilun's first line runs (its
    own start-up, site, the script's `import re`, finding and loading beilun's first module) is
    Python's, and may still print its KeyboardInterrupt; from beilun's first line on there is no
    traceback through beilun's files and no "Exception ignored"."""
    for _ in range(30):
        process = subprocess.Popen(
            [installed_script(), "show", "gdp-2018"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(random.uniform(0, 0.05))
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        # 1: "Fatal Python error: init_import_site", Python's start-up before any script line.
        assert process.returncode in (0, 1, 130, -signal.SIGINT), err
        # No frame in beilun's own files. A path in a message of Python's import machinery, caught
        # while it still loads beilun's first module, is no frame of beilun's.
        frames = re.findall(r'^\s*File "([^"]*)"', err, re.MULTILINE)
        assert not [frame for frame in frames if f"{os.sep}beilun_cli{os.sep}" in frame], err
        # beilun's handler ran, or never had to. Python's import machinery may have been caught
        # before beilun's first line ran ("Failed checking if argv[0] is an import path entry",
        # frames in <frozen importlib> or <frozen zipimport>) and gone on: that noise is Python's,
        # as the docstring says.
        if process.returncode in (0, 130) and not re.search(r"<frozen (?:importlib|zipimport)", err):
            assert err in ("", "beilun: interrupted\n"), err


# ---------------------------------------------------------------- fuzz

NUMBERS = st.one_of(
    st.integers(min_value=-(10**400), max_value=10**400).map(str),
    st.integers(min_value=300, max_value=990).map(lambda digits: "9" * digits),
    st.floats(allow_nan=False).map(str),
)
# A claim or question around a number: the places a figure is read (a measure, a unit, a scale).
CLAIMED = st.builds(
    "{}{}{}".format,
    st.sampled_from(["北仑GDP是", "Beilun's GDP is ", "北仑有近", "over ", "", "北仑去年外贸进出口"]),
    NUMBERS,
    st.sampled_from(["亿元", " billion yuan", "名志愿者", "%", " people", "万亿", "", "/7"]),
)
TEXT = st.one_of(
    st.text(max_size=80),
    CLAIMED,
    st.lists(
        st.one_of(st.text(max_size=10), NUMBERS, st.sampled_from(["亿", "万", "%", "billion", "年", "去年"])),
        max_size=8,
    ).map("".join),
    st.binary(max_size=120).map(lambda data: data.decode("utf-8", "surrogateescape")).map(inputs.clean),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example(f"北仑GDP是{'9' * 309}亿元")
def test_the_reader_check_and_ask_take_any_text(text: str) -> None:
    base = SHIPPED()
    claims.read_claim(text, "2019-09-16", base.claim_vocabulary())
    assert verdicts.check(base, text).verdict in verdicts.VERDICTS
    try:
        answers.answer(base, text)
    except answers.NoConfidentAnswer:
        pass


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["check", "ask", "search"]), st.binary(min_size=1, max_size=200))
@example("search", b"caf\xe9 \xe9\xbe\x98")
def test_any_bytes_as_an_argument_end_without_an_internal_error(command: str, data: bytes) -> None:
    result = beilun(command, data.replace(b"\0", b" ").lstrip(b"-") or b"x")
    assert result.returncode in (0, 1, 2, 4), result.stderr
    assert b"internal error" not in result.stderr and b"Traceback" not in result.stderr
