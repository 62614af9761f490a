"""A broken fact base is one `path:line:col: message` line on stderr and exit 3, never a traceback.

A problem about a whole file (unreadable, too large, missing) is `path: message`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import fact_toml, run
from typer.testing import Result

HINT = "hint: run 'beilun validate' to list every problem\n"
PROBLEM_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


def broken(base: Path, name: str, content: str | bytes) -> Path:
    """Add one more file to a valid base; return it."""
    path = base / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def listing(root: Path | str) -> Result:
    return run(["--facts", str(root), "list"])


def assert_problem(result: Result, where: Path | str, position: str | None, message: str) -> None:
    """Exit 3, nothing on stdout, and exactly the one-line problem and the hint on stderr.

    A problem about a whole file (unreadable, too large, missing) has no position: `path: message`.
    """
    assert result.exit_code == 3, result.stderr
    assert result.stdout == ""
    located = f"{where}:{position}" if position is not None else str(where)
    assert result.stderr == f"beilun: {located}: {message}\n{HINT}"


def test_a_syntax_error(base: Path) -> None:
    path = broken(base, "more.toml", '[[facts]]\nid = "x"\ntopic = \n')
    assert_problem(listing(base), path, "3:9", "Invalid value")


def test_an_unclosed_inline_table(base: Path) -> None:
    path = broken(base, "more.toml", '[[facts]]\nid = "x"\nclaim = { zh = "a"\n')
    assert_problem(listing(base), path, "4:1", "Unclosed inline table")


def test_the_same_key_twice(base: Path) -> None:
    path = broken(base, "more.toml", '[[facts]]\nid = "x"\nid = "y"\n')
    assert_problem(listing(base), path, "3:9", "Cannot overwrite a value")


def test_a_duplicate_id_across_two_files_names_both(base: Path) -> None:
    first = base / "base.toml"
    first_line = first.read_text(encoding="utf-8").split("\n").index('id = "growth"') + 1
    second = broken(base, "more.toml", "# the same fact again\n" + fact_toml())
    message = f"duplicate facts id 'growth' (first defined at {first}:{first_line})"
    assert_problem(listing(base), second, "4:1", message)


def test_a_utf8_bom_is_accepted(base: Path) -> None:
    path = base / "base.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = listing(base)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith("growth\t")


def test_a_bom_in_the_source_text_is_not_part_of_its_first_paragraph(base: Path) -> None:
    text = base / "src.txt"
    text.write_bytes(b"\xef\xbb\xbf" + text.read_bytes())
    result = run(["--facts", str(base), "show", "growth", "--context", "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["context"]["paragraph"] == "2018年北仑增长5%。"


def test_a_bom_does_not_shift_line_numbers(base: Path) -> None:
    path = broken(base, "more.toml", b'\xef\xbb\xbf[[facts]]\nid = "x"\ntopic = \n')
    assert_problem(listing(base), path, "3:9", "Invalid value")


def test_a_gbk_file_is_not_valid_utf8(base: Path) -> None:
    content = '# 北仑\n[[facts]]\nid = "x"\n'.encode("gbk")
    path = broken(base, "more.toml", content)
    assert_problem(listing(base), path, "1:1", "not valid UTF-8 (save the file as UTF-8)")


@pytest.mark.parametrize(
    "value", ["[" * 100_000 + "]" * 100_000, "{ a = " * 5_000 + "1" + " }" * 5_000], ids=["arrays", "tables"]
)
def test_deep_nesting_is_caught_and_located(base: Path, value: str) -> None:
    path = broken(base, "more.toml", f"# deep\n\nx = {value}\n")
    assert_problem(listing(base), path, "3:1", "nesting too deep")


@pytest.mark.parametrize(
    ("line", "position", "token"),
    [
        ("value = nan", "3:9", "nan"),
        ("value = inf", "3:9", "inf"),
        ("value = -inf", "3:9", "-inf"),
        ("quantity = { amount = +nan }", "3:23", "+nan"),
        ("values = [1.5, inf]", "3:16", "inf"),
    ],
)
def test_nan_and_inf_are_rejected_where_they_stand(base: Path, line: str, position: str, token: str) -> None:
    path = broken(base, "more.toml", f'[[facts]]\nid = "x"\n{line}\n')
    assert_problem(listing(base), path, position, f"{token} is not allowed: numbers must be finite")


def test_nan_inside_a_string_is_just_text(base: Path) -> None:
    broken(base, "more.toml", fact_toml("nan-text", en="value = nan, inf"))
    result = run(["--facts", str(base), "show", "nan-text", "--json", "--fields", "claim"])
    assert result.exit_code == 0, result.stderr


def test_a_file_over_the_size_limit(base: Path) -> None:
    path = base / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: never written, never read
    assert_problem(listing(base), path, None, "file is larger than the 64 MiB limit")


def test_a_missing_base(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert_problem(listing(missing), missing, None, "fact base not found")
    from_env = run(["list"], env={"BEILUN_FACTS": str(missing)})
    assert_problem(from_env, missing, None, "fact base not found")


def test_a_directory_without_toml_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no facts here", encoding="utf-8")
    assert_problem(listing(tmp_path), tmp_path, None, "no .toml files in the fact base")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_the_base_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "facts.toml"
    os.mkfifo(fifo)
    assert_problem(listing(fifo), fifo, None, "not a file or directory")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_a_source_text_that_is_no_regular_file_is_refused_not_read(base: Path, kind: str) -> None:
    text = base / "src.txt"
    text.unlink()
    if kind == "directory":
        text.mkdir()
    else:
        os.mkfifo(text)  # reading it would hang forever
    result = listing(base)
    assert result.exit_code == 3
    assert f"cannot read its text {text}: not a regular file" in result.stderr
    assert PROBLEM_LINE.match(result.stderr.removeprefix("beilun: ").splitlines()[0])


def test_an_unreadable_file(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = broken(base, "more.toml", "")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert_problem(listing(base), path, None, "cannot read: Permission denied")


def test_an_unreadable_folder_is_an_error_not_a_smaller_base(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden = base / "more"
    hidden.mkdir()
    broken(hidden, "more.toml", fact_toml("hidden"))
    real = os.scandir

    def scandir(path: str) -> object:
        if Path(path) == hidden:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert_problem(listing(base), hidden, None, "cannot read: Permission denied")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_folder_for_real(base: Path) -> None:
    hidden = base / "more"
    hidden.mkdir()
    broken(hidden, "more.toml", fact_toml("hidden"))
    hidden.chmod(0)
    try:
        assert_problem(listing(base), hidden, None, "cannot read: Permission denied")
    finally:
        hidden.chmod(0o755)


def test_validate_lists_every_problem_one_per_line(base: Path) -> None:
    broken(base, "a.toml", '[[facts]]\nid = "x"\ntopic = \n')
    broken(base, "b.toml", b"# \xb1\xb1\n")
    broken(base, "c.toml", '[[facts]]\nid = "y"\nvalue = nan\n')
    broken(base, "d.toml", fact_toml("growth"))
    result = run(["validate", str(base)])
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert all(PROBLEM_LINE.match(line) for line in lines)
    assert result.stderr == f"beilun: 4 problem(s) in {base}\n"


def test_a_source_text_name_with_a_nul_is_a_problem_not_a_crash(base: Path) -> None:
    path = base / "base.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"src.txt"', '"src\\u0000.txt"'), encoding="utf-8"
    )
    result = listing(base)
    assert result.exit_code == 3
    assert f"cannot read its text {base}/src␀.txt: embedded null byte" in result.stderr
