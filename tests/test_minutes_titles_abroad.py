"""Minutes are titled so in other languages too: "Acta de la 1204ª sesión ordinaria ...", "Ata da 12ª reunião ...",
"Procès-verbal de la 3e séance ...", and in English "Summary record of the 5th meeting". What such an item records was
done; its session's date and hours are no event (world-seventythird 11: a regional body's minutes, "19 de mayo de 2011
· Horas: 10:10 a 11:40", were published as a meeting). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.minutes import records

ITEM = """{title}

Source: Consejo Regional de Puertos

{body}
"""


@pytest.mark.parametrize(("title", "body"), [
    ("Acta de la 1204ª sesión ordinaria del Consejo de Delegados",
     "CRP/Acta 1204 · Consejo de Delegados\n12 de marzo de 2030 · Horas: 10:15 a 12:05\n\nPresidió: Ana Ruiz."),
    ("Ata da 12ª reunião ordinária do Conselho de Portos",
     "12 de março de 2030 · Horário: 10h15 às 12h05\n\nPresidiu: Ana Ruiz."),
    ("Procès-verbal de la 3e séance du Conseil des ports",
     "12 mars 2030, de 10 h 15 à 12 h 05\n\nPrésidence : Ana Ruiz."),
    ("Summary record of the 5th meeting of the Ports Council",
     "Held on 12 March 2030, 10:15 to 12:05\n\nChair: Ana Ruiz."),
])
def test_minutes_publish_no_event(title: str, body: str) -> None:
    events = extract(ITEM.format(title=title, body=body), source="crp", reference=dt.date(2030, 4, 1),
                     default_zone="UTC").events
    assert [e.start for e in events] == []


def test_titles_that_are_minutes() -> None:
    assert records("Acta de la 1204ª sesión ordinaria del Consejo de Delegados")
    assert records("Ata da 12ª reunião ordinária do Conselho de Portos")
    assert records("Procès-verbal de la 3e séance du Conseil des ports")
    assert records("Summary record of the 5th meeting of the Ports Council")


def test_titles_that_are_not() -> None:
    assert not records("Acta final de la conferencia de puertos")
    assert not records("Convocatoria a la 1205ª sesión ordinaria")
    assert not records("Record crowds expected at the 5th meeting")
