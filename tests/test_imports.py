"""The import budget of each command: what a warm call may load, as a table.

Every line below runs in a fresh interpreter, as the console script runs it, against a warm index
(the same call made once before, with a private cache), and lists `sys.modules` at the end. Start-up
time is mostly imports: a script reading JSON or TSV must not pay for the loader, the TOML parser,
dataclasses or Rich; only `search`, `ask` and `check` may load the stemmer or (for a
traditional-character query) the Chinese converter. pypinyin makes the pinyin keys of names when
an index is built, and no warm call loads it. `validate` reads the TOML itself, so it may load the
loader, and checks the search vocabulary as search reads it, so the analyzer and its stemmer;
so does `draft`, which also makes the ids of the names it proposes from their pinyin.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from beilun_cli.base.paths import default_root
from beilun_cli.cli.app import COMMANDS

# What the budget watches: modules that cost start-up time, and modules only some paths need.
WATCHED = (
    "beilun_cli.base.model",  # the loader's dataclasses: only an index build or validate needs them
    "beilun_cli.store.loader",
    "beilun_cli.store.numeric_coverage",
    "beilun_cli.search.analysis",  # the analyzer
    "beilun_cli.search.postings",  # facts -> postings: an index build only
    "beilun_cli.search.ranking",  # BM25
    "beilun_cli.verify.verdicts",  # check's claim reading and comparison
    "beilun_cli.cli.output.terminal",  # the Rich layouts
    "beilun_cli.cli.output.charts",  # figures' bar charts
    "dataclasses",
    "tomli",
    "rich",
    "Stemmer",
    "opencc",
    "pypinyin",  # pinyin keys are made when the index is built: never imported to answer
    "beilun_cli.lexicon.compiled_places",  # the world's places: no command needs them to start
)

NOTHING: frozenset[str] = frozenset()
TABLE = frozenset({"beilun_cli.cli.output.terminal", "rich", "dataclasses"})  # Rich defines dataclasses
TERMS = frozenset({"beilun_cli.search.analysis"})  # text -> terms
ANALYZER = TERMS | {"beilun_cli.search.ranking"}  # and BM25: what a query needs
STEMMER = ANALYZER | {"Stemmer"}
CONVERTER = ANALYZER | {"opencc"}
CHARTS = TABLE | {"beilun_cli.cli.output.charts"}
CHECKER = ANALYZER | {"beilun_cli.verify.verdicts"}  # a claim is matched on the analyzer's terms
LOADER = frozenset(
    {
        "beilun_cli.store.loader",
        "beilun_cli.base.model",
        "beilun_cli.store.numeric_coverage",
        "tomli",
        "dataclasses",
    }
)
# draft reads the base with the loader, and makes ids for the names it proposes from their pinyin.
DRAFTER = (LOADER - {"beilun_cli.store.numeric_coverage"}) | TERMS | {"Stemmer", "pypinyin"}
# A table marks what matched in the texts search reads of a fact (postings.searched_texts).
MARKED = STEMMER | TABLE | {"beilun_cli.search.postings"}
# validate checks the search vocabulary as search reads it: terms and stems, no ranking.
VALIDATOR = LOADER | TERMS | {"Stemmer"}
ARTICLE = str(default_root() / "sources" / "cnnb-2019-09-16-beilun-shuangcheng.txt")
DRAFTS = os.path.join(tempfile.mkdtemp(prefix="beilun-import-budget-"), "drafts")

# fmt: off
BUDGET: list[tuple[list[str], frozenset[str], frozenset[str]]] = [
    # argv                                                 may import            must import
    (["topics", "--json"],                                 NOTHING,              NOTHING),
    (["topics"],                                           NOTHING,              NOTHING),  # a pipe: TSV
    (["topics", "--format", "table"],                      TABLE,                TABLE),
    (["measures", "--json"],                               NOTHING,              NOTHING),
    (["list", "--topic", "economy", "--json"],             NOTHING,              NOTHING),
    (["list", "--topic", "economy", "--format", "tsv"],    NOTHING,              NOTHING),
    (["list", "--topic", "economy", "--format", "table"],  TABLE,                TABLE),
    (["show", "gdp-2018", "--json"],                       NOTHING,              NOTHING),
    (["show", "gdp-2018", "--context"],                    NOTHING,              NOTHING),
    (["show", "gdp-2018", "--format", "table"],            TABLE,                TABLE),
    (["cite", "gdp-2018", "--style", "csl-json"],          NOTHING,              NOTHING),
    (["cite", "gdp-2018"],                                 NOTHING,              NOTHING),
    (["search", "沙滩", "--json"],                         STEMMER,              ANALYZER),
    (["search", "沙滩", "--format", "tsv"],                STEMMER,              ANALYZER),
    (["search", "volunteers", "--json"],                   STEMMER,              STEMMER),
    (["search", "森林覆蓋率", "--json"],                   STEMMER | CONVERTER,  CONVERTER),
    (["search", "zhangrenya", "--json"],                   STEMMER,              STEMMER),  # pinyin
    (["search", "沙滩", "--format", "table"],              MARKED,               MARKED - {"Stemmer"}),
    (["check", "北仑有近17万名志愿者", "--json"],            CHECKER,              CHECKER),  # no stems
    (["check", "Beilun has about 170,000 volunteers"],     CHECKER | STEMMER,    CHECKER | STEMMER),  # TSV
    (["check", "北仑森林覆蓋率40.1%", "--json"],            CHECKER | CONVERTER,  CHECKER | CONVERTER),
    (["check", "北仑有近17万名志愿者", "--format", "table"], CHECKER | TABLE,      CHECKER | TABLE),
    # A candidate fact's entity with an accented name (Fédération...): still no stems.
    (["check", "北仑举办过国际汽联中国锦标赛", "--json"],    CHECKER,              CHECKER),
    (["ask", "北仑有多少志愿者？", "--json"],               STEMMER,              ANALYZER),
    (["ask", "北仑有多少志愿者？"],                         STEMMER,              ANALYZER),  # TSV
    (["ask", "how many volunteers", "--json"],             STEMMER,              STEMMER),
    (["ask", "森林覆蓋率是多少", "--json"],                 STEMMER | CONVERTER,  CONVERTER),
    (["ask", "北仑有多少志愿者？", "--format", "table"],     STEMMER | TABLE,      ANALYZER | TABLE),
    # A question of yes or no is a claim: check's verdict answers it (a character the base
    # does not hold, 吗, is read as traditional, as search reads it).
    (["ask", "北仑办过飞天奖颁奖典礼吗？", "--json"],        CHECKER | STEMMER | CONVERTER, CHECKER),
    (["timeline", "--json"],                               NOTHING,              NOTHING),
    (["timeline", "--format", "tsv"],                      NOTHING,              NOTHING),
    (["timeline", "--format", "table"],                    TABLE,                TABLE),
    (["entities", "--json"],                               NOTHING,              NOTHING),
    (["entities", "SMIC", "--json"],                       NOTHING,              NOTHING),
    (["entities", "--kind", "person"],                     NOTHING,              NOTHING),
    (["entities", "--format", "table"],                    TABLE,                TABLE),
    (["figures", "--json"],                                NOTHING,              NOTHING),
    (["figures", "--format", "tsv"],                       NOTHING,              NOTHING),
    (["figures", "--format", "table"],                     CHARTS,               CHARTS),
    (["sources", "--json"],                                NOTHING,              NOTHING),
    (["sources", "--format", "table"],                     TABLE,                TABLE),
    (["article", "--para", "14", "--json"],                NOTHING,              NOTHING),
    (["article", "--para", "14"],                          NOTHING,              NOTHING),
    (["article", "--para", "14", "--format", "table"],     TABLE,                TABLE),
    (["export"],                                           NOTHING,              NOTHING),  # JSON
    (["export", "--format", "jsonl"],                      NOTHING,              NOTHING),
    (["export", "--format", "csv"],                        NOTHING,              NOTHING),
    (["export", "--format", "tsv"],                        NOTHING,              NOTHING),
    (["validate", "--json"],                               VALIDATOR,            VALIDATOR),
    (["validate"],                                         VALIDATOR,            VALIDATOR),
    (["draft", ARTICLE, "-o", DRAFTS, "--published", "2019-09-16", "--json"], DRAFTER, DRAFTER),
    (["draft", ARTICLE, "-o", DRAFTS, "--published", "2019-09-16"],           DRAFTER, DRAFTER),
]
# fmt: on

# Runs the app once as the console script does, its answer kept off the real stdout, then
# writes the exit code and every module it imported to the file named by argv[1].
PROGRAM = """
import contextlib, io, json, sys
report, args = sys.argv[1], json.loads(sys.argv[2])
sys.argv = ["beilun", *args]
from beilun_cli.cli import process
with contextlib.redirect_stdout(io.StringIO()):
    code = process.run()
