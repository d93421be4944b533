"""A living calendar, end to end over real HTTP: a source changes, drops an item, fails.
Each test runs on SQLite and on PostgreSQL (`store_url`).

The calendar keeps its promises: a moved press conference moves (same UID,
SEQUENCE + 1, one updated Atom entry saying what changed), an event whose item
left the source stays, and a source answering 500 or garbage loses nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import icalendar

import config as settings
from refresh import refresh

from .conftest import SAMPLE
from .http_server import Server, http_server_fixture  # noqa: F401 (the fixture)

NOW = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(minutes=30)
MOVED = "20th November, 09:30 (CET)"
BOSNIA = "Press conference: Secretary General and Chairwoman of the Council of Minister of Bosnia and Herzegovina"


def _serve(server: Server, text: str, etag: str) -> None:
    server.routes["/news.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8", "ETag": etag},
                                  text.encode("utf-8"))


def _config(tmp_path: Path, server: Server, database: str) -> settings.Config:
    return settings.Config(database=database, output=tmp_path / "output",
                           sources=(settings.Source("nato", url=server.url("/news.txt")),))


def _events(output: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical((output / "calendar.ics").read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_a_moved_time_updates_in_place_and_nothing_is_lost(tmp_path: Path, http_server: Server, store_url: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    config = _config(tmp_path, http_server, store_url)
    _serve(http_server, text, '"v1"')
    first = refresh(config, NOW)
    assert first.sources[0].error == ""
    before = _events(config.output)
    feed_before = {e.id: e for e in feedparser.parse((config.output / "feed.atom").read_bytes()).entries}
    bosnia = before[BOSNIA]
    assert bosnia.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2023, 11, 20, 8, 15, tzinfo=dt.UTC)

    # Unchanged: the server is asked conditionally and answers 304; nothing is parsed or written.
    idle = refresh(config, NOW + dt.timedelta(minutes=1))
    assert http_server.headers_of("/news.txt").get("if-none-match") == '"v1"'
    assert idle.sources[0].skipped
    assert idle.written == []

    # The press conference moves from 09:15 to 09:30.
    _serve(http_server, text.replace("20th November, 09:15 (CET)", MOVED), '"v2"')
    second = refresh(config, LATER)
    assert (second.added, second.changed) == (0, 1)
    after = _events(config.output)
    moved = after[BOSNIA]
    assert str(moved["UID"]) == str(bosnia["UID"])
    assert moved["SEQUENCE"] == bosnia["SEQUENCE"] + 1
    assert moved.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2023, 11, 20, 8, 30, tzinfo=dt.UTC)
    assert "moved from 09:15 CET to 09:30 CET" in str(moved["DESCRIPTION"])
    assert set(after) == set(before)
    feed_after = {e.id: e for e in feedparser.parse((config.output / "feed.atom").read_bytes()).entries}
    updated = [i for i in feed_after if feed_after[i].updated != feed_before[i].updated]
    assert len(updated) == 1
    entry = feed_after[updated[0]]
    assert entry.title.startswith("[Changed]")
    assert "moved from 09:15 CET to 09:30 CET" in entry.content[0].value

    # The item leaves the source: its events stay published.
    without = text[: text.index("NATO Secretary General to visit the Western Balkans")]
    _serve(http_server, without, '"v3"')
    third = refresh(config, LATER + dt.timedelta(minutes=30))
    assert third.sources[0].error == ""
    assert set(_events(config.output)) == set(after)

    # The source fails, then answers garbage: nothing published is lost.
    published = (config.output / "calendar.ics").read_bytes()
    http_server.routes["/news.txt"] = (500, {"Content-Type": "text/plain"}, b"internal error")
    failing = refresh(config, LATER + dt.timedelta(hours=1))
    assert "500" in failing.sources[0].error
    assert (config.output / "calendar.ics").read_bytes() == published
    http_server.routes["/news.txt"] = (200, {"Content-Type": "application/octet-stream"}, bytes(range(256)) * 64)
    garbage = refresh(config, LATER + dt.timedelta(hours=4), force=True)
    assert garbage.sources[0].error
    http_server.routes["/news.txt"] = (200, {"Content-Type": "text/plain"}, b"<<<\x7f not a bundle %%%")
    nonsense = refresh(config, LATER + dt.timedelta(hours=8), force=True)
    assert nonsense.sources[0].error == ""
    assert set(_events(config.output)) == set(after)


def test_a_failing_source_backs_off_and_recovers(tmp_path: Path, http_server: Server, store_url: str) -> None:
    config = _config(tmp_path, http_server, store_url)
    http_server.routes["/news.txt"] = (503, {"Content-Type": "text/plain"}, b"busy")
    assert refresh(config, NOW).sources[0].error
    asked = len(http_server.requests)
    waiting = refresh(config, NOW + dt.timedelta(minutes=5))
    assert waiting.sources[0].skipped  # the first retry waits one refresh interval
    assert len(http_server.requests) == asked
    _serve(http_server, SAMPLE.read_text(encoding="utf-8"), '"v1"')
    recovered = refresh(config, NOW + dt.timedelta(minutes=31))
    assert recovered.sources[0].error == ""
    assert recovered.added == len(_events(config.output))


def test_an_empty_store_never_overwrites_a_published_calendar(
    tmp_path: Path, http_server: Server, store_url: str,
) -> None:
    config = _config(tmp_path, http_server, store_url)
    _serve(http_server, SAMPLE.read_text(encoding="utf-8"), '"v1"')
    refresh(config, NOW)
    published = (config.output / "calendar.ics").read_bytes()
    # Another, empty store publishing to the same folder (SQLite whatever `store_url` is).
    emptied = settings.Config(database=f"sqlite:///{tmp_path / 'other.db'}", output=config.output,
                              sources=(settings.Source("nato", path=str(tmp_path / "empty.txt")),))
    (tmp_path / "empty.txt").write_text("Nothing\n\nSource: NATO\n\nNo dates here.\n", encoding="utf-8")
    report = refresh(emptied, LATER)
    assert report.refused
    assert (config.output / "calendar.ics").read_bytes() == published
    forced = refresh(emptied, LATER, force=True)
    assert not forced.refused
    assert b"BEGIN:VEVENT" not in (config.output / "calendar.ics").read_bytes()


def test_an_rss_source_reads_each_items_page(tmp_path: Path, http_server: Server, store_url: str) -> None:
    page = (Path(__file__).parent / "fixtures" / "html" / "nato-visit-advisory-as-list.html").read_bytes()
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>NATO news</title><link>{http_server.url("/")}</link><description>News</description>
<item><title>NATO Secretary General to visit the Western Balkans</title><link>{http_server.url("/visit.html")}</link>
<pubDate>Fri, 17 Nov 2023 10:00:00 +0100</pubDate></item>
<item><title>A page that has gone</title><link>{http_server.url("/gone.html")}</link></item>
</channel></rss>""".encode()
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"f1"'}, feed)
    http_server.routes["/visit.html"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page)
    config = settings.Config(database=store_url, output=tmp_path / "output",
                             sources=(settings.Source("nato-rss", url=http_server.url("/feed.xml")),))
    report = refresh(config, NOW)
    [source] = report.sources
    assert source.error == ""
    # The item whose page is gone is a problem, not a failure; what its own title says is still read.
    assert source.items == 2
    assert any("A page that has gone" in p and "404" in p for p in source.problems)
    events = _events(config.output)
    timed = {s: e.decoded("DTSTART").astimezone(dt.UTC) for s, e in events.items() if "Press conference" in s}
    assert dt.datetime(2023, 11, 20, 8, 15, tzinfo=dt.UTC) in timed.values()
    described = " ".join(str(e["DESCRIPTION"]) for e in events.values())
    assert http_server.url("/visit.html") in described  # the article's link travels with its events


