"""A dated time alone on its line ("1 p.m., Tuesday 21 June 2031") over a paragraph whose days run past the time's
own ("meet from 21 – 23 June 2031") is the item's own moment (the briefing its title names), and the paragraph tells
its own happening: the meeting's days (world-thirtysixth 2: the three days were read as the briefing's hour). A
paragraph that only restates the time's day still says what happens then. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Media advisory: the chair of the conference briefs the press

Source: Information Service

1 p.m., Tuesday 21 June 2031

{body}

When: Tuesday 21 June 2031, 1 p.m. (CEST)
"""


def _events(body: str):
    return extract(ITEM.format(body=body), source="service", reference=dt.date(2031, 6, 17),
                   default_zone="UTC").events


def test_days_running_past_the_time_are_their_own() -> None:
    events = _events("VIENNA, 17 June 2031 – The parties to the convention meet for the first time from 21 – 23 "
                     "June 2031, at the conference centre of Vienna.")
    spans = [(e.start.isoformat(), e.end.isoformat()) for e in events if e.all_day]
    timed = [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]
    assert spans == [("2031-06-21", "2031-06-24")]
    assert timed == ["2031-06-21 11:00"]


def test_the_time_s_own_day_says_what() -> None:
    events = _events("The chair speaks to reporters on Tuesday 21 June 2031 in the media room of the conference "
                     "centre of Vienna.")
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == [
        "2031-06-21 11:00"]
