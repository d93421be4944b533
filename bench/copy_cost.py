"""Instructions a copy of the sample costs in-process (cachegrind), and its profile (cProfile).

    .venv/bin/python bench/copy_cost.py [--copies 10] [--profile N] [FILE]

Instructions: valgrind runs the in-process extract of FILE (default the sample) once warm, then
again with `--copies` more; the difference over the copies is the cost a copy, free of start-up.
`--profile N` prints cProfile's cumulative table of N warm copies instead (no valgrind).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "corpus" / "nato-2023-11.txt"
PROBE = """
import cProfile, datetime as dt, gc, os, pstats, sys
from pathlib import Path
import cli, config
from parsers import extract_articles
extra, profile = int(sys.argv[1]), int(sys.argv[2])
articles = cli._file_articles(Path(sys.argv[3]), 'Europe/Brussels')
order = config.load(None).numeric_dates
def one():
    return extract_articles(articles, reference=dt.date(2026, 11, 27), default_zone='Europe/Brussels',
                            numeric_order=order)
one()
if os.environ.get("COPY_COST_NO_GC"):
    gc.disable()  # a full collection's turn depends on the start-up's heap: it moves a few copies' count by millions
if profile:
    pr = cProfile.Profile()
    pr.enable()
    for _ in range(profile):
        one()
    pr.disable()
    pstats.Stats(pr).sort_stats(sys.argv[4]).print_stats(int(sys.argv[5]))
for _ in range(extra):
    one()
"""


def refs(copies: int, path: Path, gc: bool = True) -> int:
    """Instructions of the probe with `copies` copies after the warm one."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-c", PROBE, str(copies), "0", str(path)]
    result = subprocess.run(command, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                    "PYTHONHASHSEED": "0", **({} if gc else {"COPY_COST_NO_GC": "1"})},
                            capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if not found:
        raise SystemExit(result.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--profile", type=int, default=0, help="print cProfile of N warm copies instead")
    parser.add_argument("--no-gc", action="store_true", help="collect no garbage after the warm copy (steadier)")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--lines", type=int, default=60)
    args = parser.parse_args(argv)
    if args.profile:
        subprocess.run([sys.executable, "-c", PROBE, "0", str(args.profile), str(args.file), args.sort,
                        str(args.lines)], cwd=ROOT, check=True)
        return 0
    # Once without valgrind first: a module changed since its bytecode was written is compiled by the first run,
    # which would count in the base run only. That run must write the bytecode, whatever the shell says.
    writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", PROBE, "0", "0", str(args.file)], cwd=ROOT, check=True, env=writing)
    base = refs(0, args.file, not args.no_gc)
    more = refs(args.copies, args.file, not args.no_gc)
    print(f"start-up and a warm copy {base / 1e6:.2f} M; a copy {(more - base) / args.copies / 1e6:.2f} M instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
