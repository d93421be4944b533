"""An Argentine province named after "Provincia de" that the gazetteer knows as no place, "Provincia de Río Negro"
(issue #10, "Zones": a provincial body's name says the province, whose clock is Argentina's). Seen in
world-hundredfortyfirst (the Defensoría del Pueblo de la Provincia de Río Negro's tour rows fell on the reader's own
clock, "the text no place"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 1, 10)


def test_province_after_provincia_de() -> None:
    (mention,) = find_places("Legislatura de la Provincia de Río Negro")
    assert (mention.place.country, mention.place.zone) == ("AR", "America/Argentina/Salta")
    (mention,) = find_places("Gobierno de la provincia del Chaco")
    assert mention.place.country == "AR"


def test_a_longer_name_goes_on() -> None:
    assert all(m.place.country != "AR" for m in find_places("la provincia de Santa Cruz de Tenerife"))


def test_the_province_gives_the_clock_of_an_unplaced_row() -> None:
    text = ("Atención en el interior\n\nSource: Defensoría del Pueblo de la Provincia de Río Negro\n\n"
            "12 de marzo de 2026\n\nLa Defensoría atenderá consultas en parajes rurales.\n\n"
            "Martes 17 de marzo\n\nParaje Los Menucos Chico\nHorario: 9 a 12\nLugar: Escuela 120\n")
    timed = [e for e in extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]
    assert [f"{e.start:%Y-%m-%d %H:%M} {e.start.utcoffset()}" for e in timed] == ["2026-03-17 09:00 -1 day, 21:00:00"]
