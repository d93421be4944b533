"""A diary row that sets out for a town of another clock from a place it does not name as a town ("14:00 Departs
Haneda Airport for New York") is on the clock of where the traveller is: the town of the row before, else the item's
own; a move within one town ("leaves the residence for the Casa Rosada") stays where it goes."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.test_notevents import when

PROGRAMME = """Prime Minister's programme

Source: Prime Minister's Office, Japan

September 24 (Wed), 2031
08:30 Cabinet meeting at the Prime Minister's Office, Tokyo
15:00 Departs Haneda Airport for Los Angeles
"""


def test_a_departure_from_an_unnamed_place_is_on_the_travellers_clock() -> None:
    events = extract(PROGRAMME, source="t", reference=dt.date(2031, 9, 1), default_zone="UTC").events
    assert when(events) == ["2031-09-23 23:30", "2031-09-24 06:00"]  # both on Tokyo's clock (UTC+9)


def test_the_row_before_tells_where_the_traveller_is() -> None:
    text = ("Minister's diary\n\nSource: Department of Defence, Australia\n\nCanberra, 14 November 2031\n\n"
            "Monday 17 November\n0830  Departs Canberra for Darwin\n1300  Arrives Darwin; briefing at the base\n"
            "1600  Departs the barracks for Canberra\n")
    events = extract(text, source="t", reference=dt.date(2031, 11, 1), default_zone="UTC").events
    # 16:00 in Darwin (UTC+9:30), where the minister is, not in Canberra (UTC+11)
    assert when(events)[-1] == "2031-11-17 06:30"
