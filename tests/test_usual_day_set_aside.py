"""The day a yearly occasion usually falls on ("Independence Day normally falls on 1 October, but ... on Friday 3
October instead"), or a day named for the weekday it falls on ("Le 1er novembre tombant un samedi, la réception aura
lieu le vendredi 31 octobre", "Da der 3. Oktober auf einen Sonntag fällt, findet der Empfang am Freitag, 1. Oktober
statt"), is set aside when the sentence names the day it is kept this year: only that day is an event
(world-fiftyfirst 5: "WFD normally falls on 16 October, but MAL chose to hold its celebrations starting Tuesday 19th
October instead", and 12: "Le 14 juillet tombant un dimanche, la fête sera célébrée ... le jeudi 11 juillet", each
gave the day given up as an event too). A day said to fall on a weekday with no other day beside it stays. Items in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{stamp}

{body}
"""


def _days(title: str, source: str, stamp: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source=source, stamp=stamp, body=body), source="x",
                     reference=dt.date(2030, 6, 1), default_zone=zone).events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_normally_falls_on() -> None:
    body = ("Independence Day normally falls on 1 October, but the ministry holds its celebrations on Friday "
            "3 October instead.")
    assert _days("Independence Day celebrations", "Ministry of Culture of Freedonia", "Published: 2 September 2030",
                 body, "Africa/Lagos") == ["2030-10-03"]


def test_tombant_un_samedi() -> None:
    body = ("Le 1er novembre tombant un samedi, la réception de l'ambassade aura lieu le vendredi 31 octobre, "
            "à la résidence.")
    assert _days("Fête nationale", "Ambassade de Ruritanie au Sénégal", "Publié le 2 octobre 2030", body,
                 "Africa/Dakar") == ["2030-10-31"]


def test_german_auf_einen_sonntag_faellt() -> None:
    body = "Da der 3. Oktober auf einen Sonntag fällt, findet der Empfang der Botschaft am Freitag, 1. Oktober statt."
    stamp = "Veröffentlicht am 2. September 2027"
    assert _days("Empfang zum Nationalfeiertag", "Botschaft von Ruritanien in Wien", stamp, body,
                 "Europe/Vienna") == ["2027-10-01"]


def test_a_day_that_falls_on_a_weekday_alone_stays() -> None:
    body = "Heritage Day, 24 September, falls on a Tuesday this year; the ministry opens the museums free that day."
    assert _days("Heritage Day", "Department of Arts of Freedonia", "Published: 2 September 2030", body,
                 "Africa/Johannesburg") == ["2030-09-24"]
