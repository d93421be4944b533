"""The day bookings open ("Bookings will open on 5 May at 5pm", "les réservations ouvriront le 5 mai", "las
inscripciones se abrirán el 5 de mayo") is a window's first bound, not an event; the consular day the bookings are
for is. Each text is our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

REFERENCE = dt.date(2031, 5, 1)
CASES = {
    "English": ("Consulate General of Ruritania in Vancouver",
                "Vancouver, 2 May 2031\n\nThe consul will hold a consular day in Seattle on 20 May 2031 at 9:00. "
                "Bookings will open on 5 May at 17:00 on our website."),
    "French": ("Consulat général de Ruritanie à Vancouver",
               "Vancouver, le 2 mai 2031\n\nLe consul tiendra une permanence à Seattle le 20 mai 2031 à 9h00. Les "
               "réservations ouvriront le 5 mai à 17h00 sur notre site."),
    "Spanish": ("Consulado General de Ruritania en Vancouver",
                "Vancouver, 2 de mayo de 2031\n\nEl cónsul atenderá en Seattle el 20 de mayo de 2031 a las 9:00. Las "
                "reservas se abrirán el 5 de mayo a las 17:00 en nuestra web."),
}


@pytest.mark.parametrize("tongue", sorted(CASES))
def test_the_day_bookings_open_is_no_event(tongue: str) -> None:
    source, body = CASES[tongue]
    assert listed(f"Consular day\n\nSource: {source}\n\n{body}\n", REFERENCE) == ["2031-05-20 09:00"]



def test_registration_opening_at_the_venue_on_the_day_is_the_event_s() -> None:
    body = ("Lyon, le 2 mai 2031\n\nLes inscriptions s'ouvrent le mardi 13 mai 2031 à 8h30 à l'accueil du Palais des "
            "Congrès ; la cérémonie d'ouverture suivra.")
    assert listed(f"Congrès\n\nSource: Ville de Lyon\n\n{body}\n", REFERENCE) == ["2031-05-13 08:30"]
