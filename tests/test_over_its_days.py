"""A sentence opening "Over its three days ..." or "During his two days ..." right after a one-day event counts the
days of that event, its own by the possessive: the tour runs that many days from the day told ("Over the three days"
may be the days of a larger event the one told opens, and is left alone). (Seen in a minister's tour of a
division, its length told in the next paragraph.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _spans(after: str) -> list[tuple[str, str]]:
    text = ("Minister tours the north\n\nSource: Example Ministry\n\n2 April 2031\n\n"
            "The minister begins his tour of the Northern Division on Thursday, April 3, 2031.\n\n"
            f"{after}\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Pacific/Fiji").events
    return [(str(e.start)[:10], str(e.end)[:10]) for e in events]


@pytest.mark.parametrize("after", [
    "Over its three days he will visit research stations and farms hit by the drought.",
    "During his three days there the minister will also meet cane growers in Labasa.",
])
def test_the_days_counted_after_stretch_the_event(after: str) -> None:
    spans = _spans(after)
    assert any(first == "2031-04-03" and last in ("2031-04-05", "2031-04-06") for first, last in spans)
    assert not any(first == "2031-04-03" and last in ("2031-04-03", "2031-04-04") for first, last in spans)


def test_the_days_of_the_larger_event_leave_the_one_told_alone() -> None:
    spans = _spans("Over the three days farmers will also show their produce at the fair.")
    assert ("2031-04-03", "2031-04-03") in spans or ("2031-04-03", "2031-04-04") in spans
