"""A past meeting's field ("Previous meeting: 3 September 2022") and an embargo's end ("the embargo lifts at 00:01
on 12 October") are no events; the next meeting's field beside them is one. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (body, expected starts, why)
CASES = [
    ("Previous meeting: 3 September 2022\nNext meeting: 14 October 2022, 10:00, Nairobi",
     ["2022-10-14 10:00"], "the field of the one before is history"),
    ("Last session – 3 September 2022\nNext session – 14 October 2022, 10:00, Nairobi",
     ["2022-10-14 10:00"], "so with a dash"),
    ("Note to editors: the embargo lifts at 00:01 on 12 October 2022.", [], "when the news may be told"),
    ("This release is embargoed until 10:00 on 12 October 2022.", [], "so said of the release"),
    ("The Board holds its last meeting of the year on 14 October 2022 at 10:00 in Nairobi.", ["2022-10-14 10:00"],
     "a last meeting to come is an event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_previous_fields_and_embargoes(body: str, expected: list[str], why: str) -> None:
    item = f"Board meetings\n\nSource: Lake Basin Board\n\nPublished: 30 September 2022\n\n{body}\n"
    events = extract(item, source="asides", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime) else str(e.start)
            for e in events] == expected, why
