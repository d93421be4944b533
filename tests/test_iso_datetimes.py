"""ISO 8601 date-times ("2026-04-14T09:30:00-04:00"), as pages and feeds stamp an event's start: the day, and the
time on the clock its offset names. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import DayPart, find_mentions


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Workshop: 2026-04-14T09:30:00-04:00, Room B",
     [("day", DayPart(14, 4, 2026)), ("time", dt.time(9, 30), "UTC-04:00")], "seconds and an offset"),
    ("Start: 2026-06-02T14:00Z", [("day", DayPart(2, 6, 2026)), ("time", dt.time(14, 0), "UTC")], "'Z' is UTC"),
    ("Opens 2026-06-02T14:00:00.000+0530", [("day", DayPart(2, 6, 2026)), ("time", dt.time(14, 0), "UTC+0530")],
     "fractions of a second, an offset without its colon"),
    ("Due 2026-06-02T18:45", [("day", DayPart(2, 6, 2026)), ("time", dt.time(18, 45), "")],
     "no offset: a time that names no zone"),
    ("on 2026-06-02 only", [("day", DayPart(2, 6, 2026))], "the day alone, as before"),
])  # fmt: skip
def test_an_iso_date_time(text: str, expected: list[tuple[object, ...]], why: str) -> None:
    found = [(m.kind, m.first) if m.kind == "day" else (m.kind, m.time, m.zone) for m in find_mentions(text)]
    assert found == expected, why


@pytest.mark.parametrize(("line", "expected", "why"), [
    ("Workshop: 2026-04-14T09:30:00-04:00, Room B, Ottawa City Hall.",
     ("2026-04-14T13:30:00+00:00", "America/Toronto"), "the offset gives the instant; the town the zone that keeps it"),
    ("The hearing starts 2026-05-20T18:30:00+01:00 at the Civic Hall, Leeds.",
     ("2026-05-20T17:30:00+00:00", "Europe/London"), "summer time in Leeds"),
])  # fmt: skip
def test_an_iso_date_time_gives_the_event(line: str, expected: tuple[str, str], why: str) -> None:
    text = f"Notice\n\nSource: Riverside Works Board\n\n{line}\n"
    events = extract(text, source="iso", reference=dt.date(2026, 1, 20)).events
    assert [(e.start.astimezone(dt.UTC).isoformat(), e.timezone) for e in events] == [expected], why
    assert "T" not in events[0].summary.split(), "the 'T' goes with the time, not into the title"
