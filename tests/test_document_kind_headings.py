"""The kind of document over a notice's heading ("NOTICE OF MEETING" / "Standing Committee on Fisheries" / date line)
names no entry: the heading under it does, and the event is named so. Nor is "For Immediate Release: ..." a place.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: House of Commons

{kind}
Standing Committee on Fisheries
Meeting No. 7
Thursday, March 13, 2031, 3:30 p.m. to 5:30 p.m.
Room 228, Valour Building, 151 Sparks Street, Ottawa
"""


@pytest.mark.parametrize("kind", ["NOTICE OF MEETING", "Media Advisory", "PUBLIC NOTICE"])
def test_the_heading_under_the_kind_of_document_names_the_event(kind: str) -> None:
    text = ITEM.format(title="Committee business", kind=kind)
    events = extract(text, source="notice", reference=dt.date(2031, 3, 1)).events
    timed = [e for e in events if isinstance(e.start, dt.datetime)]
    assert len(timed) == 1
    assert timed[0].summary.startswith("Standing Committee on Fisheries")
    assert all(kind.lower() not in e.summary.lower() for e in events)
