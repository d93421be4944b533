""""5:00 a.m. Singapore local time" names Singapore's clock, as "5:00 a.m. Singapore time" does: in a bracket of
equivalents after the main time it is the same moment on another clock, no second event read on the main clock
(world-hundredseventh 4: a press conference "at 1:00 p.m. PST Tuesday, February 28 (4 p.m. EST; 5:00 a.m. Singapore
local time Wednesday, March 1", which also became an event at 5 a.m. Pacific). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Press conference after the officials' meeting

Source: Host year office

February 24, 2031

{text}
"""


def _starts(text: str) -> list[str]:
    events = extract(ITEM.format(text=text), source="office", reference=dt.date(2031, 2, 1),
                     default_zone="Europe/Brussels").events
    return [e.start.astimezone(dt.UTC).strftime("%m-%d %H:%M") for e in events]


def test_town_local_time_in_brackets_is_the_same_moment() -> None:
    assert _starts("The officials will brief reporters at 1:00 p.m. PST Tuesday, February 25 (4 p.m. EST; 5:00 a.m. "
                   "Singapore local time Wednesday, February 26), from Palm Springs, California.") == ["02-25 21:00"]


def test_town_local_time_alone_is_that_towns_clock() -> None:
    assert _starts("The officials will brief reporters at 5:00 a.m. Singapore local time on Wednesday, "
                   "February 26.") == ["02-25 21:00"]
