"""A day an event was set for, with a word pointing at it ("set for this Tuesday, 4 March") or the length of the move
between the verb and the new day ("has been moved one day later, to", "was postponed by a week to") (issue #10,
"Not events": "a date replaced by another ... only the new date is the event"). Seen in world-sixtyseventh (a
human-rights commission's hearings moved for a hurricane, whose given-up Tuesday was published beside the new
Wednesday); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _days(body: str) -> list[dt.date]:
    text = f"Schedule change\n\nSource: Regional Water Tribunal\n\nPublished March 1, 2025\n\n{body}\n"
    return [e.start if not isinstance(e.start, dt.datetime) else e.start.date()
            for e in extract(text, source="test", reference=_REFERENCE).events]


def test_set_for_this_weekday_then_moved_one_day_later() -> None:
    body = ("The public hearing on the dam permits, set for this Tuesday, March 4, 2025, has been moved one day "
            "later, to Wednesday, March 5.")
    assert _days(body) == [dt.date(2025, 3, 5)]


def test_scheduled_for_next_weekday_then_postponed_by_a_week() -> None:
    body = ("The board meeting, scheduled for next Thursday, March 6, 2025, has been moved a week later, to "
            "Thursday, March 13.")
    assert _days(body) == [dt.date(2025, 3, 13)]


def test_a_day_not_set_aside_stays() -> None:
    body = "The tribunal sits on Tuesday, March 4, 2025 and on Wednesday, March 5."
    assert sorted(_days(body)) == [dt.date(2025, 3, 4), dt.date(2025, 3, 5)]
