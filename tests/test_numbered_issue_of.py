"""A paper's issue named by its number and day, the day held in the date ("paru au BALO n°38 du 29 mars 2017"): the day
the notice came out, not an event.

Seen in world-hundredthirtyfourth (item 7): a convening notice that corrects "l'avis de réunion paru au BALO n°38 du
29 mars 2017" read that day as a meeting. The "n°" form was missing from the gate of the numbered papers, and the
"du" that ties the number to its day is part of the date's mention.
"""

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2031, 1, 10)


def _days(text: str) -> list[dt.date]:
    return [e.start if not isinstance(e.start, dt.datetime) else e.start.date()
            for e in extract(text, source="t", reference=REFERENCE).events]


@pytest.mark.parametrize(("notice", "issue"), [
    ("Cet avis complète l'avis de réunion paru au BALO n°41 du 2 avril 2031.", dt.date(2031, 4, 2)),
    ("Il remplace l'avis publié au Bulletin n° 7 du 5 mars 2031.", dt.date(2031, 3, 5)),
])
def test_the_issue_of_a_bulletin_is_no_event(notice: str, issue: dt.date) -> None:
    text = (f"Avis de convocation\n\nSource: Société X\n\n{notice}\n\n"
            "L'assemblée générale se tiendra le jeudi 12 juin 2031 à 15 heures à Lyon.\n")
    days = _days(text)
    assert issue not in days
    assert dt.date(2031, 6, 12) in days
