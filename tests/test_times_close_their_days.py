"""A list of days and times whose first day has its time right after it ("13.10., 18 Uhr, 17.10., 21.10., 19.30 Uhr")
gives each time after the days it closes: a day right after a time is the next time's, not that one's, though a time
just before a day is otherwise the day's own ("at 9:30 on Thursday 9 October, followed by ..."). The second day took
the first time (pages-dev24 tagblatt.ch: a performance at 17:00 instead of 20:00). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

GERMAN = """Puppentheater im Kornspeicher

Source: Stadtanzeiger Musterstadt

Das Stück erzählt von einem Fuchs, der das Fliegen lernen will, und dauert eine Stunde.
Weitere Vorstellungen: 13.10.2032, 18 Uhr, 17.10.2032, 21.10.2032, 19.30 Uhr, Kornspeicher Musterstadt.
"""

ENGLISH = """Choir concerts in the old mill

Source: Valley Courier

The choir sings songs of the river towns, with a guest pianist from the conservatory.
Concerts: Friday, May 7, 2032, 6 p.m., Saturday, May 15, 2032, Saturday, May 22, 2032, 7:30 p.m., Old Mill Hall.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="paper", reference=dt.date(2032, 1, 10), default_zone="Europe/Vienna").events
    return sorted(e.start.strftime("%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime))


def test_a_german_list_gives_each_time_after_its_days() -> None:
    assert _starts(GERMAN) == ["10-13 18:00", "10-17 19:30", "10-21 19:30"]


def test_an_english_list_gives_each_time_after_its_days() -> None:
    assert _starts(ENGLISH) == ["05-07 18:00", "05-15 19:30", "05-22 19:30"]
