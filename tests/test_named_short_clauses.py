"""A short sentence whose subject is a name in capitals ("Question Time will follow at 2.30 pm") says what happens
then; only a bare one ("The event is expected to take place at 13:00") takes what it is from the sentence before.
Read as bare, the name was lost and the sitting before it was told twice. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Sitting of the House

Source: Office of the Speaker

Published: 3 March 2031

The House will sit at 9 am on Thursday 6 March in Wellington. {second}
"""

# (second sentence, words the 10:00 event's summary holds, words it must not hold, why)
CASES = [
    ("Question Time will follow at 10 am.", "question time", "sits", "a named sitting of the House"),
    ("Members' Statements begin at 10 am.", "statements", "sits", "a name that opens with a possessive"),
    ("The event continues at 10 am.", "house", "", "a bare clause is the sentence before's"),
]


@pytest.mark.parametrize(("second", "holds", "lacks", "why"), CASES)
def test_a_named_short_clause_says_what(second: str, holds: str, lacks: str, why: str) -> None:
    events = extract(ITEM.format(second=second), source="house", reference=dt.date(2031, 3, 3),
                     default_zone="UTC").events
    later = [e for e in events if isinstance(e.start, dt.datetime) and e.start.hour == 10]
    assert len(later) == 1, why
    summary = later[0].summary.lower()
    assert holds in summary, why
    assert not lacks or lacks not in summary, why
