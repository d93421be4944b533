"""The day a book, a report or an issue comes out, told in German, French, Spanish, Italian or Portuguese ("Im Verlag X
erscheint die Studie am 19. November", "Le guide paraîtra le 4 mars", "El informe se publicará el 2 de junio"), is a
day of print, no event, as "the report is published on 19 November" already is in English (world-hundredfiftythird
4: a foundation's book out the day after its press conference was an all-day event). A person who appears
("erscheint ... vor dem Ausschuss", "comparaîtra"), and a launch the same clause names, stay events. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Mitteilung

Source: Eine Stiftung

3 March 2031
{sentence}
"""


def _days(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="t", reference=dt.date(2031, 3, 3),
                     default_zone="Europe/Berlin").events
    return [e.start.isoformat()[:10] for e in events]


@pytest.mark.parametrize("sentence", [
    "Im Kölner Verlag Lindenhaus erscheint der Jahresbericht der Stiftung am 14. April 2031.",
    "Die neue Ausgabe des Magazins wird am 14. April 2031 erscheinen.",
    "Le guide des fondations paraîtra le 14 avril 2031 aux éditions du Quai.",
    "El informe anual de la fundación se publicará el 14 de abril de 2031.",
    "Il volume sarà pubblicato il 14 aprile 2031 dall'editore Ponte.",
    "O relatório será publicado em 14 de abril de 2031.",
])
def test_a_print_coming_out_is_no_event(sentence: str) -> None:
    assert _days(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Die Vorsitzende erscheint am 14. April 2031 vor dem Haushaltsausschuss.",
    "Le directeur comparaîtra le 14 avril 2031 devant le tribunal de commerce.",
    "Le guide paraîtra le 14 avril 2031 et sera présenté lors d'une conférence de presse à Lyon.",
    "Die Präsidentin erscheint am 14. April 2031 vor dem Finanzausschuss, um den Jahresbericht zu erläutern.",
    "Le trésorier paraîtra le 14 avril 2031 devant la commission pour défendre le rapport annuel.",
    "Der Vorstand wird am 14. April 2031 zur Anhörung über die Studie im Landtag erscheinen.",
])
def test_a_person_appearing_or_a_launch_stays_an_event(sentence: str) -> None:
    assert _days(sentence) == ["2031-04-14"]
