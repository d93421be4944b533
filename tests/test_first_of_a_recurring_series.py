"""A sentence that gives a rule of recurrence and then the series' first day ("held every Tuesday ..., with the first
clinic taking place on Tuesday March 16th from 09:00hrs") dates that first one, as "the next one is on" does; and
English "March", "May" and "December" name a particular day beside such a rule as the other months do (issue #10,
"Not events"). Seen in world-hundredfifteenth (Guyana's "every Wednesday ..., with the first meeting taking place on
Wednesday August 26th from 10:00hrs" published nothing); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _starts(body: str) -> list[str]:
    text = f"Clinics\n\nSource: Ministry of Fisheries\n\n14 March 2021\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=dt.date(2021, 3, 1)).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("body", "expected"), [
    ("The clinics will be held every Tuesday at the district office, with the first clinic taking place on Tuesday "
     "March 16th from 09:00hrs.", ["2021-03-16 09:00"]),
    ("Consultations are held every Thursday in the town hall, and the first one will take place on Thursday May 6 "
     "at 10 a.m.", ["2021-05-06 10:00"]),
    ("Open days run every Saturday, the first open day taking place on Saturday December 4th at 11:00.",
     ["2021-12-04 11:00"]),
])
def test_the_first_of_a_series(body: str, expected: list[str]) -> None:
    assert _starts(body) == expected


def test_a_rule_alone_stays_no_event() -> None:
    assert _starts("The clinics are held every Tuesday at 9 a.m. at the district office.") == []
