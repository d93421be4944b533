"""An hour told as near in German, French or Dutch ("gegen 14 Uhr", "um etwa 11 Uhr", "vers 15 h", "omstreeks 10.00
uur") is the hour: the word is part of the clock, not the event's title, and a second clock in brackets after it
("(Sitzungsbeginn 13 Uhr)") does not undo it. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_CARD = """Statement after the council's session

Source: Fraktion im Landtag Musterland

14. Mai 2031

Die Fraktionsvorsitzende gibt nach der Sondersitzung eine Erklärung ab und beantwortet Fragen.

{when}
Ort: Foyer des Landtags, Erfurt
"""


def _events(text: str) -> list[tuple[str, str]]:
    found = extract(text, source="card", reference=dt.date(2031, 5, 1)).events
    return [(f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else f"{e.start:%Y-%m-%d}", e.summary) for e in found]


@pytest.mark.parametrize("when", ["Zeit: Donnerstag, 15. Mai 2031, gegen 14 Uhr (Sitzungsbeginn 13 Uhr)",
                                  "Zeit: Donnerstag, 15. Mai 2031, um etwa 14 Uhr",
                                  "Zeit: Donnerstag, 15. Mai 2031, ca. 14 Uhr"])
def test_the_near_hour_is_the_cards_time(when: str) -> None:
    [(start, title)] = _events(_CARD.format(when=when))
    assert start == "2031-05-15 14:00"
    assert "Erklärung" in title


def test_french_and_dutch_near_hours() -> None:
    french = "Point presse\n\nSource: Conseil régional\n\nLa présidente rencontre la presse le 15 mai 2031 vers 15 h.\n"
    dutch = ("Persmoment\n\nSource: Provinciale Staten\n\n"
             "De gedeputeerde opent op 15 mei 2031 omstreeks 10.00 uur de brug.\n")
    [(start, title)] = _events(french)
    assert start == "2031-05-15 15:00"
    assert "vers" not in title.lower()
    [(start, title)] = _events(dutch)
    assert start == "2031-05-15 10:00"
    assert "omstreeks" not in title.lower()