with open(report, "w", encoding="utf-8") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-budget-cache")


def imported(args: list[str], cache: Path, report: Path) -> tuple[object, set[str]]:
    """The exit code of one call in a fresh interpreter, and every module it imported."""
    env = {key: value for key, value in os.environ.items() if key not in ("BEILUN_FACTS", "BEILUN_DEBUG")}
    env["XDG_CACHE_HOME"] = str(cache)
    command = [sys.executable, "-c", PROGRAM, str(report), json.dumps(args, ensure_ascii=False)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd="/", timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    return data["code"], set(data["modules"])


def watched(modules: set[str]) -> set[str]:
    """The watched modules among `modules`, a package counting when any module of it is there."""
    return {name for name in WATCHED if any(m == name or m.startswith(name + ".") for m in modules)}


def command_modules(modules: set[str]) -> set[str]:
    return {name for name in modules if name.startswith("beilun_cli.cli.commands.")}


def _name(args: list[str]) -> str:
    """A test id: the arguments, a path by its last part (draft's are temporary)."""
    return " ".join(Path(arg).name if "/" in arg else arg for arg in args)


@pytest.mark.parametrize(("args", "may", "must"), BUDGET, ids=[_name(args) for args, _, _ in BUDGET])
def test_a_warm_call_imports_only_its_budget(
    args: list[str], may: frozenset[str], must: frozenset[str], cache: Path, tmp_path: Path
) -> None:
    imported(args, cache, tmp_path / "first.json")  # builds the index if no call has yet
    code, modules = imported(args, cache, tmp_path / "warm.json")
    assert code == 0
    assert watched(modules) - may == set(), "over budget"
    assert must - watched(modules) == set(), "the budget no longer measures this path"
    assert command_modules(modules) == {f"beilun_cli.cli.commands.{COMMANDS[args[0]][0]}"}


def test_the_budget_covers_every_command_and_its_json() -> None:
    assert {args[0] for args, _, _ in BUDGET} == set(COMMANDS)
    # JSON is --json, but export's default and cite's CSL-JSON style.
    as_json = {
        args[0]
        for args, _, _ in BUDGET
        if "--json" in args or args[-2:] in (["export"], ["--style", "csl-json"])
    }
    assert as_json == set(COMMANDS)


def test_the_whole_app_loads_no_analyzer_parser_or_rich(cache: Path, tmp_path: Path) -> None:
    """Help builds every command (as shell completion does), and still loads none of the costly
    modules: each is imported by the call that uses it."""
    code, modules = imported(["--help"], cache, tmp_path / "report.json")
    assert code == 0
    assert command_modules(modules) == {
        f"beilun_cli.cli.commands.{module}" for module, _ in COMMANDS.values()
    }
    assert watched(modules) & {"tomli", "rich", "Stemmer", "opencc", "pypinyin"} == set()


@pytest.mark.parametrize("args", [["--version"], ["--no-pager", "-V"]])
def test_version_builds_no_command_and_reads_the_index_only(
    args: list[str], cache: Path, tmp_path: Path
) -> None:
    """--version names the fact base from its warm index: no command, no TOML, no Rich."""
    imported(args, cache, tmp_path / "first.json")  # builds the index if no call has yet
    code, modules = imported(args, cache, tmp_path / "report.json")
    assert code == 0
    assert command_modules(modules) == set()
    assert watched(modules) == set()
