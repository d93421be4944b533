"""A capital after a small Spanish, French or Italian article ("la Mesa se reunirá", "la Victoria") is a noun of
that language, not an English-speaking land's town of that one-word name (Mesa, Arizona; Victoria, British
Columbia). A parliament's notice in Spanish put its sitting on Phoenix's clock. "la Ciudad de México" stays the
town. Items in our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE


def _zones(dateline: str, body: str) -> list[str]:
    text = f"Sesión de la junta\n\nSource: Una cámara legislativa\n\n{dateline}\n\n{body}\n"
    return [str(e.timezone) for e in extract(text, source="notice", reference=REFERENCE).events if not e.all_day]


def test_la_mesa_is_the_board_not_a_town_in_arizona() -> None:
    assert _zones("Montevideo, 27 de febrero de 2027",
                  "La Secretaría informa que la Mesa se reunirá el martes 2 de marzo a las 10:00 horas.") \
        == ["America/Montevideo"]


def test_la_victoria_is_a_win_not_a_town_in_canada() -> None:
    assert _zones("Santiago, 3 de marzo de 2027",
                  "El club celebrará la Victoria con un acto el sábado 6 de marzo a las 18:00 horas en el estadio.") \
        == ["America/Santiago"]


def test_la_ciudad_de_mexico_stays_the_town() -> None:
    assert _zones("Comunicado, 3 de marzo de 2027",
                  "La comisión sesionará en la Ciudad de México el jueves 11 de marzo a las 11:00 horas.") \
        == ["America/Mexico_City"]
