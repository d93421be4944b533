"""A sentence opening with "The same day" that is the day of writing, told in the past ("The same day the ministers
were received by the President", after "Today the ministers met in ..."), is what was done that day, as "Today ...
met" is: no event (world-seventyfirst 13: a news agency's report of a meeting held that day gave one). "The same
day the minister will open the fair" is to come. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Water ministers meet in Dushanbe

Source: Regional News Service

8 June 2031

Today the water ministers of the region met in Dushanbe to review the basin plan.

{second}
"""


def _days(second: str) -> list[dt.date]:
    events = extract(ITEM.format(second=second), source="news", reference=dt.date(2031, 6, 8)).events
    return [e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime) else e.start.date()
            for e in events]


def test_the_same_day_told_done_is_no_event() -> None:
    assert _days("The same day the ministers were received by the President at the palace.") == []


def test_the_same_day_to_come_is_an_event() -> None:
    assert _days("The same day the ministers will be received by the President at the palace.") == [
        dt.date(2031, 6, 8)]
