"""A numbered field line of a notice ("1. Date and Time: Thursday, June 23, 2016 at 10:00 a.m. Japan standard time
(reception opens at 9:00 a.m.)"): the clock's kind in lower case ("Japan standard time") is the time's zone label, and
a field's name with its number ("1. Date and Time:") names nothing, so the title names the event; before, the label
was left in the title and the meeting was called "1. Date and Time" (world-twentyseventh 1). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice of the 12th Annual General Meeting of Shareholders

Source: Kitagawa Seiki Co., Ltd.

{body}
"""

# (body, expected (UTC start, summary) of the first timed event, why)
CASES = [
    ("1. Date and Time: Thursday, June 23, 2016 at 10:00 a.m. Japan standard time (reception opens at 9:00 a.m.)\n"
     "2. Place: Hall A, 3rd floor, Osaki, Tokyo",
     ("2016-06-23 01:00", "Notice of the 12th Annual General Meeting of Shareholders"),
     "the numbered 'Date and Time' field: the title names it; JST from the lower-case label"),
    ("(a) Date and time: Friday, June 24, 2016 at 2:00 p.m. India standard time\n(b) Venue: Hall B, Mumbai",
     ("2016-06-24 08:30", "Notice of the 12th Annual General Meeting of Shareholders"),
     "a lettered field; IST from 'India standard time'"),
    ("The meeting opens on Friday, June 24, 2016 at 2:00 p.m. Japan standard time in Hall C.",
     ("2016-06-24 05:00", ""), "a sentence: the label read, the sentence names the event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_numbered_field_lines(body: str, expected: tuple[str, str], why: str) -> None:
    events = [e for e in extract(ITEM.format(body=body), source="fields", reference=dt.date(2026, 1, 20),
                                 default_zone="UTC").events if not e.all_day]
    first = min(events, key=lambda e: e.start)
    assert first.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") == expected[0], why
    if expected[1]:
        assert first.summary == expected[1], why
