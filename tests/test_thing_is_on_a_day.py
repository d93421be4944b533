"""A short sentence that says a thing is on a day ("The memorial service is on the morning of 6 October.") tells an
event, though its words without the date are few; a line that only says which day it is ("Residence Palace -
Thursday 6 October") still sets the day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The memorial service is on the morning of 6 October.", ["2022-10-06"]),
    ("The memorial service is on the afternoon of 6 October in Leeds.", ["2022-10-06"]),
    ("Our open evening will be on 6 October.", ["2022-10-06"]),
    ("Residence Palace - Thursday 6 October", []),
])  # fmt: skip
def test_a_thing_said_to_be_on_a_day(sentence: str, expected: list[str]) -> None:
    item = f"Notice\n\nSource: Probe Office\n\nPublished: 3 October 2022\n\n{sentence}\n"
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.isoformat() for e in events] == expected
