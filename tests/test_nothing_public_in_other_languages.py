"""A day of a minister's or a president's programme with nothing public on it, as French, Spanish, German, Italian and
Portuguese programmes write it ("Pas d'agenda public", "Sin actividades públicas", "Keine öffentlichen Termine"): no
event that day, as "No public events" is none in English. Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

PROGRAMME = """{title}

Source: A ministry's press office

{stamp}

{monday}
10h00 : {row}

{tuesday}
{nothing}
"""


@pytest.mark.parametrize(("title", "stamp", "monday", "row", "tuesday", "nothing"), [
    ("Agenda de la ministre", "Publié le 3 mars 2031", "Lundi 10 mars", "Conseil des ministres", "Mardi 11 mars",
     "Pas d'agenda public"),
    ("Agenda de la ministre", "Publié le 3 mars 2031", "Lundi 10 mars", "Conseil des ministres", "Mardi 11 mars",
     "Aucun rendez-vous public"),
    ("Agenda del ministro", "Publicado el 3 de marzo de 2031", "Lunes 10 de marzo", "Consejo de Ministros",
     "Martes 11 de marzo", "Sin actividades públicas"),
    ("Termine der Ministerin", "Veröffentlicht am 3. März 2031", "Montag, 10. März", "Kabinettssitzung",
     "Dienstag, 11. März", "Keine öffentlichen Termine"),
    ("Agenda do ministro", "Publicado em 3 de março de 2031", "Segunda-feira, 10 de março", "Reunião ministerial",
     "Terça-feira, 11 de março", "Sem agenda pública"),
])
def test_a_day_with_nothing_public_is_no_event(title: str, stamp: str, monday: str, row: str, tuesday: str,
                                               nothing: str) -> None:
    text = PROGRAMME.format(title=title, stamp=stamp, monday=monday, row=row, tuesday=tuesday, nothing=nothing)
    assert listed(text) == ["2031-03-10 10:00"]


def test_a_day_with_an_event_stays() -> None:
    """A line under the day that names a happening is that day's event."""
    text = PROGRAMME.format(title="Agenda de la ministre", stamp="Publié le 3 mars 2031", monday="Lundi 10 mars",
                            row="Conseil des ministres", tuesday="Mardi 11 mars",
                            nothing="Déplacement à Lyon : visite d'un chantier")
    assert "2031-03-11" in listed(text)


def test_nothing_public_after_the_days_name_and_a_dash() -> None:
    """'Pfingstmontag – keine öffentlichen Termine': the holiday's name, a dash, then nothing public."""
    text = PROGRAMME.format(title="Termine der Ministerin", stamp="Veröffentlicht am 3. März 2031",
                            monday="Montag, 10. März", row="Kabinettssitzung", tuesday="Dienstag, 11. März",
                            nothing="Feiertag – keine öffentlichen Termine")
    assert listed(text) == ["2031-03-10 10:00"]


@pytest.mark.parametrize("line", [
    "Saturday 15 March – No public engagements",
    "Samstag, 15. März – keine öffentlichen Termine",
    "Samedi 15 mars – pas d'agenda public",
])
def test_nothing_public_on_the_days_own_line(line: str) -> None:
    """The day and 'nothing public' on one line: no event that day."""
    text = (f"Week ahead\n\nSource: A minister's office\n\nLondon, 3 March 2031\n\n"
            f"Friday 14 March, 10:00 – Cabinet\n{line}\n")
    assert listed(text) == ["2031-03-14 10:00"]
