"""The day an event was set for, in a Spanish, Portuguese or French sentence that moves it to another day ("que el
calendario fijaba para el miércoles 27 de agosto, se recorre al viernes 29", "marcada para o dia 5 de junho, foi
adiada para o dia 12", "prévue le mardi 4 mai, est reportée au jeudi 6 mai"), is set aside: only the new day is an
event, as "scheduled for 10 February has been moved to 12 February" already is. Seen in a central bank's report moved
two days on (world-hundredtwentysecond, session 46). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(title: str, org: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: {org}\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=dt.date(2025, 5, 1)).events)


@pytest.mark.parametrize(("body", "new"), [
    ("Publicado el 2 de mayo de 2025\n\nLa audiencia pública, que el tribunal fijaba para el martes 13 de mayo, se "
     "recorre al jueves 15 de mayo por falta de sala.", "2025-05-15"),
    ("Publicado el 2 de mayo de 2025\n\nLa sesión del consejo, prevista para el 13 de mayo, se pospone al 20 de mayo "
     "a petición de los consejeros.", "2025-05-20"),
])
def test_spanish(body: str, new: str) -> None:
    assert _days("Cambio de fecha", "Tribunal Electoral", body) == [new]


def test_portuguese() -> None:
    body = ("Publicado em 2 de maio de 2025\n\nA sessão plenária, marcada para o dia 5 de junho, foi adiada para o "
            "dia 12 de junho, a pedido do relator.")
    assert _days("Nova data da sessão", "Tribunal de Contas", body) == ["2025-06-12"]


def test_french() -> None:
    body = ("Publié le 2 mai 2025\n\nL'audience publique, prévue le mardi 13 mai, est reportée au jeudi 15 mai en "
            "raison d'une grève.")
    assert _days("Report d'audience", "Cour administrative", body) == ["2025-05-15"]


def test_a_day_not_moved_stays() -> None:
    body = "Publicado el 2 de mayo de 2025\n\nLa audiencia, prevista para el 13 de mayo, se celebrará en la sala 2."
    assert _days("Audiencia", "Tribunal Electoral", body) == ["2025-05-13"]
