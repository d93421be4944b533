"""A negated event with its reason or its period after it ("From 2 to 8 October there will be no press conference due
to the holiday", "there will be no sitting during the recess") is no event on those days. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Briefings of the spokesperson

Source: A foreign ministry

Rabat, 30 September 2031

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "From 2 to 8 October there will be no press conference due to the national holiday.",
    "There will be no briefing on Friday, 3 October because of the holiday.",
    "On 6 October there will be no sitting owing to the by-election.",
])
def test_the_negated_event_is_none(sentence: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="ministry", reference=dt.date(2031, 9, 20)).events
    assert [e for e in events if e.status != "CANCELLED"] == []


def test_an_event_with_its_reason_stays() -> None:
    sentence = "There will be a press conference on Friday, 3 October due to the visit of the Foreign Minister."
    events = extract(ITEM.format(sentence=sentence), source="ministry", reference=dt.date(2031, 9, 20)).events
    assert [e.first_day for e in events] == [dt.date(2031, 10, 3)]
