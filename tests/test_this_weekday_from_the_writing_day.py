""""this Wednesday" counts from the day the item was written, as "tomorrow" does, not from a later day the text
named before it: under a stamp of Monday 9 March, "The inquiry opens on Friday, 20 March. The board will meet this
Wednesday to agree its evidence" meets on the 11th, not the 25th (world-eightythird 4: "this Wednesday (tomorrow)"
after the opening's "Friday, February 17" fell a week late). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Harbour board notice

Source: Harbour Board of Port Elwin

Monday, 9 March 2026

The public inquiry into the new tariffs opens on Friday, 20 March 2026.

{sentence}
"""


@pytest.mark.parametrize(("sentence", "day"), [
    ("The board will meet this Wednesday to agree its evidence.", dt.date(2026, 3, 11)),
    ("The harbour master said the last drill will be held this coming Thursday.", dt.date(2026, 3, 12)),
])
def test_counted_from_the_day_of_writing(sentence: str, day: dt.date) -> None:
    events = extract(ITEM.format(sentence=sentence), source="hb", reference=dt.date(2026, 3, 9),
                     default_zone="Europe/London").events
    assert day in [e.start for e in events]
    assert day + dt.timedelta(days=14) not in [e.start for e in events]
