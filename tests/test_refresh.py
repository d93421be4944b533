"""refresh(): sources -> store -> output/, with failing sources, idempotence and atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

import config as settings
from model import Event
from parsers import extract
from refresh import Report, SourceReport, refresh, write_atomically
from store import Store
from writing import OutputError

from .conftest import NOW, SAMPLE

MakeConfig = Callable[..., settings.Config]

BELGRADE = """\
Secretary General visits Belgrade

Source: NATO

On 21 November 2023, NATO Secretary General Jens Stoltenberg will visit Belgrade.
"""
OSLO = """\
Deputy Secretary General meets Ministers in Oslo

Source: NATO

On 5 December 2023, the Deputy Secretary General will meet Ministers in Oslo. \
At 10:00 (CET) there will be a press conference.
"""


@pytest.fixture(scope="module")
def nato_events(sample_text: str) -> list[Event]:
    """The sample as a source called "nato" gives (UIDs include the source's name)."""
    return extract(sample_text, source="nato", reference=NOW.date()).events


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _calendar_uids(data: bytes) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def _stored(config: settings.Config) -> list[Event]:
    store = Store(config.database)
    try:
        return store.events()
    finally:
        store.close()


def _report(report: Report, name: str) -> SourceReport:
    return next(r for r in report.sources if r.name == name)


def test_refresh_writes_every_output_file(make_config: MakeConfig, nato_events: list[Event]) -> None:
    config = make_config()
    report = refresh(config, NOW)
    files = _files(config.output)
    uids = {e.uid for e in nato_events}
    expected = {"calendar.ics", "feed.atom", "events.json", "index.html", "style.css", "localtime.js"}
    expected |= {f"events/{uid}.ics" for uid in uids} | {f"events/{uid}.html" for uid in uids}
    expected |= {"past/1.html"}  # the sample's events are all past on NOW's day: one archive page
    assert set(files) == expected
    assert sorted(report.written) == sorted(config.output / name for name in expected)
    assert (report.added, report.changed, report.total) == (len(uids), 0, len(uids))
    [source] = report.sources
    assert (source.name, source.error, source.events) == ("nato", "", len(uids))
    assert source.items == 9
    assert _calendar_uids(files["calendar.ics"]) == uids
    assert {e["uid"] for e in json.loads(files["events.json"])["events"]} == uids
    for uid in uids:
        assert _calendar_uids(files[f"events/{uid}.ics"]) == {uid}
        assert f'id="{uid}"'.encode() in files[f"events/{uid}.html"]
        assert f'href="../events/{uid}"'.encode() in files["past/1.html"]
    assert b"<feed" in files["feed.atom"]
    assert files["index.html"].lstrip().lower().startswith(b"<!doctype html")


def test_a_second_refresh_writes_nothing(make_config: MakeConfig) -> None:
    config = make_config()
    refresh(config, NOW)
    first = _files(config.output)
    mtimes = {p: p.stat().st_mtime_ns for p in config.output.rglob("*") if p.is_file()}
    again = refresh(config, NOW)
    assert again.written == []
    assert (again.added, again.changed) == (0, 0)
    assert _files(config.output) == first
    assert {p: p.stat().st_mtime_ns for p in config.output.rglob("*") if p.is_file()} == mtimes


def test_a_refresh_at_a_later_time_keeps_the_calendar_bytes(make_config: MakeConfig) -> None:
    """Unchanged input changes no DTSTAMP: `changed` is when the store saw a change, not the clock."""
    config = make_config()
    refresh(config, NOW)
    first = _files(config.output)
    later = refresh(config, NOW + dt.timedelta(hours=3))
    assert (later.added, later.changed) == (0, 0)
    assert _files(config.output)["calendar.ics"] == first["calendar.ics"]
    assert _files(config.output)["feed.atom"] == first["feed.atom"]


@pytest.mark.parametrize(
    ("filename", "content", "words"),
    [
        ("missing.txt", None, "cannot read"),
        ("binary.txt", b"Title\n\nSource: NATO\n\nOn 21 November 2023\x00\x01\x02 in Belgrade.\n", "binary"),
        ("latin1.txt", "Title\n\nSource: NATO\n\nOn 21 November 2023 in Liège.\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_a_bad_source_is_reported_and_the_good_one_still_read(
    make_config: MakeConfig, tmp_path: Path, nato_events: list[Event],
    filename: str, content: bytes | None, words: str,
) -> None:
    bad = tmp_path / "sources" / filename
    bad.parent.mkdir()
    if content is not None:
        bad.write_bytes(content)
    config = make_config(settings.Source("bad", path=str(bad)), settings.Source("nato", path=str(SAMPLE)))
    report = refresh(config, NOW)
    failed = _report(report, "bad")
    assert str(bad) in failed.error
    assert words in failed.error
    assert (failed.items, failed.events) == (0, 0)
    good = _report(report, "nato")
    assert good.error == ""
    assert good.events == len(nato_events)
    assert report.total == len(nato_events)
    assert _calendar_uids((config.output / "calendar.ics").read_bytes()) == {e.uid for e in nato_events}


def test_a_glob_matching_nothing_is_reported(make_config: MakeConfig, tmp_path: Path) -> None:
    pattern = str(tmp_path / "nowhere" / "*.txt")
    config = make_config(settings.Source("empty", path=pattern), settings.Source("nato", path=str(SAMPLE)))
    report = refresh(config, NOW)
    assert pattern in _report(report, "empty").error
    assert _report(report, "nato").error == ""


def test_a_source_that_fails_later_loses_nothing(make_config: MakeConfig, tmp_path: Path,
                                                 nato_events: list[Event]) -> None:
    good = make_config(settings.Source("nato", path=str(SAMPLE)))
    refresh(good, NOW)
    before = _stored(good)
    calendar_before = (good.output / "calendar.ics").read_bytes()
    assert len(before) == len(nato_events)

    broken = make_config(settings.Source("nato", path=str(tmp_path / "gone.txt")))
    assert (broken.database, broken.output) == (good.database, good.output)
    report = refresh(broken, NOW + dt.timedelta(hours=1))
    assert "gone.txt" in report.sources[0].error
    assert report.total == len(nato_events)
    assert _stored(broken) == before
    calendar = (broken.output / "calendar.ics").read_bytes()
    assert _calendar_uids(calendar) == {e.uid for e in nato_events}
    assert calendar == calendar_before


def test_events_stay_after_their_item_leaves_the_source(make_config: MakeConfig, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.txt"
    bundle.write_text(BELGRADE + "\n" + OSLO, encoding="utf-8")
    config = make_config(settings.Source("news", path=str(bundle)))
    first = refresh(config, NOW)
    assert first.sources[0].items == 2
    events = _stored(config)
    belgrade = {e.uid for e in events if e.article_title == "Secretary General visits Belgrade"}
    oslo = {e.uid for e in events if e.article_title.endswith("Ministers in Oslo")}
    assert belgrade
    assert oslo
    assert belgrade | oslo == {e.uid for e in events}

    bundle.write_text(OSLO, encoding="utf-8")
    second = refresh(config, NOW + dt.timedelta(days=1))
    assert second.sources[0].items == 1
    assert second.sources[0].events == len(oslo)
    assert (second.added, second.changed) == (0, 0)  # the remaining item keeps its UIDs
    assert second.total == len(belgrade) + len(oslo)
    calendar = (config.output / "calendar.ics").read_bytes()
    assert _calendar_uids(calendar) == belgrade | oslo
    for uid in belgrade:
        assert (config.output / "events" / f"{uid}.ics").is_file()


def test_write_atomically_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "folder" / "calendar.ics"
    assert write_atomically(target, b"first") is True
    assert target.read_bytes() == b"first"
    assert write_atomically(target, b"first") is False
    assert write_atomically(target, b"second, longer than the first") is True
    assert target.read_bytes() == b"second, longer than the first"
    assert write_atomically(target, b"") is True
    assert target.read_bytes() == b""
    assert os.listdir(target.parent) == ["calendar.ics"]
    assert target.stat().st_mode & 0o777 == 0o644


def test_write_atomically_cleans_up_when_the_rename_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "calendar.ics"
    blocker.mkdir()  # a folder where the file should go: the rename must fail
    (blocker / "keep").write_bytes(b"x")
    with pytest.raises(OutputError, match=r"calendar\.ics: cannot write it \(Is a directory\)"):
        write_atomically(blocker, b"data")
    assert sorted(os.listdir(tmp_path)) == ["calendar.ics"]
    assert os.listdir(blocker) == ["keep"]