def test_a_later_item_cancelling_an_event_marks_it_cancelled(
    tmp_path: Path, http_server: Server, store_url: str,
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    config = _config(tmp_path, http_server, store_url)
    # Days before the events: a cancelled event stays on the calendar until 30 days after its day.
    before = dt.datetime(2023, 11, 17, 9, tzinfo=dt.UTC)
    _serve(http_server, text, '"v1"')
    refresh(config, before)
    bosnia = _events(config.output)[BOSNIA]
    notice = ("Press conference in Sarajevo cancelled\n\nSource: NATO\n\n"
              "The joint press conference of the Secretary General in Sarajevo on 20 November 2023 "
              "has been cancelled.\n")
    _serve(http_server, f"{text}\n\n{notice}", '"v2"')
    refresh(config, before + dt.timedelta(hours=1))
    events = _events(config.output)
    cancelled = events[BOSNIA]
    assert str(cancelled["UID"]) == str(bosnia["UID"])
    assert cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SEQUENCE"] == bosnia["SEQUENCE"] + 1
    assert cancelled.decoded("DTSTART") == bosnia.decoded("DTSTART")  # the event itself is kept, as announced
    assert len(events) == len(_events(config.output))
    assert not [s for s in events if "cancelled" in s.lower() and s != BOSNIA]  # no second, all-day event
    # The announcing item is read again (its source changed): the cancellation stands.
    _serve(http_server, f"{text}\n\n{notice}\n", '"v3"')
    refresh(config, before + dt.timedelta(hours=2))
    assert _events(config.output)[BOSNIA]["STATUS"] == "CANCELLED"
    entry = next(e for e in feedparser.parse((config.output / "feed.atom").read_bytes()).entries
                 if BOSNIA in e.title)
    assert entry.title.startswith("[Cancelled]")
    # Thirty days after its day, the cancelled event leaves the calendar (the store keeps it).
    refresh(config, dt.datetime(2023, 12, 21, 9, tzinfo=dt.UTC))
    assert BOSNIA not in _events(config.output)
