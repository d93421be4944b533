"""A town's own body's event that goes or is held elsewhere ("The Paisley Diocesan Pilgrimage to Rome begins with Mass
at 10:00 ... at St Peter's Basilica"): where it goes is where it happens, not the town that names the body
(placeroles._OWN_BODYS_EVENT); "The Paisley Diocesan Mass" stays in Paisley. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Diocesan notice

Source: Example Catholic Diocese

June 1, 2031

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Paisley Diocesan Pilgrimage to Rome begins with Mass at 10:00 on 20 July 2031 at St Peter's Basilica.",
     ("2031-07-20T10:00:00+02:00", "Rome, Italy")),
    ("The Paisley Diocesan Mass will be celebrated at 10:00 on 20 July 2031.",
     ("2031-07-20T10:00:00+01:00", "Paisley, United Kingdom")),
])
def test_where_the_bodys_event_is(sentence: str, expected: tuple[str, str]) -> None:
    events = extract(ITEM.format(sentence=sentence), source="x", reference=dt.date(2031, 6, 1),
                     default_zone="America/New_York").events
    assert [(e.start.isoformat(), e.location) for e in events] == [expected]
