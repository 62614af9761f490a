"""Editing a base updates its index file by file: the facts of the files that changed are read
again, the others carried over from the older index. The result must be the index a full build
of the edited base writes, table by table, row by row; anything the update cannot do exactly as
a full build would (a changed topic, a duplicate id) is left to the full build.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import run, toml_string, write_base
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beilun_cli.store import fact_tables, index, index_build, loader

ENTITIES = """
[[entities]]
id = "port"
kind = "place"
name = { zh = "北仑港", en = "Beilun Port" }
aliases = ["the port"]

[[entities]]
id = "district"
kind = "place"
name = { zh = "北仑区", en = "Beilun District" }
"""

WORDS = ("harbour", "growth", "cranes", "shipping", "green", "industry")


def fact(ident: str, word: str = "harbour", *, port: bool = False, topic: str = "economy") -> str:
    """A [[facts]] table: about the port (quote 北仑港) or about growth (quote 增长5%)."""
    quote, zh, en = ("北仑港", "北仑港是大港。", f"Beilun port {word} is big.")
    if not port:
        quote, zh, en = ("增长5%", "北仑增长5%。", f"Beilun {word} grew by 5%.")
    entities = '["port", "district"]' if port else '["district"]'
    return (
        f'\n[[facts]]\nid = {toml_string(ident)}\ntopic = {toml_string(topic)}\nsource = "src"\n'
        f"quote = {toml_string(quote)}\nclaim = {{ zh = {toml_string(zh)}, en = {toml_string(en)} }}\n"
        f'entities = {entities}\ntags = ["{word}"]\n'
    )


def write_files(root: Path, files: dict[str, list[str]]) -> None:
    """Fact files under root/facts, one per name, replacing what was there."""
    folder = root / "facts"
    folder.mkdir(exist_ok=True)
    for path in folder.iterdir():
        if path.stem not in files:
            path.unlink()
    for name, tables in files.items():
        path = folder / f"{name}.toml"
        text = "".join(tables)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def new_base(root: Path, files: dict[str, list[str]]) -> Path:
    write_base(root, facts=ENTITIES)
    write_files(root, files)
    return root


TABLES = (
    "facts",
    "topics",
    "measures",
    "entity_names",
    "entities",
    "entity_facts",
    "sources",
    "paragraphs",
    "terms",
    "vocabulary",
    "blobs",
    "files",
    "claim_words",
)


def contents(path: Path) -> dict[str, Any]:
    """Every row of every table (meta but the files' state, which records when it was taken)."""
    with closing(sqlite3.connect(path)) as connection:
        found: dict[str, Any] = {
            table: sorted(connection.execute(f"SELECT * FROM {table}"), key=repr) for table in TABLES
        }
        found["meta"] = sorted(connection.execute("SELECT * FROM meta WHERE key != 'state'"))
    return found


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each build since was an update (True) or a full build (False)."""
    seen: list[bool] = []
    update = fact_tables.updated

    def spy(*args: Any) -> Any:
        result = update(*args)
        seen.append(result is not None)
        return result

    monkeypatch.setattr(fact_tables, "updated", spy)
    return seen


def updated_and_full(root: Path, scratch: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The cached index of `root` after an update, and a full build of the same base."""
    cached = index.open_index(root)
    cached.connection.close()
    assert cached.path is not None
    full = scratch / "full.sqlite"
    full.unlink(missing_ok=True)
    index_build.build(loader.load(root), full, {"schema": index.SCHEMA_VERSION, "root": str(root.resolve())})
    return contents(cached.path), contents(full)


FILES = {
    "a": [fact("a1"), fact("a2", "green", port=True)],
    "b": [fact("b1", "cranes", port=True), fact("b2", "shipping"), fact("b3", "industry", topic="urban")],
    "c": [fact("c1", "growth", port=True)],
}


def edited(name: str) -> dict[str, list[str]]:
    files = {key: list(tables) for key, tables in FILES.items()}
    if name == "change a claim":
        files["b"][1] = fact("b2", "cranes")
    elif name == "add a fact":
        files["b"].insert(1, fact("b9", "harbour", port=True))
    elif name == "delete a fact":
        del files["a"][0]
    elif name == "add a file":
        files["ab"] = [fact("ab1", "shipping"), fact("ab2", "newword", port=True)]
    elif name == "delete a file":
        del files["b"]
    elif name == "delete every fact of a file":
        files["c"] = []
    elif name == "move a fact to another file":
        files["c"].append(files["a"].pop())
    return files


EDITS = (
    "change a claim",
    "add a fact",
    "delete a fact",
    "add a file",
    "delete a file",
    "delete every fact of a file",
    "move a fact to another file",
)


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_of_fact_files_updates_the_index_to_what_a_full_build_writes(
    edit: str, tmp_path: Path, updates: list[bool]
) -> None:
    root = new_base(tmp_path / "base", FILES)
    index.open_index(root).connection.close()
    write_files(root, edited(edit))
    updated, full = updated_and_full(root, tmp_path)
    assert updates == [False, True]
    assert updated == full


def test_answers_after_an_update_are_those_of_a_base_indexed_from_scratch(
    tmp_path: Path, private_cache: Path
) -> None:
    root = new_base(tmp_path / "base", FILES)
    run(["--facts", str(root), "list", "--json"])
    write_files(root, edited("add a file"))
    questions = [
        ["list", "--json"],
        ["search", "port", "--json"],
        ["search", "北仑 growth", "--json"],
        ["search", "newwrd", "--json"],
        ["show", "ab2", "--json"],
        ["show", "c1", "--json"],
        ["entities", "--json"],
        ["entities", "port", "--json"],
        ["timeline", "--json"],
        ["list", "--topic", "urban", "--json"],
    ]
    updated = [run(["--facts", str(root), *question]) for question in questions]
    scratch = {"XDG_CACHE_HOME": str(tmp_path / "scratch-cache")}
    full = [run(["--facts", str(root), *question], env=scratch) for question in questions]
    assert [(result.exit_code, result.stdout, result.stderr) for result in updated] == [
        (result.exit_code, result.stdout, result.stderr) for result in full
    ]
    assert json.loads(updated[4].stdout)["id"] == "ab2"


def test_an_id_used_again_in_another_file_is_still_an_error(tmp_path: Path) -> None:
    root = new_base(tmp_path / "base", FILES)
    run(["--facts", str(root), "list", "--json"])
    files = edited("change a claim")
    files["c"].append(fact("a1", "green"))
    write_files(root, files)
    result = run(["--facts", str(root), "list", "--json"])
    line = 1 + "".join(files["c"]).count("\n", 0, "".join(files["c"]).index('id = "a1"'))
    first = f"{root / 'facts' / 'a.toml'}:3"
    message = f"{root / 'facts' / 'c.toml'}:{line}:1: duplicate facts id 'a1' (first defined at {first})"
    assert (result.exit_code, result.stdout) == (3, "")
    assert message in result.stderr


def test_an_unknown_topic_in_a_changed_file_is_still_an_error(tmp_path: Path) -> None:
    root = new_base(tmp_path / "base", FILES)
    run(["--facts", str(root), "list", "--json"])
    files = edited("change a claim")
    files["b"][0] = fact("b1", topic="nowhere")
    write_files(root, files)
    result = run(["--facts", str(root), "list", "--json"])
    assert (result.exit_code, result.stdout) == (3, "")
    assert "fact 'b1': unknown topic 'nowhere' (topics: economy, urban)" in result.stderr


def test_a_changed_topic_or_source_is_a_full_build(tmp_path: Path, updates: list[bool]) -> None:
    root = new_base(tmp_path / "base", FILES)
    index.open_index(root).connection.close()
    header = root / "base.toml"
    header.write_text(header.read_text(encoding="utf-8").replace('en = "Urban"', 'en = "Town"'), "utf-8")
    updated, full = updated_and_full(root, tmp_path)
    (root / "src.txt").write_text("2018年北仑增长5%。\n\n北仑港是个大港。\n", encoding="utf-8")
    updated_again, full_again = updated_and_full(root, tmp_path)
    assert updates == [False, False, False]
    assert (updated, updated_again) == (full, full_again)


def test_a_changed_measure_is_a_full_build(tmp_path: Path, updates: list[bool]) -> None:
    root = new_base(tmp_path / "base", FILES)
    index.open_index(root).connection.close()
    measures = root / "measures.toml"
    measures.write_text(measures.read_text(encoding="utf-8").replace('en = "growth"', 'en = "rise"'), "utf-8")
    updated, full = updated_and_full(root, tmp_path)
    assert updates == [False, False]
    assert updated == full
    assert any("rise" in str(row) for row in updated["measures"])


def test_a_fact_file_that_now_holds_a_topic_is_a_full_build(tmp_path: Path, updates: list[bool]) -> None:
    root = new_base(tmp_path / "base", FILES)
    index.open_index(root).connection.close()
    files = edited("change a claim")
    files["c"].append('\n[[topics]]\nid = "port"\nname = { zh = "港口", en = "Port" }\n')
    write_files(root, files)
    updated, full = updated_and_full(root, tmp_path)
    assert updates == [False, False]
    assert updated == full


def edits() -> st.SearchStrategy[list[tuple[str, int, int, str]]]:
    """Edits as (action, file, fact, word): applied in turn to FILES."""
    action = st.sampled_from(("change", "add", "delete", "add file", "delete file"))
    return st.lists(
        st.tuples(action, st.integers(0, 5), st.integers(0, 5), st.sampled_from(WORDS)),
        min_size=1,
        max_size=4,
    )


def applied(files: dict[str, list[str]], edit: tuple[str, int, int, str], serial: Iterator[int]) -> None:
    action, file_number, fact_number, word = edit
    names = sorted(files)
    if action == "add file" or not names:
        files[f"f{next(serial)}"] = [fact(f"n{next(serial)}", word, port=fact_number % 2 == 0)]
        return
    name = names[file_number % len(names)]
    tables = files[name]
    if action == "delete file":
        del files[name]
    elif action == "add":
        tables.insert(
            fact_number % (len(tables) + 1), fact(f"n{next(serial)}", word, port=fact_number % 2 == 1)
        )
    elif tables and action == "delete":
        del tables[fact_number % len(tables)]
    elif tables:
        # The same id, another claim: the file's size may stay as it was.
        position = fact_number % len(tables)
        ident = tables[position].split('id = "')[1].split('"')[0]
        tables[position] = fact(ident, word, port="北仑港" in tables[position])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(edits(), min_size=1, max_size=3))
