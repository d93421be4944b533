"""A "Venue:" line naming a place out of the organisation's country says where the item's events are, and so the
zone of its times: a German army office inviting the press to an exercise in Lithuania (world-fortieth 3, read in
Berlin's hour). Venue lines of two clocks, or a venue at home, leave the organisation's zone. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Press invited to an exercise

Source: German Army Press Office

Strausberg, 19 June 2031 - Journalists are invited to watch the exercise.

Date and Time: Monday, 23 June 2031, 10:30 hrs
{venue}

Programme:
11:15 hrs: Briefing on the programme
"""


@pytest.mark.parametrize(("venue", "offset"), [
    ("Venue: Training Area, 18174 Pabradé, Lithuania", 3),
    ("Venue: Training Area, Munster, Germany", 2),
    ("Venue: the barracks in Riga", 3),
])
def test_the_venue_line_gives_the_zone(venue: str, offset: int) -> None:
    events = extract(ITEM.format(venue=venue), source="army", reference=dt.date(2031, 6, 19), default_zone="UTC").events
    assert {e.start.utcoffset() for e in events if not e.all_day} == {dt.timedelta(hours=offset)}
