"""Places that tell a clock though the town table lacks them (world-twentysixth 1, 2, 3, 6 and 10: read on the
default clock or on the wrong one): a body of the National Health Service ("NHS Borders") stands in the United
Kingdom; a county of Great Britain whose name no other country's places share ("Nottinghamshire County Council")
tells the British clock; a county of a US state of several clocks written before its state ("Porter County,
Indiana") tells the county's clock; an organisation named after a town with namesakes abroad stands in the one
country of them that writes numeric dates as the item does ("City of Santa Fe ..." writing "Sunday, 10/25": New
Mexico, not Argentina). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

ITEM = """Notice of a public meeting

Source: {org}

Published: 2 {month} 2031

{body}
"""

# (organisation, body, month, expected UTC start, why)
CASES = [
    ("NHS Highfield", "The board meets in public on Thursday 12 June 2031 at 10am.", "June",
     "2031-06-12 09:00", "an NHS body: British summer time"),
    ("Nottinghamshire County Council", "The cabinet meets on Thursday 12 June 2031 at 2pm.", "June",
     "2031-06-12 13:00", "an English county's council: British summer time"),
    ("Aberdeenshire Council", "The committee meets on Tuesday 14 January 2031 at 10.30am.", "January",
     "2031-01-14 10:30", "a Scottish council area in winter: GMT"),
    ("Brookside Health System", "Tours of the new clinic in Valley Township, Porter County, Indiana, run on "
     "Saturday, June 14 from 11 a.m. to 2 p.m.", "June", "2031-06-14 16:00",
     "north-west Indiana keeps Central time: CDT"),
    ("Brookside Health System", "Tours of the new clinic in Valley Township, Marion County, Indiana, run on "
     "Saturday, June 14 from 11 a.m. to 2 p.m.", "June", "2031-06-14 15:00",
     "a county on the state's main clock: Indiana's Eastern time"),
    ("City of Santa Fe Water Office", "Listening sessions:\n\nSaturday, 6/14 at 10 am\n\nMonday, 6/16 at 5:30 pm",
     "June", "2031-06-14 16:00", "month-first dates: Santa Fe, New Mexico (MDT), not Argentina"),
    # world-twentyeighth 7: a club named after its New Zealand region, its town below the town table's floor
    ("Manawatu Harriers Club", "The cross-country relay starts on Saturday 14 June 2031 at 9am.", "June",
     "2031-06-13 21:00", "a New Zealand region: NZST (UTC+12)"),
    ("Waikato Rowing Association", "The regatta opens on Saturday 14 June 2031 at 8am at Lake Karapiro.", "June",
     "2031-06-13 20:00", "another New Zealand region"),
    # found probing world-thirtyfirst 11's form: a Malaysian state names the clock, its towns below the table's floor
    ("Public Works Department", "The ground-breaking takes place on Saturday 14 June 2031 at 10am at the bridge site "
     "near Sebuyau, Sarawak.", "June", "2031-06-14 02:00", "a Malaysian state: MYT (UTC+8)"),
    # found probing an Irish council's card: an Irish county as addresses write it names the clock
    ("Roads Consultation Team", "Public meeting\nDate: Saturday 14 June 2031\nTime: 7.00pm - 9.00pm\n"
     "Location: Parish Hall, Kilcock, Co. Kildare", "June", "2031-06-14 18:00", "an Irish county: IST (UTC+1)"),
    ("Rural Transport Group", "The bus forum meets on Saturday 14 June 2031 at 11am in Omagh, County Tyrone.",
     "June", "2031-06-14 10:00", "a county of Northern Ireland: BST (UTC+1)"),
]


@pytest.mark.parametrize(("org", "body", "month", "expected", "why"), CASES)
def test_the_clock_of_the_body_or_county(org: str, body: str, month: str, expected: str, why: str) -> None:
    text = ITEM.format(org=org, body=body, month=month)
    events = [e for e in extract(text, source="places", reference=dt.date(2031, 6, 2)).events if not e.all_day]
    assert events, why
    assert events[0].start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") == expected, why


# (text, the place's name and zone, why)
PLACES = [
    ("the hearing in Concord, New Hampshire", ("New Hampshire", "America/New_York"),
     "a US state whose name holds an English county's is the state"),
    ("offices across Oxfordshire", ("Oxfordshire", "Europe/London"), "an English county"),
    ("Malheur County, Oregon", ("Malheur County", "America/Boise"), "Oregon's county on Mountain time"),
    ("a farm trail across Taranaki", ("Taranaki", "Pacific/Auckland"), "a New Zealand region"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PLACES)
def test_county_places(text: str, expected: tuple[str, str], why: str) -> None:
    found = [(m.place.name, m.place.zone) for m in find_places(text)]
    assert expected in found, why
