"""The Central American clock named in Spanish after a time, "9:00 a.m. Centroamérica", "10:30 hora de
Centroamérica", "a las 15:00 (hora de Centro América)" (issue #10, "Zones": the isthmus's regional banks, courts and
secretariats label their events by the one clock of Guatemala to Costa Rica, six hours behind UTC all year). Seen in
world-hundredtwentieth (a development bank's card "Hora: 9:00 a.m. Centroamérica" was read in the default zone, two
hours ahead of UTC, instead of six behind); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for e in
                  extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime))


def test_bare_region_after_a_card_time() -> None:
    text = ("Foro regional de vivienda\n\nSource: Banco regional\n\n02/03/2026\n\n"
            "Fecha: 12 de marzo de 2026\n\nHora: 10:00 a.m. Centroamérica\n\n"
            "Lugar: el foro será virtual.\n")
    assert _utc(text) == ["2026-03-12 16:00"]


def test_hora_de_centroamerica() -> None:
    text = ("Lanzamiento del informe anual\n\nSource: Secretaría regional\n\nPublicado el 3 de febrero de 2026\n\n"
            "El informe se presentará el jueves 19 de febrero de 2026 a las 8:30 horas, hora de Centroamérica, "
            "en una conferencia de prensa virtual.\n")
    assert _utc(text) == ["2026-02-19 14:30"]


def test_two_words_in_brackets() -> None:
    text = ("Audiencia pública\n\nSource: Tribunal regional\n\nPublicado el 3 de febrero de 2026\n\n"
            "La audiencia pública se celebrará el martes 24 de febrero de 2026 a las 15:00 (hora de Centro América) "
            "en la sede del tribunal.\n")
    assert _utc(text) == ["2026-02-24 21:00"]


def test_mexico_centre_clock_unchanged() -> None:
    text = ("Conferencia de prensa\n\nSource: Oficina regional\n\nPublicado el 3 de febrero de 2026\n\n"
            "La conferencia será el martes 24 de febrero de 2026 a las 11:00 horas, hora del centro de México.\n")
    assert _utc(text) == ["2026-02-24 17:00"]
