"""Doors opening at an hour for a gathering the sentence names give that gathering's day, at the doors' hour (the
only time told), and say so; registration, which opens online windows as often, and doors with a later start told
are read as before. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.doors import DOORS_NOTE

ITEM = """Coming up

Source: Millbrook Community Trust

Published: 20 January 2026

{body}
"""


def _events(body: str) -> list[tuple[str, bool]]:
    events = extract(ITEM.format(body=body), source="doors", reference=dt.date(2026, 1, 20)).events
    return sorted((f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M}",
                   DOORS_NOTE in e.notes) for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Doors open at 7pm for the concert on Saturday 14 March 2026 at the Civic Theatre in Leeds.",
     [("2026-03-14 19:00", True)], "the doors first, then the gathering and its day"),
    ("Doors open at 6pm on Friday 13 March 2026 for the town hall meeting in Portland, Oregon.",
     [("2026-03-13 18:00", True)], "the day between the doors and the gathering"),
    ("The quiz night is on Friday 6 March 2026 at the Old Mill, Leeds, and doors open at 7.30pm.",
     [("2026-03-06 19:30", True)], "the gathering first, the doors after it"),
    ("Doors open at 6.30pm for a 7pm start on Friday 6 March 2026 at the Old Mill, Leeds, for the quiz.",
     [("2026-03-06 19:00", False)], "a later start told: the start, as before"),
    ("Doors open at 10am on Saturday 7 March 2026 at the Old Mill, Leeds.", [],
     "doors that open for nothing named: a practicality, as before"),
    ("Registration opens at 9am on Monday 2 March 2026 for the spring conference in Leeds.", [],
     "registration may open a window online: read as before"),
    ("The quiz night is on Friday 6 March 2026 at 8pm (doors open 7.30pm) at the Old Mill, Leeds.",
     [("2026-03-06 20:00", False)], "the doors in brackets: an aside to the quiz, which keeps its own time"),
    ("The spring fair opens on Saturday 7 March 2026 at 10am (registration from 9am) in the Leeds market hall.",
     [("2026-03-07 10:00", False)], "registration in brackets: the same"),
])  # fmt: skip
def test_doors_of_a_gathering(body: str, expected: list[tuple[str, bool]], why: str) -> None:
    assert _events(body) == expected, why
