"""A refresh killed with SIGKILL part-way leaves a store that opens and files that are whole.

A real `presscal build` runs in a subprocess on a large bundle and is killed at
several moments (while parsing and merging, while writing output/); after each,
the store opens (a SQLite database passes its integrity check; PostgreSQL rolled
back the killed transaction and released its lock), every file in output/ parses,
and the next refresh completes with a calendar of every stored event. On both databases.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import icalendar
import pytest
import sqlalchemy as sa

from store import Store

from .conftest import SAMPLE

PRESSCAL = Path(sys.executable).parent / "presscal"
COPIES = 120  # some 1,500 events: a build of a few seconds, long enough to be killed inside


def _large_bundle(path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    titles = [line for line, after in zip(lines, lines[2:], strict=False) if after.startswith("Source:")]
    copies = []
    for number in range(COPIES):
        # Another year for every copy: the same events in two items would be one event.
        copy = text.replace("2023", str(1960 + number))
        for title in titles:
            copy = copy.replace(title, f"{title} (part {number})")
        copies.append(copy)
    path.write_text("\n\n".join(copies), encoding="utf-8")


def _database(store_url: str) -> str:
    return "sqlite:///presscal.db" if store_url.startswith("sqlite") else store_url


def _config(folder: Path, store_url: str) -> Path:
    config = folder / "presscal.toml"
    config.write_text(
        f'[calendar]\nname = "Crash test"\ndatabase = "{_database(store_url)}"\noutput = "output"\n\n'
        '[[sources]]\nname = "large"\npath = "large.txt"\n',
        encoding="utf-8",
    )
    return config


def _build(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([str(PRESSCAL), "build", "--config", str(config)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _check_whole(folder: Path, store_url: str) -> int:
    """The database opens and is intact; every output file that exists parses. Returns the stored count."""
    sqlite = store_url.startswith("sqlite")
    store = Store(f"sqlite:///{folder / 'presscal.db'}" if sqlite else store_url)
    try:
        with store.engine.connect() as db:
            if sqlite:
                assert db.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
        count = len(store.events())
    finally:
        store.close()
    output = folder / "output"
    for path in [output / "calendar.ics", *sorted((output / "events").glob("*.ics"))]:
        if path.exists():
            icalendar.Calendar.from_ical(path.read_bytes())  # raises on a half-written file
    leftovers = [p.name for p in output.rglob(".*")] if output.exists() else []
    assert all(name.startswith(".") for name in leftovers)  # temporary files are dot-files, never served
    return count


@pytest.fixture(scope="module")
def whole_count(tmp_path_factory: pytest.TempPathFactory) -> int:
    """The events a build never killed stores from the same bundle (on SQLite): what a rebuild must reach."""
    folder = tmp_path_factory.mktemp("whole")
    _large_bundle(folder / "large.txt")
    finished = subprocess.run([str(PRESSCAL), "build", "--config", str(_config(folder, "sqlite"))],
                              capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    return _check_whole(folder, "sqlite")


@pytest.mark.parametrize("after", [1.0, 3.0])
def test_sigkill_part_way_leaves_everything_usable(tmp_path: Path, after: float, store_url: str,
                                                   whole_count: int) -> None:
    _large_bundle(tmp_path / "large.txt")
    config = _config(tmp_path, store_url)
    process = _build(config)
    time.sleep(after)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    _check_whole(tmp_path, store_url)

    finished = subprocess.run([str(PRESSCAL), "build", "--config", str(config)], capture_output=True, text=True,
                              timeout=300)
    assert finished.returncode == 0, finished.stderr
    count = _check_whole(tmp_path, store_url)
    calendar = icalendar.Calendar.from_ical((tmp_path / "output" / "calendar.ics").read_bytes())
    assert count == whole_count > COPIES * 10  # (how many the parser makes of the sample's copies is its own matter)
    assert len(calendar.walk("VEVENT")) == count
    assert len(list((tmp_path / "output" / "events").glob("*.ics"))) == count
