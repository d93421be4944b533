"""Cards whose first field names the event in Spanish, Portuguese, French, Italian, German or Dutch ("Actividad: ..." /
"Hora: 2:00 p.m." / "Lugar: ..."), one card after another (issue #10, "Layouts": a press office's agenda for the next
day). The label names the card below it, not the card above. Seen in world-hundredthirtyfirst (a Costa Rican
presidency's two cards, both named after the release's heading); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _named(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in extract(text, source="test",
                                                                            reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_two_spanish_cards() -> None:
    text = ("Agenda del Presidente para mañana\n\nSource: Casa Presidencial\n\n"
            "Presidencia de la República – Oficina de Prensa\n\n"
            "Adjuntamos la agenda del Mandatario para el martes 3 de marzo de 2026, en San José.\n\n"
            "Actividad: Recorrido por la zona del sismo en Alajuela\n"
            "Hora: 10:00 a.m.\n"
            "Lugar: Acceso norte del puente\n\n"
            "Actividad: Entrega de 150 becas a estudiantes de secundaria\n"
            "Hora: 3:00 p.m.\n"
            "Lugar: Salón de actos, Casa Presidencial\n")
    named = _named(text)
    assert [when for when, _ in named] == ["2026-03-03 10:00", "2026-03-03 15:00"]
    assert "sismo" in named[0][1]
    assert "becas" in named[1][1]


def test_portuguese_card() -> None:
    text = ("Agenda do Presidente\n\nSource: Presidência\n\n"
            "Agenda do Presidente da República para quinta-feira, 5 de março de 2026, em Maputo.\n\n"
            "Atividade: Entrega de 40 tratores à cooperativa agrícola\n"
            "Hora: 09:00\n"
            "Local: Praça da Independência\n")
    named = _named(text)
    assert [when for when, _ in named] == ["2026-03-05 09:00"]
    assert "tratores" in named[0][1]
