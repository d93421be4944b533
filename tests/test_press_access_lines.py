"""When the press may come in, in other tongues ("Acceso de medios desde las 12:00 h.", "Einlass für Medien ab 10.30
Uhr", "accueil presse à 9h30"), and on a line of its own in brackets under a programme's entry: the press's time,
not an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

AGENDA = """{title}

Source: A ministry

{first}
{place}
{access}

17:00  {second}
"""


@pytest.mark.parametrize(("title", "first", "place", "access", "second"), [
    ("Agenda de la ministra para el martes 9 de junio", "12:30 h.  Inauguración del congreso de pesca.",
     "Lugar: Palacio de Congresos, Madrid.", "(Acceso de medios desde las 12:00 h.)", "Reunión con alcaldes."),
    ("Agenda de la ministra para el martes 9 de junio", "12:30 h.  Inauguración del congreso de pesca.",
     "Lugar: Palacio de Congresos, Madrid.", "(Acreditación de prensa a las 12:00 h.)", "Reunión con alcaldes."),
    ("Termine des Ministers am Dienstag, 9. Juni", "12:30 Uhr  Eröffnung des Fischereikongresses",
     "Ort: Kongresshaus, Berlin", "(Einlass für Medien ab 12:00 Uhr)", "Treffen mit Bürgermeistern"),
    ("Agenda du ministre le mardi 9 juin", "12h30  Ouverture du congrès de la pêche",
     "Lieu : Palais des congrès, Paris", "(Accueil presse à partir de 12h00)", "Rencontre avec les maires"),
    ("Minister's diary for Tuesday 9 June", "12:30  Opening of the fisheries congress",
     "Venue: Congress Centre, Dublin", "(Media access from 12:00 h.)", "Meeting with mayors"),
])
def test_the_access_line_is_no_event(title: str, first: str, place: str, access: str, second: str) -> None:
    text = AGENDA.format(title=title, first=first, place=place, access=access, second=second)
    events = extract(text, source="agenda", reference=dt.date(2031, 6, 1)).events
    assert sorted((e.start.hour, e.start.minute) for e in events) == [(12, 30), (17, 0)]
