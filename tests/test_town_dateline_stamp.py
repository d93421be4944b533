"""A day with its year, its clock and then only a town in capitals, "17.08.2012 07:00 CORRIENTES", atop a story:
how a news site stamps it with the minute it went out and the town it was filed from, not an event at seven in the
morning. Seen in world-ninetyfourth (a provincial site's story of a UN information centre's round table). The texts
are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_town_in_capitals_after_the_clock_is_a_stamp() -> None:
    text = ("Mesa redonda en Posadas\n\nSource: Sitio de test\n\n12.03.2015 08:00 POSADAS\n\nLa universidad organiza "
            "una mesa redonda sobre empleo el jueves 19 de marzo a las 18.00 en el Aula Magna.\n")
    assert _starts(text) == ["2015-03-19 18:00"]


def test_a_row_that_says_what_happens_stays() -> None:
    text = ("Agenda\n\nSource: Sitio de test\n\n12.03.2015 18:00 POSADAS: mesa redonda sobre empleo en el Aula "
            "Magna\n")
    assert _starts(text) == ["2015-03-12 18:00"]


def test_a_run_of_such_lines_is_an_itinerary() -> None:
    text = ("Gira del presidente\n\nSource: Sitio de test\n\nEl presidente inicia una gira de tres días. Llegadas:\n\n"
            "17.03.2015 09:30 POSADAS\n18.03.2015 14:00 OBERA\n19.03.2015 11:15 ELDORADO\n")
    assert _starts(text) == ["2015-03-17 09:30", "2015-03-18 14:00", "2015-03-19 11:15"]
