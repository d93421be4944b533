"""Two sittings named each with its own time before the day they share ("Special Session - 3:30 PM & Regular Meeting
- 7:00 PM Monday, June 14, 2027"; "Work Session at 3:30 PM and Regular Meeting at 7:00 PM on Monday"): each time is
an event of that day, not only the one next to the day (pages-dev23 walnutcreek.granicus.com: the closed session
at 4:00 PM of a two-sitting headline was lost). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2027, 6, 1)


# (the line, the local clocks of its events, why)
ROWS = [
    ("Board Special Session - 3:30 PM & Board Regular Meeting - 7:00 PM Monday, June 14, 2027 TOWN HALL",
     ["15:30", "19:00"], "two named sittings with dashes, then the day"),
    ("The Work Session at 3:30 PM and the Regular Meeting at 7:00 PM are on Monday, June 14, 2027.",
     ["15:30", "19:00"], "with 'at', in a sentence"),
    ("Doors open at 6:30 PM; the concert starts at 7:00 PM on Monday, June 14, 2027.",
     ["19:00"], "no name joined by 'and' between the times: the concert's own time only"),
]


@pytest.mark.parametrize(("line", "clocks", "why"), ROWS)
def test_each_named_sitting_keeps_its_time(line: str, clocks: list[str], why: str) -> None:
    text = f"Meetings this week\n\nSource: Town of Examplefield\n\n{line}\n"
    events = extract(text, source="town", reference=REFERENCE, default_zone="America/Los_Angeles").events
    found = sorted(e.start.strftime("%H:%M") for e in events if isinstance(e.start, dt.datetime))
    assert found == clocks, why
