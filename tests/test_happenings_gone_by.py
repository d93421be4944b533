"""A happening told as gone by before its time or day is history, not an event: "The ceasefire took effect at 18:00
on 2 October", "The treaty entered into force on 1 July 2022", "The rocket lifted off at 09:14". The same told as to
come ("takes effect at 18:00 on 12 October", "will take effect") is an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (sentence, expected starts)
CASES = [
    ("The ceasefire took effect at 18:00 on 2 October.", []),
    ("The ceasefire, agreed on 2 October, took effect at 18:00 local time.", []),
    ("The treaty entered into force on 1 July 2022 and runs for five years.", []),
    ("The probe lifted off at 09:14 on 2 October.", []),
    ("The ceasefire takes effect at 18:00 on 12 October.", ["2022-10-12 18:00"]),
    ("The new timetable will take effect at 06:00 on 12 October.", ["2022-10-12 06:00"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_happenings_gone_by(sentence: str, expected: list[str]) -> None:
    item = f"Notice\n\nSource: Border Commission\n\nPublished: 3 October 2022\n\n{sentence}\n"
    events = extract(item, source="gone", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        + [str(e.start) for e in events if not isinstance(e.start, dt.datetime)] == expected
