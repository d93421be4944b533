"""A journey told in one sentence ("leaves today, Tuesday 9 June, and returns on Friday 12 June") is one event: the
day it sets out and the day it comes back are its ends, not two more events beside it (issue #10: one event, however
many times it is announced)."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _days(body: str) -> list[tuple[dt.date, dt.date]]:
    text = f"Mayor's trip to the sister city\n\nSource: test\n\nHarbourton, June 9, 2026 - {body}\n"
    events = extract(text, source="test", reference=dt.date(2026, 6, 9)).events
    return sorted((e.start, e.end) for e in events if not isinstance(e.start, dt.datetime))


def test_the_sentence_gives_one_journey_and_no_lone_days() -> None:
    body = "The mayor leaves the city today, Tuesday, June 9, in the afternoon, and returns on Friday, June 12."
    assert _days(body) == [(dt.date(2026, 6, 9), dt.date(2026, 6, 13))]


def test_a_romance_sentence_too() -> None:
    body = ("La alcaldesa sale de la ciudad hoy, martes, 9 de junio, por la tarde, y regresa en la noche del viernes "
            "12 de junio.")
    assert _days(body) == [(dt.date(2026, 6, 9), dt.date(2026, 6, 13))]


def test_a_day_told_in_another_sentence_stays() -> None:
    body = ("The mayor leaves the city on Tuesday, June 9, and returns on Friday, June 12. The harbour festival she "
            "opens is held on Wednesday, June 10.")
    assert (dt.date(2026, 6, 10), dt.date(2026, 6, 11)) in _days(body)
