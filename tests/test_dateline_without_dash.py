"""A town's dateline whose dash was lost, the story's first sentence straight after the year ("Lusaka, 9 April 2026
The board ..."): the day the release was written, no event; the body's own dated event still stands. A town and a
date over an event's name in capitals ("Lusaka, 9 April 2026 Board Meeting ...") stays an event. Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE

ITEM = """Water board: the second week of talks

Source: Regional Water Board

Media Advisory

{dateline} {rest}

The board's annual forum opens on 22 April 2026 at the Civic Centre.
"""


def _days(dateline: str, rest: str) -> list[dt.date]:
    events = extract(ITEM.format(dateline=dateline, rest=rest), source="water", reference=REFERENCE).events
    return sorted({e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events})


def test_a_dateline_without_its_dash_is_no_event() -> None:
    days = _days("Mombasa, 14 April 2026", "The working groups close their talks and send their findings to the board.")
    assert days == [dt.date(2026, 4, 22)], days


def test_a_town_and_its_country_without_the_dash() -> None:
    days = _days("Gaborone, Botswana, 14 April 2026", "The delegates agreed on a common plan for the river basin.")
    assert days == [dt.date(2026, 4, 22)], days


def test_an_events_name_after_the_date_stays_an_event() -> None:
    days = _days("Mombasa, 14 April 2026", "Board Meeting of the Coastal Water Authority")
    assert dt.date(2026, 4, 14) in days, days
