"""Days listed one by one with one time told as their opening ("on 8, 9 and 10 June, opening at 10:00", "open 3, 4
and 5 July from 9 a.m.", "with doors opening at 11:00") are each an event at that time: a visitor plans any of those
days by it. Before, a time after "opening" stayed on the first day alone and the later days were lost. Where the
sentence does not say the opening is each day's, the later days' descriptions say the time was taken for them.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (sentence, expected local starts, later days noted, why)
CASES = [
    ("Artists show their work on 8, 9 and 10 June 2026, opening at 10:00, at the Old Sorting Office, Bristol.",
     ["2026-06-08 10:00", "2026-06-09 10:00", "2026-06-10 10:00"], True, "an opening time: each listed day"),
    ("The studios are open on 8, 9 and 10 June 2026, opening at 10:00 each day, in Bristol.",
     ["2026-06-08 10:00", "2026-06-09 10:00", "2026-06-10 10:00"], False, "'each day' says so: no note"),
    ("The showground is open 3, 4 and 5 July 2026 from 9 a.m. in Harrogate.",
     ["2026-07-03 09:00", "2026-07-04 09:00", "2026-07-05 09:00"], False, "open from a time: each day, as before"),
    ("The book fair runs on 15, 16 and 17 May 2026, with doors opening at 10:00 at the RDS, Dublin.",
     ["2026-05-15 10:00", "2026-05-16 10:00", "2026-05-17 10:00"], True, "the doors' opening: each day"),
    ("The inquiry sits on 12 and 13 May 2026 at 10:00 in Bristol.", ["2026-05-12 10:00", "2026-05-13 10:00"], False,
     "a time of the sitting itself: each day, no note, as before"),
]


@pytest.mark.parametrize(("sentence", "expected", "noted", "why"), CASES)
def test_listed_days_with_an_opening_time(sentence: str, expected: list[str], noted: bool, why: str) -> None:
    text = f"Open days\n\nSource: Westcountry Arts Trust\n\nPublished: 1 May 2026\n\n{sentence}\n"
    events = sorted(extract(text, source="listed", reference=dt.date(2026, 1, 20), default_zone="UTC").events,
                    key=lambda e: e.sort_key)
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == expected, why
    later_notes = [any(n.startswith("time ") and "as their opening" in n for n in e.notes) for e in events[1:]]
    assert later_notes == [noted] * (len(events) - 1), why
    assert not any("as their opening" in n for n in events[0].notes), "the first day's time is the one given"
