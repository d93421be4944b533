""""this Thursday", "this coming Thursday" without a clock time date a sentence that tells what is to come ("The
council will meet this Thursday", "We will hold the last rehearsal this Wednesday (tomorrow)"), as "on Thursday" does;
before, only "this Thursday at 10am" was read (world-eightythird 4: a parliament's final rehearsal "this Wednesday
(tomorrow)" was not published). A sentence in the past names no day to come by it. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Harbour board notice

Source: Harbour Board of Port Elwin

Issued Monday, 9 March 2026. {sentence}
"""


@pytest.mark.parametrize(("sentence", "day"), [
    ("The board will meet this Thursday to approve the new tariffs.", dt.date(2026, 3, 12)),
    ("The board will meet this coming Thursday to approve the new tariffs.", dt.date(2026, 3, 12)),
    ("We will hold the last drill this Tuesday (tomorrow), the harbour master said.", dt.date(2026, 3, 10)),
])
def test_the_weekday_to_come(sentence: str, day: dt.date) -> None:
    events = extract(ITEM.format(sentence=sentence), source="hb", reference=dt.date(2026, 3, 9),
                     default_zone="Europe/London").events
    assert [e.start for e in events] == [day]


def test_a_weekday_in_the_past_names_no_day() -> None:
    sentence = "The chairman said this Monday that the old tariffs had lapsed."
    events = extract(ITEM.format(sentence=sentence), source="hb", reference=dt.date(2026, 3, 9),
                     default_zone="Europe/London").events
    assert events == []
