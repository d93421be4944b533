"""A card whose date field gives a span of some months ("Dates: 14 March – 28 July 2031", an exhibition's run) is an
event of the whole span, not of its first sixty days (found while probing the forms of world-fortysecond's museums
and galleries: the run was cut to 14 March – 13 May). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """New exhibition: Treasures of the Nile

Source: National Museum

Published: 1 March 2031

Exhibition: Treasures of the Nile
Dates: 14 March – 28 July 2031
Venue: Gallery 3, National Museum
"""


def test_an_exhibition_card_runs_its_whole_span() -> None:
    events = extract(ITEM, source="museum", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    spans = [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events
             if e.all_day]
    assert spans == [("2031-03-14", "2031-07-28")], [(e.start, e.end, e.summary) for e in events]
