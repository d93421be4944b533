"""A government's day agenda by office: "09.00 MINISTERIO DE CULTURA" on one line, what the office does on the
next (issue #10, "Layout"). The words in capitals after the time name whose entry it is, not what happens; the
sentence under them says what. Seen in world-seventyninth (a provincial government's agenda, whose rows were
published as the ministries' names alone); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _events(text: str) -> list[tuple[int, str]]:
    return [(e.start.hour, e.summary) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_the_line_under_an_office_says_what_happens() -> None:
    text = ("Agenda del día\n\nSource: Gobierno de la Provincia de San Juan\n\nMARTES 14 DE MAYO DE 2019\n\n"
            "11.00 SECRETARÍA DE AMBIENTE\nLa secretaria plantará cien árboles nativos en el parque de Rivadavia.\n\n"
            "16.30 MINISTERIO DE EDUCACIÓN\nEntrega de netbooks a estudiantes de la escuela Sarmiento, en Chimbas.\n")
    events = _events(text)
    assert [hour for hour, _ in events] == [11, 16]
    assert "árboles nativos" in events[0][1]
    assert "netbooks" in events[1][1]


def test_an_english_agenda_by_department() -> None:
    text = ("Government diary\n\nSource: Government of the Province of Nowhere\n\nThursday 3 October 2024\n\n"
            "14:00 DEPARTMENT OF HEALTH\nThe minister opens a rural clinic at Millbrook.\n")
    events = _events(text)
    assert [hour for hour, _ in events] == [14]
    assert "rural clinic" in events[0][1]


def test_a_row_in_capitals_followed_by_another_row_keeps_its_name() -> None:
    """"10:00 OPENING CEREMONY" with the next row under it: the capitals are what happens, as before."""
    text = ("Programme\n\nSource: Government of the Province of Nowhere\n\nFriday 4 October 2024\n\n"
            "10:00 OPENING CEREMONY\n11:30 Visit to the harbour works\n")
    events = _events(text)
    assert [hour for hour, _ in events] == [10, 11]
    assert "OPENING CEREMONY" in events[0][1].upper()
