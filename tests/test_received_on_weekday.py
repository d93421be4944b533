"""A weekday right after "received" ("says a notice the agency received on Sunday") is the day a notice came in,
gone by, not an event on the next such weekday; "will be received on Sunday" stays to come. (Seen in a wire's note
on a ministry's month of activities.) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(told: str) -> list[str]:
    text = ("Festival week\n\nSource: Example Ministry\n\n5 March 2031\n\n"
            f"The regional festival runs until 20 March, 2031, with concerts and fairs, {told}\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Africa/Lagos").events
    return sorted(str(e.start)[:10] for e in events)


def test_a_weekday_the_notice_was_received_is_no_event() -> None:
    assert "2031-03-09" not in _days("according to a statement the news agency received on Sunday.")


def test_a_weekday_someone_will_be_received_stays() -> None:
    assert "2031-03-09" in _days("and the troupe will be received on Sunday by the governor.")
