"""An address that closes with a suburb, its city and the city's postcode: "1035 Schoeman St, Hatfield, Pretoria,
0028", "4 Bridge Rd, Richmond, Melbourne 3121". The suburb is a part of the city, not the town of its name abroad
(Hatfield in England, Richmond in Virginia), so the event keeps the city's clock (world-sixtysecond, item 8: a
briefing in Pretoria read on the London clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

PRETORIA = """Minister briefs media on school nutrition

Source: Test

Venue: Media Centre, 12 Church St, Brooklyn, Pretoria, 0181
Date: Thursday, 12 March 2026
Time: 10h00
"""

MELBOURNE = """Community forum on transport

Source: Test

The forum starts at 7pm on Tuesday 10 March 2026 at the Civic Hall, 4 Bridge Rd, Richmond, Melbourne 3121.
"""


@pytest.mark.parametrize(("text", "start"), [(PRETORIA, dt.datetime(2026, 3, 12, 8, 0, tzinfo=dt.UTC)),
                                             (MELBOURNE, dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC))],
                         ids=["pretoria", "melbourne"])
def test_the_suburb_keeps_the_clock_of_its_city(text: str, start: dt.datetime) -> None:
    [event] = extract(text, source="test", reference=dt.date(2026, 2, 1)).events
    assert isinstance(event.start, dt.datetime)
    assert event.start.astimezone(dt.UTC) == start


def test_towns_and_a_year_are_no_address() -> None:
    assert [m.place.zone for m in find_places("Paris, London, 2026")] == ["Europe/Paris", "Europe/London"]
