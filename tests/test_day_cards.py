"""A card whose fields give a day and a place and no time ("Date: Friday 12 June 2026" / "Venue: Town Hall, Leeds")
is an event of that whole day there, whatever the title's words; a deadline's or a stamp's date beside a place is
not. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: Northfield Borough Council

{lead}

The stalls are run by local makers and the food by the market traders.

{card}

Entry is free.
"""

# (title, lead, card, expected (first day, last day, location), why)
CASES = [
    ("Summer fair returns to the Town Hall", "Published: 20 May 2026",
     "Date: Friday 12 June 2026\nVenue: Town Hall, Leeds", [("2026-06-12", "2026-06-12", "Town Hall, Leeds")],
     "a day field and a venue field: that day, there"),
    ("Open day at the archive", "Published: 3 April 2026",
     "When: Saturday 25 April 2026\n\nWhere: Archive Centre, Wakefield",
     [("2026-04-25", "2026-04-25", "Archive Centre, Wakefield")], "When/Where on lines apart"),
    ("Book sale", "Published: 1 September 2026",
     "Dates: 19-20 September 2026\nPlace: Harrogate Library, Harrogate",
     [("2026-09-19", "2026-09-20", "Harrogate Library, Harrogate")], "two days: one event over both"),
    ("Summer fair returns to the Town Hall", "Published: 20 May 2026",
     "Closing date: Friday 12 June 2026\nVenue: Town Hall, Leeds", [], "a deadline's field: no event"),
    ("Summer fair returns to the Town Hall", "Published: 20 May 2026",
     "Date: Friday 12 June 2026", [], "no place field: a date alone says nothing of an event"),
    ("Statement on the market review", "Published: 20 May 2026",
     "Date: 20 May 2026\nLocation: Leeds", [], "the day of publication beside a place: the release's stamp"),
    ("Statement on the market review", "", "Date: 20 May 2026\nLocation: Leeds\n\nThe council said ...", [],
     "no publication date: a field atop the body is the release's header"),
]


@pytest.mark.parametrize(("title", "lead", "card", "expected", "why"), CASES)
def test_day_cards(title: str, lead: str, card: str, expected: list[tuple[str, str, str]], why: str) -> None:
    if not lead:  # (the header case: the fields open the body)
        text = f"{title}\n\nSource: Northfield Borough Council\n\n{card}\n"
    else:
        text = ITEM.format(title=title, lead=lead, card=card)
    events = extract(text, source="cards", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    got = [(e.start.isoformat(), (e.end - dt.timedelta(days=1)).isoformat(), e.location) for e in events
           if e.all_day]
    assert got == expected, why
    assert all(e.all_day for e in events), why
