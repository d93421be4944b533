"""A courtesy call already paid ("the Ambassador ... called on the Minister this afternoon") is told in the past, on
the day of writing: no event (issue #10, "Not events"). Seen in world-ninetysecond (a foreign ministry's readouts of
calls); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    text = f"Press release\n\nSource: Ministry of Foreign Affairs\n\n12 March 2026\n\n{body}\n"
    return sorted(str(e.start)[:16] for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_call_paid_today_is_no_event() -> None:
    assert _starts("This afternoon the Ambassador of Chile, His Excellency Mr. Pablo Ruiz, called on the Minister "
                   "of Foreign Affairs.") == []


def test_a_meeting_called_on_a_day_is_not_a_call() -> None:
    # "called on Monday": a meeting called for a day, not a call paid; the session to come stays
    assert _starts("The extraordinary session called on Monday will open on Friday 13 March 2026 at 10:00.") \
        == ["2026-03-13 10:00"]
