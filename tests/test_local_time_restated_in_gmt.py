"""A time said to be local, then restated in brackets on the world's clock: "a las 10.00 hora local (15.00 GMT)",
"à 9 h, heure locale (7 h GMT)", "at 10.00 local time (15.00 GMT)" (issue #10, "Zone"). "Local" names no clock; the
bracket's offset from GMT does, whatever place the item seems to be in: the moment is the bracket's, and the local
day stays (a bracket over midnight, "22.00 hora local (03.00 GMT del jueves)", is the evening before in local time).
Seen in world-eightyfourth (a Colombian radio's report of a visit to Bogotá, whose "hora local" meeting went on the
clock of a town named like the host president); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)
_UTC = dt.UTC


def _instants(body: str, org: str = "Radio del Sur (Chile)") -> list[dt.datetime]:
    text = f"Visita oficial\n\nSource: {org}\n\n{body}\n"
    return [e.start.astimezone(_UTC) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_spanish_local_hour_restated() -> None:
    found = _instants("El martes 10 de marzo de 2026 el canciller Pereira se reunirá con su colega en Quito hacia "
                      "las 11.30 hora local (16.30 GMT).")
    assert found == [dt.datetime(2026, 3, 10, 16, 30, tzinfo=_UTC)]


def test_the_bracket_outweighs_a_wrong_place() -> None:
    # "Santos" is a person here, and a Brazilian town too: the bracket, not the town, gives the clock.
    found = _instants("El miércoles 11 de marzo de 2026, hacia las 09.00 hora local (14.00 GMT), el presidente "
                      "Santos recibirá a la delegación.")
    assert found == [dt.datetime(2026, 3, 11, 14, 0, tzinfo=_UTC)]


def test_over_midnight_the_local_day_stays() -> None:
    found = _instants("El avión aterrizará el miércoles 11 de marzo de 2026 a las 21.00 hora local (02.00 GMT del "
                      "jueves) en el aeropuerto de Lima.")
    assert found == [dt.datetime(2026, 3, 12, 2, 0, tzinfo=_UTC)]


def test_french_heure_locale() -> None:
    found = _instants("La ministre arrivera le jeudi 12 mars 2026 à 9 h 30, heure locale (8 h 30 GMT), au port.",
                      org="Agence de presse du Golfe (Tunisie)")
    assert found == [dt.datetime(2026, 3, 12, 8, 30, tzinfo=_UTC)]
