"""The states of Mexico that keep a clock other than Mexico City's, named by their bodies ("Congreso del Estado de
Sonora", "Gobierno de Quintana Roo") with no town (issue #10, "Zone": times with no label are the place's): Sonora
keeps UTC-7 all year, Sinaloa and Baja California Sur UTC-7, Baja California the Pacific clock, Quintana Roo UTC-5.
Seen in world-eightyseventh (Sonora's Congress called to an extraordinary sitting "a las 11:00 horas" was read on the
calendar's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "expected"), [
    ("El Congreso del Estado de Sonora celebrará sesión el jueves 12 de junio de 2025 a las 10:00 horas.",
     "2025-06-12 17:00"),  # Hermosillo, UTC-7 in summer too
    ("El Congreso del Estado de Sinaloa celebrará sesión el jueves 15 de enero de 2026 a las 10:00 horas.",
     "2026-01-15 17:00"),  # Culiacán, UTC-7
    ("El Gobierno de Quintana Roo presentará su informe el jueves 15 de enero de 2026 a las 10:00 horas.",
     "2026-01-15 15:00"),  # Chetumal, UTC-5 all year
    ("El Congreso de Baja California celebrará sesión el jueves 15 de enero de 2026 a las 10:00 horas.",
     "2026-01-15 18:00"),  # Mexicali, the Pacific clock
])
def test_state_clock(body: str, expected: str) -> None:
    text = f"Sesión\n\nSource: Prensa estatal\n\n{body}\n"
    assert _utc(text) == [expected]
