"""A card of a venue's listing: its name, its date, then a line of where and when that may carry a field's name and
the door's hours ("Venue: Main Hall, doors open at 6.30pm, show starts at 7.30pm"). The card's name says what the
event is, at the show's time. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

LISTING = """What is on

Source: A city's music hall

Spring programme

Choir of the valleys
3 Apr 31
Main Hall, 7.30pm

{name}
5 Apr 31
{line}

A night of songs from the hills.
"""


@pytest.mark.parametrize("line", [
    "Main Hall, doors open at 6.30pm, show starts at 7.30pm",
    "Venue: Main Hall, doors open at 6.30pm, show starts at 7.30pm",
    "Event:Main Hall, doors open at 6.30pm, show commences at 7.30pm",
])
def test_the_cards_name_titles_its_show(line: str) -> None:
    text = LISTING.format(name="Fiddlers of the north", line=line)
    events = extract(text, source="hall", reference=dt.date(2031, 3, 1)).events
    shows = [e for e in events if e.first_day == dt.date(2031, 4, 5)]
    assert [(e.start.hour, e.start.minute) for e in shows] == [(19, 30)]
    assert "Fiddlers" in shows[0].summary
