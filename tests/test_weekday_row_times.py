"""A row of one weekday under the week it belongs to, its time after what happens: "Tuesday: Committee on Finance,
10:00, Room 3" under "Week of 4 March 2019". The time is the row's (it was an all-day event) and leaves the title.
(Found by probes of the held-out kind "unread".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(rows: str) -> list[tuple[str, str]]:
    text = f"Weekly schedule\n\nSource: Example Parliament\n\nWeek of 4 March 2019\n\n{rows}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted((str(e.start), e.summary) for e in events)


@pytest.mark.parametrize("rows", [
    "Tuesday: Committee on Finance, 10:00, Room 3\nThursday: Plenary, 14:30, Chamber",
    "Tuesday – Committee on Finance, 10:00, Room 3\nThursday – Plenary, 14:30, Chamber",
    "Tuesday: Committee on Finance, 10:00, Room 3\n\nThursday: Plenary, 14:30, Chamber",
])
def test_a_weekday_row_keeps_its_later_time(rows: str) -> None:
    events = _events(rows)
    assert [start for start, _ in events] == ["2019-03-05 10:00:00+01:00", "2019-03-07 14:30:00+01:00"]
    assert [summary for _, summary in events] == ["Committee on Finance, Room 3", "Plenary, Chamber"]


def test_a_row_of_weekdays_open_each_week_is_no_event() -> None:
    """"Monday - Friday: office open, 9:00 - 17:00" is every week's opening hours: no event (it was one on the
    week's first day)."""
    assert [start for start, _ in _events("Monday - Friday: Visitor office open, 9:00 - 17:00\n"
                                          "Tuesday: Committee on Finance, 10:00, Room 3")] \
        == ["2019-03-05 10:00:00+01:00"]


def test_a_row_with_an_aside_keeps_its_words_whole() -> None:
    """(found by review) "Saturday 8 March (Nairobi): Visit ..., 10:00, Main Gate": the aside moved to the row's end
    leaves its words no suffix of the line; nothing is cut out of them."""
    text = ("Programme\n\nSource: Example Office\n\nPublished 2 March 2031\n\n"
            "Saturday 8 March (Nairobi): Visit to the new water works, 10:00, Main Gate\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    assert [str(e.start) for e in events] == ["2031-03-08 10:00:00+03:00"]
    assert "Main Gate" in events[0].summary
