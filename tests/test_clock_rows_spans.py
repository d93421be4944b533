"""A row "Country: 15:00-18:00" under a day heading is a slot of a timetable that names what is taken up (a treaty
body's review of that State), not one moment restated on that country's clock: a span has an end, a kick-off or a
broadcast told on each country's clock does not (world-seventyfirst 1: eight of a child-rights committee's reviews in
Geneva were put on the clocks of Mauritania, El Salvador, Laos and Niger). "Bolivia: 12:30 horas" rows keep their
countries' clocks. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions
from parsers.zonewords import with_clock_rows

ITEM = """Water rights panel: timetable of its April session

Source: Panel of Experts on Water Rights

Issued 2 April 2031

The panel sits in Geneva, in the small hall of the Palais Wilson, as follows:

Monday, 7 April

Peru: 15:00-18:00

Tuesday, 8 April

Japan: 10:00-13:00
"""


def test_a_country_row_with_a_span_is_a_slot_at_the_venue() -> None:
    events = extract(ITEM, source="panel", reference=dt.date(2031, 4, 2), default_zone="UTC").events
    got = sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    # Geneva keeps CEST (UTC+2) in April
    assert got == ["2031-04-07 13:00", "2031-04-08 08:00"]


def test_the_row_alone() -> None:
    text = "Peru: 15:00-18:00"
    assert [m.zone for m in with_clock_rows(text, list(find_mentions(text))) if m.kind == "time"] == [""]


def test_a_single_time_keeps_the_country_clock() -> None:
    text = "Bolivia: 12:30 horas"
    assert [m.zone for m in with_clock_rows(text, list(find_mentions(text))) if m.kind == "time"] == ["Bolivia time"]
