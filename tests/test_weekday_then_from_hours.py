"""A weekday without "on" right before "from" and its hours ("The next meeting is Monday from 6 to 7 p.m.", "Crews
gather Saturday from 9 a.m. to noon"): US copy's way of giving an event's day, as "Tuesday at 11 a.m." is; the day
is that weekday, not the day in context. Shown by world-fiftysecond item 14, whose next town hall went to the
Tuesday of the one before it. (A bare "Sunday 10 A.M. to 3 P.M." stays a row of opening hours.) Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CASES = [
    ("Town hall\n\nSource: Example Police Department\n\nOctober 17, 2017\n\n"
     "The police hold a town hall meeting from 11 a.m. to noon Tuesday, Oct. 17, in the Community Room, Oakland.\n\n"
     "The next meeting is Monday from 6 to 7 p.m. at Lincoln Elementary School.\n",
     ["2017-10-17T11:00:00-07:00", "2017-10-23T18:00:00-07:00"], "the Monday after the Tuesday named before"),
    ("Beach clean-up\n\nSource: Example Parks Department\n\nJune 3, 2021\n\n"
     "Volunteers gather Saturday from 9 a.m. to noon at the pier in Oakland.\n",
     ["2021-06-05T09:00:00-07:00"], "the Saturday after the Thursday stamp"),
    ("Flu clinic\n\nSource: Example Health District\n\nSeptember 6, 2022\n\n"
     "A walk-in flu clinic runs Thursday from 1 to 4 p.m. at the Denver library.\n",
     ["2022-09-08T13:00:00-06:00"], "the Thursday after the Tuesday stamp"),
]


@pytest.mark.parametrize(("text", "starts", "why"), CASES)
def test_weekday_before_from_hours(text: str, starts: list[str], why: str) -> None:
    events = extract(text, source="t", reference=dt.date(2024, 1, 1)).events
    assert [e.start.isoformat() for e in events] == starts, why
