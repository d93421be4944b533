"""The Atom feed as readers see it: feedparser without complaint, stable ids, golden bytes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import feedparser
import pytest
from lxml import etree

from feeds.atom import entry_id, render_feed
from feeds.ics import CalendarInfo
from model import Event

from .conftest import GOLDEN

INFO = CalendarInfo(name="NATO events", base_url="https://events.example.org")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def feed_bytes(sample_events: list[Event]) -> bytes:
    return render_feed(sample_events, INFO)


def test_feedparser_reads_it_without_complaint(feed_bytes: bytes, sample_events: list[Event]) -> None:
    parsed = feedparser.parse(feed_bytes)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == len(sample_events)
    assert {e.id for e in parsed.entries} == {entry_id(INFO.base_url, e.uid) for e in sample_events}


def test_entry_links_point_to_the_page_and_the_single_event_calendar(feed_bytes: bytes) -> None:
    entry = feedparser.parse(feed_bytes).entries[0]
    kinds = {(link["rel"], link["type"]) for link in entry.links}
    assert ("alternate", "text/html") in kinds
    assert ("enclosure", "text/calendar") in kinds
    assert any(link["href"].endswith(".ics") and "/events/" in link["href"] for link in entry.links)


def test_feed_has_self_link_and_data_derived_updated(feed_bytes: bytes, sample_events: list[Event]) -> None:
    root = etree.fromstring(feed_bytes)
    self_links = [e for e in root.findall(f"{ATOM}link") if e.get("rel") == "self"]
    assert [e.get("href") for e in self_links] == ["https://events.example.org/feed.atom"]
    newest = max(e.changed for e in sample_events)
    assert root.findtext(f"{ATOM}updated") == newest.isoformat()
    assert root.findtext(f"{ATOM}generator") == "presscal"


def test_entry_content_says_when_in_utc_and_where(feed_bytes: bytes) -> None:
    entries = feedparser.parse(feed_bytes).entries
    doorstep = next(e for e in entries if "Doorstep" in e.title)
    assert doorstep.title.startswith("Wed 22 Nov 2023, 09:28 CET")
    text = doorstep.content[0].value
    assert "2023-11-22 08:28–08:43 UTC" in text
    assert "Where: North Macedonia" in text


def test_a_changed_event_keeps_its_id_and_moves_updated(sample_events: list[Event]) -> None:
    later = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    moved = [replace(sample_events[0], changed=later, sequence=1), *sample_events[1:]]
    before = {e.id: e for e in feedparser.parse(render_feed(sample_events, INFO)).entries}
    after = {e.id: e for e in feedparser.parse(render_feed(moved, INFO)).entries}
    assert before.keys() == after.keys()
    first = entry_id(INFO.base_url, sample_events[0].uid)
    assert after[first].updated.startswith("2027-01-01")


def test_same_events_give_the_same_bytes_in_any_order(sample_events: list[Event]) -> None:
    assert render_feed(sample_events, INFO) == render_feed(list(reversed(sample_events)), INFO)


def test_golden_feed(feed_bytes: bytes, update_golden: bool) -> None:
    golden = GOLDEN / "nato-2023-11.atom"
    if update_golden:
        golden.write_bytes(feed_bytes)
    assert feed_bytes == golden.read_bytes(), "output changed: check it, then rerun with --update-golden"
