"""A body named for an international organisation whose seat is elsewhere ("United Nations Office for ...": New York)
whose press contacts are on another country's numbers ("+41 22 ...": Switzerland, one clock) is at its contacts'
office: a programme that names no town keeps that country's clock, not the seat's. Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Media programme of the platform

Source: United Nations Office for Coastal Resilience

Media contact
Ana Ruiz, spokesperson, {phone} (office)

Tuesday 10 June 2031
15:30 - 16:00
Opening press conference
Room 12
"""


@pytest.mark.parametrize(("phone", "zone"), [
    ("+41 22 555 0100", "Europe/Zurich"),
    ("+254 20 555 0100", "Africa/Nairobi"),
    # "+1" serves a continent of clocks: the seat's clock stands
    ("+1 212 555 0100", "America/New_York"),
])
def test_the_contacts_country_sets_the_clock(phone: str, zone: str) -> None:
    events = extract(ITEM.format(phone=phone), source="platform", reference=REFERENCE).events
    assert [(f"{e.start:%d %H:%M}", str(e.start.tzinfo)) for e in events] == [("10 15:30", zone)]
