"""A body's sittings said once, in the plural, to begin at one hour ("Die öffentlichen Sitzungen beginnen um 19.30
Uhr", "Le sedute hanno inizio alle ore 18", "Las sesiones comienzan a las 19:00"), above a list of its sitting days
with no hour of their own: each listed day is a sitting at that hour, and the sentence itself is no event. Seen in
world-hundredtwentyfirst 12 (a German municipality's year of council sittings: ten days read as whole days). Items
in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

LIST = """Sitzungskalender des Ortschaftsrats

Source: Ortsverwaltung Beispielhausen

Der Ortschaftsrat tagt im Saal des Feuerwehrhauses, Lindenweg 4. {rule}

Termine 2031
• Haushaltsberatung: Mittwoch 15. Januar 2031
• Sitzung: Mittwoch 12. März 2031
• Sitzung: Mittwoch 14. Mai 2031
"""

# (the rule, the sittings' local starts, why)
RULES = [
    ("Die öffentlichen Sitzungen beginnen um 19.30 Uhr.", ["2031-01-15 19:30", "2031-03-12 19:30", "2031-05-14 19:30"],
     "German: the plural sittings begin at one hour"),
    ("Alle Sitzungen beginnen jeweils um 18 Uhr.", ["2031-01-15 18:00", "2031-03-12 18:00", "2031-05-14 18:00"],
     "'jeweils um': the same"),
]


@pytest.mark.parametrize(("rule", "expected", "why"), RULES)
def test_each_listed_day_is_a_sitting_at_the_said_hour(rule: str, expected: list[str], why: str) -> None:
    events = extract(LIST.format(rule=rule), source="sittings", reference=REFERENCE).events
    timed = [e for e in events if not e.all_day]
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in timed] == expected, why
    assert not [e for e in events if e.all_day], why


OTHER_LANGUAGES = [
    ("""Calendario delle sedute

Source: Comune di Prova

Il consiglio si riunisce nella sala consiliare. Le sedute hanno inizio alle ore 18:00.

Date del 2031:
- Seduta: giovedì 16 gennaio 2031
- Seduta: giovedì 20 febbraio 2031
""", ["2031-01-16 18:00", "2031-02-20 18:00"], "Italian 'Le sedute hanno inizio alle ore'"),
    ("""Calendario de sesiones

Source: Concejo Municipal de Ejemplo

El concejo sesiona en el salón municipal. Las sesiones ordinarias comienzan a las 19:00 horas.

Fechas de 2031:
- Sesión: martes 14 de enero de 2031
- Sesión: martes 11 de febrero de 2031
""", ["2031-01-14 19:00", "2031-02-11 19:00"], "Spanish 'Las sesiones ordinarias comienzan a las'"),
    ("""Calendrier des séances

Source: Mairie d'Exemple

Le conseil siège à la mairie. Les séances publiques débutent à 20h00.

Dates 2031 :
- Séance : lundi 13 janvier 2031
- Séance : lundi 10 février 2031
""", ["2031-01-13 20:00", "2031-02-10 20:00"], "French 'Les séances publiques débutent à'"),
]


@pytest.mark.parametrize(("text", "expected", "why"), OTHER_LANGUAGES)
def test_other_languages(text: str, expected: list[str], why: str) -> None:
    timed = [e for e in extract(text, source="sittings", reference=REFERENCE).events if not e.all_day]
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in timed] == expected, why


def test_one_sitting_with_its_day_keeps_its_own_hour() -> None:
    """A sentence that names its own day is an event of its own, not the hour of the list."""
    text = LIST.format(rule="Die nächste Sitzung beginnt am Mittwoch, 8. Januar 2031, um 17 Uhr.")
    timed = [e.start.strftime("%Y-%m-%d %H:%M") for e in extract(text, source="sittings", reference=REFERENCE).events
             if not e.all_day]
    assert timed == ["2031-01-08 17:00"]
