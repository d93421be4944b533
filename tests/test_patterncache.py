"""The table of compiled patterns (patterncache.py): what it fills in re's cache is what re.compile makes."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import patterncache

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "corpus" / "nato-2023-11.txt"


def written(table: Path) -> int:
    """How many patterns `python -m patterncache TABLE` writes: in a fresh process, as `make install` runs it."""
    run = subprocess.run([sys.executable, "-m", "patterncache", str(table)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return int(run.stdout.split()[1])


def test_every_entry_rebuilds_the_pattern_re_compiles(tmp_path: Path) -> None:
    table = tmp_path / "patterns.marshal"
    count = written(table)
    python, entries = marshal.loads(table.read_bytes())
    assert python == patterncache._python()
    assert count == len(entries) > 200  # the parsers' own patterns are there
    assert any("Source:" in made[0] for made in entries)  # parsers/bundle.py's, for one
    for made in entries:
        fresh = re._compiler.compile(made[0], made[1])  # type: ignore[attr-defined]
        rebuilt = patterncache._build(made)
        assert rebuilt == fresh, made[0]
        assert (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)


def test_a_pattern_no_code_compiles_is_not_written_again(tmp_path: Path) -> None:
    # The installed table is what importing the commands fills re's cache from: a pattern that only it holds (of code
    # since changed) must not come back in a table made afresh.
    installed = patterncache.TABLE
    saved = installed.read_bytes() if installed.exists() else None
    python, entries = (patterncache._python(), [])
    if saved is not None:
        python, entries = marshal.loads(saved)
    dead = patterncache.entry(r"no code compiles this (?P<dead>pattern)", 0)
    try:
        installed.parent.mkdir(exist_ok=True)
        installed.write_bytes(marshal.dumps((python, [*entries, dead])))
        table = tmp_path / "patterns.marshal"
        written(table)
        _, fresh = marshal.loads(table.read_bytes())
        assert all(made[0] != dead[0] for made in fresh)
    finally:
        if saved is None:
            installed.unlink(missing_ok=True)
        else:
            installed.write_bytes(saved)


def test_fill_puts_the_table_in_res_cache(tmp_path: Path) -> None:
    table = tmp_path / "patterns.marshal"
    made = patterncache.entry(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?i: at noon)?", 0)
    table.write_bytes(marshal.dumps((patterncache._python(), [made])))
    re.purge()
    assert patterncache.fill(table) == 1
    cached = re.compile(made[0])
    assert cached == re._compiler.compile(made[0], 0)  # type: ignore[attr-defined]
    assert cached.match("21 November at NOON").groupdict() == {"day": "21", "month": "November"}
    re.purge()


def test_a_table_of_another_python_or_a_broken_one_fills_nothing(tmp_path: Path) -> None:
    table = tmp_path / "patterns.marshal"
    table.write_bytes(marshal.dumps(("3.0.0 another Python", [patterncache.entry("x+", 0)])))
    assert patterncache.fill(table) == 0
    table.write_bytes(b"not a marshalled table")
    assert patterncache.fill(table) == 0
    assert patterncache.fill(tmp_path / "missing.marshal") == 0


def test_extract_writes_the_same_calendar_with_and_without_the_table(tmp_path: Path) -> None:
    """The command that fills the cache, against one where the table is another Python's (so nothing is filled)."""
    table = tmp_path / "patterns.marshal"
    written(table)
    program = "\n".join([
        "import pathlib, re, sys, patterncache",
        "re.purge()  # what importing patterncache filled from the installed table",
        "filled = patterncache.fill(pathlib.Path(sys.argv[1]))",
        "assert (filled > 200) == (sys.argv[2] == 'filled'), filled",
        "import cli",
        "sys.exit(cli.main(sys.argv[3:]))",
    ])
    args = ["extract", str(SAMPLE), "--format", "ics", "--reference-date", "2026-11-27"]
    run = [sys.executable, "-c", program, str(table)]
    filled = subprocess.run([*run, "filled", *args], capture_output=True, check=True)
    table.write_bytes(marshal.dumps(("3.0.0 another Python", [])))
    plain = subprocess.run([*run, "plain", *args], capture_output=True, check=True)
    assert filled.stdout == plain.stdout
    assert b"BEGIN:VEVENT" in filled.stdout


def test_the_table_holds_the_commands_patterns_and_they_stay(tmp_path: Path) -> None:
    """More patterns than re's cache keeps (512): none is dropped from the table, nor pushed out of the cache by
    the others, so importing the parsers compiles none (before the room was made, four in five were compiled)."""
    table = tmp_path / "patterns.marshal"
    count = written(table)
    assert count > 512
    program = "\n".join([
        "import pathlib, re, sys, patterncache",
        "re.purge()",
        "patterncache.fill(pathlib.Path(sys.argv[1]))",
        "compiled = []",
        "compile = re._compiler.compile",
        "re._compiler.compile = lambda pattern, flags=0: (compiled.append(pattern), compile(pattern, flags))[1]",
        "import cli, parsers, parallel",
        "for reader in patterncache._READERS: __import__(reader)",
        "print(sum(isinstance(pattern, str) for pattern in compiled))",
    ])
    run = subprocess.run([sys.executable, "-c", program, str(table)], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert int(run.stdout) < 10  # a few of the standard library's, compiled before `cli` imports the parsers
