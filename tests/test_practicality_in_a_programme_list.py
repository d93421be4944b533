"""A row that names a gathering before a colon and lists what it holds after it keeps its event when the list names a
practicality ("The basin youth forum is launched: a film, grants for young leaders and sign-up for the network"): the
sign-up is part of the forum (world-seventythird 12: a launch row was dropped as registration). A row whose own head
is the practicality ("Registration: badges at the desk", "Media: doors open") stays no event. Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ROWS = """Side events before the river basin summit

Source: River Basin Secretariat

2 May 2031

On June 3, the eve of the summit, these side events take place:

08:00-08:45 -- Registration: badges are handed out at the desk.
09:00-10:00 -- Budget working group: the plan for 2032.
11:00-12:30 -- The basin youth forum is launched: a film on young champions, grants and sign-up for the network.
13:00-13:30 -- Media: doors open and crews set up in the hall.
"""


def _utc_starts(text: str) -> list[str]:
    events = extract(text, source="rbs", reference=dt.date(2031, 5, 2), default_zone="UTC").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events if not e.all_day)


def test_the_forum_row_keeps_its_event() -> None:
    assert "11:00" in _utc_starts(ROWS)


def test_rows_that_are_practicalities_stay_none() -> None:
    starts = _utc_starts(ROWS)
    assert "08:00" not in starts
    assert "13:00" not in starts
    assert "09:00" in starts
