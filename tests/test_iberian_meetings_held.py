"""A body's meeting told in the Spanish or Portuguese past ("La Junta se reunió en Lima el 3 de marzo", "Reunida en
sesión extraordinaria el 12 de mayo, la Asamblea aprobó", "A Assembleia reuniu-se em Brasília no dia 3 de março") is
no event; the future ("se reunirá el") is. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE


def _days(body: str) -> list[str]:
    events = extract(f"Noticia\n\nSource: Fondo de Ejemplos\n\n{body}\n", source="words", reference=REFERENCE).events
    return [f"{e.start}" for e in events]


@pytest.mark.parametrize("body", [
    "La Junta se reunió en Lima el 3 de marzo de 2031 y aprobó el presupuesto.",
    "Reunida en sesión extraordinaria el 12 de mayo de 2031, la Asamblea de Representantes aprobó un nuevo mecanismo.",
    "A Assembleia reuniu-se em Brasília no dia 3 de março de 2031 e aprovou o orçamento.",
])
def test_a_meeting_told_in_the_past(body: str) -> None:
    assert _days(body) == []


def test_a_meeting_to_come() -> None:
    assert _days("La Junta se reunirá en Lima el 3 de marzo de 2031.") == ["2031-03-03"]
