"""A time told twice ("10:00 a.m. PT / 1:00 p.m. ET", "10 a.m. Pacific / 1 p.m. Eastern", "2:30 p.m. local time
(0730 GMT)") and a time said roughly ("at around noon") leave nothing of themselves in the event's title. Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice

Source: Harbour Holdings

Published: 2 June 2031

{body}
"""


@pytest.mark.parametrize(("body", "title", "why"), [
    ("The quarterly call is on June 10 at 10:00 a.m. PT / 1:00 p.m. ET.", "Event: Quarterly call",
     "the second telling after a slash goes with the first"),
    ("The quarterly call is on June 10 at 10:00 a.m. Pacific / 1:00 p.m. Eastern.", "Event: Quarterly call",
     "North American clocks by name alone, on both sides of the slash"),
    ("The appeal is heard at 2:30 p.m. local time (0730 GMT) on 9 June in Manila.", "Event: Appeal is heard in Manila",
     "a four-digit restatement in brackets goes too"),
    ("The count is expected at around noon Eastern on Tuesday 3 June.", "Event: Count is expected",
     "'around' left after its time went"),
    ("The members vote on 10 June at 10:00 a.m. PT on the plan for sections 4 / 5.",
     "Event: Members vote on the plan for sections 4 / 5", "a slash between numbers that tell no time stays"),
])  # fmt: skip
def test_titles_keep_no_trace_of_a_told_time(body: str, title: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="titles", reference=dt.date(2031, 6, 2)).events
    assert [e.summary for e in events if not e.all_day] == [title], why


def test_a_clock_named_alone_before_a_slash_is_its_zone() -> None:
    """"9:00 a.m. Pacific / 12:00 p.m. Eastern": found by probes of the zone misses, where the first time lost its
    clock (a name alone was read as one only before a day, a place or punctuation) and fell to the calendar's."""
    events = extract(ITEM.format(body="The briefing is on June 10 at 9:00 a.m. Pacific / 12:00 p.m. Eastern."),
                     source="clocks", reference=dt.date(2031, 6, 2), default_zone="Europe/Brussels").events
    assert [(e.start.isoformat(), e.timezone) for e in events] == [  # type: ignore[union-attr]
        ("2031-06-10T09:00:00-07:00", "America/Los_Angeles")]


def test_both_names_of_a_clock_leave_the_title() -> None:
    """"9:00 am EST/EDT": the pair is one label; the title kept "/EDT" (found by probes of the title misses)."""
    events = extract(ITEM.format(body="The quarterly call is on July 9 at 9:00 am EST/EDT."), source="clocks",
                     reference=dt.date(2031, 6, 2)).events
    assert [(e.summary, e.start.isoformat()) for e in events] == [  # type: ignore[union-attr]
        ("Event: Quarterly call", "2031-07-09T09:00:00-04:00")]
