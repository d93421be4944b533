"""A date with its year, a dash, then the hour ("March 10, 2026 - 10 a.m.", "Tuesday, March 10, 2026 — 10 o'clock
in the morning", "... — 12 noon"), as advisories' WHEN lines and event cards write them: the hour is a clock, not
the last day of a span "March 10 to 10". Found by probes of the time misses: such a line gave a whole-day event and
lost its time. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

from .conftest import REFERENCE


@pytest.mark.parametrize(("text", "clock"), [
    ("Tuesday, March 10, 2026 — 10 o'clock in the morning", dt.time(10)),
    ("March 10, 2026 - 10 a.m.", dt.time(10)),
    ("March 10, 2026 – 3pm", dt.time(15)),
    ("March 10, 2026 — 12 noon", dt.time(12)),
])
def test_the_hour_after_a_dated_dash_is_a_clock(text: str, clock: dt.time) -> None:
    mentions = find_mentions(text)
    assert [m.kind for m in mentions] == ["day", "time"]
    assert mentions[1].time == clock


def test_a_span_after_a_dated_dash_is_still_read() -> None:
    assert [m.kind for m in find_mentions("from March 10, 2026 to 12")] == ["span"]


def test_an_advisorys_when_line() -> None:
    text = ("Media advisory: signing of the water agreement\n\nSource: Example Water Authority\n\n"
            "WHAT: Signing of the regional water agreement\n"
            "WHEN: Tuesday, March 10, 2026 — 10 o'clock in the morning\nWHERE: City Hall, Tucson, Arizona\n")
    events = extract(text, source="advisory", reference=REFERENCE).events
    assert [(e.start.isoformat(), e.timezone) for e in events] == [("2026-03-10T10:00:00-07:00", "America/Phoenix")]
