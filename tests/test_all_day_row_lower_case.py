"""A diary row said to fill its day, whose own words open in lower case after the colon ("Toute la journée :
déplacement dans l'Aisne", "Todo el día: visita a las obras del puerto"): the row is the day's engagement, as "Journée :
Déplacement à Bruxelles" already was (world-hundredfortyfifth 1: a French minister's Friday, "Vendredi 01 octobre /
Toute la journée : déplacement dans l'Aisne", lost). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 9, 1)


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE,
                                                         default_zone="Europe/Paris").events
                  if not isinstance(e.start, dt.datetime))


def test_french_all_day_row_in_lower_case() -> None:
    text = ("Agenda de la ministre\n\nSource: Ministère\n\nMis en ligne le 6 octobre 2031\n\n"
            "Jeudi 9 octobre\nConseil des ministres\n\n"
            "Vendredi 10 octobre\nToute la journée : déplacement dans la Marne, visite de deux lycées\n")
    assert "2031-10-10" in _days(text)


def test_spanish_all_day_row_in_lower_case() -> None:
    text = ("Agenda del alcalde\n\nSource: Ayuntamiento\n\nPublicado el 6 de octubre de 2031\n\n"
            "Jueves 9 de octubre\nPleno municipal\n\n"
            "Viernes 10 de octubre\nTodo el día: visita a las obras del puerto\n")
    assert "2031-10-10" in _days(text)
