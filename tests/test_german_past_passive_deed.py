"""A German sentence telling a deed in the past passive, "Gegründet wurde das Institut am 9. August 1951", "Das
Abkommen wurde am 4. Juni 2019 unterzeichnet": its full date is history, neither an event nor the item's own date, so
a year-less day of the item ("am 22. November") is not put in that year (issue #10, "Nothing that is not an event").
Seen in world-hundredtwentythird (a cultural institute's invitation to its 70th anniversary put its reception in the
year it was founded); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_founding_first_then_the_invitation() -> None:
    text = ("Fünfzig Jahre Kulturhaus\n\nSource: Kulturhaus\n\nPresseeinladung\n\n"
            "Gegründet wurde das Kulturhaus am 3. Mai 1975 in Bremen. Das Haus lädt am 14. März zu einem Festakt.\n\n"
            "Festakt: Samstag, 14. März 2026, 17.00 Uhr, Kulturhaus Bremen\n")
    assert _starts(text) == ["2026-03-14 17:00"]


def test_signing_told_with_wurde_before_the_participle() -> None:
    text = ("Jahrestreffen der Partnerstädte\n\nSource: Stadt\n\nPresseeinladung\n\n"
            "Zum Jahrestreffen kommen die Delegationen am 20. Juni nach Bremen.\n\n"
            "Das Partnerschaftsabkommen wurde am 12. Juni 1990 in Lyon unterzeichnet.\n\n"
            "Empfang: Samstag, 20. Juni 2026, 11.00 Uhr, Rathaus Bremen\n")
    assert _starts(text) == ["2026-06-20 11:00"]


def test_a_deed_to_come_stays() -> None:
    # "wird ... unterzeichnet": the signing is to come, an event of its own.
    text = ("Städtepartnerschaft\n\nSource: Stadt\n\nPublished 2 March 2026\n\n"
            "Das Abkommen wird am 20. März 2026 um 11.00 Uhr im Rathaus Bremen unterzeichnet.\n")
    assert _starts(text) == ["2026-03-20 11:00"]
