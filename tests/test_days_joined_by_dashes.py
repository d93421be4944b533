"""A month, then three or more days joined by dashes ("October 19-20-21, 2020", "March 3 - 4 - 5"): one span from the
first day to the last, as "October 19-21" is. Before, only the first two days were read ("October 19-20") and the
third day was lost (found in world-seventysixth: a regional conference's "WHEN: October 19-20-21, 2020"). Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "first", "last"), [
    ("WHEN: November 4-5-6, 2031", (4, 11, 2031), (6, 11, 2031)),
    ("the forum meets March 3 - 4 - 5, 2031 in Lima", (3, 3, 2031), (5, 3, 2031)),
    ("the summit on May 7-8-9-10, 2031", (7, 5, 2031), (10, 5, 2031)),
])
def test_the_span_runs_to_the_last_day(text: str, first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
    spans = [m for m in find_mentions(text) if m.kind == "span"]
    assert len(spans) == 1
    got = spans[0]
    assert got.first is not None
    assert got.last is not None
    assert (got.first.day, got.first.month, got.first.year) == first
    assert (got.last.day, got.last.month, got.last.year) == last


def test_a_conference_over_three_days() -> None:
    item = """Farm ministers meet online

Source: Regional office

Published 20 October 2031

WHAT: The regional conference of agriculture ministers
WHEN: November 4-5-6, 2031
WHERE: Online
"""
    events = extract(item, source="r", reference=dt.date(2031, 10, 20)).events
    days = [(e.start.date() if isinstance(e.start, dt.datetime) else e.start) for e in events]
    assert [e.all_day for e in events] == [True]
    assert days == [dt.date(2031, 11, 4)]
    assert events[0].end is not None
    end = events[0].end.date() if isinstance(events[0].end, dt.datetime) else events[0].end
    assert end == dt.date(2031, 11, 7)  # the day after the last, as an all-day event ends


def test_a_spaced_dash_joins_no_further_day() -> None:
    # (found by review) "May 19-20 – 21 delegations attend": a dash with spaces sets off an aside; the span ends on
    # the 20th
    said = "The summit will be held on May 19-20 – 21 delegations attend – in Geneva, 2031."
    spans = [m for m in find_mentions(said, "mdy") if m.kind == "span"]
    assert [(m.first.day, m.last.day) for m in spans if m.first and m.last] == [(19, 20)]
