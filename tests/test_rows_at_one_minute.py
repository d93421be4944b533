"""Two rows of a list at one minute that share at most one word ("10:00 7th meeting, Conference Room 2" under one
committee, "10:00 15th meeting, Chamber" under another) are two happenings, not one told twice."""

from __future__ import annotations

import datetime as dt

from parsers import extract

JOURNAL = """Journal

Source: A secretariat

Thursday, 9 October 2031

Fourth Committee
10:00  7th meeting  Conference Room 2
Economic and Social Council
10:00  15th meeting  Chamber
"""


def test_two_rows_at_one_minute_sharing_one_word_are_two() -> None:
    events = extract(JOURNAL, source="t", reference=dt.date(2031, 10, 1)).events
    assert sorted(e.summary for e in events) == ["15th meeting Chamber", "7th meeting Conference Room 2"]


def test_one_row_listed_twice_is_still_one() -> None:
    text = ("Schedules\n\nSource: A government\n\nThursday, 9 October 2031\n\nMINISTER A\n"
            "10:00 Cabinet meeting, Government House\nMINISTER B\n10:00 Cabinet meeting, Government House\n")
    assert len(extract(text, source="t", reference=dt.date(2031, 10, 1)).events) == 1
