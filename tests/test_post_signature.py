"""The signature a quoted social-media post ends with, "— RTA (@rta_dubai) January 5, 2024", gives the day the post
was made, not an event (world-fiftyninth 6, a transport authority's marathon closures quoted from its post, the
post's day published as an event). The handle in brackets right before the day marks it. The event the post speaks of
stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

MOTORWAY = """Tema motorway repairs: Ashaiman route advised

Source: Ministry of Transport, Ghana

Crews repair the Tema motorway this weekend.

"Motorists, please plan to use the Ashaiman route this Saturday. Thank you for your patience." — Ministry of Transport
(@MoT_Ghana) March 6, 2031
"""

HEARING = """Water tariff hearing in Cape Town

Source: City of Cape Town

Residents can speak at the public hearing on the new water tariffs, held at the Civic Centre on Friday 14 February
2031 at 10:00.

"Have your say on the water tariffs at the Civic Centre this Friday." — City of Cape Town (@CityofCT) 12 February 2031
"""


@pytest.mark.parametrize(("text", "days"), [
    (MOTORWAY, []),
    (HEARING, [dt.date(2031, 2, 14)]),
])
def test_the_post_day_is_no_event(text: str, days: list[dt.date]) -> None:
    events = extract(text, source="post", reference=dt.date(2031, 2, 1)).events
    assert [e.start.date() for e in events] == days
