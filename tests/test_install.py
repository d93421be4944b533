"""A normal (not editable) install works anywhere: the wheel, in a fresh venv, outside the checkout.

The wheel is built from a copy of the checkout, so the build leaves nothing in it, and
installed with --no-deps into a fresh venv; the dependencies come from this test run's
own environment through a .pth file, so the test needs no index. A .pth line only adds
a folder to sys.path, so the editable install in that environment is not seen: every
presscal module must come from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import icalendar
import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the wheel is built from; the rest of the checkout stays behind.
BUILD_INPUTS = ("pyproject.toml", "README.md", "examples", "feeds", "parsers", "tools", "*.py")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
# Warnings the build backend prints about our own configuration (setuptools' deprecations).
BACKEND_WARNINGS = ("BuildBackendWarning", "SetuptoolsDeprecationWarning", "is deprecated")


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel, and what building it printed."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for pattern in BUILD_INPUTS:
        for path in ROOT.glob(pattern):
            if path.is_dir():
                shutil.copytree(path, source / path.name, ignore=SKIPPED)
            else:
                shutil.copy2(path, source / path.name)
    result = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-v",
                  "-w", base / "dist", source, cwd=base)
    assert result.returncode == 0, result.stdout + result.stderr
    [wheel] = (base / "dist").glob("presscal-*.whl")
    return wheel, result.stdout + result.stderr


@pytest.fixture(scope="module")
def venv(built: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel; its bin/ folder."""
    wheel, _ = built
    home = tmp_path_factory.mktemp("venv") / "venv"
    result = _run(sys.executable, "-m", "venv", "--without-pip", home, cwd=home.parent)
    assert result.returncode == 0, result.stderr
    python = home / "bin" / "python"
    result = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
                  "--disable-pip-version-check", "--quiet", wheel, cwd=home.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                     cwd=home.parent).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return home / "bin"


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PRESSCAL_CONFIG", "PYTHONPATH")}


def test_the_wheel_ships_the_examples_and_not_the_generator(built: tuple[Path, str]) -> None:
    wheel, _ = built
    names = zipfile.ZipFile(wheel).namelist()
    assert "presscal_examples/nato-2023-11.txt" in names
    assert "feeds/templates/index.html" in names
    # A module added at the top level must be listed in pyproject.toml's py-modules too.
    assert {p.name for p in ROOT.glob("*.py")} <= set(names)
    assert not [n for n in names if "make_gazetteer" in n or n.startswith(("tests/", "tools/"))]


def test_building_prints_no_deprecation_of_ours(built: tuple[Path, str]) -> None:
    _, log = built
    assert "Successfully built presscal" in log or "Created wheel for presscal" in log
    found = [line for line in log.splitlines() if any(w in line for w in BACKEND_WARNINGS)]
    assert found == []


def test_the_installed_modules_come_from_the_wheel(venv: Path, tmp_path: Path) -> None:
    code = "import cli, config, parsers; print(cli.__file__); print(parsers.__file__); print(config.EXAMPLES)"
    result = _run(venv / "python", "-c", code, cwd=tmp_path, env=_env())
    assert result.returncode == 0, result.stderr
    site = venv.parent / "lib"
    for line in result.stdout.splitlines():
        assert Path(line).is_relative_to(site), line
        assert not Path(line).is_relative_to(ROOT), line


def test_build_without_configuration_publishes_the_bundled_examples(venv: Path, tmp_path: Path) -> None:
    result = _run(venv / "presscal", "build", cwd=tmp_path, env=_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    calendar = icalendar.Calendar.from_ical((tmp_path / "output" / "calendar.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) >= 10
    assert (tmp_path / "presscal.db").is_file()  # the default store, in the working folder


def test_extract_reads_an_installed_example(venv: Path, tmp_path: Path) -> None:
    [example] = (venv.parent / "lib").glob("python*/site-packages/presscal_examples/*.txt")
    result = _run(venv / "presscal", "extract", example, "--reference-date", "2026-11-27", cwd=tmp_path,
                  env=_env())
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(result.stdout.encode("utf-8"))
    assert len(calendar.walk("VEVENT")) >= 10
