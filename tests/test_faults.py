"""The fault suite of issue 8: hostile or broken sources against real local servers and real files.

Each `test_fault_*` is one fault tried (a parametrised one, one per case): it builds a
calendar in which a good source and a bad one sit side by side, and checks that the
bad one is isolated and reported, everything else is published, /health tells the
truth, and no event published before the fault is missing after it. The number of
such events is recorded as the `lost` property of each test; bench/faults.py runs
this module and gives the figures: faults tried, faults survived, events lost.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import icalendar
import pytest
import vobject

import config as settings
from fetch import fetch
from model import SourceError
from parsers.clean import clean_event
from refresh import refresh
from store import Store
from web import create_app

from .http_server import Server, _Handler, http_server_fixture, slow  # noqa: F401 (a fixture, found by name)

NOW = dt.datetime(2023, 11, 17, 12, tzinfo=dt.UTC)
HTML = {"Content-Type": "text/html; charset=utf-8"}
SENTENCES = ("<p>The minister will hold a press conference in Brussels on 20 November 2023 at 09:15 (CET).</p>"
             "<p>A second briefing follows on 21 November 2023 at 10:00 (CET).</p>")
GOOD_BUNDLE = """\
Ministers gather in Oslo

Source: Ministry

On 5 December 2023, ministers will gather in Oslo. At 10:00 (CET) there will be a press conference.
"""


def page(title: str = "Minister meets press", head: str = "", body: str = SENTENCES) -> bytes:
    return (f"<!doctype html><html><head>{head}<title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>").encode()


def make_config(tmp_path: Path, *sources: settings.Source, **overrides: object) -> settings.Config:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_BUNDLE, encoding="utf-8")
    values: dict[str, object] = {"database": f"sqlite:///{tmp_path / 'presscal.db'}", "output": tmp_path / "output",
                                 "sources": (settings.Source("good", path=str(good)), *sources)}
    values.update(overrides)
    return settings.Config(**values)  # type: ignore[arg-type]


def published(config: settings.Config) -> dict[str, str]:
    """UID -> summary of the published calendar, after icalendar, vobject and feedparser all read the files."""
    calendar = (config.output / "calendar.ics").read_bytes()
    events = {str(e["UID"]): str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(calendar).walk("VEVENT")}
    assert {str(v.uid.value) for v in vobject.readOne(calendar.decode("utf-8")).vevent_list} == set(events)
    feed = feedparser.parse((config.output / "feed.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == len(events)
    return events


def lost(before: dict[str, str], config: settings.Config, record_property: pytest.RecordProperty) -> int:
    missing = len(set(before) - set(published(config)))
    record_property("lost", missing)
    return missing


def health(config: settings.Config) -> dict[str, object]:
    answer = create_app(config).test_client().get("/health")
    assert answer.status_code == 200
    return json.loads(answer.data)  # type: ignore[no-any-return]


def source_health(config: settings.Config, name: str) -> dict[str, object]:
    return next(s for s in health(config)["sources"] if s["name"] == name)  # type: ignore[attr-defined,union-attr]


# Finding 1: one control character stops all publishing.
LATE = "<p>A third briefing\x00 follows on 22 November 2023 at 11:00 (CET).</p>"  # a NUL past the first 8 KiB


@pytest.mark.parametrize(("title", "late"), [("Minister\x1bmeets press", ""), ("Minister meets press\uffff", ""),
                                             ("Minister &#x1; meets", ""), ("Minister\x7f\x85meets", ""),
                                             ("Minister meets press", LATE)])
def test_fault_a_control_character_in_a_title_is_cleaned(tmp_path: Path, http_server: Server, title: str, late: str,
                                                         record_property: pytest.RecordProperty) -> None:
    body = SENTENCES + "<p>" + "filler " * 1500 + "</p>" + late
    http_server.routes["/page.html"] = (200, HTML, page(title, body=body))
    config = make_config(tmp_path, settings.Source("bad", url=http_server.url("/page.html")))
    report = refresh(config, NOW)
    assert [s.error for s in report.sources] == ["", ""]
    assert len(published(config)) == (4 if late else 3)  # one from the good source, the others from the page
    store = Store(config.database)
    try:
        stored = store.events()
    finally:
        store.close()
    assert {e.source for e in stored} == {"good", "bad"}
    assert all(clean_event(e) == e for e in stored)  # nothing XML cannot carry reached the store
    assert {e.article_title.replace(" ", "") for e in stored if e.source == "bad"} <= {"Ministermeetspress",
                                                                                     "Ministermeets"}
    assert lost({}, config, record_property) == 0


def test_fault_a_store_poisoned_by_an_older_version_heals(tmp_path: Path,
                                                          record_property: pytest.RecordProperty) -> None:
    config = make_config(tmp_path)
    refresh(config, NOW)
    before = published(config)
    store = Store(config.database)
    try:
        # What an older presscal stored: a summary XML cannot carry.
        poisoned = [e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "summary": e.summary + "\x1b\uffff"})
                    for e in store.events()]
        store.rewrite(poisoned)
    finally:
        store.close()
    (config.output / "calendar.ics").unlink()  # so the build renders again
    report = refresh(config, NOW + dt.timedelta(hours=1))
    assert any("cleaned in the store" in p for p in report.problems)
    assert published(config) == before
    assert lost(before, config, record_property) == 0


def test_an_event_that_cannot_be_rendered_is_left_out_and_reported(tmp_path: Path) -> None:
    from feeds.atom import render_feed
    from feeds.ics import CalendarInfo

    config = make_config(tmp_path)
    refresh(config, NOW)
    store = Store(config.database)
    try:
        [good] = store.events()
    finally:
        store.close()
    bad = good.__class__(**{**{f: getattr(good, f) for f in good.__slots__}, "uid": "bad", "summary": "a\x01b"})
    problems: list[str] = []
    feed = feedparser.parse(render_feed([good, bad], CalendarInfo(), problems=problems))
    assert [e.id.rsplit("/", 1)[1] for e in feed.entries] == [good.uid]
    assert problems == [f"event bad ('a\\x01b') left out of the feed: {problems[0].split(': ', 1)[1]}"]


# Finding 2: a bogus charset crashed the whole refresh; the page is read as UTF-8 instead.
@pytest.mark.parametrize("charset", ["rot13", "hex", "base64", "zlib", "bz2", "idna", "punycode", "utf-32",
                                     "undefined", "uu", "quopri"])
def test_fault_a_bogus_charset_is_an_unknown_one(tmp_path: Path, http_server: Server, charset: str,
                                                 record_property: pytest.RecordProperty) -> None:
    bogus = page("Minister meets press", head=f'<meta charset="{charset}">')
    http_server.routes["/page.html"] = (200, {"Content-Type": "text/html"}, bogus)
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, _feed(http_server, "/page.html"))
    config = make_config(tmp_path, settings.Source("page", url=http_server.url("/page.html")),
                         settings.Source("feed", url=http_server.url("/feed.xml")))
    report = refresh(config, NOW)
    assert [(s.name, s.error, s.events) for s in report.sources] == [("good", "", 1), ("page", "", 2), ("feed", "", 2)]
    assert lost({}, config, record_property) == 0


def _feed(server: Server, *paths: str) -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>{server.url(p)}</link></item>" for n, p in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
            f"<link>{server.url('/')}</link><description>d</description>{items}</channel></rss>").encode()


# Finding 3: a server that drips its body is cut off at the deadline.
def _drip(handler: _Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        while not handler.server.served.stopping.wait(0.1):
            handler.wfile.write(b" ")
            handler.wfile.flush()
    except OSError:
        pass  # cut off, as it should be


def test_fault_a_dripping_server_is_cut_off_at_the_deadline(http_server: Server,
                                                            record_property: pytest.RecordProperty) -> None:
    http_server.routes["/drip"] = _drip
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"/drip: no complete answer within 1 seconds"):
        fetch(http_server.url("/drip"), timeout=1.0)
    assert time.monotonic() - started < 2.5  # each byte comes well within the per-read timeout
    record_property("lost", 0)


def test_fault_a_dripping_item_page_costs_the_budget_not_the_refresh(tmp_path: Path, http_server: Server,
                                                                     record_property: pytest.RecordProperty) -> None:
    http_server.routes["/drip"] = _drip
    http_server.routes["/page.html"] = (200, HTML, page())
    http_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"f1"'},
                                       _feed(http_server, "/drip", "/page.html"))
    source = settings.Source("feed", url=http_server.url("/feed.xml"), item_seconds=1)
    config = make_config(tmp_path, source)
    started = time.monotonic()
    report = refresh(config, NOW)
    assert time.monotonic() - started < 4
    feed = report.sources[1]
    assert feed.error == ""
    assert any("/drip" in p and "within" in p for p in feed.problems)
    state = source_health(config, "feed")
    assert state["status"] == "warning"
    [failed] = state["failed_items"]  # type: ignore[misc]
    assert (failed["link"], failed["failures"]) == (http_server.url("/drip"), 1)
    assert state["waiting_items"] == 1
    assert health(config)["status"] == "degraded"
    # The feed has not changed (304), yet the item not reached is read at the next refresh.
    again = refresh(config, NOW + dt.timedelta(minutes=5))
    assert again.sources[1].events == 2
    assert lost({}, config, record_property) == 0
