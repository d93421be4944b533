"""Two days in a row joined by French "et", Spanish "y", German "und", Italian "e" or Dutch "en" with one time
("lundi 14 et mardi 15 avril dès 21h30", "am 14. und 15. April ab 21.30 Uhr") are an event at that time on each day,
as "on Monday 14 and Tuesday 15 April from 9:30 p.m." is: not a day-long span of both with the time on the first day
only. A span written from one day to the other ("du lundi 14 au mardi 15 avril ... à 9h00") stays one span, and so do
the ends of a span opened by "between" ("entre el 14 y el 16 de abril": every day between). Seen in
world-hundredthirtyseventh (a metro line closing "Lundi 18 et mardi 19 septembre ... dès 21h15": the 19th was lost);
the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.extent import listed_and

_REFERENCE = dt.date(2026, 1, 10)


def _starts(title: str, said: str) -> list[str]:
    text = f"{title}\n\nSource: Ville\n\n3 mars 2025\n\n{said}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}..{e.end}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("title", "said"), [
    ("Travaux", "Lundi 14 et mardi 15 avril, la ligne A fermera dès 21h30 pour travaux."),
    ("Travaux", "Les 14 et 15 avril, la ligne A fermera dès 21h30 pour travaux."),
    ("Bauarbeiten", "Am Montag, 14. und Dienstag, 15. April schließt die Linie A ab 21.30 Uhr."),
    ("Lavori", "Il 14 e 15 aprile la linea A chiude alle 21:30."),
    ("Werkzaamheden", "Op 14 en 15 april sluit lijn A om 21.30 uur."),
])
def test_each_day_of_the_pair_at_the_time(title: str, said: str) -> None:
    assert _starts(title, said) == ["2025-04-14 21:30", "2025-04-15 21:30"]


@pytest.mark.parametrize(("title", "said", "expected"), [
    ("Salon", "Du lundi 14 au mardi 15 avril, le salon ouvre ses portes à 9h00.",
     ["2025-04-14 09:00", "2025-04-14..2025-04-16"]),
    ("Obras", "La línea cierra entre el 14 y el 16 de abril a las 21:30.",
     ["2025-04-14 21:30", "2025-04-14..2025-04-17"]),
    ("Werkzaamheden", "Van 14 tot en met 16 april sluit lijn A om 21.30 uur.",
     ["2025-04-14 21:30", "2025-04-14..2025-04-17"]),
])
def test_a_span_stays_a_span(title: str, said: str, expected: list[str]) -> None:
    assert _starts(title, said) == expected


@pytest.mark.parametrize(("span", "listed"), [
    ("lundi 18 et mardi 19 septembre", True),
    ("el 14 y el 15 de abril", True),
    ("am 14. und 15. April", True),
    ("entre el 14 y el 16 de abril", False),
    ("zwischen dem 14. und 16. April", False),
    ("van 14 tot en met 16 april", False),
    ("du 14 au 16 avril", False),
])
def test_which_spans_list_their_days(span: str, listed: bool) -> None:
    assert listed_and(span) is listed
