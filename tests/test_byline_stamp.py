"""A date atop a note followed by its writer's name ("12 Aug 2019 • Marion Loddo", "3 May 2026 | By Jane Doe") is the
note's stamp, a byline, not an event on that day (issue #10, "Not events": publication dates). It had been published
as an event named after the writer, and the note had no date to count its weekdays from. A date followed by what is
held on it ("3 May 2026 • Opening Ceremony") stays an event. Seen in world-eightysecond (a Geneva week-ahead note); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 6, 1)


def _events(text: str) -> list[tuple[dt.date, str]]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        day = e.start.date() if isinstance(e.start, dt.datetime) else e.start
        out.append((day, e.summary))
    return sorted(out)


def test_a_byline_after_a_bullet_is_the_stamp() -> None:
    text = ("What the harbour board does next\n\nSource: Harbour Watch\n\n4 May 2026 • Aoife Brennan\n\n"
            "The harbour board meets on Thursday to vote on the new pier.\n")
    assert [day for day, _ in _events(text)] == [dt.date(2026, 5, 7)]


def test_a_byline_with_by_after_a_bar() -> None:
    text = ("What the harbour board does next\n\nSource: Harbour Watch\n\n4 May 2026 | By Aoife Brennan\n\n"
            "The harbour board meets on Thursday to vote on the new pier.\n")
    assert [day for day, _ in _events(text)] == [dt.date(2026, 5, 7)]


def test_a_date_with_what_is_held_stays_an_event() -> None:
    text = ("Festival programme\n\nSource: Harbour Watch\n\n9 May 2026 • Opening Ceremony\n\n"
            "Boats parade past the old pier, and the mayor speaks.\n")
    assert dt.date(2026, 5, 9) in [day for day, _ in _events(text)]
