"""Rows whose days all fall inside a span of days a sentence places in a town ("In Nairobi the assembly meets from
March 2 to 6" over "3 March:" and its timed rows) happen in that town, and take its clock, though the item names
another town more often (a later conference, a campaign's name). Before, the rows took the clock of the town named
most. Rows on a day outside the span, or under no day, leave it to the other rules. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE

ITEM = """Our partners' week at the assembly

Source: Alliance for Clean Cookstoves

{stamp}

Ahead of our donors' summit on 18 April in Lisbon, Portugal, partners are busy. In Nairobi the assembly meets \
from March 2 to 6, and the alliance joins several of its side events.

{day}:

  • 09h00 to 11h00 - Breakfast on clean cooking finance; speaker: the alliance's director
  • 14h30 to 16h00 - 'Road to Lisbon', a partners' workshop

See you in Lisbon!
"""


def _timed(day: str) -> list[dt.datetime]:
    text = ITEM.format(stamp="27 Feb 2026", day=day)
    events = extract(text, source="cookstoves", reference=REFERENCE).events
    return sorted(e.start for e in events if isinstance(e.start, dt.datetime))


def test_rows_inside_the_span_take_its_town_clock() -> None:
    starts = _timed("3 March")
    assert [str(s.tzinfo) for s in starts] == ["Africa/Nairobi", "Africa/Nairobi"]
    assert [s.astimezone(dt.UTC).hour for s in starts] == [6, 11]


def test_rows_outside_the_span_are_left_to_the_other_rules() -> None:
    assert all(str(s.tzinfo) != "Africa/Nairobi" for s in _timed("9 March"))
