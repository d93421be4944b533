"""A day a supply opens, said with a bare "from" ("tickets are available at the office from Thursday 8th April 2021",
"go on sale from Monday 1 May"): from then on, no event, and no day for the times of the schedule around it. Shown
by world-fiftythird 2, where a graduation's sessions under the heading "22 April 2021" went to the day the guest
tickets are handed out. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "{title}\n\nSource: {org}\n\n{body}\n"


@pytest.mark.parametrize(("org", "body", "expected"), [
    ("Example University",
     "22 April 2021\n\nThe arena holds two sessions that day. Guest tickets are available at the student office from "
     "Thursday 8th April 2021.\n\nSession 1 :    graduates of the School of Law\n\n          Time:  9:00am – 11:00am\n",
     "2021-04-22 09:00"),
    ("Example Civic Theatre",
     "Friday 12 May 2023\n\nSeats go on sale from Monday 1 May 2023 at the box office.\n\nTime: 7:00pm – 9:00pm\n",
     "2023-05-12 19:00"),
    ("Example Marathon",
     "Sunday 15 October 2023\n\nRace numbers can be collected from Wednesday 11 October 2023 at the expo hall.\n\n"
     "Start: 7:30am\n",
     "2023-10-15 07:30"),
])
def test_the_schedule_keeps_its_heading_day(org: str, body: str, expected: str) -> None:
    events = extract(ITEM.format(title="Programme", org=org, body=body), source="x",
                     reference=dt.date(2021, 1, 10)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == [expected]


def test_a_supply_in_another_clause_leaves_the_event_its_day() -> None:
    """(found by review) "Tickets are available online, and the festival runs from Friday 7 March at 19:00": the
    supply's clause ends at the comma; the festival's day is its own."""
    text = ("Jazz festival\n\nSource: Example Port\n\nTickets are available online, and the jazz festival runs from "
            "Friday 7 March 2031 at 19:00 in the Old Port of Marseille.\n")
    events = extract(text, source="t", reference=dt.date(2031, 3, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-03-07 19:00"]
