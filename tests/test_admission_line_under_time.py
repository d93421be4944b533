"""A caption, a dated line with its hours, and under it a short line of what it costs to get in ("Free, no booking
required", "Admission free", "Booking essential"): the caption names the entry, the admission line only adds to it,
as an address line under the time does (found while probing the forms of world-fortysecond's museums and
libraries: the talk was named "Free, no booking required"). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Talks at the gallery

Source: National Gallery

Published: 1 March 2031

{body}
"""

CASES = [
    ("Curator's talk\nWednesday 19 March, 12.30–1.15pm\nFree, no booking required", "curator's talk"),
    ("Family drawing morning\nSaturday 22 March, 10am–12pm\nAdmission free, all ages welcome", "family drawing"),
    ("Late opening with music\nFriday 21 March, 6–9pm\nBooking essential at the front desk", "late opening"),
]


@pytest.mark.parametrize(("body", "words"), CASES)
def test_caption_names_the_entry(body: str, words: str) -> None:
    events = extract(ITEM.format(body=body), source="gallery", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    assert len(events) == 1, [(e.start, e.summary) for e in events]
    assert words in events[0].summary.lower(), events[0].summary