def test_any_sequence_of_edits_leaves_the_index_a_full_build_would_write(
    steps: list[list[tuple[str, int, int, str]]],
    tmp_path_factory: pytest.TempPathFactory,
    updates: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fact_tables, "UPDATE_SHARE", 1.0)  # a base this small would rather be built in full
    updates.clear()
    scratch = tmp_path_factory.mktemp("edits")
    files = {key: list(tables) for key, tables in FILES.items()}
    root = new_base(scratch / "base", files)
    index.open_index(root).connection.close()
    serial = iter(range(1000))
    for step in steps:
        for edit in step:
            applied(files, edit, serial)
        if not any(files.values()):
            files["z"] = [fact("z1")]
        write_files(root, files)
        updated, full = updated_and_full(root, scratch)
        assert updated == full
    # Ids stay unique and no file holds more than facts: every build after the first was an update
    # (a step that leaves every file as it was needs none).
    assert updates[0] is False and all(updates[1:])


def test_an_edit_of_most_of_the_base_is_a_full_build(tmp_path: Path, updates: list[bool]) -> None:
    root = new_base(tmp_path / "base", FILES)
    index.open_index(root).connection.close()
    files = edited("change a claim")
    files["a"][0] = fact("a1", "cranes")
    write_files(root, files)
    updated, full = updated_and_full(root, tmp_path)
    assert updates == [False, False]
    assert updated == full


def test_damage_in_the_older_index_is_not_carried_over(tmp_path: Path, updates: list[bool]) -> None:
    root = new_base(tmp_path / "base", FILES)
    built = index.open_index(root)
    built.connection.close()
    assert built.path is not None
    with closing(sqlite3.connect(built.path)) as connection, connection:
        # A changed byte inside the record of a fact whose file is not edited: its checksum fails.
        connection.execute("UPDATE facts SET record = replace(record, 'Beilun', 'Beilum') WHERE id = 'c1'")
    write_files(root, edited("change a claim"))
    updated, full = updated_and_full(root, tmp_path)
    assert updates == [False, False]
    assert updated == full
