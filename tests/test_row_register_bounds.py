"""A row of a schedule under a weekday heading whose clause gives a register's bounds after what happens: "Jueves 9"
/ "10:00 - Audiencia sobre ... – Registro: abre 20/09/2025, cierra 30/09/2025 a las 17:00" (issue #10, "Layouts":
a legislature's hearings schedule names, in each row, when the list of speakers opens and closes). The row's day is
its heading's; a day after "abre", "cierra", "apertura", "cierre", "opens", "closes" is a window's bound, not the
day the row's hour falls on. Seen in world-hundredeighteenth (a city legislature's public hearings were put on their
registers' opening days); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_hearing_row_keeps_its_heading_day() -> None:
    text = ("Audiencias de octubre 2025\n\nSource: Concejo Municipal\n\n"
            "Cronograma de octubre 2025\n\n"
            "Jueves 9\n"
            "10:00 - Audiencia sobre el nuevo código de tránsito - Expediente 55-D-2025 – Registro: abre "
            "20/09/2025, cierra 30/09/2025 a las 17:00.\n")
    assert "2025-10-09 10:00" in _starts(text)
    assert "2025-09-20 10:00" not in _starts(text)

