"""A list under a year's heading that says its lines are dates ("Meeting dates - 2031") may give its first days with
their hours and its last ones bare ("26 November 2031" / "28 January 2032", hours not yet set): the bare days are
dates of the list too, two of them enough there (world-twentysixth 1: the two later board meetings were missed).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Board meetings in public

Source: Lakeside Health Board

The Board meets in public; the papers are posted a week before.

{heading}

24 September 2031
14.30 - 17.00
Online, papers below

26 November 2031

28 January 2032

{after}
"""

# (heading, line after the list, expected all-day days, why)
CASES = [
    ("Meeting dates - 2031", "Answers to questions are among the downloads.", ["2031-11-26", "2032-01-28"],
     "the list's last days, bare, under a dates heading"),
    ("Papers - 2031", "Answers to questions are among the downloads.", [],
     "a heading that does not say its lines are dates: bare days say nothing"),
]


@pytest.mark.parametrize(("heading", "after", "expected", "why"), CASES)
def test_bare_days_ending_a_dates_list(heading: str, after: str, expected: list[str], why: str) -> None:
    text = ITEM.format(heading=heading, after=after)
    events = extract(text, source="dates", reference=dt.date(2031, 9, 1), default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d") for e in events if e.all_day) == expected, why
