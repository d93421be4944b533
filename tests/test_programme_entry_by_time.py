"""A programme's entry that names an event (and its place) and gives its hour with "by" ("Thursday 12th June: Opening
Lecture by 10:00am at the Town Hall", "Gala Dinner at the Lakeside Hotel by 7:00pm") says when it is held, as
West African programmes write it, not a deadline; "Applications by 5pm", "Media must register by 9am" stay deadlines
(world-thirtyninth 9: seven of an inauguration programme's entries were dropped as deadlines). Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Festival week: programme of events

Source: State Council

Published: 9 June 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("- Thursday 12th June: Opening Lecture by 10:00am at the Town Hall; then Presentation of Awards by 2:00pm in the "
     "Council Chamber.", ["2031-06-12 10:00", "2031-06-12 14:00"], "two entries of one day"),
    ("- Saturday, 14th June: Gala Dinner at the Lakeside Hotel by 7:00pm.", ["2031-06-14 19:00"],
     "an entry with its place before the hour"),
    ("- Saturday, 14th June: A Closing Luncheon at the River Club follows by 1:00pm.", ["2031-06-14 13:00"],
     "an entry with a verb of sequence"),
    ("The fair opens on Saturday, 14th June at 10 am. Applications by 5:00pm on Thursday, 12th June.",
     ["2031-06-14 10:00"], "a window of applications stays a deadline"),
    ("The fair opens on Saturday, 14th June at 10 am. Media must register by 9:00am on Friday, 13th June.",
     ["2031-06-14 10:00"], "a duty stays a deadline"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_programme_entry_by_time(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="by", reference=dt.date(2031, 6, 9), default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why
