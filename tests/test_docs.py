"""Documentation that cannot drift: every command documented, every README example real."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run

from beilun_cli.base import paths
from beilun_cli.cli.app import app
from beilun_cli.store import loader

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(info.name for info in app.registered_commands if info.name)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command: str) -> None:
    result = run([command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"beilun {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_every_command(command: str) -> None:
    assert f"`beilun {command}" in README


def test_fact_ids_in_readme_examples_exist() -> None:
    ids = set(loader.load(paths.default_root()).by_id)
    named = set(re.findall(r"beilun show ([a-z0-9-]+)", README))
    assert named and named <= ids, named - ids


def test_the_packages_own_example_runs() -> None:
    """`import beilun_cli` shows how to open the base from Python: the example must answer as shown."""
    import doctest

    import beilun_cli

    result = doctest.testmod(beilun_cli, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 3 and result.failed == 0
