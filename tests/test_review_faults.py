"""Faults found by the review of the day's new rules, each run through the parser that had it."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract, kinds

REFERENCE = dt.date(2026, 12, 1)


def events_of(body: str, title: str = "Notice") -> list[Event]:
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE,
                   default_zone="Europe/Brussels").events


@pytest.mark.parametrize(("clause", "expected", "why"), [
    ("The vote for the deputy follows (", "Event: Vote for the deputy follows",
     "a bracket left open where the next time was cut off"),
    ("gets to the stadium to open the tournament (seniors", "Event: Gets to the stadium to open the tournament",
     "an aside cut at its first comma by the clause split"),
    ("Flying time: 2 hours) (Time change: one hour) The aircraft lands at the base",
     "Event: Aircraft lands at the base", "the close of an aside whose opening bracket went with the date"),
    ("The two chambers have been called to meet at the old hall respectively",
     "Event: Two chambers have been called to meet at the old hall", "'respectively' without the days it paired"),
    ("A statement on the new budget is set for", "Event: Statement on the new budget",
     "'is set for' left waiting for its time"),
    ("The mayor announces the visits for", "Event: Mayor announces the visits", "a preposition 'for' at the end"),
    ("MOSCOW (Wire Agency - , The envoy gives a press conference", "Event: MOSCOW (Wire Agency -, The envoy gives a "
     "press conference", "a long aside that lost its closing bracket with a date is not cut off"),
    ("An extra meeting has been set for", "Event: Extra meeting", "'has been set for' waiting for its day"),
    ("A briefing on the floods is scheduled", "Event: Briefing on the floods",
     "'is scheduled' whose 'for' went with its date"),
    ("The town hall is @ at the library", "Event: Town hall is at the library",
     "the '@' of a time taken out ('on March 3rd @ 7PM')"),
    ("At around, the envoy opens the summit at the hall", "Event: Envoy opens the summit at the hall",
     "'at around' left by its time ('On 12th June, at around 10:30 AM, the envoy ...')"),
    ("Thereafter, at around, she lays the first stone of the bridge", "Event: She lays the first stone of the bridge",
     "the same after 'Thereafter,'"),
    ("Thereafter, she opens the new bridge", "Event: She opens the new bridge",
     "'Thereafter,' that a removed time stood after ('Thereafter, at around 4 PM, she ...')"),
    ("Later Life Forum meets in the hall", "Event: Later Life Forum meets in the hall",
     "'Later' with no comma names the thing"),
    ("The webinar starts (15:00 GMT)", "Event: Webinar starts", "the same moment on another clock, in brackets"),
    ("Tickets go on sale @TownHallBooks at the library", "Event: Tickets go on sale @TownHallBooks at the library",
     "a handle keeps its '@'"),
    ("A book talk @ The Hub", "Event: Book talk at The Hub",
     "before a name the '@' says where, and reads 'at' ('Book talk The Hub' lost it)"),
])
def test_titles_leave_no_open_bracket_or_dangling_words(clause: str, expected: str, why: str) -> None:
    assert kinds.sentence_summary(kinds.EVENT, clause) == expected, why


def test_a_later_clause_with_its_own_weekday_is_on_that_day() -> None:
    # A Sunday release: Monday is the 14th, Tuesday the 15th; the second clause names its own day.
    events = events_of("SUKKUR, 13 September 2020 - The lower chamber sits on Monday at 4 pm, and the upper "
                       "chamber on Tuesday at 10:30 am.", title="Chambers to sit next week")
    starts = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime))
    assert starts == ["2020-09-14 16:00", "2020-09-15 10:30"]
    titles = [e.summary for e in events]
    assert not any("Tuesday" in t for t in titles), titles


def test_atom_links_no_relative_article_address(sample_events: list[Event]) -> None:
    # A feed file on disk whose items link 'index.cfm?id=7': that is no address a reader can follow.
    from dataclasses import replace

    from lxml import etree

    from feeds.atom import render_feed
    from model import CalendarInfo

    events = [replace(sample_events[0], article_url="pages/index.cfm?id=7"),
              replace(sample_events[1], article_url="https://example.org/release/7")]
    root = etree.fromstring(render_feed(events, CalendarInfo(name="t", base_url="https://events.example.org")))
    hrefs = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert "pages/index.cfm?id=7" not in hrefs
    assert "https://example.org/release/7" in hrefs
    assert all(href.startswith("https://") for href in hrefs), hrefs
