"""Argentine provinces whose names no other place or word shares, named by their bodies with no town ("Legislatura
de la Provincia de Tierra del Fuego", "Gobierno del Chubut"), tell Argentina's clock, UTC-3 (issue #10, "Zone").
Seen in world-hundredtenth (Tierra del Fuego's legislature called "a partir de las 10" was read on the calendar's
clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize("body", [
    "La Legislatura de la Provincia de Tierra del Fuego sesionará el jueves 12 de marzo de 2026 a partir de las 10.",
    "El Gobierno del Chubut presentará el plan el jueves 12 de marzo de 2026 a las 10:00 horas.",
    "La Legislatura de Jujuy sesionará el jueves 12 de marzo de 2026 a las 10:00 horas.",
])
def test_province_clock(body: str) -> None:
    text = f"Sesión\n\nSource: Prensa provincial\n\n{body}\n"
    starts = [e.start for e in extract(text, source="test", reference=dt.date(2026, 3, 1)).events
              if isinstance(e.start, dt.datetime)]
    assert [f"{s.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for s in starts] == ["2026-03-12 13:00"]
