"""A paper that comes out each day ("Daily bulletin no. 3", "daily journal") says nothing of how often its events are
held (issue #10, "Layout": schedules of a meeting). The word "daily" in such a title had repeated the one programme
row it carries on every day of the session named below it. A "Daily briefing" is still held each day. Seen in
world-eightysecond (a regional committee's daily journal); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 1)


def _starts(text: str) -> list[dt.datetime]:
    return sorted(e.start for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_a_daily_bulletin_is_no_daily_event() -> None:
    text = ("Fisheries Commission, tenth session: daily bulletin no. 1\n\nSource: Pacific Fisheries Forum\n\n"
            "Suva, 4–6 May 2026\n\nPlenary, Grand Pacific Hotel: opens at 09:30 with the Chair's address.\n")
    assert [(s.day, s.hour, s.minute) for s in _starts(text)] == [(4, 9, 30)]


def test_a_daily_journal_likewise() -> None:
    text = ("Daily Journal of the Assembly\n\nSource: Regional Seas Office\n\n"
            "Nairobi, 8–10 June 2026\n\nThe Assembly meets at 10:00 in Conference Room 2.\n")
    assert [(s.day, s.hour) for s in _starts(text)] == [(8, 10)]


def test_a_daily_briefing_is_held_each_day() -> None:
    text = ("Daily briefing on the floods\n\nSource: Valley Emergency Office\n\n"
            "Monday, 4 May 2026 - Wednesday, 6 May 2026\n\nWhen: 3:00 p.m., County Hall.\n")
    assert [s.day for s in _starts(text)] == [4, 5, 6]
