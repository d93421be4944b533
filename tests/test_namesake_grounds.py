"""A ground or club named after a town the gazetteer knows abroad ("(Orlando Stadium, 6pm)", "Orlando Pirates v
...") in an item whose other places all lie in its own country (Johannesburg, Durban, Gauteng) is that country's
ground or club: the match is on the item's clock, not Florida's. Where the item names other places of the town's
country ("Twickenham Stadium" beside "London"), or too few of its own, the town stands (world-fortysecond 1: four
fixtures were put on Orlando's clock). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Cup fixtures confirmed

Source: Football Association, South Africa

Published: 2 March 2032

{body}
"""

CASES = [
    ("The quarter-finals are played at grounds in Gauteng and in Durban.\n\n"
     "Saturday, March 13: Kaizer Chiefs v Golden Arrows (Orlando Stadium, 6pm)\n\n"
     "Sunday, March 14: Orlando Pirates v Stellenbosch (Moses Mabhida Stadium, Durban, 3pm)\n\n"
     "Tickets are sold in Johannesburg and Pretoria.",
     ["2032-03-13 16:00", "2032-03-14 13:00"], "a ground and a club named after Orlando, among home places"),
    ("The national side travels to London for a friendly.\n\n"
     "Saturday, March 13: England v South Africa (Wembley Stadium, London, 3pm)\n\n"
     "The squad meets in Johannesburg and Pretoria first.",
     ["2032-03-13 15:00"], "a ground abroad in a town named outright stays abroad"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_namesake_grounds(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="fa", reference=dt.date(2032, 3, 2),
                     default_zone="Africa/Johannesburg").events
    got = sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert got == expected, (why, [(e.start, e.summary) for e in events])
