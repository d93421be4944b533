"""A media programme of cards, each opened by its caption and closed by its time field, a blank line between them
("Part one: site visit" / "Date: 14 March 2019" / "Venue: Old Mill" / "Time: 09h00" // "Part two: ..."): each time
is its own card's entry, named by its caption; the caption after the blank opens the next card and says nothing of
the time above it (world-thirtyfifth 7: each time was named after the card below it). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Deputy Minister tours the district

Source: Department of Water and Sanitation

Published: 10 March 2031

Members of the media are invited to the programme below.

{cards}
"""

# (cards, expected (start, summary contains), why)
CASES = [
    ("Part one: site visit\nDate: 14 March 2031\nVenue: Old Mill (Tzaneen)\nTime: 09h00\n\n"
     "Part two: public meeting\nVenue: Town Hall (Tzaneen)\nTime: 11h30",
     [("2031-03-14 09:00", "site visit"), ("2031-03-14 11:30", "public meeting")],
     "the venue before the time: each time its own card's"),
    ("First session: briefing\nDate: 3 June 2031\nVenue: Press room\nTime: 10:00\n\n"
     "Second session: walkabout\nVenue: Market square\nTime: 12:00\n\n"
     "Third session: questions\nVenue: Press room\nTime: 14:00",
     [("2031-06-03 10:00", "briefing"), ("2031-06-03 12:00", "walkabout"), ("2031-06-03 14:00", "questions")],
     "three cards, the last one too"),
    ("Part one: site visit\nDate: 14 March 2031\nTime: 09h00\nVenue: Old Mill (Tzaneen)\n\n"
     "Part two: public meeting\nTime: 11h30\nVenue: Town Hall (Tzaneen)",
     [("2031-03-14 09:00", "site visit"), ("2031-03-14 11:30", "public meeting")],
     "the time before the venue, as before"),
]


@pytest.mark.parametrize(("cards", "expected", "why"), CASES)
def test_cards_closed_by_their_time(cards: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(cards=cards), source="cards", reference=dt.date(2031, 3, 10),
                     default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d %H:%M"), e.summary) for e in events if not e.all_day)
    assert [start for start, _ in got] == [start for start, _ in expected], why
    for (_, summary), (_, words) in zip(got, expected, strict=True):
        assert words in summary.lower(), why
