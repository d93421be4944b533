"""French "hier" (yesterday) before the weekday and date it names: "hier, mercredi 11 mars 2026, le chef de l'État
a informé le Conseil ...". The date says which day has gone by: what was done then is history.

A Senegalese council-of-ministers story (world-fiftyeighth item 2, "S'exprimant hier, mercredi 11 mars 2026, lors
de la réunion du Conseil des ministres") showed it: "hier" was not read, and the council, held the day before the
dateline, became an event. The English "yesterday, Monday 20th February" and the German "gestern" were read already.
"hier" alone is the German "here", so only "hier" before a French weekday is read. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers


def _days(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in parsers.extract(text, source="x", reference=dt.date(2026, 12, 4)).events]


def test_a_council_held_yesterday_on_a_named_day_is_history() -> None:
    text = ("Conseil des ministres du Bénin\n\nCotonou, 5 février 2025\n\n"
            "Réuni hier, mercredi 4 février 2025, sous la présidence du chef de l'État, le Conseil des ministres "
            "a adopté le projet de budget.\n")
    assert _days(text) == []


def test_a_visit_yesterday_tuesday_is_history_and_the_next_one_stays() -> None:
    text = ("Le ministre en visite à Bouaké\n\nAbidjan, le 9 octobre 2024\n\n"
            "Le ministre de la Santé s'est rendu hier mardi 8 octobre 2024 au centre hospitalier de Bouaké.\n\n"
            "Il inaugurera le nouveau service de pédiatrie le jeudi 17 octobre 2024.\n")
    assert _days(text) == [dt.date(2024, 10, 17)]


def test_a_german_here_before_a_date_stays() -> None:
    # "hier" in German ("here") is no day gone by: the open day is an event
    text = ("Tag der offenen Tür\n\nWien, 3. März 2025\n\n"
            "Am Samstag, 15. März 2025, öffnet das Rathaus seine Türen; hier, im Festsaal, gibt es Führungen.\n")
    assert _days(text) == [dt.date(2025, 3, 15)]
