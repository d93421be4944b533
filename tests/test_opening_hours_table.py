"""A table of opening hours under its heading ("Holiday opening times", "Easter opening hours", "Öffnungszeiten", or
an item so titled): lines of a date and hours or "closed" alone, "Thursday 25 December 2025: closed", "Tuesday 7 April:
08:00 – 16:30". They say when a place is open; none of them is an event (world-sixtysecond, item 3: a museum's
Christmas hours published as ten events). Events above the heading stay."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

LIBRARY = """Library hours over Christmas and New Year

Source: Test

Holiday opening times

Wednesday 24 December 2025: 9am–1pm
Thursday 25 December 2025: closed
Friday 26 December 2025: closed
Saturday 27 December 2025: 10am–4pm
"""

COUNCIL = """Easter opening hours

Source: Test

The customer service centre keeps these hours at Easter:
Friday 3 April: Closed
Monday 6 April: Closed
Tuesday 7 April: 08:00 – 16:30
"""

POOL = """Öffnungszeiten über die Feiertage

Source: Test

Öffnungszeiten

Mittwoch, 24. Dezember 2025: geschlossen
Samstag, 27. Dezember 2025: 9–17 Uhr
"""

MARKET = """Christmas market 2025

Source: Test

The Christmas market opens on Friday 28 November 2025 at 17:00 with the lighting of the tree on the square.

Opening hours

Monday to Thursday: 11am–8pm
Friday and Saturday: 11am–10pm
"""


@pytest.mark.parametrize("text", [LIBRARY, COUNCIL, POOL], ids=["library", "council", "pool"])
def test_the_rows_of_an_hours_table_are_no_events(text: str) -> None:
    assert extract(text, source="test", reference=dt.date(2025, 12, 1)).events == []


def test_the_event_above_the_heading_stays() -> None:
    events = extract(MARKET, source="test", reference=dt.date(2025, 11, 1)).events
    assert [e.start for e in events] == [dt.datetime(2025, 11, 28, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))]


def test_the_next_heading_ends_the_table() -> None:
    # "Events" after the hours: its lines are a programme (the reviewer's text, in our words)
    text = ("Museum news\n\nSource: Town Museum of Quillby\n\nOpening hours\nMonday to Friday: 9am to 5pm\n"
            "Saturday 12 December 2026: closed\nEvents\nSaturday 19 December 2026: Christmas open day, 10am–4pm\n"
            "The museum opens the new year on Friday 8 January 2027 at 10am.\n")
    events = extract(text, source="test", reference=dt.date(2026, 12, 1)).events
    assert [(f"{e.start:%m-%d %H:%M}", e.location) for e in events] == [("12-19 10:00", ""), ("01-08 10:00", "")]


def test_a_heading_of_a_season_goes_on_with_the_table() -> None:
    # "Christmas" over some rows of the hours: a part of the table, not the end of it
    text = ("Holiday hours\n\nSource: Town Gallery of Quillby\n\nOpening hours\n\nChristmas\n"
            "Tuesday 22 December 2026: 11am–4pm\nThursday 24 December 2026: closed\n")
    assert extract(text, source="test", reference=dt.date(2026, 12, 1)).events == []
