"""Shell completion: the values each option and argument takes, and the scripts that ask for them.

Names complete in both languages: `--topic eco<TAB>` offers economy and ecology, `--topic 经<TAB>`
offers 经济总量. A name with a space (an English name such as "Industry and companies") is left
out: the shell would split it; its id completes instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from beilun_cli.store.catalog import Catalog

SHELLS = ("bash", "zsh", "fish")


def _matching(names: Iterable[str], incomplete: str) -> list[str]:
    """The names starting with what was typed (in any case), each once, with no space in them."""
    typed = incomplete.casefold()
    found = (name for name in names if name and " " not in name and name.casefold().startswith(typed))
    return list(dict.fromkeys(found))


def _named(records: Iterable[Any]) -> Iterable[str]:
    """A record's id, then its Chinese and English names and aliases."""
    for record in records:
        yield record["id"]
        yield record["name"]["zh"]
        yield record["name"]["en"]
        yield from record.get("aliases", ())


def _from_base(names: Callable[[Catalog], Iterable[str]]) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from beilun_cli.cli.invocation import catalog

        try:
            return _matching(names(catalog(ctx)), incomplete)
        except Exception:  # completion must never print a traceback into the shell
            return []

    return complete


def choices(values: Sequence[str]) -> Callable[[str], list[str]]:
    """Completion of an option whose values are a fixed list (formats, languages, kinds)."""

    def complete(incomplete: str) -> list[str]:
        return _matching(values, incomplete)

    return complete


def option_choices(values: Sequence[str]) -> Callable[[Any, Any, str], list[str]]:
    """The same, for an option made as a TyperOption (Typer calls it with the context and args)."""

    def complete(ctx: Any, args: Any, incomplete: str) -> list[str]:
        return _matching(values, incomplete)

    return complete


complete_topic = _from_base(lambda base: _named(base.topics()))
complete_entity = _from_base(lambda base: _named(base.entities()))
complete_measure = _from_base(lambda base: _named(base.measures()))
complete_source = _from_base(lambda base: (record["id"] for record in base.sources()))


def complete_fact_id(ctx: typer.Context, incomplete: str) -> list[str]:
    from beilun_cli.cli.invocation import catalog

    try:
        return catalog(ctx).fact_ids(incomplete)
    except Exception:
        return []


def _script(shell: str) -> str:
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name="beilun", complete_var="_BEILUN_COMPLETE", shell=shell)


def show_script(ctx: typer.Context, param: Any, value: str | None) -> None:
    """--show-completion SHELL: print the completion script of SHELL."""
    if value is None or ctx.resilient_parsing:
        return
    shell = value
    if shell not in SHELLS:
        raise typer.BadParameter(f"'{shell}' is not one of {', '.join(SHELLS)}")
    typer.echo(_script(shell))
    raise typer.Exit()


def install_script(ctx: typer.Context, param: Any, value: str | None) -> None:
    """--install-completion SHELL: add the script to SHELL's start-up files."""
    if value is None or ctx.resilient_parsing:
        return
    shell = value
    if shell not in SHELLS:
        raise typer.BadParameter(f"'{shell}' is not one of {', '.join(SHELLS)}")
    from typer._completion_shared import install

    installed, path = install(shell=shell, prog_name="beilun", complete_var="_BEILUN_COMPLETE")
    typer.echo(f"{installed} completion installed in {path}; it takes effect in a new shell")
    raise typer.Exit()


def completion_options() -> list[Any]:
    """--show-completion SHELL and --install-completion SHELL (Typer's own ignore the name given)."""
    from typer._completion_classes import completion_init
    from typer.core import TyperOption

    completion_init()  # Typer's bash, zsh and fish classes, which it registers only for its own options
    return [
        TyperOption(
            param_decls=["--show-completion"],
            metavar="SHELL",
            expose_value=False,
            is_eager=True,
            callback=show_script,
            autocompletion=option_choices(SHELLS),
            help=f"Print the completion script for SHELL: {', '.join(SHELLS)}.",
        ),
        TyperOption(
            param_decls=["--install-completion"],
            metavar="SHELL",
            expose_value=False,
            is_eager=True,
            callback=install_script,
            autocompletion=option_choices(SHELLS),
            help=f"Install completion for SHELL: {', '.join(SHELLS)}.",
        ),
    ]
