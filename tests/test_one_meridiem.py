"""A time range that writes am/pm once, after its end ("9-11am", "730-1130AM", "11-1pm"): the start takes the
end's half of the day unless that puts it after the end. Each text is our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

DROP_IN = """Harbour board sessions

Source: A harbour board

4 March 2027

The harbour board holds a drop-in session on Thursday 11 March 2027, {range}, at the ferry terminal hall.
"""


def _span(range_: str) -> tuple[str, str]:
    events = extract(DROP_IN.format(range=range_), source="meridiem", reference=REFERENCE).events
    assert len(events) == 1, [e.as_published for e in events]
    return f"{events[0].start:%H:%M}", f"{events[0].end:%H:%M}"


@pytest.mark.parametrize(("range_", "expected", "why"), [
    ("730-1130AM", ("07:30", "11:30"), "hours run into their minutes, one AM after the end"),
    ("1030-1230PM", ("10:30", "12:30"), "a borrowed PM that would put 10:30 after 12:30 stays morning"),
    ("130-430PM", ("13:30", "16:30"), "both ends in the afternoon"),
    ("9-11am", ("09:00", "11:00"), "bare hours"),
    ("10:30–11:45 a.m.", ("10:30", "11:45"), "minutes and an en dash"),
    ("11-1pm", ("11:00", "13:00"), "11 pm would fall after 1 pm: the start is 11 am"),
])  # fmt: skip
def test_one_meridiem_serves_both_ends(range_: str, expected: tuple[str, str], why: str) -> None:
    assert _span(range_) == expected, why


def test_a_code_is_still_no_range() -> None:
    text = DROP_IN.format(range="at 9 a.m.") + "Quote reference 730-1130AM-B when you write.\n"
    events = extract(text, source="meridiem", reference=REFERENCE).events
    assert [f"{e.start:%H:%M}" for e in events] == ["09:00"], "'730-1130AM-B' is a code, not a range"
