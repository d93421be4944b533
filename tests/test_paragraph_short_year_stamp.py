"""A release stamped by its first paragraph's opening date, "28.04.25. El pleno ..." (issue #10, "Years"): day,
month and a two-digit year, each of two figures and closed by a stop, as Latin American press offices write it.
The yearless days below it ("el próximo 12 de mayo") take its year; elsewhere such numbers stay unread (a version,
a score). Seen in world-sixtyfifth (the Congress of Mexico City, whose five days of hearings fell a year late);
the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _days(text: str) -> list[dt.date]:
    return [e.start.date() if isinstance(e.start, dt.datetime) else e.start
            for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_city_congress_release() -> None:
    text = ("Cabildo sesionará en el Palacio Municipal\n\nSource: Ayuntamiento de Puebla\n\n"
            "15.03.24. El Cabildo de Puebla celebrará su sesión ordinaria el próximo 21 de marzo a las 10 horas "
            "en el Salón de Cabildo del Palacio Municipal.\n")
    assert _days(text) == [dt.date(2024, 3, 21)]


def test_a_provincial_legislature() -> None:
    text = ("La Legislatura recibe al ministro de Salud\n\nSource: Legislatura de Mendoza\n\n"
            "03.10.23. La comisión de Salud de la Legislatura de Mendoza recibirá al ministro el 12 de octubre a "
            "las 11 horas en el Salón Azul.\n")
    assert _days(text) == [dt.date(2023, 10, 12)]


def test_a_version_number_is_no_stamp() -> None:
    text = ("Nueva versión del portal\n\nSource: Municipalidad de Lima\n\nEl portal se actualiza a la versión "
            "12.04.25. La presentación será el 20 de mayo de 2026 a las 11 horas en el Palacio Municipal de Lima.\n")
    assert _days(text) == [dt.date(2026, 5, 20)]
