"""Registration and its close in Spanish and Portuguese ("el registro se hace del 6 hasta el 10 de enero; se cierra a
las 23:00 horas", "plazo para postular", "as inscrições vão de 3 a 14 de março"): practicalities, as "registration"
is in English, no events. Shown by world-fiftythird 4, a selection exam's registration and help windows published
as events. "El Registro Civil" (an office, in capitals) stays a name. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Convocatoria\n\nSource: {org}\n\n{body}\n"


@pytest.mark.parametrize(("org", "body"), [
    ("Universidad de Ejemplo",
     "El registro de aspirantes se hace en línea del 6 hasta el 10 de enero de 2021; se cierra a las 23:00 horas."),
    ("Instituto de Ejemplo",
     "El plazo para postular a las becas corre del 2 al 20 de marzo de 2021, con cierre a las 14:00 horas."),
    ("Universidade de Exemplo",
     "As inscrições para o vestibular vão de 3 a 14 de março de 2021, pela internet."),
])
def test_a_registration_window_is_no_event(org: str, body: str) -> None:
    assert extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2021, 1, 6)).events == []


def test_the_civil_registry_is_a_name() -> None:
    body = "El Registro Civil abre su nueva oficina el 15 de marzo de 2021 a las 10:00 horas en la plaza central."
    events = extract(ITEM.format(org="Municipalidad de Ejemplo", body=body), source="x",
                     reference=dt.date(2021, 1, 6)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2021-03-15 10:00"]


@pytest.mark.parametrize(("body", "start"), [
    # (found by review: "se cierra" and "inscrições" alone had made these no events)
    ("El congreso se cierra el viernes 7 de marzo de 2031 con un concierto a las 20:00 en el Teatro Real.",
     "2031-03-07 20:00"),
    ("A feira do livro será no sábado 8 de março de 2031 às 10h na praça central, com inscrições abertas para "
     "expositores.", "2031-03-08 10:00"),
])
def test_an_event_that_names_a_close_or_a_registration_stays(body: str, start: str) -> None:
    events = extract(ITEM.format(org="Ayuntamiento de Ejemplo", body=body), source="x",
                     reference=dt.date(2031, 3, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == [start]
