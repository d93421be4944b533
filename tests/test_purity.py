"""The pure modules (parsers/, feeds/, model.py, ...) stay pure: no I/O, no frameworks, no clock."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PURE = sorted(
    list((ROOT / "parsers").rglob("*.py"))
    + list((ROOT / "feeds").rglob("*.py"))
    + [ROOT / "model.py", ROOT / "filters.py", ROOT / "editorial.py", ROOT / "merge_plan.py"]
)
FORBIDDEN_MODULES = ("flask", "werkzeug", "apscheduler", "sqlalchemy", "requests", "httpx",
                     "urllib.request", "socket", "os", "subprocess")
CLOCK_ATTRIBUTES = frozenset({"now", "utcnow", "today"})
CLOCK_FUNCTIONS = {"datetime": {"now", "utcnow", "today"}, "time": {"time", "time_ns", "monotonic", "localtime"}}
# Built so that this file does not match its own search.
PYTZ_TZINFO = re.compile(r"tzinfo\s*=\s*" + "pytz")
SKIPPED_FOLDERS = {".venv", ".git", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(tree: ast.Module) -> set[str]:
    """Every module name imported, with `from a import b` also counted as `a.b`."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN_MODULES)


def test_the_pure_modules_are_found() -> None:
    names = {_name(p) for p in PURE}
    assert {"model.py", "parsers/places.py", "parsers/dates.py", "feeds/ics.py", "feeds/html.py"} <= names


@pytest.mark.parametrize("path", PURE, ids=_name)
def test_no_framework_network_or_process_imports(path: Path) -> None:
    bad = sorted(n for n in _imported(_tree(path)) if _forbidden(n))
    assert bad == [], f"{_name(path)} imports {', '.join(bad)}"


@pytest.mark.parametrize("path", PURE, ids=_name)
def test_no_clock(path: Path) -> None:
    tree = _tree(path)
    found = [f"line {node.lineno}: .{node.attr}" for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr in CLOCK_ATTRIBUTES]
    found += [f"line {node.lineno}: time.{node.attr}" for node in ast.walk(tree)
              if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "time"
              and node.attr in CLOCK_FUNCTIONS["time"]]
    found += [f"line {node.lineno}: from {node.module} import {alias.name}" for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module in CLOCK_FUNCTIONS
              for alias in node.names if alias.name in CLOCK_FUNCTIONS[node.module or ""]]
    assert found == [], f"{_name(path)} reads the clock: {found}"


def test_the_checks_catch_what_they_look_for() -> None:
    tree = ast.parse("import os.path\nfrom urllib import request\nimport datetime as dt\nx = dt.datetime.now()\n")
    assert {n for n in _imported(tree) if _forbidden(n)} == {"os.path", "urllib.request"}
    assert any(isinstance(n, ast.Attribute) and n.attr in CLOCK_ATTRIBUTES for n in ast.walk(tree))
    assert not _forbidden("urllib.parse")
    assert not _forbidden("osmium")
    assert PYTZ_TZINFO.search("dt.datetime(2024, 1, 1, tzinfo=" + "pytz.timezone('Europe/Brussels'))")


def _all_python_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if not SKIPPED_FOLDERS & set(p.relative_to(ROOT).parts))


def test_no_module_attaches_a_pytz_zone_with_tzinfo() -> None:
    """pytz zones given as tzinfo= show local mean time (+00:18 in Sarajevo); localize or astimezone instead."""
    files = _all_python_files()
    assert ROOT / "model.py" in files
    assert Path(__file__).resolve() in files
    offending = [f"{_name(p)}:{number}" for p in files
                 for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if PYTZ_TZINFO.search(line)]
    assert offending == []


# Imports point inward: the model imports none of ours, and the records the outer layers share
# (kinds, CalendarInfo) come from the model, not from a sibling layer.
INWARD = [("model.py", ("parsers", "feeds", "filters", "config", "store", "web")),
          ("config.py", ("feeds", "parsers")),
          ("filters.py", ("parsers", "feeds")),
          *((_name(p), ("parsers",)) for p in sorted((ROOT / "feeds").rglob("*.py")))]


@pytest.mark.parametrize(("name", "outer"), INWARD, ids=[name for name, _ in INWARD])
def test_imports_point_inward(name: str, outer: tuple[str, ...]) -> None:
    found = sorted(n for n in _imported(_tree(ROOT / name)) if n.split(".")[0] in outer)
    assert found == [], f"{name} imports {', '.join(found)}"
