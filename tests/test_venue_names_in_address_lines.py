"""A venue's name on an address line is written in capitals because it is a name, not because the line is a headline:
"Location: North Centennial Recreation & Leisure Facility, 90 Sinclair St." carries a street number and a street, so
a town's name between two capitalised words there ("North Centennial Recreation") is a word of the venue's name, not
the town of Centennial, Colorado, and the dateline's town keeps the clock. Shown by world-fiftysixth item 6 (City of
Winnipeg), whose workshop went to Denver's clock."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.placenames import title_case


def _starts(text: str) -> list[str]:
    return [e.start.isoformat() for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_address_line_is_no_headline() -> None:
    line = "Location: North Centennial Recreation & Leisure Facility, 90 Sinclair St."
    assert not title_case(line, line.index("Centennial"))
    line = "Venue: West Lancaster Community Sports Centre, 12 Market Street"
    assert not title_case(line, line.index("Lancaster"))
    assert title_case("Prime Minister To Visit Tokyo On Monday")  # a headline stays one


def test_workshop_keeps_the_datelines_clock() -> None:
    text = ("City seeks views on a new library\n\nSource: City of Winnipeg\n\nMarch 3, 2016\n\n"
            "Winnipeg, MB - The City will hold an open house on the design of the new library.\n\n"
            "Open House\nLocation: North Centennial Recreation & Leisure Facility, 90 Sinclair St.\n"
            "Date: Thursday, March 10\nTime: 6:00 p.m. – 8:00 p.m.\n")
    assert _starts(text) == ["2016-03-10T18:00:00-06:00"]


def test_community_meeting_keeps_the_datelines_clock() -> None:
    text = ("Ward meeting on snow clearing\n\nSource: City of Regina\n\nJanuary 8, 2019\n\n"
            "REGINA - Residents are invited to a ward meeting on snow clearing.\n\n"
            "Where: South Independence Seniors Activity Hall, 2500 Victoria Ave.\n"
            "When: Tuesday, January 15, 7 p.m.\n")
    assert _starts(text) == ["2019-01-15T19:00:00-06:00"]
