"""A table pasted as text, one row a line with bars between cells, closes each row with its venue cell: that cell is
where the row's event happens, not the town the item names most; a cell holding only a dash is empty, no words of
the row. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from model import Event
from parsers import extract

_TEXT = ("Diary of the Secretary General\n\nSource: Alliance Press Office\n\n"
         "Thu 6 Mar 2025\n| Time | Event | Location |\n"
         "| 09:30 | Talks with the Prime Minister of Latvia | NATO HQ |\n"
         "| 12:15 | Joint press point | NATO HQ, east entrance |\n\n"
         "Fri 7 Mar 2025\n| 10:00 | Video message to the Lisbon Ocean Forum | — |\n")


def _events() -> list[Event]:
    return sorted(extract(_TEXT, source="rows", reference=dt.date(2025, 3, 1)).events, key=lambda e: e.start)


def test_the_venue_cell_places_the_row() -> None:
    first, second, _ = _events()
    assert "Brussels" in first.location
    assert first.timezone == "Europe/Brussels"
    assert "Brussels" in second.location


def test_a_dash_cell_adds_no_words() -> None:
    *_, last = _events()
    assert not last.summary.rstrip().endswith(("—", ","))
