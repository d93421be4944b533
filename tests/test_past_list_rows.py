"""The rows of a list under a lead-in told in the past are a report's stops, not events: "The roadshow opened in
Halifax and flew to five cities in five days:" over "May 7 – Halifax", ... under a stamp of late May
(world-fortythird 12 read two of them as events). A lead-in that tells what is to come keeps its rows. Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Flood readiness roadshow

Source: River Forecast Office

Published: 28 May 2019

{lead}

May 7 – Halifax, Nova Scotia
May 8 – Portland, Maine (a first visit)
May 9 – Opa Locka, Fla.

Each stop had its own theme.
"""


def _days(lead: str) -> list[str]:
    events = extract(ITEM.format(lead=lead), source="x", reference=dt.date(2019, 5, 1), default_zone="UTC").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_a_past_tour_gives_no_events() -> None:
    assert _days("Over 9,000 people came. The roadshow opened in Halifax and flew to three cities in three days:") \
        == []


def test_a_tour_to_come_keeps_its_stops() -> None:
    assert _days("Next year the roadshow will open in Halifax and fly to three cities in three days:") != []
