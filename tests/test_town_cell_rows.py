"""A week-ahead row that names its town in a cell of its own before what happens ("Thursday 5 June – Vienna: OSCE
Permanent Council, 10.00") is in that town and on its clock, not the releasing country's."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.test_notevents import when

TEXT = """Foreign Minister's week ahead

Source: Ministry for Foreign Affairs, Finland

Thursday 5 June – Vienna: OSCE Permanent Council, 10.00
Friday 6 June – Tallinn – Meeting of the Nordic-Baltic ministers, 15.30
Saturday 7 June – Oulu: Opening of the northern trade fair, 11.00
"""


def test_each_row_is_in_the_town_of_its_cell() -> None:
    events = extract(TEXT, source="t", reference=dt.date(2031, 6, 2), default_zone="UTC").events
    assert [e.location.split(",")[0] for e in events] == ["Vienna", "Tallinn", "Oulu"]
    # Vienna keeps UTC+2 in June, Tallinn and Oulu UTC+3
    assert when(events) == ["2031-06-05 08:00", "2031-06-06 12:30", "2031-06-07 08:00"]


def test_a_country_in_the_cell_is_what_the_row_is_about() -> None:
    # (found by review) "Venezuela: videoconference of the contact group" is about Venezuela, held at home
    text = TEXT.replace("Friday 6 June – Tallinn – Meeting of the Nordic-Baltic ministers, 15.30",
                        "Friday 6 June – Venezuela: videoconference of the contact group, 15.30")
    events = extract(text, source="t", reference=dt.date(2031, 6, 2), default_zone="UTC").events
    assert when(events)[1] == "2031-06-06 12:30"  # 15.30 in Helsinki (UTC+3), not in Caracas
