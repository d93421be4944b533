"""A visit announced in a sentence with its day and no hour, then a card that gives the day again and the hour
("Date: Thursday, 3 October 2024" / "Time: 09H00" / "Venue: ..."): one visit at that hour, not a day-long visit beside
a timed entry (found probing the advisory form of world-thirtyfirst 8). A visit is otherwise kept apart from the
timed happenings of its day, which may be parts of it. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE

ITEM = """Media advisory: Minister visits the container terminal

Source: Ministry of Ports

Published: 20 October 2025

The Minister of Ports will on Thursday, 23 October 2025 visit the East Quay container terminal to see the new cranes.

{card}

Please bring identification.
"""


def _events(card: str) -> list[tuple[str, bool]]:
    events = extract(ITEM.format(card=card), source="ports", reference=REFERENCE,
                     default_zone="Africa/Johannesburg").events
    return sorted((f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}",
                   isinstance(e.start, dt.datetime)) for e in events)


def test_the_cards_time_is_the_visits() -> None:
    card = "Date: Thursday, 23 October 2025\nTime: 09H00\nVenue: East Quay, Pier 3"
    assert _events(card) == [("2025-10-23 09:00", True)]


def test_a_visit_with_a_separate_briefing_stays_two() -> None:
    """A timed line that is no card's time field (a press briefing at 11:00) may be part of the visit: both stay."""
    card = "The Minister will brief the media at 11:00 at the terminal on Thursday, 23 October 2025."
    assert len(_events(card)) == 2
