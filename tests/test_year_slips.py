"""A full date whose weekday its year contradicts, when the weekday fits the year before or after near the item's
publication date, is a slip of the year: "Monday, 16 January 2022" in a notice of 5 January 2023 is 16 January 2023
(a Monday; in 2022 it was a Sunday). The event says so. Without a publication date, or when the fitting day is far
from it, the date stays as written and the contradiction is reported. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (publication line, date as written, expected day, why)
CASES = [
    ("Published: 5 January 2023", "Monday, 16 January 2022", "2023-01-16", "last year's number carried into January"),
    ("Published: 2 December 2022", "Thursday 15 December 2023", "2022-12-15", "next year's number typed in December"),
    ("NAIROBI (9 January 2023) –", "Tuesday 17 January 2022", "2023-01-17", "a dateline dates the item too"),
    ("Published: 5 January 2023", "Sunday, 16 January 2022", "2022-01-16", "the weekday fits as written"),
    ("Published: 5 July 2023", "Monday, 16 January 2022", "2022-01-16",
     "the fitting day is half a year from the item's date: no slip is assumed"),
    ("", "Monday, 16 January 2022", "2022-01-16", "no publication date to weigh it against"),
    ("Replies are due by 9 January 2023.", "Monday, 16 January 2022", "2023-01-16",
     "no publication date, but another full date of the item near the day the weekday fits"),
]


@pytest.mark.parametrize(("published", "written", "expected", "why"), CASES)
def test_a_slip_of_the_year(published: str, written: str, expected: str, why: str) -> None:
    text = (f"Reception\n\nSource: Lakeside Council\n\n{published}\n\n"
            f"The Chair will host the annual reception on {written} at 18:00 in the Council Hall.\n")
    events = extract(text, source="slips", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert [e.start.date().isoformat() for e in events if isinstance(e.start, dt.datetime)] == [expected], why


def test_the_mended_year_is_told() -> None:
    text = ("Reception\n\nSource: Lakeside Council\n\nPublished: 5 January 2023\n\n"
            "The Chair will host the annual reception on Monday, 16 January 2022 at 18:00 in the Council Hall.\n")
    result = extract(text, source="slips", reference=dt.date(2026, 12, 3), default_zone="UTC")
    notes = " ".join(result.events[0].notes)
    assert "the text says Monday 16 January 2022, a Sunday" in notes
    assert "year" in result.events[0].inferred
    assert not result.problems  # mended, so no contradiction is left to report
