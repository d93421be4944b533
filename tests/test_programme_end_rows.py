"""A programme's last row that only tells its end ("7pm – End", "11:00 a.m." over "The ceremony ends,
approximately.", "4 pm – Approximate end of ceremony") says when the day's programme is over: no event of its own.
A row that ends something on a day with no earlier timed row, and rows that tell what happens, stay
(world-fortysecond 7 and 10: three end rows were events). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Evening programme

Source: City Archive

{body}
"""

CASES = [
    ("Date: Tuesday, 9 March 2032\n\n6pm – Doors and welcome\n6.10pm – Talk on the town's maps\n7.30pm – End",
     ["18:00", "18:10"], "an 'End' row after the evening's rows"),
    ("Tuesday, 9 March 2032 – Graduation\n\n10:00 a.m.\nThe procession starts.\n\n10:30 a.m.\n"
     "The ceremony starts.\n\n12:30 p.m.\nThe ceremony ends, approximately.",
     ["10:00", "10:30"], "a sentence that tells only the ceremony's end"),
    ("Tuesday, 9 March 2032\n\n2 pm – Prize giving\n4 pm – Approximate end of ceremony",
     ["14:00"], "'Approximate end of ...'"),
    ("Tuesday, 9 March 2032\n\n2 pm – Prize giving\n4 pm – Reception ends the day with music and a toast",
     ["14:00", "16:00"], "a row that tells more than an end stays"),
    ("Tuesday, 9 March 2032\n\n6 pm – The night market closes",
     ["18:00"], "an end with no earlier row of its day stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_end_rows(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="archive", reference=dt.date(2032, 3, 1),
                     default_zone="UTC").events
    got = sorted({e.start.strftime("%H:%M") for e in events if not e.all_day})
    assert got == expected, (why, [(e.start, e.summary) for e in events])
