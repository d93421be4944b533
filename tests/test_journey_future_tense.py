"""A journey told in the future tense of Romance languages ("se rendra à", "viajará a", "volerà a") sets out as the
present does ("part pour", "viaja a"): the traveller's timed events of the next days are on the clock of the town set
out for, not the ministry's. Each text is our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CASES = {
    "French": ("Ministère des Affaires étrangères (France)",
               "Paris, le 2 mai 2031\n\nLe ministre se rendra à Montréal le 5 mai. Le 6 mai à 10 h, il rencontre le "
               "maire de la ville au sujet de la coopération universitaire.", "America/Toronto"),
    "Spanish": ("Ministerio de Asuntos Exteriores (España)",
                "Madrid, 2 de mayo de 2031\n\nEl ministro viajará a Lima el 5 de mayo. El 6 de mayo a las 10:00, él "
                "se reúne con la canciller peruana en el Palacio de Torre Tagle.", "America/Lima"),
    "Italian": ("Ministero degli Affari Esteri (Italia)",
                "Roma, 2 maggio 2031\n\nIl ministro volerà a Toronto il 5 maggio. Il 6 maggio alle ore 10, lui "
                "incontra la comunità italiana al centro culturale.", "America/Toronto"),
}


@pytest.mark.parametrize("tongue", sorted(CASES))
def test_the_next_day_s_meeting_is_on_the_clock_set_out_for(tongue: str) -> None:
    source, body, zone = CASES[tongue]
    events = extract(f"Missione\n\nSource: {source}\n\n{body}\n", source="mfa", reference=dt.date(2031, 5, 1)).events
    timed = [e for e in events if not e.all_day]
    assert [(f"{e.start:%m-%d %H:%M}", e.timezone) for e in timed] == [("05-06 10:00", zone)]
