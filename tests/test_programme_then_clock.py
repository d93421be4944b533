"""A schedule's word right before a clock ("brief members on the programme at 1 p.m. on Monday") does not make the
day told after that clock the period a schedule covers ("the programme for Monday"): it is the event's day. Texts in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Briefing on the month's work

Source: A council presidency

{sentence}

Vienna, 27 February 2031
"""


def test_the_day_after_the_clock_is_the_event_s() -> None:
    text = ITEM.format(sentence="The Chair will brief delegations on the programme at 1 p.m. on Monday in Room C.")
    events = extract(text, source="presidency", reference=dt.date(2031, 2, 1)).events
    assert [(e.first_day, e.start.hour) for e in events if e.start is not None and not e.all_day] \
        == [(dt.date(2031, 3, 3), 13)]


def test_the_programme_for_a_day_is_still_a_period() -> None:
    text = ITEM.format(sentence="The Chair has published the programme for Monday, 3 March.")
    events = extract(text, source="presidency", reference=dt.date(2031, 2, 1)).events
    assert [e.first_day for e in events] == []


def test_the_full_day_after_the_clock_is_the_event_s() -> None:
    """(found by review) "... on the programme at 1 p.m. on Monday, 3 March 2031": a full date after "on" too."""
    text = ITEM.format(sentence="The Chair will brief delegations on the programme at 1 p.m. on Monday, 3 March 2031.")
    events = extract(text, source="presidency", reference=dt.date(2031, 2, 1)).events
    assert [(e.first_day, e.start.hour) for e in events if e.start is not None and not e.all_day] \
        == [(dt.date(2031, 3, 3), 13)]
