"""A reporter's own clock ("By 9.20 a.m., when this story was filed, ...", "sampai pukul 10.25 WIB, saat berita ini
ditulis", "hasta las 10:40, al cierre de esta edición") is when the report was written, not an event; the sitting's
announced time in the sentence before stays."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_ENGLISH = ("The council's budget sitting was set to open at 10 a.m. on Thursday, 13 March 2031. "
            "By 10.25 a.m., when this story was filed, the chamber was still half empty.")
_INDONESIAN = ("Rapat paripurna DPRD dijadwalkan Kamis (13/3/2031) pukul 10.00 WIB. "
               "Namun sampai pukul 10.25 WIB, saat berita ini ditulis, rapat belum juga dibuka.")
_SPANISH = ("La sesión del concejo estaba convocada para el jueves 13 de marzo de 2031 a las 10:00 horas. "
            "Hasta las 10:25 horas, al cierre de esta edición, no había quórum.")


@pytest.mark.parametrize(("body", "zone"), [(_ENGLISH, "Africa/Lagos"), (_INDONESIAN, "Asia/Jakarta"),
                                            (_SPANISH, "America/Lima")])
def test_the_clock_of_writing_is_no_event(body: str, zone: str) -> None:
    article = Article(source="t", title="Sitting delayed", body=body, url="", published=None, org="Council")
    events = extract_articles([article], reference=dt.date(2031, 3, 13), default_zone=zone).events
    clocks = sorted((e.start.hour, e.start.minute) for e in events if isinstance(e.start, dt.datetime))
    assert clocks == [(10, 0)]
