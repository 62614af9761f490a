"""Start-up of two installs of beilun side by side, in one run, against the Typer floor.

Usage: python benchmarks/side_by_side.py OLD_BEILUN [NEW_BEILUN] [--rounds 31] [--batch-runs 3]

OLD_BEILUN and NEW_BEILUN are console scripts (`/path/to/venv/bin/beilun`), NEW_BEILUN by default
the one beside this Python. A change of start-up is a few milliseconds, and a shared machine's
load moves every figure by more than that from one minute to the next: so every round runs the
floor (`python -c "import typer"`, with NEW_BEILUN's Python) and each command of each install
once, one after the other, and the tables show medians over the rounds, of the wall time and of
the CPU time (user + system, what other processes slow least), and their ratios to the floor's.
Each install has its own cache directory, made warm (index and all) before timing starts.

Batches: `check -` reads every claim of the check case sets in one process, `ask -` every
question of the ask sets, in turn for each install (medians of --batch-runs; 0 runs none).

With --instructions, each command also runs once under valgrind (callgrind) for the count of
instructions it executes: a figure the machine's load does not move, slow to take (seconds a call).

Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf import batch_lines  # noqa: E402 - the case sets' lines, read as perf.py reads them

# (label, arguments): the commands of issues 23 and 24, and a lookup for comparison.
COMMANDS = [
    ("check CLAIM --json", ["check", "北仑2018年GDP为1146.46亿元", "--json"]),
    ("check CLAIM --json (perf.py)", ["check", "北仑有近17万名志愿者", "--json"]),
    ("check English --json", ["check", "Beilun has about 170,000 volunteers", "--json"]),
    ("ask Q --json", ["ask", "北仑森林覆盖率是多少", "--json"]),
    ("ask Q --json (perf.py)", ["ask", "北仑的森林覆盖率是多少？", "--json"]),
    ("ask English --json", ["ask", "How many volunteers does Beilun have?", "--json"]),
    ("show ID --json", ["show", "gdp-2018", "--json"]),
]
BATCHES = [("check -", "check*.toml", "claim"), ("ask -", "ask*.toml", "query")]


def timed(command: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run, its output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    if stdin is not None:
        assert process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 4):
        stderr = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed ({code}): {stderr}")
    return wall, usage.ru_utime + usage.ru_stime


def instructions(command: list[str], env: dict[str, str]) -> int:
    """The instructions one run executes, as callgrind counts them (hash seed fixed: the same run
    takes the same branches)."""
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    result = subprocess.run(
        [*valgrind, *command], env={**env, "PYTHONHASHSEED": "0"}, capture_output=True, text=True, check=False
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"valgrind counted nothing: {result.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new", nargs="?", default=str(Path(sys.executable).with_name("beilun")))
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--batch-runs", type=int, default=3)
    parser.add_argument("--instructions", action="store_true", help="count instructions (valgrind)")
    options = parser.parse_args()
    installs = {"old": options.old, "new": options.new}
    floor = [str(Path(options.new).with_name("python")), "-c", "import typer"]

    with tempfile.TemporaryDirectory(prefix="beilun-side-by-side-") as scratch:
        envs: dict[str, dict[str, str]] = {}
        for name in installs:
            env = {key: value for key, value in os.environ.items() if key != "BEILUN_FACTS"}
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # as pip leaves an install: bytecode cached
            env["XDG_CACHE_HOME"] = str(Path(scratch) / name)
            envs[name] = env
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        for name, script in installs.items():
            for _, args in COMMANDS:
                for _ in range(2):  # the index, then whatever a first call leaves for the next
                    subprocess.run([script, *args], env=envs[name], capture_output=True, check=False)

        walls: dict[str, list[float]] = {}
        cpus: dict[str, list[float]] = {}

        def record(key: str, figures: tuple[float, float]) -> None:
            walls.setdefault(key, []).append(figures[0])
            cpus.setdefault(key, []).append(figures[1])

        for _ in range(options.rounds):
            record("floor", timed(floor, envs["new"]))
            for label, args in COMMANDS:
                for name, script in installs.items():
                    record(f"{name} {label}", timed([script, *args], envs[name]))

        wall_floor, cpu_floor = statistics.median(walls["floor"]), statistics.median(cpus["floor"])
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {options.rounds} rounds, medians")
        print(f"old: {options.old}\nnew: {options.new}")
        floor_figures = f"wall {wall_floor * 1000:.1f} ms, CPU {cpu_floor * 1000:.1f} ms"
        print(f"floor (python -c 'import typer'): {floor_figures}\n")
        print(f"{'command':30} {'':>4} {'wall':>8} {'ratio':>6} {'CPU':>8} {'ratio':>6}")
        for label, _ in COMMANDS:
            for name in installs:
                wall = statistics.median(walls[f"{name} {label}"])
                cpu = statistics.median(cpus[f"{name} {label}"])
                print(
                    f"{label:30} {name:>4} {wall * 1000:6.1f}ms {wall / wall_floor:6.2f} "
                    f"{cpu * 1000:6.1f}ms {cpu / cpu_floor:6.2f}"
                )

        if options.instructions:
            counted = instructions(floor, envs["new"])
            print(f"\nInstructions (valgrind): floor {counted / 1e6:.0f}M")
            for label, args in COMMANDS:
                cells = []
                for name, script in installs.items():
                    count = instructions([script, *args], envs[name])
                    cells.append(f"{name} {count / 1e6:5.0f}M {count / counted:5.2f}")
                print(f"{label:30} " + "   ".join(cells))

        if not options.batch_runs:
            return
        print(f"\nBatches: one process reads every line of the case sets (median of {options.batch_runs})")
        print(f"{'command':10} {'':>4} {'lines':>6} {'wall':>8} {'lines/s':>8} {'CPU':>8} {'lines/s':>8}")
        for label, pattern, field in BATCHES:
            lines = batch_lines(pattern, field)
            text = ("\n".join(lines) + "\n").encode()
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in installs}
            for _ in range(options.batch_runs):
                for name, script in installs.items():
                    runs[name].append(timed([script, *label.split()], envs[name], text))
            for name in installs:
                wall = statistics.median(run[0] for run in runs[name])
                cpu = statistics.median(run[1] for run in runs[name])
                print(
                    f"{label:10} {name:>4} {len(lines):6d} {wall:7.2f}s {len(lines) / wall:8.0f} "
                    f"{cpu:7.2f}s {len(lines) / cpu:8.0f}"
                )


if __name__ == "__main__":
    main()
