"""A diary of several days that moves between clocks: a timed row that names no place happens where the diary last
was ("is in Davos" on Monday: Tuesday's rows are on Davos's clock; "Travel to Addis Ababa" on Wednesday: Thursday's
are on Addis Ababa's), not in the town the item names most. A row that names its own town keeps it. Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

DIARY = """The Director-General's week

Source: Office of the Director-General

Published: 6 March 2031

Monday 10 March
The Director-General is in Davos for the winter meeting.
Tuesday 11 March
09:00 Breakfast with chief executives
14:00 Panel on food security
Wednesday 12 March
Travel to Addis Ababa
Thursday 13 March
10:00 Opening of the ministerial council
15:00 Visit to the grain terminal in Djibouti
"""


def test_rows_without_a_place_are_where_the_diary_last_was() -> None:
    events = extract(DIARY, source="diary", reference=dt.date(2031, 3, 6), default_zone="UTC").events
    timed = {e.start.strftime("%d %H:%M"): e.timezone for e in events if isinstance(e.start, dt.datetime)}
    assert timed == {
        "11 09:00": "Europe/Zurich", "11 14:00": "Europe/Zurich",  # still in Davos
        "13 10:00": "Africa/Addis_Ababa",  # after the day of travel
        "13 15:00": "Africa/Djibouti",  # a row's own place
    }
