"""Cards that give their time first ("Hora: 10:00 a.m." / "Actividad: Recorrido ..." / "Hora: 3:00 p.m." / "Actividad:
Entrega ..."): each "Actividad:" line names the event of the "Hora:" line over it, not the next card's. At the base of
session 48 the Spanish cards were read so; with "Actividad" among the "What:" labels the second card took the first
card's name. Texts in our own words (reviewer, session 48); the English cards are ours. Read by cardnames'
`_cards_open_with_their_time`: a run of cards that opens with its time names each time by the line under it."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_time_first_cards_keep_their_own_names() -> None:
    text = ("Agenda del Presidente\n\nSource: Casa Presidencial\n\n"
            "Agenda del Mandatario para el martes 3 de marzo de 2026.\n\n"
            "Hora: 10:00 a.m.\nActividad: Recorrido por la zona del sismo\n"
            "Hora: 3:00 p.m.\nActividad: Entrega de becas a estudiantes\n")
    events = extract(text, source="t", reference=dt.date(2026, 1, 10)).events
    named = sorted((f"{e.start:%H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime))
    assert [when for when, _ in named] == ["10:00", "15:00"]
    assert "sismo" in named[0][1]
    assert "becas" in named[1][1]


def test_english_time_first_cards_keep_their_own_names() -> None:
    text = ("Mayor's schedule\n\nSource: City Hall\n\nThe mayor's schedule for Tuesday, March 3, 2026.\n\n"
            "Time: 10:00 a.m.\nWhat: Tour of the flooded district\nTime: 3:00 p.m.\nWhat: Scholarship awards\n"
            "Time: 6:00 p.m.\nWhat: Dinner with the council\n")
    events = extract(text, source="t", reference=dt.date(2026, 1, 10)).events
    named = sorted((f"{e.start:%H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime))
    assert [when for when, _ in named] == ["10:00", "15:00", "18:00"]
    assert ["flooded" in named[0][1], "Scholarship" in named[1][1], "Dinner" in named[2][1]] == [True, True, True]
