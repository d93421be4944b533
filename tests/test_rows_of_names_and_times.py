"""Rows of a name and its time set apart by semicolons in one sentence ("the Audit Committee, 8 a.m.; the Governance
and Ethics Committee, 9 a.m.; the Committee on Finance, 10 a.m."): each time is the row's before it. The next row's
name was taken for a time, and a row was lost (found probing a port authority's board advisory of
world-thirtyfirst's family). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = "Board and committee meetings\n\nSource: Harbour Board\n\nPublished: 17 May 2031\n\n{body}\n"

# (body, (local start, a word of its summary) of each timed event, why)
CASES = [
    ("The following committees meet in public session on Tuesday, May 20: the Audit Committee, 8 a.m.; the "
     "Governance and Ethics Committee, 9 a.m.; the Committee on Finance, 10 a.m.",
     [("08:00", "Audit"), ("09:00", "Governance"), ("10:00", "Finance")], "three rows"),
    ("The following committees meet in public session on Tuesday, May 20: the Audit Committee, 8 a.m.; the "
     "Security Committee, 9 a.m.; the Committee on Finance, 10 a.m.; the Committee on Operations, 10:30 a.m.",
     [("08:00", "Audit"), ("09:00", "Security"), ("10:00", "Finance"), ("10:30", "Operations")], "four rows"),
    ("The board meets on Tuesday, May 20 at 9 a.m.; the public may speak at 10 a.m.",
     [("09:00", "board"), ("10:00", "public")], "a clause after a semicolon names its own time"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_each_time_is_named_by_its_row(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = sorted((e for e in extract(ITEM.format(body=body), source="rows", reference=REFERENCE).events
                     if isinstance(e.start, dt.datetime)), key=lambda e: e.start)
    assert [f"{e.start:%H:%M}" for e in events] == [hour for hour, _ in expected], why
    for event, (_, word) in zip(events, expected, strict=True):
        assert word.lower() in event.summary.lower(), (why, event.summary)
