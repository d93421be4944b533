"""A body's briefing that tells its own times first and, after them, a journey ("on Monday, the Secretary-General
will travel to Addis Ababa") is on the clock of the body's seat, not of the town travelled to (issue #10, "Zone"),
as an itinerary under a dateline already is. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_noon_briefing_times_are_at_the_seat() -> None:
    text = ("Noon briefing\n\nSource: United Nations\n\nGood afternoon. Tomorrow at 11:30 a.m., the head of the"
            " refugee agency will brief you here on the appeal for Sudan. At 2:00 p.m. there will be a press"
            " conference by the President of the Economic and Social Council.\n\nOn Thursday, the Deputy"
            " Secretary-General will travel to Bangkok for the regional forum.\n\nTuesday, 7 March 2023\n")
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    timed = sorted(f"{e.start:%Y-%m-%d %H:%M %z}" for e in events if isinstance(e.start, dt.datetime))
    assert timed == ["2023-03-08 11:30 -0500", "2023-03-08 14:00 -0500"]
