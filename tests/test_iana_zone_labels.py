"""A time followed by its zone's IANA name ("1:00 pm – 3:00 pm America/Los Angeles Timezone", "18:00
(Europe/Berlin)"), as calendar plugins print it, is on that zone's clock, not the configured one (pages-dev19, a
school board's event page). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CARD = """Library Board Meeting

When: November 14, 2031 @ {time}

Where: Branch Library, Hall B
"""


def _events(text: str) -> list[tuple[str, str, str]]:
    found = extract(text, source="card", reference=dt.date(2031, 11, 1), default_zone="Europe/Brussels").events
    return [(e.start.isoformat(), e.timezone, e.summary) for e in found]  # type: ignore[union-attr]


@pytest.mark.parametrize(("time", "start", "zone"), [
    ("1:00 pm – 3:00 pm America/Los Angeles Timezone", "2031-11-14T13:00:00-08:00", "America/Los_Angeles"),
    ("1:00 pm America/New_York", "2031-11-14T13:00:00-05:00", "America/New_York"),
    ("18:00 (Europe/Berlin)", "2031-11-14T18:00:00+01:00", "Europe/Berlin"),
    ("7:00 pm America/Indiana/Indianapolis", "2031-11-14T19:00:00-05:00", "America/Indiana/Indianapolis"),
])
def test_an_iana_zone_after_a_time_is_its_clock(time: str, start: str, zone: str) -> None:
    events = _events(CARD.format(time=time))
    assert [(found_start, found_zone) for found_start, found_zone, _ in events] == [(start, zone)]
    assert "Timezone" not in events[0][2]


def test_a_name_that_is_no_zone_is_not_read() -> None:
    events = _events(CARD.format(time="1:00 pm America/Springfield"))
    assert [zone for _, zone, _ in events] == ["Europe/Brussels"]
