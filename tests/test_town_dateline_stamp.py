"""A day with its year, its clock and then only a town in capitals, "17.08.2012 07:00 CORRIENTES", atop a story:
how a news site stamps it with the minute it went out and the town it was filed from, not an event at seven in the
morning. Seen in world-ninetyfourth (a provincial site's story of a UN information centre's round table). The texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_town_in_capitals_after_the_clock_is_a_stamp() -> None:
    text = ("Mesa redonda en Posadas\n\nSource: Sitio de test\n\n12.03.2015 08:00 POSADAS\n\nLa universidad organiza "
            "una mesa redonda sobre empleo el jueves 19 de marzo a las 18.00 en el Aula Magna.\n")
    assert _starts(text) == ["2015-03-19 18:00"]


def test_a_row_that_says_what_happens_stays() -> None:
    text = ("Agenda\n\nSource: Sitio de test\n\n12.03.2015 18:00 POSADAS: mesa redonda sobre empleo en el Aula "
            "Magna\n")
    assert _starts(text) == ["2015-03-12 18:00"]
