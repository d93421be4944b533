"""The body's first line, a full date and a clock at a minute no one sets a meeting for, "Martes, 28 Septiembre 2021
11:18" (issue #10, "Dates": stamps): when the story was filed, even where the story below gives no clock of its own
(a meeting told the day before). Seen when world-hundredth's capital months were read, in world-ninetysecond's
Uruguayan release; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _timed(text: str) -> list[str]:
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_spanish_stamp_over_a_past_meeting_is_no_event() -> None:
    text = ("Reunión bilateral\n\nSource: Ministerio de Defensa\n\nJueves, 14 de octubre de 2021 09:47\n\n"
            "Este miércoles 13 de octubre el ministro mantuvo en Asunción una reunión con su par paraguayo.\n")
    assert _timed(text) == []


def test_english_stamp_over_a_past_meeting_is_no_event() -> None:
    text = ("Talks held\n\nSource: Ministry of Defence\n\nThursday, 14 October 2021 16:22\n\n"
            "On Wednesday 13 October the minister held talks with his counterpart.\n")
    assert _timed(text) == []


def test_a_round_minute_over_its_event_stays_the_event() -> None:
    text = ("Open day\n\nSource: Ministry of Defence\n\nSaturday, 16 October 2021 10:30\n\n"
            "The barracks open their gates to the public.\n")
    assert _timed(text) == ["2021-10-16 10:30"]
