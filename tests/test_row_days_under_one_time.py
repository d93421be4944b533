"""A dated row that lists a further day or run of days after its first, joined by "and" or a comma, before the one
time they share ("When: Thursday, August 1, and Monday-Thursday, August 5-8, 6:30 a.m. to 5 p.m."), is the entry on
each: the day at the time, the run of days as one span of days (world-fiftyseventh 2: a state's traffic alert lost
the week of closures after its first day). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Works notice

Source: {org}

Posted: 2026-04-20

{body}
"""


def _events(org: str, body: str) -> list[tuple[str, bool]]:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2026, 1, 1)).events
    return sorted((e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day
                   else f"{e.start:%Y-%m-%d}..{e.end - dt.timedelta(days=1):%Y-%m-%d}", e.all_day) for e in events)


@pytest.mark.parametrize(("org", "body", "expected"), [
    ("Iowa Department of Transportation",
     "When: Tuesday, May 5, and Monday-Wednesday, May 11-13, 8 a.m. to 4 p.m.\nWhat: US 30 closed at the Skunk River "
     "bridge for deck repairs",
     [("2026-05-05 08:00", False), ("2026-05-11..2026-05-13", True)]),
    ("Nebraska Department of Transportation",
     "When: Thursday, May 7, and Saturday, May 9, 9 a.m. to noon\nWhat: Open house on the Highway 2 corridor study\n"
     "Where: Lincoln Public Library",
     [("2026-05-07 09:00", False), ("2026-05-09 09:00", False)]),
], ids=["a-day-and-a-run", "two-days"])
def test_each_day_the_row_lists_before_its_time(org: str, body: str, expected: list[tuple[str, bool]]) -> None:
    assert [(when[:16] if not day else when, day) for when, day in _events(org, body)] == expected


def test_a_row_of_one_day_stays_one_event() -> None:
    body = "When: Tuesday, May 5, 8 a.m. to 4 p.m.\nWhat: US 30 closed at the Skunk River bridge for deck repairs"
    assert _events("Iowa Department of Transportation", body) == [("2026-05-05 08:00", False)]
