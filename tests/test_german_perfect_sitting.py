"""A sitting told as held in the German perfect, the day between the auxiliary and the participle or before both:
"Die Konferenz ist am 12. März 2031 in Bonn zusammengetreten", "Am 4. Mai 2031 hat in Wien die Sitzung
stattgefunden", "Der Rat hat am 2. März 2031 getagt" (issue #10, "Not events": a commission's news of a past
ministers' conference is history, no event). Seen in world-hundredtwentieth (a river commission's "Die 16.
Rheinministerkonferenz ist am 13. Februar 2020 in Amsterdam zusammengetreten" was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2031, 6, 1)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_sein_perfect_day_inside() -> None:
    text = ("Konferenz in Bonn\n\nSource: Kommission\n\nDie 5. Ministerkonferenz ist am 12. März 2031 in Bonn "
            "zusammengetreten. Die Ministerinnen und Minister haben ein neues Programm verabschiedet.\n")
    assert _days(text) == []


def test_haben_perfect_day_first() -> None:
    text = ("Sitzung in Wien\n\nSource: Kommission\n\nAm 4. Mai 2031 hat in Wien die Sitzung des Rates "
            "stattgefunden. Die Mitglieder haben den Haushalt gebilligt.\n")
    assert _days(text) == []


def test_getagt() -> None:
    text = ("Rat tagte\n\nSource: Kommission\n\nDer Rat hat am 2. März 2031 in Koblenz getagt und einen Bericht "
            "angenommen.\n")
    assert _days(text) == []


def test_sitting_to_come_stays() -> None:
    text = ("Konferenz in Bonn\n\nSource: Kommission\n\nDie 6. Ministerkonferenz findet am 12. März 2032 in Bonn "
            "statt. Die Ministerinnen werden ein neues Programm verabschieden.\n")
    assert _days(text) == ["2032-03-12"]
