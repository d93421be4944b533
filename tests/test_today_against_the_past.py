""""Today" set against the past by a comparison in its own sentence ("Cars today run cleaner than they used to",
"more people than ever", "than in the past", "than twenty years ago") is the present age, no day of anything; with a
clock time in the sentence it stays a day. Seen in world-hundredfourth (a fire chief's "Homes today burn faster than
they used to" became an event on the day of the release). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Fire safety week

Source: Lakeville Fire Department

Oct 3, 2023

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Furniture today catches fire faster than it used to, the fire marshal said.",
    "Kitchens today hold more electrical appliances than ever before, said the chief.",
    "Families today spend less time preparing escape plans than in the past.",
    "Smoke alarms today last far longer than twenty years ago, the captain noted.",
])
def test_today_compared_with_the_past_is_no_day(sentence: str) -> None:
    assert extract(ITEM.format(sentence=sentence), source="t", reference=dt.date(2023, 10, 1)).events == []


def test_a_today_with_a_clock_time_stays_a_day() -> None:
    said = "Crews today will demonstrate at 2 p.m. how much faster furniture burns than it used to."
    text = ITEM.format(sentence=said)
    events = extract(text, source="t", reference=dt.date(2023, 10, 1)).events
    assert [e.start.date().isoformat() for e in events if isinstance(e.start, dt.datetime)] == ["2023-10-03"]
