"""Documentation that cannot drift: every command documented, every link and example real, the
CLI reference generated from the app as it is."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run

from beilun_cli.base import paths
from beilun_cli.store import loader

# The module that holds the Typer app as `app`: the one place the tests and the reference name it.
APP_MODULE = "beilun_cli.cli.app"
REGENERATE = f"typer --app app {APP_MODULE} utils docs --name beilun --output docs/reference.md"

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
REFERENCE = ROOT / "docs" / "reference.md"
GUIDES = sorted(path for path in (ROOT / "docs").glob("*.md") if path != REFERENCE)
PAGES = [README, *GUIDES]
APP = importlib.import_module(APP_MODULE).app
COMMANDS = sorted(info.name for info in APP.registered_commands if info.name)


def text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command: str) -> None:
    result = run([command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"beilun {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_the_guides_document_every_command(command: str) -> None:
    assert any(f"`beilun {command}" in text(page) for page in PAGES)


def test_the_readme_is_short() -> None:
    assert len(README.read_bytes()) <= 10_240


def test_the_readme_links_every_docs_page() -> None:
    linked = set(re.findall(r"\]\(docs/([^)#]+)", text(README)))
    assert linked >= {page.name for page in [*GUIDES, REFERENCE]}


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to
    hyphens, a repeated one numbered."""
    found: set[str] = set()
    prose = re.sub(r"```.*?```", "", text(page), flags=re.S)
    for heading in re.findall(r"^#{1,6} (.+)$", prose, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        numbered, count = slug, 0
        while numbered in found:
            count += 1
            numbered = f"{slug}-{count}"
        found.add(numbered)
    return found


@pytest.mark.parametrize("page", [*PAGES, REFERENCE], ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_somewhere(page: Path) -> None:
    prose = re.sub(r"```.*?```", "", text(page), flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", prose):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: {target} names no file"
        if anchor:
            assert anchor in anchors(linked), f"{page.name}: {target} names no heading"


def test_fact_ids_in_examples_exist() -> None:
    ids = set(loader.load(paths.default_root()).by_id)
    named = {fact for page in PAGES for fact in re.findall(r"beilun show ([a-z0-9-]+)", text(page))}
    assert named and named <= ids, named - ids


def test_the_cli_reference_is_current(tmp_path: Path, update_golden: bool) -> None:
    """docs/reference.md is what Typer's `utils docs` makes of the app now."""
    generated = tmp_path / "reference.md"
    subprocess.run(
        [sys.executable, "-m", "typer", "--app", "app", APP_MODULE, "utils", "docs", "--name", "beilun"]
        + ["--output", str(generated)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    if update_golden:
        REFERENCE.write_text(generated.read_text(encoding="utf-8"), encoding="utf-8")
    assert text(REFERENCE) == generated.read_text(encoding="utf-8"), (
        "docs/reference.md is stale: regenerate it with `.venv/bin/pytest tests/test_docs.py "
        f"--update-golden` (or `{REGENERATE}`) and review the diff"
    )


def test_the_packages_own_example_runs() -> None:
    """`import beilun_cli` shows how to open the base from Python: the example must answer as shown."""
    import doctest

    import beilun_cli

    result = doctest.testmod(beilun_cli, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 3 and result.failed == 0
