"""A span told in the past is history: "It was then heard from 11 to 13 September 2013" before a hearing set for
June 2014 (world-fortythird 5), and "The notice ran in the papers from September 20, 2003" under a November stamp
(world-fortythird 1). The hearing to come stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(text: str) -> list[str]:
    events = extract(text, source="x", reference=dt.date(2014, 5, 1), default_zone="UTC").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_a_span_heard_before_is_history() -> None:
    text = """Tribunal to sit again on the licence case

Source: Broadcasting Authority

The tribunal first sat on the case on 14 May 2012. It was then heard from 8 to 10 October 2013.

The hearing will resume as follows:

Date: 4 June 2014
Time : 9h30
"""
    assert _days(text) == ["2014-06-04"]


def test_a_notice_that_ran_is_history() -> None:
    text = """Open days on the water rates

Source: Water Board

Published: 14 November 2003

The notice of the open days ran in the papers from September 20, 2003.

The first open day is on Monday, November 24, 2003 at 10:00 A.M. at the Town Hall.
"""
    assert _days(text) == ["2003-11-24"]
