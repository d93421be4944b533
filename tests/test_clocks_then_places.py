"""One instant told on several clocks, each time followed by the places that keep it and the clocks parted by slashes:
"Time: 10:00 am Mexico, Panama, Colombia, Ecuador and Peru / 11:00 am Venezuela, Trinidad and Tobago and Bolivia /
12:00 pm Brazil, Uruguay, Argentina and Paraguay / 7:00 pm Spain" (world-fiftyninth 7, a development bank's online
conference read as four events, each on the first clock's zone). Each time takes the clock of the first place after
it, so the list is one event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

WEBINAR = """Regional webinar on payment systems

Source: Latin American Payments Forum

When: Tuesday 14 October 2031
Time: 9:00 am Mexico City / 10:00 am Bogota, Lima and Quito / 12:00 pm Buenos Aires and Montevideo
Where: online.
"""

BRIEFING = """Online briefing for journalists

Source: European Research Network

The network's director briefs the press online on Wednesday 5 March 2031.
Times: 14:00 Paris, Brussels and Berlin / 13:00 London and Dublin / 21:00 Beijing
"""


@pytest.mark.parametrize(("text", "utc"), [
    (WEBINAR, dt.datetime(2031, 10, 14, 15, 0, tzinfo=dt.UTC)),
    (BRIEFING, dt.datetime(2031, 3, 5, 13, 0, tzinfo=dt.UTC)),
])
def test_the_clocks_are_one_instant(text: str, utc: dt.datetime) -> None:
    events = extract(text, source="forum", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    assert [e.start.astimezone(dt.UTC) for e in events if not e.all_day] == [utc]
