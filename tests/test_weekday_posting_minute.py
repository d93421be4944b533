"""A writer's name over a weekday's full date and a minute no one schedules at ("Jane Roe" / "Wednesday, 12 March
2031 10:37"), atop the body: the minute the story was posted, no event; the body's own event still stands. Before,
the weekday kept the line from being read as the posting stamp, and the name over it became an event at that minute.
A weekday's date at a round minute atop an advisory stays the day of its event. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE

ITEM = """Harbour festival: the port opens its gates

{top}

The harbour festival was presented this morning: on Saturday 18 April, from 10 to 18, the port opens its gates to
visitors, with boat tours and a fish market on the quay.
"""


def _starts(top: str) -> list[object]:
    return [e.start for e in extract(ITEM.format(top=top), source="harbour", reference=REFERENCE).events]


def _days(top: str) -> list[dt.date]:
    return sorted({s.date() if isinstance(s, dt.datetime) else s for s in _starts(top)})


def test_a_writer_over_a_weekday_stamp_is_no_event() -> None:
    assert _days("Paula Lindqvist\nTuesday, 14 April 2026 16:42") == [dt.date(2026, 4, 18)]


def test_a_weekday_stamp_alone_atop_the_body_is_no_event() -> None:
    assert _days("Monday, 13 April 2026 09:07") == [dt.date(2026, 4, 18)]


def test_a_weekday_at_a_round_minute_is_still_an_event() -> None:
    # "Press conference" / "Thursday, 16 April 2026 11:30": the day and hour of what the item announces
    days = _days("Press conference with the harbour master\nThursday, 16 April 2026 11:30")
    assert dt.date(2026, 4, 16) in days, days
