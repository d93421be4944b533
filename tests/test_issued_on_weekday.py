"""A weekday right after a participle of issuing ("le communiqué diffusé ce samedi", "the statement released on
Friday", "un comunicado publicado este lunes") dates the statement, not what it announces: the clock time of the
sentence keeps the day named before it (issue #10, "Dates"). Seen in world-hundredthirtyseventh (a power utility's
notice "Demain, dimanche 1er mars 2026, le courant sera coupé ... D'après le communiqué diffusé ce samedi, la
coupure commencera à 7 heures" put the cut on the Saturday of the statement); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_french_statement_of_the_day_before() -> None:
    text = ("Coupure d'eau à Sousse\n\nSource: Société des eaux\n\n14 mars 2026\n\n"
            "Demain, dimanche 15 mars 2026, l'eau sera coupée dans le quartier du port, annonce la société.\n\n"
            "Selon le communiqué diffusé ce samedi, la coupure débutera à 8 heures et prendra fin à 13 heures.\n")
    assert _starts(text) == ["2026-03-15 08:00"]


def test_english_statement_released_on_a_weekday() -> None:
    text = ("Bridge works on Sunday\n\nSource: Roads Office\n\nMarch 13, 2026\n\n"
            "Resurfacing works on the harbour bridge will take place on Sunday, March 15, 2026.\n\n"
            "According to a statement released on Friday, the work starts at 6 a.m.\n")
    assert _starts(text) == ["2026-03-15 06:00"]


def test_weekday_of_the_event_itself_still_reads() -> None:
    text = ("Coupure de courant\n\nSource: Société d'électricité\n\n12 mars 2026\n\n"
            "La coupure aura lieu ce samedi à 8 heures dans le quartier de la gare.\n")
    assert _starts(text) == ["2026-03-14 08:00"]
