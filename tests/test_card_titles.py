"""A card's title line over its date row keeps the event's name, and what follows the date (a venue after a cell bar
or on the next line) is its place: "Garden tour" / "Thursday, June 12, 2031 6:00 PM - 8:00 PM (EDT)" / "Rose Garden"
was titled "Rose Garden" alone; the bars a card's cells leave read as commas. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Events this month

Source: Riverside Parks Trust

Published: 2 June 2031

{body}
"""


@pytest.mark.parametrize(("body", "title", "why"), [
    ("Garden tour\nThursday, June 12, 2031 6:00 PM - 8:00 PM (EDT)\nRose Garden", "Visit: Garden tour, Rose Garden",
     "a garden on the line under the date is where"),
    ("Public forum on parks\n6/12/2031 6:00 PM\nCouncil Chambers, Salem, Oregon",
     "Conference: Public forum on parks, Council Chambers, Salem, Oregon", "council chambers the same"),
    ("Film night\nFriday, June 13, 2031, 7:30 p.m. ET | Mill Gallery", "Event: Film night, Mill Gallery",
     "a venue after a cell bar: no bar left in the title"),
    ("Club night: Thu 12 Jun 2031 | 18:00–19:30 | Town Hall", "Event: Club night, Town Hall",
     "the bars the date and time leave read as one comma"),
    ("Date | Time | Event | Venue\n12 June 2031 | 10:00 | Tree planting | Mill Gardens", "Tree planting, Mill Gardens",
     "a table row's cells after its date and time"),
])  # fmt: skip
def test_card_titles(body: str, title: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="cards", reference=dt.date(2031, 6, 2)).events
    assert [e.summary for e in events] == [title], why
