"""Shell completion: every option value and argument completes, names in both languages, and the
bash, zsh and fish scripts work when sourced in those shells (each test skips where its shell is
not installed)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import installed_script, run


def completed(*words: str) -> list[str]:
    """What beilun offers for the last of `words` (bash's protocol, as its script asks)."""
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_FACTS"}
    env.update({"COMP_WORDS": " ".join(["beilun", *words]), "COMP_CWORD": str(len(words))})
    env["_BEILUN_COMPLETE"] = "complete_bash"
    result = subprocess.run([installed_script()], env=env, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout.split()


@pytest.fixture(scope="module", autouse=True)
def built_index() -> None:
    run(["topics"])  # the index built first, so completion has names to offer


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (["list", "--topic", "经"], ["经济总量"]),
        (["list", "--topic", "eco"], ["economy", "ecology"]),
        (["list", "--entity", "胡"], ["胡朝霞爱心团队", "胡朝霞"]),
        (["entities", "hu-"], ["hu-zhaoxia-love-team", "hu-zhaoxia"]),
        (["figures", "--measure", "森林"], ["森林覆盖率"]),
        (["figures", "--measure", "gdp"], ["gdp", "gdp-growth"]),
        (["article", "c"], ["cnnb-2019-09-16"]),
        (["show", "gdp-2"], ["gdp-2018"]),
        (["list", "--format", "j"], ["json", "jsonl"]),
        (["ask", "x", "--format", ""], ["table", "tsv", "md", "json", "jsonl"]),
        (["cite", "gdp-2018", "--style", "b"], ["bibtex"]),
        (["entities", "--kind", "p"], ["person", "place", "project", "programme"]),
        (["list", "--lang", ""], ["zh", "en", "both"]),
        (["ask", "x", "--lang", ""], ["zh", "en"]),
        # Every command's --lang completes, whatever it chooses the language of.
        *(
            (
                ["cite", "gdp-2018", "--lang", ""] if name == "cite" else [name, "--lang", ""],
                ["zh", "en", "both"],
            )
            for name in ("cite", "show", "export", "article", "sources", "entities", "topics")
        ),
        (["list", "--color", "a"], ["auto", "always"]),
        (["--show-completion", ""], ["bash", "zsh", "fish"]),
    ],
)
def test_every_value_completes(words: list[str], offered: list[str]) -> None:
    assert completed(*words) == offered


@pytest.mark.parametrize(
    ("shell", "start"),
    [
        ("bash", "_beilun_completion() {"),
        ("zsh", "#compdef beilun"),
        ("fish", "complete --command beilun"),
    ],
)
def test_show_completion_prints_the_script_of_the_shell_named(shell: str, start: str) -> None:
    result = run(["--show-completion", shell])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith(start + "\n" if shell != "fish" else start + " ")


def test_show_completion_refuses_a_shell_it_has_no_script_for() -> None:
    result = run(["--show-completion", "tcsh"])
    assert result.exit_code == 2
    assert "'tcsh' is not one of bash, zsh, fish" in result.stderr


# Each shell sources the script beilun prints and completes `beilun list --topic 经`.
SHELLS = {
    "bash": "source <(beilun --show-completion bash); COMP_WORDS=(beilun list --topic 经); COMP_CWORD=3; "
    '_beilun_completion beilun; printf "%s\\n" "${COMPREPLY[@]}"',
    # zsh's completion functions print what they would offer; the script's own code runs as is.
    "zsh": "autoload -U compinit && compinit -u; source <(beilun --show-completion zsh); "
    "_arguments() { print -r -- $@; }; words=(beilun list --topic 经); CURRENT=4; _beilun_completion",
    "fish": 'beilun --show-completion fish | source; complete -C "beilun list --topic 经"',
}
OFFERED = {"bash": "经济总量\n", "zsh": '*: :(("经济总量"))\n', "fish": "经济总量\n"}


@pytest.mark.parametrize("shell", SHELLS)
def test_the_script_completes_in_its_own_shell(shell: str) -> None:
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"{shell} is not installed")
    env = {key: value for key, value in os.environ.items() if key != "BEILUN_FACTS"}
    env["PATH"] = os.path.dirname(installed_script()) + os.pathsep + env.get("PATH", "")
    env["HOME"] = env.get("HOME", "/tmp")
    result = subprocess.run(
        [program, "-c", SHELLS[shell]], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout == OFFERED[shell], result.stderr
