"""A chamber's business for a week, each day's line its day, a dash and what the House takes that day ("Tuesday 9
March—Opposition day (3rd allotted day).", "Thursday 11 March – General debate on the armed forces."): each line is
that day's entry, however short, not a line that only says which day it is. A day and its town after a dash
("Monday 8 March – Cardiff") still only heads what follows. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

BUSINESS = """Business statement

Source: A legislature

The business for the week beginning 8 March will be:

Monday 8 March—Second reading of the Rivers Bill.

{line}

Statement made on 4 March 2027
"""


@pytest.mark.parametrize("line", [
    "Tuesday 9 March—Opposition day (3rd allotted day).",
    "Tuesday 9 March – General debate on the armed forces.",
    "Tuesday 9 March—Estimates day.",
    "Tuesday 9 March—Edinburgh: debate on the Scotland Bill.",
])
def test_each_dashed_line_is_its_days_entry(line: str) -> None:
    events = extract(BUSINESS.format(line=line), source="house", reference=dt.date(2027, 3, 1)).events
    assert sorted(e.first_day for e in events) == [dt.date(2027, 3, 8), dt.date(2027, 3, 9)]
