"""A line that names the week its weekday rows fill after a few words of whose they are ("The Speaker's programme for
the week beginning Monday, 14th August 2023:" over "Monday: ...", "Tuesday: ...") dates the rows, as "Week of ..." at
the head of its line does (issue #10, "Layout": day headings). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(text: str) -> list[str]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))


_ROWS = ("Monday:      Sitting of the House, 2:30pm, Chamber\n"
         "Wednesday:   Meeting with the Inter-Parliamentary Union delegation, 11:00am, Committee Room 2\n")


def test_a_lead_before_the_week() -> None:
    text = ("Engagements\n\nSource: National Assembly of Malawi\n\nThe Speaker's programme for the week beginning"
            " Monday, 6th March 2023:\n\n" + _ROWS)
    assert _starts(text) == ["2023-03-06 14:30", "2023-03-08 11:00"]


def test_schedule_for_the_week_of() -> None:
    text = ("Engagements\n\nSource: National Assembly of Malawi\n\nSchedule for the week of 6 March 2023\n\n" + _ROWS)
    assert _starts(text) == ["2023-03-06 14:30", "2023-03-08 11:00"]
