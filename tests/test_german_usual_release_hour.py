"""A statistics office states the hour its releases usually come out, in German: "Unsere Medieninformationen erscheinen
im Allgemeinen um 8:00 Uhr (MEZ)", "in aller Regel um 9:00 Uhr", and when the next week's plan is given: "an jedem
Freitag um 12:00 Uhr". These are rules, not one day's event; each became an event on the stamp's day (Saxony's and
Austria's release previews, world-hundredthirtysecond 1 and 2). "usually" and "jeden Freitag" were read as rules;
their German kin "im Allgemeinen", "in (aller|der) Regel" and the dative "an jedem" were not. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.recurring import recurring

PREVIEW = """Vorschau der Woche

Source: Statistisches Amt der Stadt Beispielstadt

Stand: 08.05.2030

Pressemitteilungen erscheinen bei uns im Allgemeinen um 8:30 Uhr (MEZ).

Die Termine der nächsten Woche nennen wir an jedem Freitag um 11:00 Uhr.

Am Dienstag, 14. Mai 2030, um 10:00 Uhr stellt die Amtsleitung den Jahresbericht in der Pressekonferenz vor.
"""


@pytest.mark.parametrize("sentence", [
    "pressemitteilungen erscheinen bei uns im allgemeinen um 8:30 uhr (mez).",
    "die berichte kommen in aller regel um 9:00 uhr heraus.",
    "die termine der nächsten woche nennen wir an jedem freitag um 11:00 uhr.",
])
def test_german_rules_of_the_release_hour(sentence: str) -> None:
    assert recurring(sentence)


def test_only_the_press_conference_is_an_event() -> None:
    events = extract(PREVIEW, source="amt", reference=dt.date(2030, 5, 8)).events
    assert [(e.start.date(), e.start.hour) for e in events] == [(dt.date(2030, 5, 14), 10)]
