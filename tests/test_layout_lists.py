"""Layouts of lists and tables that carry days and times, as real pages paste them (one cell a line, dates
stacked, month.day in brackets): each row of the table tests one form, in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

DATES_HEADING = """Rate panel dates for 2027

Source: Central Bank

Published: 10 September 2026

2027 confirmed dates

Rate decision and minutes
Outlook Report

Thursday 4 February
Thursday 4 February

Thursday 18 March

Thursday 6 May
Thursday 6 May
"""

MEETINGS_HEADING = """Library board

Source: Library

Board Meetings:

Tuesday, January 12, 2027
Tuesday, February 9, 2027
Tuesday, March 9, 2027
"""

HOLIDAYS = """Office notice

Source: Council

Public holidays 2027

Friday 1 January 2027
Monday 5 April 2027
Monday 3 May 2027
"""

TWO_DAYS = """Exhibition

Source: Museum

Meeting dates

Monday 3 May 2027
Friday 7 May 2027
"""


STACKED_DATE = """Mayor's day

Source: City Hall

Mar
9,
2027

Schedule

10:30 AM Mayor opens the new river footbridge
Where: Riverside Park, Dublin

2:00 PM Mayor chairs the housing board
Where: City Hall, Dublin
"""

DAY_OVER_MONTH = """Land committee

Source: Land Agency

16
Mar
2027
10:00 am

Land committee meeting at the agency's offices, Dublin
"""


BRACKETED_DAYS = """Weekly briefing

Source: Ministry

Date: Friday, November 27, 2026

The Minister opens the trade fair today(11.27) at 3 P.M.

On Tuesday(12.1), the Minister chairs the cabinet meeting at 10 A.M.

On Thursday (3.12.), the Minister visits the harbour at 9 A.M.
"""

KLAMMER = """Vereinsnachrichten

Source: Verein

Datum: 27.11.2026

Am Dienstag (1.12.) um 10 Uhr stellt der Verein in Kassel seinen Jahresbericht vor.
"""


SITTINGS = """Committee sittings

Source: Parliament

The committee shall sit—
(a) at 10.00 am, and again at 2.30 pm, on Tuesday 9 March 2027;
(b) at 9.30 am and 2.00 pm on Thursday 11 March 2027 in Leeds.

The committee hears witnesses between 10 am and 1 pm on Friday 12 March 2027 in Leeds.
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (SITTINGS, ["2027-03-09 10:00", "2027-03-09 14:30", "2027-03-11 09:30", "2027-03-11 14:00", "2027-03-12 10:00"],
     "times listed before their day ('at 10.00 am, and again at 2.30 pm, on Tuesday') are each a sitting; "
     "'between 10 am and 1 pm' is one range"),
    (BRACKETED_DAYS, ["2026-11-27 15:00", "2026-12-01 10:00", "2026-12-03 09:00"],
     "a day's numbers in brackets after a weekday or 'today' ('Tuesday(12.1)', 'Thursday (3.12.)') say which day, "
     "in either order, and are no clock time"),
    (KLAMMER, ["2026-12-01 10:00"], "'am Dienstag (1.12.)': the German day and month in brackets after the weekday"),
    (STACKED_DATE, ["2027-03-09 10:30", "2027-03-09 14:00"],
     "a date set one part a line (month, day, year) is one date: it dates the rows of times below it"),
    (DAY_OVER_MONTH, ["2027-03-16 10:00"], "a day's number over its month's name on the next line is one date"),
    (DATES_HEADING, ["2027-02-04", "2027-03-18", "2027-05-06"],
     "days alone on their lines under a 'dates' heading and a column heading are each an instance of what the "
     "column names; a day given in two columns is one event"),
    (MEETINGS_HEADING, ["2027-01-12", "2027-02-09", "2027-03-09"],
     "days alone on their lines under a heading that names meetings are each a meeting"),
    (HOLIDAYS, [], "days under a heading of holidays are no events"),
    (TWO_DAYS, [], "two days alone may be the ends of a period: a list is three days or more"),
])  # fmt: skip
def test_lists_of_days(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


def test_a_listed_day_is_titled_by_its_column() -> None:
    titles = {e.summary for e in extract(DATES_HEADING, source="layouts", reference=REFERENCE).events}
    assert titles, "the list gives events"
    assert all("Rate decision" in t for t in titles), titles
