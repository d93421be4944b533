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
    ("Das heute meist verbaute Dämmmaterial stammt aus Erdöl.", False, "'heute meist': what is usual nowadays"),
    ("Solarstrom wird heute schon in vielen Dörfern gespeichert.", False, "'heute schon': already, nowadays"),
    ("Wie backt man heute einen echten Stollen?", False, "'man heute': what one does nowadays"),
    ("Der Bürgermeister eröffnet heute die neue Fähre am Hafen.", True, "an act of the page's day, no adverb"),
    ("Der Markt öffnet heute schon um 7 Uhr am Hafen.", True, "'heute schon' with a clock time: today's opening"),
    ("Wir verlosen heute noch zwei Karten für das Konzert.", True,
     "'heute noch' is 'later today', not 'still nowadays'"),
    ("Heute hat die Landrätin gemeinsam mit dem Verein den Scheck über 5000 Euro übergeben.", False,
     "a German perfect with 'heute': the deed done as the page was written"),
    ("Heute wurde der Pachtvertrag für den Hafen im Rathaus unterzeichnet.", False, "a passive of the deed: done"),
    ("Heute hat die Kapelle ihren großen Auftritt in der Stadthalle.", True,
     "'hat' with no participle: what the band has today, an event"),
])
def test_heute_of_a_description_is_no_day(text: str, event: bool, why: str) -> None:
    assert bool(_events(text)) is event, why

