"""Lines that each give a day and the hour something starts, one under another ("Monday October 19th at 10am" /
"Tuesday October 20th at 5:30 pm" under "Introductory Session:"), are each a happening; before, a line with no words
of its own followed by another such line was left out. Rows of opening hours (a day and a range) still say nothing.
A weekday before a slashed month and day ("Sunday, 10/25 at 3:30 pm") tells how the item's numeric dates run, and a
year the text says something is due by ("by the end of 2020") bounds the year of its weekdays (world-twentysixth 10:
the first session was dropped, the others were read in 2026 or on the item's day). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.yearclues import numeric_order, years_ahead

from .conftest import REFERENCE

ITEM = """Listening sessions on the river plan

Source: Rivertown Water Office

{lead}

{rows}
"""

# (lead, rows, expected local starts, why)
CASES = [
    ("Published: 1 March 2031", "First session:\n\nMonday March 10th at 10am\n\nTuesday March 11th at 5:30 pm",
     ["2031-03-10 10:00", "2031-03-11 17:30"], "two dated slots on lines of their own: both kept"),
    ("Published: 1 March 2031", "Sessions:\n\nMonday March 10th at 10am\n\nTuesday March 11th at 5:30 pm\n\n"
     "Thursday March 13th at 9am", ["2031-03-10 10:00", "2031-03-11 17:30", "2031-03-13 09:00"],
     "three slots: each one"),
    ("Published: 1 March 2031", "Desk opening hours:\n\nMonday, 10 March – 10:00 – 18:00\n\n"
     "Tuesday, 11 March – 08:00 – 20:00", [], "a desk's opening hours by day are no happenings"),
    ("Published: 1 March 2031", "Workshops:\n\nMonday, 3/10 at 10 am\n\nThursday, 3/13 at 5:30 pm",
     ["2031-03-10 10:00", "2031-03-13 17:30"], "a weekday before month/day: month first, as 3/13 shows"),
    ("The new plan will be ready by the end of 2020.", "Sessions:\n\nMonday October 19th at 10am\n\n"
     "Tuesday October 20th at 5:30 pm", ["2020-10-19 10:00", "2020-10-20 17:30"],
     "no stamp: the weekdays fit 2020 and 2026; the plan due by the end of 2020 was written before then"),
]


@pytest.mark.parametrize(("lead", "rows", "expected", "why"), CASES)
def test_dated_slot_lines(lead: str, rows: str, expected: list[str], why: str) -> None:
    text = ITEM.format(lead=lead, rows=rows)
    events = [e for e in extract(text, source="slots", reference=dt.date(2026, 12, 3), default_zone="UTC").events
              if not e.all_day]
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected, why


# (text, expected order, why)
ORDERS = [
    ("Thursday, 10/29 at 5:30 pm", "mdy", "a weekday before a month/day that reads one way only"),
    ("Sunday, 10/25", "mdy", "the weekday alone makes the numbers a date"),
    ("Tuesday, 25/10", "dmy", "day first the same way"),
    ("10/25 at 3:30 pm", "mdy", "a month/day before 'at' and a clock time"),
    ("scored 10/25 on the test", "", "numbers that are no date tell nothing"),
]


# (stamp, rows, expected local starts, why): both numbers 12 or under; only the weekday tells the order
WEEKDAY_FITS = [
    ("Published: 28 October 2031", "Open evenings:\n\nWednesday 11/5 at 6pm\n\nThursday 11/6 at 6pm",
     ["2031-11-05 18:00", "2031-11-06 18:00"], "5 November 2031 is a Wednesday, 11 May is not: month first"),
    ("Published: 1 March 2031", "Clinics:\n\nWed 5/3 at 9:30\n\nThu 6/3 at 9:30",
     ["2031-03-05 09:30", "2031-03-06 09:30"], "5 March 2031 is a Wednesday, 3 May is not: day first"),
]


@pytest.mark.parametrize(("lead", "rows", "expected", "why"), WEEKDAY_FITS)
def test_weekday_tells_how_small_numbers_run(lead: str, rows: str, expected: list[str], why: str) -> None:
    text = ITEM.format(lead=lead, rows=rows)
    events = [e for e in extract(text, source="slots", reference=dt.date(2026, 12, 3), default_zone="UTC").events
              if not e.all_day]
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected, why


@pytest.mark.parametrize(("text", "expected", "why"), ORDERS)
def test_numeric_order_of_yearless_slashed_days(text: str, expected: str, why: str) -> None:
    assert numeric_order(text, "") == expected, why


# (text, expected years, why)
AHEAD = [
    ("The plan will be ready by the end of 2020.", [2020], "'by the end of' a year: written before it"),
    ("The works will be complete before the end of 2019.", [2019], "'before the end of' too"),
    ("The board met at the end of 2019.", [], "a year told as past bounds nothing"),
]


@pytest.mark.parametrize(("text", "expected", "why"), AHEAD)
def test_years_looked_ahead_to(text: str, expected: list[int], why: str) -> None:
    assert years_ahead(text, REFERENCE) == expected, why


RUNS = """Listening sessions on the river plan

Source: Rivertown Water Office

Published: 1 March 2031

Opening Session (both cover the same ground):

Monday March 10th at 10am

Tuesday March 11th at 5:30 pm.

Working Group Session (each follows the same plan):

Saturday, 3/15 at 3:30 pm

Monday, 3/17 at 10 am

Video links for every session are posted online.
"""

# (local start, a word its summary holds, why)
NAMED = [
    ("2031-03-10 10:00", "Opening Session", "the first slot under the caption"),
    ("2031-03-11 17:30", "Opening Session", "the second slot, a sentence of its own, under the same caption"),
    ("2031-03-15 15:30", "Working Group", "the first slot under the next caption"),
    ("2031-03-17 10:00", "Working Group", "the last slot: the line under it says nothing of it alone"),
]


@pytest.mark.parametrize(("start", "named", "why"), NAMED)
def test_each_slot_is_named_by_the_caption_over_its_run(start: str, named: str, why: str) -> None:
    events = extract(RUNS, source="slots", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    summaries = {e.start.strftime("%Y-%m-%d %H:%M"): e.summary for e in events if not e.all_day}
    assert named in summaries.get(start, ""), why
