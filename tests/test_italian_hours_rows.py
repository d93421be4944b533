"""Rows of an Italian agenda that open with the word for hours and their clock, "ore 9: Giunta", "ore 21. Assemblea",
"ore 8.30 riunione", one a line under a day heading (issue #10, "Layout"): each row is an event of its own at its
clock, as rows opening with a bare "9:00" are. Seen in world-hundredeleventh (a mayor's week: the lower-case "ore"
lines were read as prose wrapped over several lines, and only each day's first row was published); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2019, 3, 8)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_each_hours_row_under_its_day_is_an_event() -> None:
    text = ("Gli impegni dell'assessora Rossi\n\nSource: Comune di Esempio\n\nComunicato, marzo 2019\n\n"
            "Ecco gli impegni pubblici dell'assessora questa settimana.\n"
            "Lunedì 11 marzo:\nore 10: riunione con i dirigenti scolastici\n"
            "ore 18: consiglio di quartiere a San Paolo\n"
            "Martedì 12 marzo:\nore 9.30 visita al cantiere della nuova biblioteca\n"
            "ore 21. Incontro con le associazioni sportive\n")
    assert _starts(text) == ["2019-03-11 10:00", "2019-03-11 18:00", "2019-03-12 09:30", "2019-03-12 21:00"]


def test_a_row_of_hours_from_to() -> None:
    text = ("Agenda del presidente\n\nSource: Provincia di Esempio\n\nComunicato, marzo 2019\n\n"
            "Gli appuntamenti pubblici del presidente.\n"
            "Giovedì 14 marzo:\nore 7.45: colazione con gli artigiani\n"
            "ore 9-13.30: a Milano, assemblea regionale delle province;\n"
            "ore 20.30 serata con i volontari della protezione civile\n")
    assert _starts(text) == ["2019-03-14 07:45", "2019-03-14 09:00", "2019-03-14 20:30"]
