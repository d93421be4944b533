"""A town's agenda gives each event as a card: its days, its category, its name, its hour, its venue, one a line
("Du 24 Oct. 2031 au 24 Oct. 2031" / "Santé" / "Don du sang" / "10h00" / "Espace Rameau"). The name above the
hour names the entry; the line under it is where it is, a French, German or Spanish venue ("Maison des
associations", "Théâtre municipal", "Stadthalle", "Sala de conciertos"), not what happens (pages-p39: four cards of
a town's agenda were each named after their venue). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.schedule import address

CARD = """<article class="card"><div class="date">{days}</div><p class="category">{category}</p>
<h3 class="title"><a href="/agenda/x">{name}</a></h3><p class="time"><time datetime="{clock}">{hour}</time></p>
<p class="place">{venue}</p></article>"""


def _page(cards: list[dict[str, str]]) -> bytes:
    body = "".join(CARD.format(**card) for card in cards)
    return ("<html><head><title>Ville de Rivebelle</title></head><body><header><nav><a href='/'>Accueil</a></nav>"
            "</header><main><section><h2>Actualités</h2><p>La ville rénove la passerelle du port; les travaux durent"
            " tout l'hiver et la circulation des piétons est déviée par le quai.</p></section>"
            f"<section><h2>Rendez-vous !</h2><div class='items'>{body}</div><a href='/agenda'>Toutes les dates</a>"
            "</section></main><footer>Mairie de Rivebelle</footer></body></html>").encode()


CARDS = [
    {"days": "Du 24 Oct. 2031 au 24 Oct. 2031", "category": "Santé", "name": "Don du sang", "clock": "10:00",
     "hour": "10h00", "venue": "Espace Rameau"},
    {"days": "Du 05 Nov. 2031 au 05 Nov. 2031", "category": "Économie , Santé",
     "name": "Soirée débat sur les services de santé de la ville", "clock": "18:00", "hour": "18h00",
     "venue": "Maison des associations"},
    {"days": "Du 12 Nov. 2031 au 12 Nov. 2031", "category": "Culture", "name": "Spectacle « Les couleurs du fleuve »",
     "clock": "20:00", "hour": "20h00", "venue": "Théâtre de Rivebelle"},
]


def test_each_card_is_named_by_the_line_above_its_hour() -> None:
    article = html_article(_page(CARDS), url="https://www.rivebelle.example.fr/", source="t")
    events = extract_articles([article], reference=dt.date(2031, 10, 10), default_zone="Europe/Paris").events
    found = sorted((e.start, e.summary, e.location) for e in events)
    assert [start.strftime("%Y-%m-%d %H:%M") for start, _, _ in found] == [
        "2031-10-24 10:00", "2031-11-05 18:00", "2031-11-12 20:00"], found
    names = [summary for _, summary, _ in found]
    assert "Don du sang" in names[0], names
    assert "Soirée débat" in names[1], names
    assert "Les couleurs du fleuve" in names[2], names


@pytest.mark.parametrize("line", ["Maison des associations", "Espace Rameau", "Théâtre de Rivebelle", "Salle des fêtes",
                                  "Stadthalle Süd", "Sala de conciertos", "Médiathèque Jean-Rousseau"])
def test_a_venue_line_in_other_languages(line: str) -> None:
    assert address(line)


@pytest.mark.parametrize("line", ["Don du sang", "Soirée débat sur la santé", "Spectacle de danse"])
def test_a_name_is_no_venue(line: str) -> None:
    assert not address(line)
