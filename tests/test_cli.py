"""`presscal ...` as people run it: the installed console script, real files, stdout bytes and stderr lines."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import feedparser
import icalendar
import pytest

from .conftest import GOLDEN, SAMPLE

PRESSCAL = Path(sys.executable).parent / "presscal"
SAMPLE_EVENTS = 20
SAMPLE_TIMED = 7


def presscal(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the console script in `cwd`, with no $PRESSCAL_CONFIG from outside the test."""
    env = {k: v for k, v in os.environ.items() if k != "PRESSCAL_CONFIG"}
    return subprocess.run([str(PRESSCAL), *map(str, args)], capture_output=True, cwd=cwd, env=env, timeout=120,
                          check=False)


def extract(fmt: str, cwd: Path, *extra: str | Path) -> subprocess.CompletedProcess[bytes]:
    return presscal("extract", SAMPLE, "--format", fmt, "--reference-date", "2026-11-27", *extra, cwd=cwd)


def _clean(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    return stderr


def test_the_console_script_is_installed() -> None:
    assert PRESSCAL.is_file()
    assert os.access(PRESSCAL, os.X_OK)


# -- extract ---------------------------------------------------------------------------------------


def test_extract_ics(tmp_path: Path) -> None:
    result = extract("ics", tmp_path)
    _clean(result)
    assert result.returncode == 0
    calendar = icalendar.Calendar.from_ical(result.stdout)
    events = calendar.walk("VEVENT")
    assert len(events) == SAMPLE_EVENTS
    timed = [e for e in events if isinstance(e.decoded("DTSTART"), dt.datetime)]
    assert len(timed) == SAMPLE_TIMED
    assert all(e.decoded("DTSTART").tzinfo is not None for e in timed)
    # The defaults name the calendar, since no configuration was given.
    assert str(calendar["X-WR-CALNAME"]) == "presscal events"
    # Same events as the golden calendar (made with another calendar name and base URL).
    golden = icalendar.Calendar.from_ical((GOLDEN / "nato-2023-11.ics").read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {str(e["UID"]) for e in golden}
    assert not list(tmp_path.iterdir()), "extract touches no store and writes no output/"


@pytest.mark.parametrize(("fmt", "golden"), [("ics", "nato-2023-11.ics"), ("atom", "nato-2023-11.atom")])
def test_extract_with_the_golden_settings_gives_the_golden_bytes(tmp_path: Path, fmt: str, golden: str) -> None:
    settings = tmp_path / "presscal.toml"
    settings.write_text('[calendar]\nname = "NATO events"\nbase_url = "https://events.example.org"\n', encoding="utf-8")
    result = extract(fmt, tmp_path, "--config", settings)
    _clean(result)
    assert result.returncode == 0
    assert result.stdout == (GOLDEN / golden).read_bytes()


def test_extract_atom(tmp_path: Path) -> None:
    result = extract("atom", tmp_path)
    _clean(result)
    assert result.returncode == 0
    feed = feedparser.parse(result.stdout)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == SAMPLE_EVENTS


def test_extract_json(tmp_path: Path) -> None:
    result = extract("json", tmp_path)
    _clean(result)
    assert result.returncode == 0
    events = json.loads(result.stdout)["events"]
    assert len(events) == SAMPLE_EVENTS
    assert sum(not e["all_day"] for e in events) == SAMPLE_TIMED
    assert all(e["source"] == SAMPLE.stem for e in events)
    assert len({e["uid"] for e in events}) == SAMPLE_EVENTS


@pytest.mark.parametrize("fmt", ["ics", "atom", "json"])
def test_extract_twice_gives_the_same_bytes(tmp_path: Path, fmt: str) -> None:
    first, second = extract(fmt, tmp_path), extract(fmt, tmp_path)
    assert first.returncode == second.returncode == 0
    assert first.stdout
    assert first.stdout == second.stdout


# -- errors: one sentence, no traceback ------------------------------------------------------------


def _error_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    assert result.returncode != 0
    return [line for line in _clean(result).splitlines() if line.strip()]


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-bundle.txt"
    lines = _error_lines(presscal("extract", missing, cwd=tmp_path))
    assert len(lines) == 1
    assert lines[0].startswith("presscal: ")
    assert str(missing) in lines[0]


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    lines = _error_lines(presscal("extract", binary, cwd=tmp_path))
    assert len(lines) == 1
    assert lines[0].startswith("presscal: ")
    assert str(binary) in lines[0]
    assert "binary" in lines[0]


def test_non_utf8_file(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Réunion à Bruxelles\n\nSource: NATO\n\nLe 21 novembre 2023.\n".encode("latin-1"))
    lines = _error_lines(presscal("extract", latin, cwd=tmp_path))
    assert len(lines) == 1
    assert lines[0].startswith("presscal: ")
    assert str(latin) in lines[0]
    assert "UTF-8" in lines[0]


def test_one_bad_file_does_not_hide_the_good_one(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = presscal("extract", missing, SAMPLE, "--format", "json", "--reference-date", "2026-11-27", cwd=tmp_path)
    lines = _error_lines(result)
    assert [line for line in lines if str(missing) in line] == lines
    assert len(json.loads(result.stdout)["events"]) == SAMPLE_EVENTS


def test_invalid_reference_date(tmp_path: Path) -> None:
    result = presscal("extract", SAMPLE, "--reference-date", "2026-13-45", cwd=tmp_path)
    assert result.returncode == 2  # a usage error, as argparse reports them
    assert result.stdout == b""
    lines = _error_lines(result)
    # argparse prints the usage first; the last line is the sentence, named by the command.
    assert lines[-1].startswith("presscal extract: error: ")
    assert "2026-13-45" in lines[-1]
    assert "YYYY-MM-DD" in lines[-1]


@pytest.mark.parametrize("command", ["build", "extract"])
def test_config_with_several_problems_lists_them_all(tmp_path: Path, command: str) -> None:
    settings = tmp_path / "presscal.toml"
    settings.write_text(
        '[calendar]\ncolour = "blue"\ntimezone = "Mars/Olympus_Mons"\nrefresh_minutes = 0\n', encoding="utf-8"
    )
    args: list[str | Path] = [command, "--config", settings]
    if command == "extract":
        args.insert(1, SAMPLE)
    result = presscal(*args, cwd=tmp_path)
    stderr = _clean(result)
    assert result.returncode != 0
    assert result.stdout == b""
    assert stderr.startswith("presscal: ")
    for words in ("'colour'", "'Mars/Olympus_Mons'", "refresh_minutes"):
        assert words in stderr, f"{words} not reported"
    assert len([line for line in stderr.splitlines() if line.strip()]) == 4  # the heading and the three problems
    assert not (tmp_path / "output").exists()
    assert not (tmp_path / "presscal.db").exists()


def test_missing_config_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    result = presscal("build", "--config", missing, cwd=tmp_path)
    stderr = _clean(result)
    assert result.returncode != 0
    assert stderr.startswith("presscal: ")
    assert str(missing) in stderr


# -- build -----------------------------------------------------------------------------------------


def _build_config(tmp_path: Path, store_url: str) -> Path:
    """A configuration file; its SQLite store is named relative to the file, as people write it."""
    database = "sqlite:///store.db" if store_url.startswith("sqlite") else store_url
    settings = tmp_path / "presscal.toml"
    settings.write_text(
        "[calendar]\n"
        f"database = {json.dumps(database)}\n"
        'output = "site"\n'
        "\n[[sources]]\n"
        'name = "nato"\n'
        f"path = {json.dumps(str(SAMPLE))}\n",
        encoding="utf-8",
    )
    return settings


def test_build_writes_output_and_a_second_build_changes_nothing(tmp_path: Path, store_url: str) -> None:
    settings = _build_config(tmp_path, store_url)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()  # run from another folder: paths in the file are relative to the file

    first = presscal("build", "--config", settings, cwd=elsewhere)
    _clean(first)
    assert first.returncode == 0, first.stderr
    assert f"{SAMPLE_EVENTS} new, 0 changed" in first.stdout.decode()
    site = tmp_path / "site"
    for name in ("calendar.ics", "feed.atom", "index.html", "events.json"):
        assert (site / name).stat().st_size > 0, name
    assert (tmp_path / "store.db").exists() == store_url.startswith("sqlite")
    assert not list(elsewhere.iterdir())

    uids = {e["uid"] for e in json.loads((site / "events.json").read_bytes())["events"]}
    assert len(uids) == SAMPLE_EVENTS
    assert {p.name for p in (site / "events").iterdir()} == {f"{uid}.{ext}" for uid in uids for ext in ("ics", "html")}
    calendar = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes())
    assert {str(e["UID"]) for e in calendar.walk("VEVENT")} == uids
    for uid in uids:
        single = icalendar.Calendar.from_ical((site / "events" / f"{uid}.ics").read_bytes())
        assert [str(e["UID"]) for e in single.walk("VEVENT")] == [uid]

    before = (site / "calendar.ics").read_bytes()
    second = presscal("build", "--config", settings, cwd=elsewhere)
    _clean(second)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 changed" in second.stdout.decode()
    assert (site / "calendar.ics").read_bytes() == before


# A press-release page as sites publish it: navigation and a footer around the article.
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Minister to open the harbour bridge</title>
<meta property="article:published_time" content="2027-03-01T09:00:00+01:00"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>Minister to open the harbour bridge</h1>
<p>The Minister of Transport will open the new harbour bridge in Rotterdam on Friday 5 March 2027 at 11:00,
and will then answer questions from the press.</p></article></main>
<footer><p>&copy; 2027 Ministry of Transport. Updated 1 March 2027.</p></footer></body></html>
"""


@pytest.mark.parametrize("name", ["bridge.html", "bridge-saved-as.txt"])
def test_extract_reads_a_saved_page_as_a_page(tmp_path: Path, name: str) -> None:
    # `extract FILE` on a page must read it as `build` does, whatever its suffix: not as a bundle of markup.
    page = tmp_path / name
    page.write_text(_PAGE, encoding="utf-8")
    result = presscal("extract", page, "--format", "json", cwd=tmp_path)
    _clean(result)
    assert result.returncode == 0
    events = json.loads(result.stdout)["events"]
    assert [(e["start"], e["timezone"]) for e in events] == [("2027-03-05T11:00:00+01:00", "Europe/Amsterdam")]
    assert "<" not in events[0]["summary"]
    assert "bridge" in events[0]["summary"]
