"""What compiling the parsers with mypyc would gain: per-copy time and instructions, pure against compiled.

    .venv/bin/pip install 'mypy[mypyc]' 'setuptools>=77'    # mypyc builds with setuptools
    .venv/bin/python bench/compiled_trial.py [--rounds 8] [--keep DIR | --reuse DIR]

A trial, not a way to install presscal: the checkout's tracked files are copied to a scratch
folder and parsers/*.py are compiled there (but for the data table gazetteer_table.py, and
clean.py, whose surrogate code points in string literals mypyc refuses). model.py stays pure:
compiled, its frozen dataclasses cannot be unpickled by the workers of parallel.py. Then one
copy of the sample (tests/fixtures/corpus/nato-2023-11.txt) goes through extract_articles in
each tree: the best of 40 runs a process, pure and compiled processes interleaved; with
valgrind, the instructions of 10 more copies and of start-up. Both trees must give the same
events (the processes share one PYTHONHASHSEED, so that frozensets print in one order).
Figures go to bench/results/compiled_trial.json.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from results import write_results  # noqa: E402 (bench/ is the script's folder)

NOT_COMPILED = {"gazetteer_table.py", "clean.py"}
# Run in each tree: the best per-copy time of `runs` copies after one warm-up, `extra` more
# copies (for instruction counts), and a digest of the events so both trees can be compared.
PROBE = """
import datetime as dt, hashlib, sys, time
from pathlib import Path
import cli, config, parsers.datescan
from parsers import extract_articles
runs, extra = int(sys.argv[1]), int(sys.argv[2])
articles = cli._file_articles(Path(sys.argv[3]), 'Europe/Brussels')
order = config.load(None).numeric_dates
def one():
    return extract_articles(articles, reference=dt.date(2026, 11, 27), default_zone='Europe/Brussels',
                            numeric_order=order)
events = one()
best = 9.0
for _ in range(runs):
    start = time.perf_counter()
    one()
    best = min(best, time.perf_counter() - start)
for _ in range(extra):
    one()
print(best, hashlib.sha256(repr(events).encode()).hexdigest(), parsers.datescan.__file__)
"""
SAMPLE = ROOT / "tests" / "fixtures" / "corpus" / "nato-2023-11.txt"


def compile_copy(folder: Path) -> float:
    """Copy the tracked files to `folder`, compile its parsers there; the seconds the build took."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in tracked.splitlines():
        if (ROOT / name).is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, folder / name)
    modules = sorted(str(p.relative_to(folder)) for p in (folder / "parsers").glob("*.py")
                     if p.name not in NOT_COMPILED)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=folder, check=True, capture_output=True)
    return time.perf_counter() - start


def probe(tree: Path, runs: int, extra: int = 0, valgrind: bool = False) -> tuple[float, str, int]:
    """(best seconds a copy, events digest, instructions or 0) of the sample read in `tree`."""
    command = [sys.executable, "-c", PROBE, str(runs), str(extra), str(SAMPLE)]
    if valgrind:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command]
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=True)
    best, digest, where = result.stdout.split()
    if not where.startswith(str(tree)):
        raise SystemExit(f"{tree}: parsers were imported from {where}")
    refs = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    return float(best), digest, int(refs.group(1).replace(",", "")) if refs else 0


def instructions(tree: Path) -> tuple[int, int]:
    """(instructions of start-up and one warm copy, instructions a further copy), by valgrind."""
    base = probe(tree, 0, 0, valgrind=True)[2]
    more = probe(tree, 0, 10, valgrind=True)[2]
    return base, (more - base) // 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8, help="processes of 40 runs each, per tree")
    parser.add_argument("--keep", type=Path, help="build the compiled tree here and keep it")
    parser.add_argument("--reuse", type=Path, help="measure a tree --keep built before (no build)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        compiled = args.reuse or args.keep or Path(scratch)
        build_seconds = 0.0
        if not args.reuse:
            compiled.mkdir(parents=True, exist_ok=True)
            build_seconds = compile_copy(compiled)
            print(f"mypyc built {compiled} in {build_seconds:.0f} s")
        times: dict[str, list[float]] = {"pure": [], "compiled": []}
        digests = set()
        for _ in range(args.rounds):  # interleaved: this machine is shared and noisy
            for name, tree in (("pure", ROOT), ("compiled", compiled)):
                best, digest, _ = probe(tree, 40)
                times[name].append(best)
                digests.add(digest)
        if len(digests) != 1:
            raise SystemExit("the compiled parsers give other events than the pure ones")
        figures: dict[str, object] = {"build_seconds": round(build_seconds, 1),
                                      "ms_per_copy": {k: round(min(v) * 1000, 2) for k, v in times.items()}}
        pure_ms, compiled_ms = (min(times[k]) * 1000 for k in ("pure", "compiled"))
        print(f"one copy of the sample: pure {pure_ms:.2f} ms, compiled {compiled_ms:.2f} ms "
              f"({1 - compiled_ms / pure_ms:.0%} less)")
        if shutil.which("valgrind"):
            counts = {name: instructions(tree) for name, tree in (("pure", ROOT), ("compiled", compiled))}
            figures["instructions"] = {k: {"start_and_first_copy": v[0], "per_copy": v[1]} for k, v in counts.items()}
            (pure_start, pure_copy), (compiled_start, compiled_copy) = counts["pure"], counts["compiled"]
            print(f"instructions a copy: pure {pure_copy / 1e6:.1f} M, compiled {compiled_copy / 1e6:.1f} M "
                  f"({1 - compiled_copy / pure_copy:.0%} less); start-up and first copy "
                  f"{(compiled_start - pure_start) / 1e6:+.0f} M compiled")
    write_results("compiled_trial", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
