"""A span opened by "from" may have a comma before its "to", as American style closes a date with one: "from
Tuesday, March 3, 2026, to Thursday, March 5, 2026", "from March 9, to March 12, 2026". It is one span of days, not
its two ends (world-eightythird 8: a president's three legs "from February 16, to February 20, 2018" were published as
their first and last days). A comma before "and" after "from" still parts two clauses. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Trade envoy's programme

Source: Office of the Trade Envoy

Nassau, 20 February 2026 - {sentence}
"""


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("The envoy will be in Ottawa from Tuesday, March 3, 2026, to Thursday, March 5, 2026, for trade talks.",
     dt.date(2026, 3, 3), dt.date(2026, 3, 5)),
    ("The envoy will lead a mission to Panama from March 9, to March 12, 2026.",
     dt.date(2026, 3, 9), dt.date(2026, 3, 12)),
    ("The envoy will attend the fair in Lima from Monday, March 16, through Wednesday, March 18.",
     dt.date(2026, 3, 16), dt.date(2026, 3, 18)),
    ("The envoy will attend the expo in Leeds from 23 March, to 25 March 2026.",
     dt.date(2026, 3, 23), dt.date(2026, 3, 25)),
])
def test_one_span(sentence: str, first: dt.date, last: dt.date) -> None:
    events = extract(ITEM.format(sentence=sentence), source="te", reference=dt.date(2026, 2, 20),
                     default_zone="America/Nassau").events
    assert [(e.start, e.end - dt.timedelta(days=1)) for e in events if e.all_day] == [(first, last)]


def test_a_comma_before_and_still_parts_two_clauses() -> None:
    sentence = "Entries for the envoy's export award are open from March 2, and March 20, 2026 is the awards night."
    events = extract(ITEM.format(sentence=sentence), source="te", reference=dt.date(2026, 2, 20),
                     default_zone="America/Nassau").events
    assert (dt.date(2026, 3, 2), dt.date(2026, 3, 21)) not in [(e.start, e.end) for e in events]
