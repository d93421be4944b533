"""The line under a field's name alone ("Cost:" / "Free", "Speaker:" / "Dr Ada Rowe") is that field's value, not a
caption naming the timed row below it: an event page's meeting was titled "Free" (pages-p29, a city's special
meeting notice). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Annual strategy retreat of the Harbor City Council

Source: City of Harbor Point

The council meets for its annual strategy retreat.

{label}

{value}

When:

Monday, March 02, 2026 | 09:00 AM - 04:00 PM

Location: The Lakeside Hotel, Harbor Point
"""


@pytest.mark.parametrize(("label", "value"), [("Cost:", "Free"), ("Admission:", "Free of charge"),
                                              ("Speaker:", "Dr Ada Rowe")])
def test_a_fields_value_does_not_title_the_row_below(label: str, value: str) -> None:
    events = extract(ITEM.format(label=label, value=value), source="x", reference=dt.date(2026, 1, 5)).events
    assert [e.summary for e in events if not e.all_day]
    assert all(value not in e.summary for e in events)


def test_a_caption_line_still_titles_the_row_below() -> None:
    text = ITEM.format(label="Programme", value="Budget workshop")
    events = extract(text, source="x", reference=dt.date(2026, 1, 5)).events
    assert any("Budget workshop" in e.summary for e in events)
