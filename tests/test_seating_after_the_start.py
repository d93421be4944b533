"""The seating or the doors told after the event's own, later, time in the same sentence ("at approximately 10.30,
the Prime Minister holds a press conference in the Grand Gallery; seating at 10.15") is a practicality of that event,
no event of its own (world-fortyeighth 4). Doors told first ("Doors open at 6pm, talk at 6.30pm") were read before.
Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

BUDGET_DAY = """Timetable of the budget day

Source: Ministry of Finance, Exampleland

The budget is presented on Thursday 15 May 2031.

Press conference

Afterwards, at approximately 11.30, the Minister of Finance holds a press conference in the Blue Hall; \
seating at 11.15. Accreditation is required.

Photo opportunity

When the ministers leave for the parliament, at approximately 13.40, there is a photo opportunity at the main \
steps; seating at 13.20, entrance by the east gate.
"""

RECITAL = """Organ recital in the cathedral

Source: Cathedral of Saint Olaf, Exampleland

The organist of the cathedral gives a recital at 19:30 on Friday 20 June 2031, with works by Bach and \
Buxtehude; doors open at 19:00.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="org", reference=dt.date(2031, 1, 1), default_zone="Europe/Stockholm").events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_seating_after_the_start_is_no_event() -> None:
    assert _starts(BUDGET_DAY) == ["2031-05-15 11:30", "2031-05-15 13:40"]


def test_doors_after_the_start_are_no_event() -> None:
    assert _starts(RECITAL) == ["2031-06-20 19:30"]
