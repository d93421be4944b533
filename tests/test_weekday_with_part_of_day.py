"""A German weekday with the part of the day written onto it: "am Freitagabend", "am Samstagnachmittag", "am
Sonntagmorgen um 10 Uhr".

A Swiss handball federation's cup preview showed it: "Am Freitagabend duellieren sich ..." gave no event, and a time
told with such a day ("am Freitagabend um 20 Uhr") was put on the day of the page. The weekday is the one ahead,
as "am Freitag" is; the part of the day adds nothing to it. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles


def _starts(body: str) -> list[dt.datetime | dt.date]:
    article = Article(source="t", title="Vorschau", body=body, published=dt.date(2031, 3, 12))  # a Wednesday
    events = extract_articles([article], reference=dt.date(2031, 3, 12), default_zone="Europe/Zurich").events
    return sorted((e.start.astimezone(dt.UTC) if isinstance(e.start, dt.datetime) else e.start) for e in events)


def test_an_evening_game_without_a_time() -> None:
    found = _starts("Am Freitagabend treffen die Seebären aus Arbon auf den Tabellenführer aus Visp.")
    assert found == [dt.date(2031, 3, 14)], found


def test_an_afternoon_with_a_time() -> None:
    found = _starts("Das Finale der Jugendmeisterschaft beginnt am Samstagnachmittag um 15 Uhr in der Halle Ost.")
    assert found == [dt.datetime(2031, 3, 15, 14, tzinfo=dt.UTC)], found


def test_a_morning_service() -> None:
    found = _starts("Am Sonntagmorgen um 10 Uhr feiert die Gemeinde einen Gottesdienst zum Frühlingsbeginn.")
    assert found == [dt.datetime(2031, 3, 16, 9, tzinfo=dt.UTC)], found
