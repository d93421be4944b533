"""A practicality ("Media can apply for accreditation to the Final Draw") then a clause that tells where and when the
event it serves is held (", which will be held in Lisbon, at the congress centre, on Friday 5 December 2031"): the
event, whose time the next sentence gives; the clause may name the town before the day, as "which takes place on ..."
names the day first. The practicality alone stays none (world-fortysecond 13: the draw was not read). Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Accreditation for the draw

Source: National Football Federation

Published: 1 October 2031

{body}
"""

CASES = [
    ("Media can now apply for accreditation to the Final Draw, which will be held in Lisbon, at the congress "
     "centre, on Friday 5 December 2031. The draw starts at 18:00 local time.",
     ["2031-12-05 18:00"], "the town, then the venue, then the day"),
    ("Journalists may register for the Cup draw, which is held in Porto on Monday 8 December 2031 at 11:00.",
     ["2031-12-08 11:00"], "the town, then the day and the hour"),
    ("Media can now apply for accreditation to the Final Draw. Applications close on 3 November 2031.",
     [], "a practicality and a deadline: no event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_practicality_then_held_in(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="draw", reference=dt.date(2031, 10, 1),
                     default_zone="Europe/Lisbon").events
    got = sorted(e.start.astimezone(dt.timezone(dt.timedelta(0))).strftime("%Y-%m-%d %H:%M") for e in events
                 if not e.all_day)
    assert got == expected, (why, [(e.start, e.summary) for e in events])
