"""A regional label the item's own place does not keep that day ("9:30 a.m. MST" in April, in a letter dated from
Ottawa) names the clock of another town the item names that keeps it then (Whitehorse, on MST all year); with no
such town, the label is read as the local time it loosely names, as before (world-twentyfourth 9: the hearing was
an hour off). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

LETTER = """Far South, Phase I: how the public hearing will run

Source: Canadian Broadcasting Board

Ottawa, 6 February 2030
Our reference: 2030-0042

Sent by e-mail to the distribution list
Subject: Notice of Consultation 2030-42 (Phase I of Broadcasting in the Far South): the public hearing

The Board's public hearing in this proceeding opens on Monday, 15 April 2030 at the Cultural Centre, 10 Main
Street, {town}. This letter tells participants how it will be organized and run.

The hearing starts at 9:30 a.m. {label} on Monday, 15 April 2030 and should last no more than 5 days.
"""

# (town, label, UTC start, why)
CASES = [
    ("Whitehorse, Yukon", "MST", "2030-04-15 16:30", "Whitehorse keeps MST all year: the label is right there"),
    ("Whitehorse, Yukon", "MST (11:30 a.m. EST)", "2030-04-15 16:30", "the same with an eastern twin in brackets"),
    ("Calgary, Alberta", "MST", "2030-04-15 15:30", "Calgary is on MDT in April: 'MST' read as its local time"),
    ("Regina, Saskatchewan", "CST", "2030-04-15 15:30", "Regina keeps CST all year: the label is right there"),
]


@pytest.mark.parametrize(("town", "label", "expected", "why"), CASES)
def test_the_label_names_the_clock_of_the_town_that_keeps_it(town: str, label: str, expected: str, why: str) -> None:
    events = [e for e in extract(LETTER.format(town=town, label=label), source="keepers", reference=REFERENCE).events
              if not e.all_day]
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events] == [expected], why
