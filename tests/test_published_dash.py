"""A publication label followed by a dash ("TIME PUBLISHED - Thursday, August 2, 2012, 10:59 am") is a stamp.

A blog that reposts a news story puts its own day on top ("Friday, August 03, 2012") and keeps the story's stamp
under it; the story's "today", "tomorrow" and "On Friday" are counted from the stamp, and the stamp is no event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REPOST = """Minister's programme for the harvest fair

Source: test

Wednesday, March 04, 2026

{label} - Tuesday, March 3, 2026, 4:07 pm

The Minister of Agriculture arrives in Kasama tomorrow at 10:00 hours for the harvest fair.

On Thursday she opens the fair's new grain hall.
"""


@pytest.mark.parametrize("label", ["TIME PUBLISHED", "Published", "Date published", "Last updated"])
def test_the_labelled_stamp_dates_the_story(label: str) -> None:
    events = extract(REPOST.format(label=label), source="test", reference=dt.date(2026, 3, 10)).events
    days = sorted((e.start.date() if isinstance(e.start, dt.datetime) else e.start) for e in events)
    # "tomorrow" of Tuesday 3 March is the 4th, "On Thursday" the 5th; nothing on the 3rd (the stamp)
    assert days == [dt.date(2026, 3, 4), dt.date(2026, 3, 5)]


def test_a_dash_after_other_words_is_no_stamp() -> None:
    text = REPOST.format(label="Harvest fair opens").replace("Wednesday, March 04, 2026\n\n", "")
    events = extract(text, source="test", reference=dt.date(2026, 3, 1)).events
    days = {(e.start.date() if isinstance(e.start, dt.datetime) else e.start) for e in events}
    assert dt.date(2026, 3, 3) in days  # "Harvest fair opens - Tuesday, March 3, 2026, 4:07 pm": an event's day
