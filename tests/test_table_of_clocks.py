"""A table pasted one cell per line, one column per clock: header cells naming the clocks ("Wellington time" /
"Singapore time"), a date per clock ("Saturday, 19 July 2031" / "Friday, 18 July 2031"), then the times on clocks given
by their offsets ("01:30 AM (GMT + 12)" / "09:30 PM (GMT + 8 )"), then lengths ("30 minutes" / "30 minutes"). The
first clock's time is on the first date (world-thirtysixth 7: it was put on the last date, a day early); what happens
is told by the sentence above the table, not by the length cell under the times. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Leaders meet online

Source: Forum Secretariat

The leaders' talks are closed, but the chair will hold a virtual media conference afterwards.

Wellington time

Singapore time

Saturday, 19 July 2031

Friday, 18 July 2031

01:30 AM (GMT + 12)

09:30 PM (GMT + 8 )

30 minutes

30 minutes

Accredited journalists are registered for it already.
"""


def _timed():
    events = extract(ITEM, source="forum", reference=dt.date(2031, 7, 14), default_zone="UTC").events
    return [e for e in events if not e.all_day]


def test_the_first_clock_on_the_first_date() -> None:
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in _timed()] == ["2031-07-18 13:30"]


def test_the_sentence_above_says_what() -> None:
    assert [e.summary.split(":")[0] for e in _timed()] == ["Press conference"]
    assert "media conference" in _timed()[0].summary


def test_a_length_says_not_what() -> None:
    from parsers.blocks import ITEM as LINE
    from parsers.blocks import Block
    from parsers.scheduleentries import says_what
    assert not says_what(Block(LINE, "30 minutes", 3, 0), [])
    assert not says_what(Block(LINE, "about 2 hours", 3, 0), [])
    assert says_what(Block(LINE, "Thirty minutes of questions from the floor", 3, 0), [])
