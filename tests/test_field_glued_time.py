"""A field's name glued to its time, "Time:10:00-11:00", "Hora:18:30" (issue #10, "Layout": field lists): the time is
read as it is after "Time: 10:00"; a colon between digits is still a clock's own ("10:00:00"). Seen in
world-eightyeighth (a mission's invitation to a press conference, "Date:Wednesday 15 May 2019" over
"Time:10:00-11:00"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    """Each event's start: "YYYY-MM-DD HH:MM", or the day alone."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        out.append(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}")
    return sorted(out)


def _advisory(date_line: str, time_line: str) -> str:
    return ("Media advisory: the harbour authority presents its annual report\n\nSource: Harbour Authority\n\n"
            "The chair will present the report to journalists.\n\nPlace: Harbour House, Room 2\n\n"
            f"{date_line}\n\n{time_line}\n\nQuestions on other subjects are welcome.\n")


def test_time_glued_to_its_field_name() -> None:
    assert _starts(_advisory("Date:Tuesday 9 April 2024", "Time:14:30-15:30")) == ["2024-04-09 14:30"]


def test_single_time_glued_to_its_field_name() -> None:
    assert _starts(_advisory("Date: Tuesday 9 April 2024", "Time:09:15")) == ["2024-04-09 09:15"]


def test_spanish_field_glued() -> None:
    text = ("Convocatoria: presentación del informe anual\n\nSource: Autoridad Portuaria\n\n"
            "Fecha: jueves 11 de abril de 2024\nHora:18:30\nLugar: Casa del Puerto\n")
    assert _starts(text) == ["2024-04-11 18:30"]


def test_seconds_of_a_clock_are_not_a_time() -> None:
    text = ("Media advisory: the harbour authority presents its annual report\n\nSource: Harbour Authority\n\n"
            "On Tuesday 9 April 2024 the chair presents the report. Recorded at 10:00:00 by the duty desk.\n")
    assert "2024-04-09 00:00" not in _starts(text)


def test_only_a_when_fields_name_glues_its_time() -> None:
    # (review: "Ref:12:45/2026", "Romans:8:28" and "scale:1:25 000" are a reference, a verse and a ratio)
    from parsers.dates import find_mentions

    for text in ("application Ref:12:45/2026 on file", "a reading from Romans:8:28.", "a map at scale:1:25 000"):
        assert not [m for m in find_mentions(text) if m.kind == "time"], text
