"""A Dutch card gives its start under "Aanvangstijd:" (or "Aanvang:", "Begintijd:"), as an English one gives it under
"Start time:": a field's name, not what happens; the card's name above the "Datum:" line says what
(world-hundredfortieth 10: a city council's committee cards were published as "Aanvangstijd"). Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Vergaderingen van de raad

Source: Gemeenteraad

Gepubliceerd op 2 juni 2031

{body}
"""

# (body, expected (start, word of the summary), why)
CASES = [
    ("Commissie Wonen en Groen\nDatum: dinsdag 3 juni 2031\nAanvangstijd: 19.30 uur\nLocatie: raadzaal",
     ("2031-06-03 19:30", "Wonen en Groen"), "Aanvangstijd"),
    ("Commissie Cultuur\nDatum: woensdag 4 juni 2031\nAanvang: 10.00 uur", ("2031-06-04 10:00", "Cultuur"), "Aanvang"),
    ("Rekenkamercommissie\nDatum: donderdag 5 juni 2031\nBegintijd: 14.00 uur",
     ("2031-06-05 14:00", "Rekenkamercommissie"), "Begintijd"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_dutch_start_time_field(body: str, expected: tuple[str, str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="raad", reference=dt.date(2031, 6, 2),
                     default_zone="Europe/Amsterdam").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == [expected[0]], why
    assert expected[1] in events[0].summary, why
