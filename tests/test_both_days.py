"""Hours said of "both days" (or "each of these days") in a sentence that names no day are the hours of each day of
the run of days told before, and that run is then told day by day, no event of its own; a later clause in which a
thing named before shuts or closes at a time is its end, no event (world-thirtythird 1: the open day's hours were put
on the observance day named last, beside the two days as one span and the exhibition's closing as an event). Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Weather station open weekend

Source: Harbour Weather Station

Published: 2 May 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Visitors are welcome at the station on May 10 and 11 (Saturday and Sunday), the weekend before Storm Week,"
     " which is 15 May.\n\nOn both days the gates open from 10 am to 3 pm; the radar tour itself shuts at 2.30 pm.",
     ["2031-05-10 10:00", "2031-05-11 10:00", "2031-05-15"],
     "both days: each day of the two at 10 am; the observance day stays a day; the closing is no event"),
    ("The seed library holds its swap from 6 to 8 June.\n\nOn each of the three days the stalls open at 9:00.",
     ["2031-06-06 09:00", "2031-06-07 09:00", "2031-06-08 09:00"], "each of the three days: three mornings"),
    ("The seed library holds its swap from 6 to 8 June.\n\nOn both days the stalls open at 9:00.",
     ["2031-06-06", "2031-06-06 09:00"], "both days, but the run told is of three: left as it was"),
    ("The council meets on 12 May.\n\nThe meeting opens at 10:00 and the public gallery closes at 12:30.",
     ["2031-05-12 10:00"], "the gallery closing is the end of something, no event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_hours_of_both_days(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="both", reference=dt.date(2031, 5, 2),
                     default_zone="UTC").events
    starts = sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                    else e.start.strftime("%Y-%m-%d") for e in events)
    assert starts == sorted(expected), why


def test_the_days_are_an_inference_the_event_shows() -> None:
    body = ("The seed library holds its swap from 6 to 8 June.\n\nOn each of the three days the stalls open at 9:00.")
    result = extract(ITEM.format(body=body), source="both", reference=dt.date(2031, 5, 2), default_zone="UTC")
    timed = [e for e in result.events if isinstance(e.start, dt.datetime)]
    assert timed
    assert all(any("each day of" in note for note in e.notes) for e in timed)
    assert not any("each day of" in problem for problem in result.problems), "an inference, not a problem of the text"
