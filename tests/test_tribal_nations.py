"""A tribal nation is a place with a clock of its own: the Navajo Nation keeps daylight time (Mountain) although
most of Arizona does not, so "12:00 p.m. (DST)" on the Navajo Nation in March is 18:00 UTC; the Hopi Reservation
keeps Arizona's year-round clock; the Cherokee Nation is on Central time (world-seventeenth 1). Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CASES = [
    ("Navajo Nation Office of the Speaker", "The Navajo Nation Council holds a news conference on Tuesday, "
     "March 24, 2026 beginning at 10:00 a.m. (DST) for reporters.", "2026-03-24 16:00", "America/Denver"),
    ("Hopi Tribal Council", "The council meets the press on the Hopi Reservation on Tuesday, March 24, 2026 at "
     "10:00 a.m. at the tribal complex.", "2026-03-24 17:00", "America/Phoenix"),
    ("Cherokee Nation Communications", "The Cherokee Nation holds a press briefing on Tuesday, March 24, 2026 at "
     "10:00 a.m. in the council chamber.", "2026-03-24 15:00", "America/Chicago"),
]


@pytest.mark.parametrize(("org", "body", "start", "zone"), CASES, ids=[c[0] for c in CASES])
def test_a_tribal_nation_gives_its_clock(org: str, body: str, start: str, zone: str) -> None:
    text = f"Advisory\n\nSource: {org}\n\n{body}\n"
    events = [e for e in extract(text, source="t", reference=dt.date(2026, 3, 20)).events if not e.all_day]
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] == [(start, zone)]
