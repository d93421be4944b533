"""Weekdays joined by a dash right before a clock time ("Monday-Friday 11:00", "Sun-Thurs 4pm", "Mon-Fri 9.30 to
17.00") are the days of a weekly slot, read as one run of weekdays as they are with nothing after them; not a lone
weekday and a time (a broadcast's slot on a front page became an event on the page's day). A run before the numbers
of a date ("Tuesday to Thursday, 23-25 May") is still the date, and a run in words before a time ("Monday to Friday
9:00", opening hours) reads as before. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.dates import find_mentions
from parsers.html import html_article


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Monday-Friday 11:00 Berlin", [("weekdays", "Monday-Friday"), ("time", "11:00")], "a slot's days, then its time"),
    ("Sun-Thurs 4pm", [("weekdays", "Sun-Thurs"), ("time", "4pm")], "short names, an hour with pm"),
    ("Mon-Fri 9.30 to 17.00", [("weekdays", "Mon-Fri"), ("time", "9.30 to 17.00")], "a dotted clock range"),
    ("Tuesday to Thursday, 23-25 May", [("span", "Tuesday to Thursday, 23-25 May")], "a span of dates, as before"),
    ("Monday to Friday 9:00", [("weekday", "Monday"), ("time", "9:00")], "a run in words: opening hours, as before"),
])  # fmt: skip
def test_a_run_of_weekdays_before_a_clock_time(text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert [(m.kind, m.text) for m in find_mentions(text)] == expected, why


def test_a_weekly_slot_on_a_front_page_is_no_event() -> None:
    page = ("<html><head><title>Radio North</title></head><body><main><h1>Radio North</h1>"
            "<ul><li>May 4, 2031 -- Updated 0930 GMT</li></ul><h2>On air</h2><h3>Morning Harbour Report</h3>"
            "<ul><li>Monday-Friday 11:00 Berlin</li></ul><h3>Farm Talk</h3><ul><li>Sun-Thurs 16:00 Berlin</li></ul>"
            "</main></body></html>")
    article = html_article(page.encode(), url="https://example.org/radio", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 4), default_zone="Europe/Berlin").events
    assert [e for e in events if not e.all_day] == [], [(str(e.start), e.summary) for e in events]
