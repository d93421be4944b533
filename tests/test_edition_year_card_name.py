"""A card's name may carry its edition's year ("Salon du champignon – édition 2031", "Stadtfest 2031") right under
the card's days: that line names the card's event, not a heading that gives the year of a list below it (pages-p39:
a town's mushroom fair was named after its venue, its name read as a year heading). A heading of a year over a
list ("2031 Meeting Schedule") still dates the list. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract, extract_articles
from parsers.html import html_article

CARD = """<article class="card"><div class="date">{days}</div><p class="category">{category}</p>
<h3 class="title"><a href="/agenda/x">{name}</a></h3><p class="time"><time datetime="{clock}">{hour}</time></p>
<p class="place">{venue}</p></article>"""


def _page(cards: list[dict[str, str]]) -> bytes:
    body = "".join(CARD.format(**card) for card in cards)
    return ("<html><head><title>Ville de Rivebelle</title></head><body><main><section><h2>Actualités</h2><p>La"
            " ville rénove la passerelle du port; les travaux durent tout l'hiver et la circulation des piétons est"
            f" déviée par le quai.</p></section><section><h2>Rendez-vous !</h2><div class='items'>{body}</div>"
            "<a href='/agenda'>Toutes les dates</a></section></main></body></html>").encode()


CARDS = [
    {"days": "Du 18 Oct. 2031 au 19 Oct. 2031", "category": "Culture , Famille",
     "name": "Salon du champignon – édition 2031", "clock": "10:00", "hour": "10h00",
     "venue": "Maison des associations"},
    {"days": "Du 24 Oct. 2031 au 24 Oct. 2031", "category": "Santé", "name": "Don du sang", "clock": "14:00",
     "hour": "14h00", "venue": "Maison des associations"},
]


def test_a_name_with_its_edition_year_names_the_card() -> None:
    article = html_article(_page(CARDS), url="https://www.rivebelle.example.fr/", source="t")
    events = extract_articles([article], reference=dt.date(2031, 10, 10), default_zone="Europe/Paris").events
    found = sorted((e.start, e.summary) for e in events)
    assert [start.strftime("%Y-%m-%d %H:%M") for start, _ in found][:1] == ["2031-10-18 10:00"], found
    assert "champignon" in found[0][1].lower(), found


def test_a_year_heading_still_dates_its_list() -> None:
    item = """Harbour Board

Source: Harbour Board

Published: 5 January 2031

2031 Meeting Schedule

- Tuesday, February 4 – Regular meeting, 6 p.m.
- Tuesday, March 4 – Regular meeting, 6 p.m."""
    found = extract(item, source="h", reference=dt.date(2031, 1, 5), default_zone="America/New_York").events
    assert sorted(e.start.year for e in found) == [2031, 2031]
