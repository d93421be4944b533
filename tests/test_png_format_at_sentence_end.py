""""PNG" as the image format at a sentence's end ("The logo is saved as PNG.", "Photos are available in PNG."): the
place reader's name takes the full stop ("PNG."), so the format's tests must look past it; and a file's word earlier
in the sentence, then "in" or "as" closing the clause, names the format, not Papua New Guinea. "held in PNG next
week", "flew to PNG." stay the country. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places


@pytest.mark.parametrize(("text", "expected"), [
    ("The logo is saved as PNG.", []),
    ("Photos are available in PNG.", []),
    ("The summit will be held in PNG next week.", ["PNG"]),
    ("The team flew to PNG.", ["PNG"]),
])
def test_format_or_country(text: str, expected: list[str]) -> None:
    assert [m.place.name for m in find_places(text)] == expected


ITEM = """Press conference on the new programme

Source: Example Foundation

May 2, 2031

The Foundation will hold a press conference on 12 May 2031 at 10:00. Photos are available in PNG.
"""


def test_the_event_keeps_its_own_clock() -> None:
    events = extract(ITEM, source="x", reference=dt.date(2031, 5, 1), default_zone="America/New_York").events
    assert [e.start.isoformat() for e in events] == ["2031-05-12T10:00:00-04:00"]
