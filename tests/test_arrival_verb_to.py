"""Spanish, Portuguese and Italian say "to" after a verb of arriving or travelling with "a": "llegó a Paraguay",
"viajará a Lima", "chegou ao Recife", "arriva a Roma" (issue #10, "Zone"). The place is where the traveller goes, so
where what follows happens, as "to Kosovo" is in English; it counts towards the place an item mostly speaks of. Seen
in world-eightyfourth (an Ecuadorian paper's report of its president's day in Montevideo, whose "13:00" and "14:00"
were read on Ecuador's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.placeroles import LOCATIVE

_REFERENCE = dt.date(2026, 3, 1)


def test_the_verb_and_its_to() -> None:
    assert LOCATIVE.search("La ministra llegó a ")
    assert LOCATIVE.search("O presidente chegou ao ")
    assert LOCATIVE.search("Il ministro arriva a ")
    assert LOCATIVE.search("La canciller viajará a ")


def test_a_alone_is_an_article() -> None:
    assert not LOCATIVE.search("Ecuador traspasó a ")
    assert not LOCATIVE.search("entregó la presidencia a ")


def test_a_paper_abroad_reads_the_visited_clock() -> None:
    text = ("Peña y Arce firman acuerdos fronterizos en Asunción\n\nSource: Diario del Altiplano (Bolivia)\n\n"
            "12 de marzo de 2026\n\n"
            "El presidente Luis Arce llegó a Paraguay como parte de una gira que comenzó en Chile y se reunió con "
            "Santiago Peña.\n\n"
            "La agenda del mandatario en Paraguay\n\n"
            "A las 11:30 está prevista la firma de los acuerdos y a las 13:00 un almuerzo en su honor.\n")
    found = [(e.start.hour, e.timezone) for e in extract(text, source="test", reference=_REFERENCE).events
             if isinstance(e.start, dt.datetime)]
    assert found
    assert found[0] == (11, "America/Asuncion")
    assert {zone for _, zone in found} == {"America/Asuncion"}
