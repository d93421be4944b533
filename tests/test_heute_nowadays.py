"""German "heute" that means "nowadays" or "to this day" in a guide's description: no event on the page's day.

Texts in our own words, in the style of travel guides and local histories ("Der Speicher dient heute als
Herberge"), against the "heute" of a notice, which is the page's day. Each row says why.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 5, 20)


def _events(text: str) -> list[object]:
    article = Article(source="t", title="Aus der Stadt", body=text, url="", published=_DAY,
                      org="Stadtverwaltung Leer")
    return [e.start for e in extract_articles([article], reference=_DAY).events]


@pytest.mark.parametrize(("text", "event", "why"), [
    ("Das alte Zollhaus beherbergt heute ein kleines Café mit Blick auf den Hafen.", False,
     "what a building houses nowadays"),
    ("Der Speicher dient heute als Jugendherberge für Schulklassen.", False, "what it serves as nowadays"),
    ("Die Mühle ist bis heute im Besitz der Familie Harms.", False, "'bis heute': to this day"),
    ("Die Halle wird heute als Lager für Boote genutzt.", False, "'heute als': what it is used as now"),
    ("Die Boote werden heute meist aus Kunststoff gebaut.", False, "'heute meist': how things mostly are now"),
    ("Für die Dächer nimmt man heute überwiegend Ziegel aus der Region.", False, "'heute überwiegend'"),
    ("Die Forscher testeten einen Ersatz für die heute zumeist verwendeten Salzlösungen.", False,
     "'heute zumeist' before an adjective: the usual kind nowadays"),
    ("Les filets sont aujourd'hui le plus souvent en nylon.", False, "the same in French"),
    ("Der Ortsrat tagt heute um 18 Uhr im Rathaus.", True, "a meeting today at a time: the page's day"),
    ("Heute beginnt das Stadtfest auf dem Marktplatz.", True, "a festival starting today"),
    ("Die Kapelle spielt heute als Vorgruppe um 20.30 Uhr in der Stadthalle.", True,
     "'heute als' with a clock time: tonight's concert"),
])
def test_heute_of_a_description_is_no_day(text: str, event: bool, why: str) -> None:
    assert bool(_events(text)) is event, why
