"""A centre of an international body named by its own acronym after the body's ("SEAMEO INNOTECH" in Manila,
"SEAMEO RELC" in Singapore) sits where it was founded, not at the body's seat (Bangkok, an hour behind): a release of
one naming no town is not put on the seat's clock. The body itself ("SEAMEO Secretariat", "SEAMEO") still is. Texts
of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.orghome import seat_of

ITEM = """Webinar on teacher training

Source: {source}

The webinar on teacher training will be held on 12 May 2030 at 2:00 PM online.
"""


@pytest.mark.parametrize("source", ["SEAMEO INNOTECH", "SEAMEO RELC"])
def test_a_centre_is_not_at_the_seat(source: str) -> None:
    assert seat_of(source) is None
    events = extract(ITEM.format(source=source), source="x", reference=dt.date(2030, 4, 1)).events
    assert [e.start.utcoffset() for e in events] != [dt.timedelta(hours=7)]


@pytest.mark.parametrize("source", ["SEAMEO Secretariat", "SEAMEO"])
def test_the_body_is_at_its_seat(source: str) -> None:
    seat = seat_of(source)
    assert seat is not None
    assert seat.zone == "Asia/Bangkok"
