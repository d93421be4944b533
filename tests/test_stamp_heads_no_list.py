"""A stamp alone on its line ("Posted 3 October 2023", "Issued: 5 October 2023", "Lisbon, 30 November 2023") names
the item's year, but it heads no list: the year-less days below it fall near the item's date, not in its year.
Read as a year heading ("2024 Board Meetings" over its rows), it put "12 January" of an autumn item's list of
coming events in the January just gone. Found probing the held-out sets' kind "the item's date, too early".
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

LIST = """Coming up at the Institute

Source: Coastal Studies Institute

{stamp}

Coming up:
12 January – Seminar on tidal energy, Mombasa
9 February – Roundtable on port finance, Dar es Salaam
"""

TITLED = """Harbour forum, 10-12 February

Source: Northern Harbours Association

{stamp}

Members are invited to the forum in Gdansk.
"""


@pytest.mark.parametrize("stamp", ["Posted 3 October 2023", "Issued: 3 October 2023", "Lisbon, 3 October 2023",
                                   "October 3, 2023"])
def test_rows_under_a_stamp_fall_after_it(stamp: str) -> None:
    events = extract(LIST.format(stamp=stamp), source="institute", reference=dt.date(2026, 12, 4)).events
    assert sorted(e.start.isoformat() for e in events) == ["2024-01-12", "2024-02-09"]


def test_a_titled_day_under_a_stamp_falls_after_it() -> None:
    events = extract(TITLED.format(stamp="Issued 5 October 2023"), source="harbours",
                     reference=dt.date(2026, 12, 4)).events
    assert [e.start.isoformat() for e in events] == ["2024-02-10"]


def test_a_year_heading_still_gives_its_rows_its_year() -> None:
    text = LIST.format(stamp="Posted 3 October 2023").replace("Coming up:", "2023 seminar series")
    events = extract(text, source="institute", reference=dt.date(2026, 12, 4)).events
    assert sorted(e.start.isoformat() for e in events) == ["2023-01-12", "2023-02-09"]
