"""A card of an events listing: its day, its name, then a row led by the time whose words only say where
("14:00 - 16:00" / "Nairobi office", "10:00 (EAT) Kampala and online"). The card's name names the event; the row's
words are its place, whose clock the time is on. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

LISTING = """Forthcoming events

Source: A research institute

Wednesday 3 December 2031
Roundtable on water security in the Horn
09:30 - 11:00 Nairobi office

Friday 5 December 2031
Book launch: Ports and power
15:00 - 16:30 Accra and online
"""


def test_the_name_names_it_and_the_row_says_where() -> None:
    events = extract(LISTING, source="institute", reference=dt.date(2031, 11, 20)).events
    found = sorted((e.first_day, e.summary, e.location, e.timezone) for e in events)
    assert [f[1].removeprefix("Meeting: ") for f in found] == ["Roundtable on water security in the Horn",
                                                              "Book launch: Ports and power"]
    assert [f[2] for f in found] == ["Nairobi office", "Accra and online"]
    assert [f[3] for f in found] == ["Africa/Nairobi", "Africa/Accra"]


def test_a_row_that_says_what_keeps_its_words() -> None:
    text = LISTING.replace("Roundtable on water security in the Horn", "Water security in the Horn").replace(
        "09:30 - 11:00 Nairobi office", "09:30 - 11:00 Opening talk by the Mayor of Nairobi")
    events = extract(text, source="institute", reference=dt.date(2031, 11, 20)).events
    first = next(e for e in events if e.first_day == dt.date(2031, 12, 3))
    assert "Mayor of Nairobi" in first.summary
