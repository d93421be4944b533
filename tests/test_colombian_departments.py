"""The departments of Colombia as a zone's place: "Contraloría de Cundinamarca", "Gobernación de Antioquia".

A body of a Colombian department names the department, not a town: "la Contraloría de Cundinamarca realizará su
audiencia ... desde las 9 de la mañana" is on Bogotá's clock (Colombia keeps one, UTC-5, no summer time), as a
careful reader knows; the gazetteer has the country's towns but not its departments, so the time was read on the
calendar's clock. Only the departments whose names no other place or word shares are read ("Santander", a bank and
a Spanish town, "Bolívar", "Córdoba", "Magdalena", "Amazonas", are left out).

Seen in world-hundredfortyseventh (item 13, the Contraloría de Cundinamarca). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 3, 1)


def _starts(body: str) -> list[str]:
    text = f"Aviso\n\nSource: Entidad\n\n{body}\n"
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("body", "utc"), [
    ("La Contraloría de Cundinamarca hará su rendición de cuentas el jueves 13 de marzo de 2031 a las 9:00 a. m.",
     "2031-03-13 14:00"),
    ("La Gobernación de Antioquia presentará el informe el 20 de marzo de 2031 a las 10:00 a. m. en la sede central.",
     "2031-03-20 15:00"),
    ("La Asamblea de Boyacá sesionará el 25 de marzo de 2031 a las 3:00 p. m.", "2031-03-25 20:00"),
])
def test_a_department_names_colombia_s_clock(body: str, utc: str) -> None:
    assert _starts(body) == [utc]


def test_a_name_shared_abroad_is_left_to_its_town() -> None:
    # "Santander" is a bank as well; the town named is Madrid's
    assert _starts("El Banco Santander presentará sus resultados en Madrid el 20 de marzo de 2031 a las 10:00.") \
        == ["2031-03-20 09:00"]
