"""Start-up without compiling our regular expressions again: re's own cache, filled from a table.

Compiling the parsers' patterns is most of what starting `presscal` costs: about 750 million
instructions, two thirds of `import cli`, paid by every run (and before a large bundle's workers
can start). What the compiler makes of a pattern (its code words, groups and flags) depends only on
the pattern, its flags and the Python that compiles it, so `make install` writes it once into a
table beside the bytecode (__pycache__/patterns.TAG.marshal, as `python -m patterncache`), and
importing this module fills `re`'s cache from that table (`cli` imports it before the parsers):
each `re.compile` of a pattern in the table then finds its compiled pattern there. A pattern not in the table (changed
since the install) is compiled as before; the table is used only by the Python that wrote it.
Every entry is checked when the table is written: the pattern built from it equals (`==` compares
the code words) the one `re.compile` makes; tests/test_patterncache.py checks it again.
"""

from __future__ import annotations

import _sre
import importlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.marshal"
# What `presscal` commands import: their patterns are the ones worth keeping.
# (The readers of other languages are imported at the first text read, by every worker of a large bundle: left out,
# their grammars were compiled again by every process, 13 ms of each.)
# (Every parsers/lang_*.py, found by name, so a new reader is never left out: four were, the session they came.)
_READERS = ("parsers.lang", *sorted(f"parsers.{path.stem}"
                                    for path in (Path(__file__).resolve().parent / "parsers").glob("lang_*.py")))
_MODULES = ("cli", "parsers", *_READERS, "sources", "parallel", "feeds.ics", "feeds.events_json", "merge_plan",
            "refresh")
# re's internals the table relies on; where a Python lacks them, nothing is filled and re compiles as ever.
_INTERNALS = ("_cache", "_MAXCACHE", "_compiler", "_parser")
# re's cache keeps 512 patterns and drops the oldest for each new one: the commands' modules compile more than
# that, so the table (written from the cache) lost the first ones and, filled, was pushed out by the patterns
# compiled after it (four in five were compiled again). Room for all of them: a dict of a few thousand patterns.
ROOM = 4096


def _python() -> str:
    return f"{sys.version} {_sre.MAGIC}"


def fill(table: Path = TABLE) -> int:
    """Put the table's patterns in re's cache; how many (0 with no table, or one another Python wrote)."""
    cache = getattr(re, "_cache", None)
    try:
        python, entries = marshal.loads(table.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return 0
    if python != _python() or not isinstance(cache, dict):
        return 0
    _make_room()
    for made in entries:
        cache[str, made[0], made[1]] = _build(made)
    return len(entries)


def _make_room() -> None:
    if getattr(re, "_MAXCACHE", ROOM) < ROOM:
        re._MAXCACHE = ROOM  # type: ignore[attr-defined]


def _build(made: tuple[Any, ...]) -> re.Pattern[str]:
    pattern, _, final_flags, code, groups, groupindex, indexgroup = made
    built: re.Pattern[str] = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
    return built


def entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """What re's compiler makes of `pattern` (re._compiler.compile's steps, kept instead of the pattern object)."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = [int(word) for word in re._compiler._code(parsed, flags)]  # type: ignore[attr-defined]  # (int subclasses)
    groupindex = {name: int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return pattern, int(flags), int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), groupindex, \
        tuple(indexgroup)


def write(table: Path = TABLE) -> int:
    """Import what the commands import, and table every str pattern re then holds that rebuilds equal."""
    if not all(hasattr(re, name) for name in _INTERNALS):
        return 0
    _make_room()
    for module in _MODULES:
        importlib.import_module(module)
    importlib.import_module("parsers").prepare()  # (the patterns it builds, which each process built at its first item)
    entries = []
    for kind, pattern, flags in list(re._cache):  # type: ignore[attr-defined]
        if kind is not str:
            continue
        made = entry(pattern, flags)
        # Against the compiler itself, not the cache (which this module's import may have filled).
        if _build(made) == re._compiler.compile(pattern, flags):  # type: ignore[attr-defined]
            entries.append(made)
    table.parent.mkdir(exist_ok=True)
    table.write_bytes(marshal.dumps((_python(), entries)))
    return len(entries)


if __name__ == "__main__":  # python -m patterncache [TABLE]: in a process of its own, whose re cache holds them all
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE
    # The commands import this module by its name: as a module of its own it would fill re's cache from the installed
    # table, and its dead patterns (of code since changed) would be written out again. This run is that module.
    sys.modules.setdefault("patterncache", sys.modules[__name__])
    print(f"patterncache: {write(path)} compiled patterns written to {path}")
else:
    fill()
