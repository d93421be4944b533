"""A weekday said to be the next one in French, Spanish, Italian and German ("le dimanche prochain",
"el próximo martes", "martedì prossimo", "am kommenden Donnerstag") is the first such day
after the item's date, never the stamp's own day; the word "prochain" goes out of the title with its weekday. Seen
in world-hundredtwentyseventh, where "le dimanche prochain" under a Thursday's stamp gave no event, and "mardi
prochain à 10h" under a Tuesday's stamp fell on the stamp's day. Texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 1)

CASES = [
    # (text, the day of the event, why)
    ("Publié le 3 novembre 2026\n\nLe comité de pilotage se réunira mardi prochain à 10h à Dakar.", "2026-11-10",
     "under a Tuesday's stamp, the Tuesday a week on"),
    ("Publié le 12 novembre 2026\n\nUn sommet régional aura lieu à Conakry le dimanche prochain.", "2026-11-15",
     "under a Thursday's stamp, the Sunday three days on"),
    ("Publicado el 3 de noviembre de 2026\n\nEl consejo se reunirá el próximo martes a las 10:00 en Lima.",
     "2026-11-10", "Spanish 'próximo' before the weekday"),
    ("Pubblicato il 3 novembre 2026\n\nIl consiglio si riunirà martedì prossimo alle 10 a Roma.", "2026-11-10",
     "Italian 'prossimo' after the weekday"),
    ("Veröffentlicht am 3. November 2026\n\nDer Rat tagt am kommenden Donnerstag um 10 Uhr in Bonn.", "2026-11-05",
     "German 'kommenden': two days on"),
]


@pytest.mark.parametrize(("text", "day", "why"), CASES, ids=[case[2] for case in CASES])
def test_weekday_ahead(text: str, day: str, why: str) -> None:
    events = extract(text, source="test", reference=REFERENCE).events
    assert [e.start.isoformat()[:10] for e in events] == [day], why


def test_prochain_leaves_the_title() -> None:
    text = "Publié le 3 novembre 2026\n\nLe comité de pilotage se réunira mardi prochain à 10h à Dakar."
    [event] = extract(text, source="test", reference=REFERENCE).events
    assert "prochain" not in event.summary


def test_a_past_weekday_is_no_event() -> None:
    text = "Publié le 3 novembre 2026\n\nLe comité de pilotage s'est réuni mardi dernier à Dakar."
    assert extract(text, source="test", reference=REFERENCE).events == []


def test_a_weekday_as_an_attribute_is_no_day_of_its_own() -> None:
    text = ("Publié le 8 décembre 2026\n\nLes débats de lundi prochain porteront sur le budget de l'Union, dont le"
            " sommet s'ouvre à Abidjan.")
    assert extract(text, source="test", reference=REFERENCE).events == []

