"""A Polish stenogram, a Spanish-language acta and a Romanian stenogram record a sitting's opening, break and close at
their minutes ("(Początek posiedzenia o godzinie 10 minut 04)", "Se inició la sesión a las 11:07 horas", "Ședința
a început la ora 9.40"): the course of a sitting held, not events of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_POLISH = ("Zapis stenograficzny z 12. posiedzenia Komisji Zdrowia w dniu 4 marca 2031 r.\n\n"
           "Porządek obrad:\n1. Rozpatrzenie ustawy o aptekach.\n\n"
           "(Początek posiedzenia o godzinie 10 minut 04)\n\n"
           "(Posiedzeniu przewodniczy przewodnicząca Anna Nowak)\n\n"
           "Przewodnicząca Anna Nowak:\nOtwieram posiedzenie komisji.\n\n"
           "(Przerwa w obradach od godziny 11 minut 15 do godziny 11 minut 40)\n\n"
           "(Koniec posiedzenia o godzinie 13 minut 22)")
_SPANISH = ("Acta de la sesión ordinaria N° 41 de la Comisión de Salud, celebrada el martes 4 de marzo de 2031.\n\n"
            "Se inició la sesión a las 11:07 horas. Preside la diputada Ana Rojas.\n\n"
            "Se suspendió la sesión a las 12:20 horas y se reanudó a las 12:35 horas.\n\n"
            "Se levantó la sesión a las 13:22 horas.")
_ROMANIAN = ("Stenograma ședinței Senatului din 4 martie 2031\n\n"
             "Ședința a început la ora 9.40.\n\nLucrările au fost conduse de domnul senator Ion Pop.\n\n"
             "Ședința s-a încheiat la ora 13.22.")


@pytest.mark.parametrize(("body", "zone", "org"), [(_POLISH, "Europe/Warsaw", "Senat in Warszawa"),
                                                   (_SPANISH, "America/Santiago", "Cámara in Valparaíso"),
                                                   (_ROMANIAN, "Europe/Bucharest", "Senatul in București")])
def test_the_course_of_a_sitting_held_gives_no_timed_events(body: str, zone: str, org: str) -> None:
    article = Article(source="t", title="Record of the sitting", body=body, url="", published=None, org=org)
    events = extract_articles([article], reference=dt.date(2031, 3, 10), default_zone=zone).events
    timed = [(e.start, e.summary) for e in events if isinstance(e.start, dt.datetime)]
    assert timed == []


def test_an_announced_sitting_keeps_its_time() -> None:
    body = "Komisja Zdrowia zbierze się w czwartek 6 marca 2031 r. o godz. 10.00 w sali nr 217."
    article = Article(source="t", title="Posiedzenie komisji", body=body, url="", published=None,
                      org="Senat in Warszawa")
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="Europe/Warsaw").events
    assert [e.start.hour for e in events if isinstance(e.start, dt.datetime)] == [10]


@pytest.mark.parametrize(("body", "zone", "org"), [(_POLISH, "Europe/Warsaw", "Senat in Warszawa"),
                                                   (_SPANISH, "America/Santiago", "Cámara in Valparaíso"),
                                                   (_ROMANIAN, "Europe/Bucharest", "Senatul in București")])
def test_the_day_in_a_records_heading_is_the_sitting_held(body: str, zone: str, org: str) -> None:
    article = Article(source="t", title="Record of the sitting", body=body, url="", published=None, org=org)
    events = extract_articles([article], reference=dt.date(2031, 3, 10), default_zone=zone).events
    assert [(e.start, e.summary) for e in events] == []


def test_a_records_heading_leaves_the_next_sitting_announced() -> None:
    body = ("Acta de la sesión ordinaria N° 41 de la Comisión de Salud, celebrada el martes 4 de marzo de 2031.\n\n"
            "Se levantó la sesión a las 13:22 horas.\n\n"
            "La comisión sesionará nuevamente el martes 11 de marzo de 2031 a las 10:00 horas.")
    article = Article(source="t", title="Acta", body=body, url="", published=None, org="Cámara in Valparaíso")
    events = extract_articles([article], reference=dt.date(2031, 3, 5), default_zone="America/Santiago").events
    assert [(e.start.day, e.start.hour) for e in events if isinstance(e.start, dt.datetime)] == [(11, 10)]
