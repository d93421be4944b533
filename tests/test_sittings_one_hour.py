"""A court's or council's sentence that gives one hour to all the sittings it has just listed, in German, Spanish,
French, Portuguese or Italian ("Alle Termine beginnen um 09:30 Uhr", "Beginn ist an allen Tagen um 10 Uhr", "Todas las
audiencias inician a las 9:00"): each listed day starts at that hour, as "All hearings begin at 9am" does in English,
not only the day named last (world-hundredfortysixth 1: a Higher Regional Court's hearing days "am 20.03., 22.03. und
29.03. ... sowie am 19.04., 21.04. und 28.04.2023", five of six left as whole days). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _events(text: str, zone: str) -> list[str]:
    found = extract(text, source="test", reference=_REFERENCE, default_zone=zone).events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else f"{e.start:%Y-%m-%d} (day)" for e in found)


def test_german_beginning_on_all_days_of_two_lists() -> None:
    text = ("Terminhinweis\n\nSource: Landgericht\n\n"
            "In der Strafsache gegen Bernd K. verhandelt die Kammer am 4.11., 6.11. und 13.11. (jeweils Saal 12) sowie "
            "am 2.12. und 9.12.2031 (jeweils Saal 4). Beginn ist an allen Tagen um 10:00 Uhr.\n")
    assert _events(text, "Europe/Berlin") == ["2031-11-04 09:00", "2031-11-06 09:00", "2031-11-13 09:00",
                                              "2031-12-02 09:00", "2031-12-09 09:00"]


def test_german_beginning_on_all_days_across_summer_time() -> None:
    text = ("Terminhinweis\n\nSource: Oberlandesgericht\n\n"
            "Die Hauptverhandlung gegen Sven T. wird am 24.03. und 31.03.2031 im Saal 3 fortgesetzt. "
            "Beginn ist an allen Tagen um 9:00 Uhr.\n")
    assert _events(text, "Europe/Berlin") == ["2031-03-24 08:00", "2031-03-31 07:00"]


def test_spanish_all_hearings_start_at_one_hour() -> None:
    text = ("Aviso\n\nSource: Audiencia Provincial\n\n"
            "La sala celebrará las vistas del caso de la naviera el 3 y el 5 de junio de 2031 en el edificio de la "
            "calle Mayor. Todas las audiencias inician a las 9:30 horas.\n")
    assert _events(text, "Europe/Madrid") == ["2031-06-03 07:30", "2031-06-05 07:30"]


def test_italian_all_hearings_start_at_one_hour() -> None:
    text = ("Avviso\n\nSource: Tribunale\n\n"
            "Il tribunale esaminerà il caso il 12 e il 14 maggio 2031 nell'aula bunker. Tutte le udienze iniziano "
            "alle 9.30.\n")
    assert _events(text, "Europe/Rome") == ["2031-05-12 07:30", "2031-05-14 07:30"]


def test_doors_said_after_the_days_are_not_their_start() -> None:
    # ("Einlass": when the doors open, said of no listed sitting: the first day stays a whole day)
    text = ("Terminhinweis\n\nSource: Oberlandesgericht\n\n"
            "Die Hauptverhandlung gegen Sven T. wird am 24.03. und 31.03.2031 im Saal 3 fortgesetzt. "
            "Einlass ist um 9:00 Uhr.\n")
    assert "2031-03-24 (day)" in _events(text, "Europe/Berlin")
