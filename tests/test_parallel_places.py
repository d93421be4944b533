"""Two places in one sentence, each after the same preposition and with its own hours ("at the Nadi Civic Centre from
9am-12pm and at Sai Hall, Sigatoka, from 2pm-4pm"): two stops, two events. The later place was read as the first
event's room and its hours were lost. Shown by world-fiftythird 1 (budget consultations in two towns on one day).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Consultations\n\nSource: {org}\n\n7 March 2017\n\n{body}\n"


@pytest.mark.parametrize(("org", "body", "expected"), [
    ("Ministry of Example", "On April 1 the team is at the Lautoka Civic Centre from 9am-12pm and at Town Hall, Ba, "
     "from 2pm-4pm.", ["2017-04-01 09:00", "2017-04-01 14:00"]),
    ("Example Water Board", "On 4 June 2017 the hearings are held at the town hall from 9am to 11am and at the library "
     "from 2pm to 4pm.", ["2017-06-04 09:00", "2017-06-04 14:00"]),
    ("Example Health Service", "On 9 May 2017 the vaccination team sets up in the Riverside clinic at 8am, then in the "
     "market hall at 1pm.", ["2017-05-09 08:00", "2017-05-09 13:00"]),
])
def test_each_place_is_an_event(org: str, body: str, expected: list[str]) -> None:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2017, 3, 7)).events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected

